//! Byte-offset → Unicode code point offset conversion: [`CharIndex`].
//!
//! Downstream output formats (JSON for non-Rust consumers) want code point
//! offsets; everything inside rasid works in UTF-8 byte offsets. A
//! [`CharIndex`] is built once per text in O(n) and answers in O(log n)
//! (O(1) for pure ASCII text).

/// One multi-byte character: where it starts, how long it is, and how many
/// "extra" bytes (UTF-8 length − 1) all earlier characters contributed.
#[derive(Debug, Clone, Copy)]
struct Wide {
    start: usize,
    len: u8,
    extra_before: usize,
}

/// Converts UTF-8 byte offsets of one text into code point offsets.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    wide: Vec<Wide>,
    byte_len: usize,
    char_len: usize,
}

impl CharIndex {
    /// Index `text` (O(n), one entry per non-ASCII character).
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0usize;
        if !text.is_ascii() {
            for (i, c) in text.char_indices() {
                let l = c.len_utf8();
                if l > 1 {
                    wide.push(Wide {
                        start: i,
                        len: l as u8,
                        extra_before: extra,
                    });
                    extra += l - 1;
                }
            }
        }
        CharIndex {
            wide,
            byte_len: text.len(),
            char_len: text.len() - extra,
        }
    }

    /// Code point offset of the character containing byte offset `byte`.
    ///
    /// For a character boundary this is the number of characters before it;
    /// a byte inside a multi-byte character maps to that character's index;
    /// `byte >= text.len()` maps to the number of characters in the text.
    pub fn char_offset(&self, byte: usize) -> usize {
        if byte >= self.byte_len {
            return self.char_len;
        }
        // Multi-byte characters starting at or before `byte`.
        let k = self.wide.partition_point(|w| w.start <= byte);
        if k == 0 {
            return byte;
        }
        let w = self.wide[k - 1];
        let end = w.start + w.len as usize;
        if byte < end {
            // Inside (or at the start of) this wide character.
            w.start - w.extra_before
        } else {
            byte - (w.extra_before + w.len as usize - 1)
        }
    }

    /// Number of code points in the indexed text.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Convert a byte range into a code point range.
    pub fn char_range(&self, bytes: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let s = self.char_offset(bytes.start);
        let e = self.char_offset(bytes.end).max(s);
        s..e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, byte: usize) -> usize {
        if byte >= text.len() {
            return text.chars().count();
        }
        text.char_indices().filter(|(i, _)| *i <= byte).count() - 1
    }

    #[test]
    fn matches_naive() {
        for text in [
            "",
            "abc",
            "السراج met Erdoğan 🙂 in إسطنبول.",
            "🙂🙂a",
            "aé",
        ] {
            let ix = CharIndex::new(text);
            for b in 0..=text.len() + 2 {
                assert_eq!(ix.char_offset(b), naive(text, b), "{text:?} @ {b}");
            }
            assert_eq!(ix.char_len(), text.chars().count());
        }
    }
}
