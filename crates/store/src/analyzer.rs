//! The Arabic text analyzer for the full-text index: [`ArabicTokenizer`] splits words,
//! [`ArabicNormalizer`] (a token filter) normalizes each word as the coder does
//! (`rasid_text::normalize_str`: alef forms, ى→ي, ة→ه, ئ/ؤ, diacritics and tatweel removed,
//! Arabic-Indic digits) and then light-stems it: one proclitic group (و or ف, then ب ل ك
//! with the article ال, or لل, or ال) and one light suffix, conservatively (the stem keeps at
//! least three letters). Index and queries use the same analyzer, so فائز finds فايز and
//! الوطنى finds الوطني.

use tantivy::tokenizer::{TextAnalyzer, Token, TokenFilter, TokenStream, Tokenizer};

/// Name under which the analyzer is registered with the index.
pub const ANALYZER: &str = "rasid_arabic";

/// The analyzer: [`ArabicTokenizer`] then [`ArabicNormalizer`].
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(ArabicTokenizer)
        .filter(ArabicNormalizer)
        .build()
}

/// The terms the analyzer makes of `text` (for tests and diagnostics).
pub fn terms(text: &str) -> Vec<String> {
    let mut a = analyzer();
    let mut s = a.token_stream(text);
    let mut out = Vec::new();
    while let Some(t) = s.next() {
        out.push(t.text.clone());
    }
    out
}

/// Word characters: letters, digits, and the marks normalization deletes inside a word
/// (harakat, tatweel, zero-width joiners), so "مُحَمَّد" stays one token. ASCII and the
/// Arabic block are decided without Unicode table look-ups (the hot path).
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\u{0621}'..='\u{063A}'
        | '\u{0640}'..='\u{065F}'
        | '\u{0660}'..='\u{0669}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'..='\u{06ED}'
        | '\u{0610}'..='\u{061A}'
        | '\u{200C}'
        | '\u{200D}' => true,
        c if c.is_ascii() => false,
        c => c.is_alphanumeric(),
    }
}

/// Splits on anything that is not a word character; offsets are byte offsets in the text.
#[derive(Clone, Default)]
pub struct ArabicTokenizer;

pub struct ArabicTokenStream<'a> {
    text: &'a str,
    pos: usize,
    token: Token,
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        ArabicTokenStream {
            text,
            pos: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let rest = &self.text[self.pos..];
        let Some(start) = rest.find(is_word_char) else {
            self.pos = self.text.len();
            return false;
        };
        let start = self.pos + start;
        let end = self.text[start..]
            .find(|c: char| !is_word_char(c))
            .map_or(self.text.len(), |e| start + e);
        self.pos = end;
        self.token.text.clear();
        self.token.text.push_str(&self.text[start..end]);
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }
    fn token(&self) -> &Token {
        &self.token
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// The token filter: normalization plus light stemming ([`stem`]).
#[derive(Clone, Default)]
pub struct ArabicNormalizer;

impl TokenFilter for ArabicNormalizer {
    type Tokenizer<T: Tokenizer> = ArabicNormalizerFilter<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> ArabicNormalizerFilter<T> {
        ArabicNormalizerFilter { inner: tokenizer }
    }
}

#[derive(Clone)]
pub struct ArabicNormalizerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for ArabicNormalizerFilter<T> {
    type TokenStream<'a> = ArabicNormalizerStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ArabicNormalizerStream {
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct ArabicNormalizerStream<S> {
    tail: S,
}

impl<S: TokenStream> TokenStream for ArabicNormalizerStream<S> {
    fn advance(&mut self) -> bool {
        loop {
            if !self.tail.advance() {
                return false;
            }
            let t = self.tail.token_mut();
            let n = stem(&rasid_text::normalize_str(&t.text));
            if n.is_empty() {
                continue;
            }
            t.text = n;
            return true;
        }
    }
    fn token(&self) -> &Token {
        self.tail.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

fn is_arabic(w: &str) -> bool {
    w.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Light stemming of a normalized word. Strips at most one proclitic group and one suffix,
/// and only when at least three letters remain (four for the dual/plural `ان`, which also
/// ends many names). Words without Arabic letters are returned as they are.
///
/// Proclitics: an optional conjunction (و, ف) followed by `ال`, `بال`, `كال` or `لل`. A bare
/// conjunction is left alone: too many words begin with و or ف (وزارة, فرنسا). Suffixes: `هما كما تين ات ون ين
/// يه يات ها هم ان ه` (`ه` includes the normalized ta marbuta).
pub fn stem(word: &str) -> String {
    if !is_arabic(word) {
        return word.to_string();
    }
    let chars: Vec<char> = word.chars().collect();
    let mut start = 0;
    let len = |s: usize, e: usize| e.saturating_sub(s);
    let end = chars.len();
    let has = |at: usize, p: &str| {
        let p: Vec<char> = p.chars().collect();
        chars.len() >= at + p.len() && chars[at..at + p.len()] == p[..]
    };
    // Conjunction.
    let conj = usize::from(has(0, "و") || has(0, "ف"));
    // Article groups after the optional conjunction.
    for p in ["بال", "كال", "لل", "ال"] {
        let n = p.chars().count();
        if has(conj, p) && len(conj + n, end) >= 3 {
            start = conj + n;
            break;
        }
    }
    let mut stop = end;
    for s in [
        "هما", "كما", "يات", "تين", "ات", "ون", "ين", "يه", "ها", "هم", "ان", "ه",
    ] {
        let n = s.chars().count();
        let min = if s == "ان" { 4 } else { 3 };
        if stop >= n
            && chars[stop - n..stop].iter().copied().eq(s.chars())
            && len(start, stop - n) >= min
        {
            stop -= n;
            break;
        }
    }
    chars[start..stop].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_meet() {
        assert_eq!(terms("فائز السراج"), terms("فايز السراج"));
        assert_eq!(terms("الوطنى"), terms("الوطني"));
        assert_eq!(terms("حكومة الوفاق"), terms("حكومه الوفاق"));
        assert_eq!(terms("مُحَمَّد"), terms("محمد"));
        assert_eq!(terms("إلى"), terms("الى"));
    }

    #[test]
    fn clitics_and_suffixes() {
        assert_eq!(stem("والحكومه"), stem("حكومه"));
        assert_eq!(stem("بالسراج"), "سراج");
        assert_eq!(stem("للرييس"), "رييس");
        assert_eq!(stem("المفاوضات"), "مفاوض");
        assert_eq!(stem("وزير"), "وزير");
        assert_eq!(stem("ليبيا"), "ليبيا");
        assert_eq!(stem("السراج"), "سراج");
        // Too short to strip.
        assert_eq!(stem("الى"), "الى");
        assert_eq!(stem("nato"), "nato");
    }

    #[test]
    fn word_chars_agree_with_unicode() {
        for c in ('\u{0}'..='\u{2FFF}').filter(|c| !matches!(c, '\u{200C}' | '\u{200D}')) {
            let mark = rasid_text::normalize_str(&c.to_string()).is_empty() && !c.is_whitespace();
            if !mark {
                assert_eq!(
                    is_word_char(c),
                    c.is_alphanumeric(),
                    "{c:?} U+{:04X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn offsets_cover_original_words() {
        let text = "قال فائز، السراجُ: نعم";
        let mut a = analyzer();
        let mut s = a.token_stream(text);
        let mut spans = Vec::new();
        while let Some(t) = s.next() {
            spans.push(&text[t.offset_from..t.offset_to]);
        }
        assert_eq!(spans, ["قال", "فائز", "السراجُ", "نعم"]);
    }
}
