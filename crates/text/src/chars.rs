//! Fast character classes for the hot loops of the pipeline.
//!
//! `char::is_alphabetic` and `char::is_alphanumeric` take a slow table search for every
//! non-ASCII character, and Arabic text is nearly all non-ASCII. These functions answer the
//! same question (exactly: a test compares them with the standard library on every `char`)
//! from a bitmap for the Arabic block U+0600–U+06FF and from the ASCII rules below U+0080,
//! and fall back to the standard library elsewhere.

/// `char::is_alphabetic` for U+0600..=U+06FF, one bit per code point.
const ARABIC_ALPHA: [u64; 4] = [
    0xffff_ffff_07ff_0000,
    0xffff_c000_feff_ffff,
    0xffff_ffff_ffff_ffff,
    0x9c00_e1fe_1fef_ffff,
];
/// `char::is_numeric` for U+0600..=U+06FF (Arabic-Indic and Eastern Arabic-Indic digits).
const ARABIC_NUMERIC: [u64; 4] = [0, 0x0000_03ff_0000_0000, 0, 0x03ff_0000_0000_0000];

#[inline]
fn bit(table: &[u64; 4], u: u32) -> bool {
    let i = (u - 0x600) as usize;
    table[i / 64] >> (i % 64) & 1 == 1
}

/// Same as [`char::is_alphabetic`], faster on ASCII and Arabic.
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphabetic()
    } else if (0x600..0x700).contains(&u) {
        bit(&ARABIC_ALPHA, u)
    } else {
        c.is_alphabetic()
    }
}

/// Same as [`char::is_alphanumeric`], faster on ASCII and Arabic.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        c.is_ascii_alphanumeric()
    } else if (0x600..0x700).contains(&u) {
        bit(&ARABIC_ALPHA, u) || bit(&ARABIC_NUMERIC, u)
    } else {
        c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_answers_as_the_standard_library_on_every_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "is_alphabetic({c:?})");
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "is_alphanumeric({c:?})"
            );
        }
    }
}
