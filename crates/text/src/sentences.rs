//! Sentence splitting inside kept blocks: [`sentences`].
//!
//! A sentence ends at `.` `!` `?` `؟` `…` (runs such as `..` or
//! `?!` stay together, and closing quotes/brackets right after them belong
//! to the sentence) and at line breaks. A period is not a boundary inside a
//! number (`2.5`), inside a token (`rt.com`), or after a single-letter
//! abbreviation (`د.` , `U.S.`). Sentences never cross block boundaries.
//! A run longer than [`LONG_SENTENCE`] characters without such punctuation
//! is cut after commas (`،` `,`).

use crate::chars::{is_alphabetic, is_alphanumeric};
use std::ops::Range;

/// Sentences longer than this many characters are split at commas.
pub const LONG_SENTENCE: usize = 600;
/// When splitting a long sentence at commas, pieces are at least this long.
const MIN_PIECE: usize = 200;

/// Split each block of `text` into sentences: byte ranges into `text`,
/// trimmed of whitespace, terminal punctuation included, in order.
///
/// Block ranges that are out of bounds, reversed or not on char boundaries
/// are clamped/skipped, never a panic. Segments without any letter or digit
/// (stray punctuation) are dropped.
pub fn sentences(text: &str, blocks: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for b in blocks {
        let end = b.end.min(text.len());
        let start = b.start.min(end);
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        split_block(text, start, end, &mut out);
    }
    out
}

#[inline]
fn is_terminal(c: char) -> bool {
    // ؛ and ; join clauses of one sentence in Arabic news ("استقبل الملك …، اليوم؛ وزير …").
    matches!(c, '.' | '!' | '?' | '؟' | '…')
}

#[inline]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '）' | '﴿'
    )
}

fn split_block(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[start..end];
    let bytes = s.as_bytes();
    let mut seg_start = 0usize;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c == '\n' || c == '\r' {
            push_trimmed(text, start + seg_start, start + i, out);
            seg_start = i + c.len_utf8();
            continue;
        }
        if !is_terminal(c) {
            continue;
        }
        if c == '.' && !period_ends_sentence(s, bytes, i) {
            continue;
        }
        // Absorb following terminators and closers.
        let mut j = i + c.len_utf8();
        while let Some(&(k, d)) = it.peek() {
            if is_terminal(d) || is_closer(d) {
                j = k + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        push_trimmed(text, start + seg_start, start + j, out);
        seg_start = j;
    }
    push_trimmed(text, start + seg_start, end, out);
}

/// Is the period at byte `i` of `s` a sentence boundary?
fn period_ends_sentence(s: &str, bytes: &[u8], i: usize) -> bool {
    // A run of periods ("..", "...") is always a boundary.
    if bytes.get(i + 1) == Some(&b'.') || (i > 0 && bytes[i - 1] == b'.') {
        return true;
    }
    let before = &s[..i];
    // Next character: must be end, whitespace, a closer or another terminator; or an Arabic letter
    // right after an Arabic word ("سببه.وقال"): Arabic has no dotted tokens, a space was lost.
    if let Some(next) = s[i + 1..].chars().next() {
        let arabic_join =
            arabic_letter(next) && before.chars().next_back().is_some_and(arabic_letter);
        if !(next.is_whitespace() || is_closer(next) || is_terminal(next) || arabic_join) {
            return false; // 2.5, rt.com, U.S
        }
    }
    // Previous token: a single letter (abbreviation like "د." or "U.S.", "م.عادل").

    let mut rev = before.chars().rev();
    match rev.next() {
        Some(p) if is_alphabetic(p) => match rev.next() {
            None => false,
            Some(q) if q.is_whitespace() || q == '.' || q == '(' => false,
            _ => true,
        },
        _ => true,
    }
}

/// A letter of the Arabic block (hamza to yeh, and the extended letters), not a digit or mark.
fn arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

/// Push `[a, b)` trimmed, splitting very long runs at commas.
fn push_trimmed(text: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    let seg = &text[a..b];
    let trimmed = seg.trim();
    if trimmed.is_empty() || !trimmed.chars().any(is_alphanumeric) {
        return;
    }
    let ts = a + (seg.len() - seg.trim_start().len());
    let te = ts + trimmed.len();
    if trimmed.chars().count() <= LONG_SENTENCE {
        out.push(ts..te);
        return;
    }
    // Long: cut after commas once a piece has MIN_PIECE chars.
    let mut piece_start = ts;
    let mut chars_in_piece = 0usize;
    for (k, c) in trimmed.char_indices() {
        chars_in_piece += 1;
        if (c == '،' || c == ',') && chars_in_piece >= MIN_PIECE {
            let cut = ts + k + c.len_utf8();
            let remaining = text[cut..te].chars().count();
            if remaining >= MIN_PIECE / 2 {
                push_plain(text, piece_start, cut, out);
                piece_start = cut;
                chars_in_piece = 0;
            }
        }
    }
    push_plain(text, piece_start, te, out);
}

fn push_plain(text: &str, a: usize, b: usize, out: &mut Vec<Range<usize>>) {
    let seg = &text[a..b];
    let t = seg.trim();
    if t.chars().any(is_alphanumeric) {
        let s = a + (seg.len() - seg.trim_start().len());
        out.push(s..s + t.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let whole = 0..text.len();
        sentences(text, std::slice::from_ref(&whole))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn basic_arabic() {
        let t = "قال السراج إن الاجتماع مثمر. وأضاف: هل نتفق؟ نعم! انتهى؛ ثم غادر";
        assert_eq!(
            split(t),
            vec![
                "قال السراج إن الاجتماع مثمر.",
                "وأضاف: هل نتفق؟",
                "نعم!",
                "انتهى؛ ثم غادر"
            ]
        );
    }

    #[test]
    fn numbers_abbreviations_dots() {
        let t = "نما الاقتصاد 2.5 في المئة. التقى د. محمد بممثل U.S. Army أمس.. ثم عاد.";
        assert_eq!(
            split(t),
            vec![
                "نما الاقتصاد 2.5 في المئة.",
                "التقى د. محمد بممثل U.S. Army أمس..",
                "ثم عاد."
            ]
        );
    }

    #[test]
    fn a_lost_space_after_an_arabic_period_still_ends_the_sentence() {
        // Real text: "وتضاربت الروايات عن سببه.وقال المرصد …"; "م.عادل" is an abbreviation.
        let t = "وتضاربت الروايات عن سببه.وقال المرصد السوري. وبين م.عادل أن الموقع جاهز.";
        assert_eq!(
            split(t),
            vec![
                "وتضاربت الروايات عن سببه.",
                "وقال المرصد السوري.",
                "وبين م.عادل أن الموقع جاهز."
            ]
        );
    }

    #[test]
    fn closing_quotes_included() {
        let t = "قال «ان الثمن كان باهظا». وتابع \"نعم.\" ثم صمت";
        assert_eq!(
            split(t),
            vec!["قال «ان الثمن كان باهظا».", "وتابع \"نعم.\"", "ثم صمت"]
        );
    }

    #[test]
    fn never_crosses_blocks() {
        let t = "عنوان بلا نقطة\nفقرة أولى. فقرة ثانية";
        let blocks = [0..t.find('\n').unwrap(), t.find('\n').unwrap() + 1..t.len()];
        let s: Vec<&str> = sentences(t, &blocks).into_iter().map(|r| &t[r]).collect();
        assert_eq!(s, vec!["عنوان بلا نقطة", "فقرة أولى.", "فقرة ثانية"]);
        // A single block spanning lines still splits at the newline.
        assert_eq!(split(t).len(), 3);
    }

    #[test]
    fn long_run_split_at_commas() {
        let clause = "وأكد الوزير على أهمية التعاون بين البلدين في مجالات عدة";
        let t = vec![clause; 40].join("، ");
        let parts = split(&t);
        assert!(parts.len() > 1);
        for p in &parts {
            assert!(
                p.chars().count() <= LONG_SENTENCE + 100,
                "{}",
                p.chars().count()
            );
        }
        // Short comma runs are not split.
        assert_eq!(split("أ، ب، ج").len(), 1);
    }

    #[test]
    #[allow(clippy::reversed_empty_ranges)]
    fn bad_ranges_do_not_panic() {
        let t = "السراج.";
        assert!(sentences(t, &[1..3, 5..100, 7..2]).len() <= 1);
    }
}
