//! Matching normalization of Arabic (and mixed) text with a byte offset map
//! back to the original: [`normalize`], [`normalize_str`], [`Normalized`].
//!
//! The normalized text is for matching only (dictionaries, patterns); it is
//! never shown to users. Every normalized character remembers the original
//! character that produced it, so matches can be reported as spans of the
//! original text.
//!
//! Rules, applied per character:
//! * hamza/madda/wasla alef forms `أ إ آ ٱ ٲ ٳ` → `ا`; `ى` → `ي`; `ة` → `ه`;
//!   `ؤ` → `و`; `ئ` → `ي`; Persian/Urdu `ک` → `ك`, `ی` → `ي`, `ۀ` → `ه`;
//! * removed: tatweel (U+0640), harakat and Quranic marks (U+064B–U+065F,
//!   U+0670, U+0610–U+061A, U+06D6–U+06ED), bidi and zero-width marks
//!   (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF, U+061C);
//! * Arabic-Indic `٠–٩` and Eastern `۰–۹` digits → ASCII `0–9`;
//! * double quotes of every style → `"`, single curly quotes → `'`;
//! * Unicode space separators (NBSP, thin space, …) → `' '` (tab, CR and LF
//!   are kept as they are);
//! * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) → base letters
//!   via their compatibility decomposition, then the rules above (so the
//!   lam-alef ligature `ﻻ` → `لا`);
//! * uppercase letters → lowercase.
//!
//! `ج`/`غ`, `ه`/`ة` beyond the above, and everything else are left alone.

use std::ops::Range;
use std::sync::OnceLock;

/// Normalized text plus a map from normalized byte offsets to original ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Byte offset in `text` where each normalized character starts.
    norm_starts: Vec<usize>,
    /// Original byte range of the character that produced each normalized character.
    orig: Vec<(usize, usize)>,
    /// Length of the original text in bytes.
    orig_len: usize,
}

impl Normalized {
    /// Index of the normalized character containing normalized byte `b`
    /// (`b < self.text.len()`).
    fn char_at(&self, b: usize) -> usize {
        self.norm_starts
            .partition_point(|&s| s <= b)
            .saturating_sub(1)
    }

    /// Original byte offset of the character that produced the normalized
    /// character containing `norm_byte`.
    ///
    /// `norm_byte >= text.len()` maps to the original length. The map is
    /// monotonic (non-decreasing) and always lands on an original char
    /// boundary.
    pub fn to_original(&self, norm_byte: usize) -> usize {
        if norm_byte >= self.text.len() {
            return self.orig_len;
        }
        self.orig[self.char_at(norm_byte)].0
    }

    /// The range of the original text covering a normalized range: from the
    /// start of the source of its first character to the end of the source
    /// of its last character. An empty range maps to an empty range at
    /// [`Normalized::to_original`] of its start.
    pub fn original_range(&self, norm: Range<usize>) -> Range<usize> {
        let start = norm.start.min(self.text.len());
        let end = norm.end.min(self.text.len());
        if end <= start {
            let o = self.to_original(start);
            return o..o;
        }
        let first = self.char_at(start);
        let last = self.char_at(end - 1);
        let s = self.orig[first].0;
        let e = self.orig[last].1.max(s);
        s..e
    }

    /// Length in bytes of the original text.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }
}

/// Normalize `s` and keep the offset map. See the [module docs](self) for the rules.
pub fn normalize(s: &str) -> Normalized {
    let mut out = Normalized {
        text: String::with_capacity(s.len()),
        norm_starts: Vec::with_capacity(s.len() / 2 + 1),
        orig: Vec::with_capacity(s.len() / 2 + 1),
        orig_len: s.len(),
    };
    for (i, c) in s.char_indices() {
        let end = i + c.len_utf8();
        map_char(c, &mut |n| {
            out.norm_starts.push(out.text.len());
            out.orig.push((i, end));
            out.text.push(n);
        });
    }
    out
}

/// Normalize `s` without building the offset map (for dictionaries and
/// queries). Always equal to `normalize(s).text`.
pub fn normalize_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        map_char(c, &mut |n| out.push(n));
    }
    out
}

/// A normalized noun without its proclitics: و/ف, then the article with a preposition
/// (لل, بال), the article alone, or ب/ل ("بالاعتداءات" → "اعتداءات", "للتدخل" → "تدخل").
/// For looking nouns up in word lists; no stemming beyond that.
pub fn strip_noun_clitics(word: &str) -> &str {
    let w = word.trim_start_matches(['و', 'ف']);
    w.strip_prefix("لل")
        .or_else(|| w.strip_prefix("بال"))
        .or_else(|| w.strip_prefix("ال"))
        .or_else(|| w.strip_prefix('ل'))
        .or_else(|| w.strip_prefix('ب'))
        .unwrap_or(w)
}

/// True for characters that normalization deletes.
#[inline]
fn is_removed(c: char) -> bool {
    matches!(c,
        '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{0610}'..='\u{061A}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}')
}

/// Unicode space separators (category Zs) other than ASCII space.
#[inline]
fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// [`map_base_rules`] for the Arabic block U+0600..U+06FF, where almost all characters of
/// the text are, precomputed by running the rules once on each: the character it becomes,
/// or [`ARABIC_REMOVED`].
fn arabic_table() -> &'static [u32; 256] {
    static TABLE: OnceLock<[u32; 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [ARABIC_REMOVED; 256];
        for (k, slot) in t.iter_mut().enumerate() {
            let Some(c) = char::from_u32(0x0600 + k as u32) else {
                continue;
            };
            let mut out = Vec::new();
            map_base_rules(c, &mut |m| out.push(m));
            // Every character of the block becomes at most one (test
            // `arabic_table_matches_the_rules`).
            *slot = out.first().map_or(ARABIC_REMOVED, |&m| m as u32);
        }
        t
    })
}

/// In [`arabic_table`]: the character is removed.
const ARABIC_REMOVED: u32 = u32::MAX;

/// Apply the per-character rules except the presentation-form decomposition.
#[inline]
fn map_base(c: char, emit: &mut impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    let u = c as u32;
    if (0x0600..0x0700).contains(&u) {
        if let Some(m) = char::from_u32(arabic_table()[(u - 0x0600) as usize]) {
            emit(m);
        }
        return;
    }
    map_base_rules(c, emit);
}

/// The per-character rules themselves (see [`map_base`]).
fn map_base_rules(c: char, emit: &mut impl FnMut(char)) {
    if c.is_ascii() {
        emit(c.to_ascii_lowercase());
        return;
    }
    if is_removed(c) {
        return;
    }
    let m = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ئ' | 'ی' => 'ي',
        'ة' | 'ۀ' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        '٠'..='٩' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '”' | '“' | '„' | '‟' | '«' | '»' | '″' | '‹' | '›' => '"',
        '‘' | '’' | '‚' | '‛' => '\'',
        _ if is_unicode_space(c) => ' ',
        // Arabic has no case: skip the slow uppercase table search for its block.
        '\u{0600}'..='\u{06FF}' => c,
        _ if c.is_uppercase() => {
            for l in c.to_lowercase() {
                emit(l);
            }
            return;
        }
        _ => c,
    };
    emit(m);
}

/// Apply all rules to one character, emitting zero or more normalized characters.
#[inline]
fn map_char(c: char, emit: &mut impl FnMut(char)) {
    if matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}') {
        unicode_normalization::char::decompose_compatible(c, |d| map_base(d, emit));
    } else {
        map_base(c, emit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_variants() {
        assert_eq!(normalize_str("فايز"), normalize_str("فائز"));
        assert_eq!(normalize_str("الوطنى"), normalize_str("الوطني"));
        assert_eq!(normalize_str("إلى"), "الي");
        assert_eq!(normalize_str("آمال أحمد ٱلله"), "امال احمد الله");
        assert_eq!(normalize_str("مؤتمر"), "موتمر");
        assert_eq!(normalize_str("حكومة"), "حكومه");
        assert_eq!(normalize_str("کتاب ایران"), "كتاب ايران");
        // ج/غ untouched
        assert_eq!(normalize_str("غولر جنيف"), "غولر جنيف");
    }

    #[test]
    fn digits_quotes_spaces() {
        assert_eq!(normalize_str("٢٠١٧"), "2017");
        assert_eq!(normalize_str("۲۰۱۹"), "2019");
        assert_eq!(normalize_str("«طرابلس»"), "\"طرابلس\"");
        assert_eq!(normalize_str("”السراج“ ‘x’"), "\"السراج\" 'x'");
        assert_eq!(normalize_str("a\u{00A0}b\u{2009}c\nd\te"), "a b c\nd\te");
        assert_eq!(normalize_str("RT NATO Éa"), "rt nato éa");
    }

    #[test]
    fn tatweel_diacritics_bidi_removed() {
        assert_eq!(normalize_str("مـــحـمد"), "محمد");
        assert_eq!(normalize_str("أيضاً مُحَمَّدٌ"), "ايضا محمد");
        assert_eq!(normalize_str("\u{200F}ليبيا\u{202B}\u{FEFF}"), "ليبيا");
    }

    #[test]
    fn no_arabic_block_letter_has_case() {
        // map_base relies on it to skip the case tables there.
        assert!(('\u{0600}'..='\u{06FF}').all(|c| !c.is_uppercase() && c.to_lowercase().eq([c])));
    }

    #[test]
    fn arabic_table_matches_the_rules() {
        for c in '\u{0600}'..='\u{06FF}' {
            let (mut slow, mut fast) = (Vec::new(), Vec::new());
            map_base_rules(c, &mut |m| slow.push(m));
            map_base(c, &mut |m| fast.push(m));
            assert!(slow.len() <= 1, "{c:?} becomes {slow:?}");
            assert_eq!(slow, fast, "{c:?}");
        }
    }

    #[test]
    fn noun_clitics() {
        assert_eq!(strip_noun_clitics("بالاعتداءات"), "اعتداءات");
        assert_eq!(strip_noun_clitics("وللتدخل"), "تدخل");
        assert_eq!(strip_noun_clitics("الاجتماع"), "اجتماع");
        assert_eq!(strip_noun_clitics("لقاء"), "قاء");
        assert_eq!(strip_noun_clitics("تصريحات"), "تصريحات");
    }

    #[test]
    fn presentation_forms() {
        assert_eq!(normalize_str("ﻻ"), "لا");
        assert_eq!(normalize_str("ﻷ"), "لا");
        assert_eq!(normalize_str("ﺍﻟﺴﻼﻡ"), "السلام");
    }

    #[test]
    fn offset_map_with_deletions_and_expansions() {
        let s = "أَﻻ ـب";
        let n = normalize(s);
        assert_eq!(n.text, "الا ب");
        // 'ا' from 'أ' at 0; 'ل','ا' from the ligature at 4 (after the fatha).
        assert_eq!(n.to_original(0), 0);
        assert_eq!(n.to_original(2), 4);
        assert_eq!(n.to_original(4), 4);
        assert_eq!(n.original_range(2..6), 4..7);
        assert_eq!(n.to_original(n.text.len()), s.len());
        let b = n.text.find('ب').unwrap();
        assert_eq!(&s[n.original_range(b..b + 2)], "ب");
    }
}
