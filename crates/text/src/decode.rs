//! Bytes → text: BOM sniffing, UTF-8, BOM-less UTF-16, legacy encodings
//! (Windows-1256 and friends, guessed with `chardetng`), and rejection of
//! binary input: [`decode`], [`Decoded`].
//!
//! Line endings and every other character are left exactly as decoded, so
//! byte offsets computed later index the returned text.

use crate::error::TextError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1256};

/// Decoded text and the name of the encoding it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte order mark.
    pub text: String,
    /// WHATWG name of the encoding used: `"UTF-8"`, `"UTF-16LE"`,
    /// `"UTF-16BE"`, `"windows-1256"`, …
    pub encoding: &'static str,
}

/// How many leading bytes the sniffing heuristics look at.
const SNIFF: usize = 64 * 1024;

/// Decode an article's raw bytes.
///
/// Order of checks: byte order mark (UTF-8, UTF-16LE, UTF-16BE; stripped),
/// BOM-less UTF-16 (one byte of each pair mostly `0x00`/`0x06`, as ASCII and
/// Arabic code points give), binary data (NUL- or control-heavy) →
/// [`TextError::Binary`], valid UTF-8, else a legacy single/multi-byte
/// encoding guessed by `chardetng` (Arabic text in Windows-1256 comes back as
/// `"windows-1256"`). Malformed sequences become U+FFFD; this never panics.
pub fn decode(bytes: &[u8]) -> Result<Decoded, TextError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(with(enc, &bytes[bom_len..]));
    }
    if bytes.is_empty() {
        return Ok(Decoded {
            text: String::new(),
            encoding: UTF_8.name(),
        });
    }
    if let Some(enc) = sniff_utf16(bytes) {
        return Ok(with(enc, bytes));
    }
    check_binary(bytes)?;
    match std::str::from_utf8(bytes) {
        Ok(s) => {
            return Ok(Decoded {
                text: s.to_owned(),
                encoding: UTF_8.name(),
            })
        }
        Err(e)
            if (e.error_len().is_none() && !bytes[..e.valid_up_to()].is_ascii())
                || mostly_utf8(bytes) =>
        {
            // Truncated mid-character (a crawler's byte limit) or a few stray
            // bytes in UTF-8 text: decode as UTF-8 with U+FFFD.
            return Ok(with(UTF_8, bytes));
        }
        Err(_) => {}
    }
    Ok(with(guess_legacy(bytes), bytes))
}

fn with(enc: &'static Encoding, bytes: &[u8]) -> Decoded {
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Decoded {
        text: text.into_owned(),
        encoding: enc.name(),
    }
}

/// BOM-less UTF-16: in ASCII and Arabic text the high byte of each code
/// unit is `0x00` or `0x06`, so one parity of positions is dominated by
/// those two values and the other is not.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF)];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even_hi, mut odd_hi, mut nul) = (0usize, 0usize, 0usize);
    for pair in head.chunks_exact(2) {
        if matches!(pair[0], 0x00 | 0x06) {
            even_hi += 1;
        }
        if matches!(pair[1], 0x00 | 0x06) {
            odd_hi += 1;
        }
        nul += usize::from(pair[0] == 0) + usize::from(pair[1] == 0);
    }
    // Need some NULs (spaces, digits, Latin) or a strong Arabic signal.
    let strong = |hi: usize, other: usize| hi * 10 >= pairs * 7 && other * 10 <= pairs * 2;
    let enc = if strong(odd_hi, even_hi) {
        UTF_16LE
    } else if strong(even_hi, odd_hi) {
        UTF_16BE
    } else {
        return None;
    };
    if nul == 0 && pairs < 8 {
        return None;
    }
    // Reject if decoding yields many replacement or control characters.
    let (text, _) = enc.decode_without_bom_handling(head);
    let bad = text
        .chars()
        .filter(|&c| c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()))
        .count();
    (bad * 20 <= text.chars().count().max(1)).then_some(enc)
}

/// NUL or C0-control-heavy input is binary.
fn check_binary(bytes: &[u8]) -> Result<(), TextError> {
    let head = &bytes[..bytes.len().min(SNIFF)];
    let nul_bytes = head.iter().filter(|&&b| b == 0).count();
    let control_bytes = head
        .iter()
        .filter(|&&b| b != 0 && b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    // Text may carry a stray NUL; binary formats have them everywhere.
    if nul_bytes * 100 > head.len() || nul_bytes > 16 || control_bytes * 10 > head.len() {
        return Err(TextError::Binary {
            nul_bytes,
            control_bytes,
            len: head.len(),
        });
    }
    Ok(())
}

/// UTF-8 with a few invalid sequences: at least ten valid multi-byte
/// characters per invalid sequence. Legacy single-byte text (Windows-1256
/// Arabic included) almost never forms valid multi-byte UTF-8 sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let mut valid_multi = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_multi += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    valid_multi >= 10 * invalid.max(1)
}

/// Guess a legacy encoding. `chardetng` is tried with no TLD hint; Arabic
/// guesses other than Windows-1256 (ISO-8859-6) and Latin guesses for text
/// whose high bytes are mostly in the Arabic letter block of Windows-1256
/// are mapped to Windows-1256, by far the most common legacy Arabic
/// encoding on the web.
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let guess = det.guess(None, true);
    if guess == WINDOWS_1256 {
        return guess;
    }
    if guess == encoding_rs::ISO_8859_6 || looks_windows_1256(bytes) {
        return WINDOWS_1256;
    }
    guess
}

/// Most high bytes fall in Windows-1256's Arabic letter range and spaces
/// separate them like words.
fn looks_windows_1256(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(SNIFF)];
    let high = head.iter().filter(|&&b| b >= 0x80).count();
    if high < 8 {
        return false;
    }
    let arabic = head
        .iter()
        .filter(|&&b| matches!(b, 0xC1..=0xD6 | 0xD8..=0xDF | 0xE1 | 0xE3..=0xE6 | 0xEC | 0xED))
        .count();
    arabic * 10 >= high * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain_and_bom() {
        let d = decode("السراج\r\nفي طرابلس".as_bytes()).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, "السراج\r\nفي طرابلس");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("ليبيا".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("ليبيا", "UTF-8"));
    }

    #[test]
    fn empty() {
        let d = decode(b"").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("", "UTF-8"));
    }

    fn utf16(s: &str, le: bool, bom: bool) -> Vec<u8> {
        let mut v = Vec::new();
        if bom {
            v.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
        }
        for u in s.encode_utf16() {
            v.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let s = "أكد الرئيس التركي، رجب طيب أردوغان (2020) in Istanbul.";
        for (le, name) in [(true, "UTF-16LE"), (false, "UTF-16BE")] {
            for bom in [true, false] {
                let d = decode(&utf16(s, le, bom)).unwrap();
                assert_eq!(d.text, s, "le={le} bom={bom}");
                assert_eq!(d.encoding, name);
            }
        }
        // Pure Arabic, no ASCII at all.
        let d = decode(&utf16("السراجفيطرابلسوانقرة", true, false)).unwrap();
        assert_eq!(d.encoding, "UTF-16LE");
    }

    #[test]
    fn binary_rejected() {
        let mut b = b"\x7fELF\x02\x01\x01".to_vec();
        b.extend(std::iter::repeat_n(0u8, 100));
        b.extend((0u8..=255).cycle().take(2000));
        assert!(matches!(decode(&b), Err(TextError::Binary { .. })));
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00";
        assert!(matches!(decode(png), Err(TextError::Binary { .. })));
    }

    #[test]
    fn windows_1256_short() {
        let s = "قال وزير الخارجية إن الاجتماع بحث التعاون بين البلدين.";
        let (bytes, _, unmappable) = WINDOWS_1256.encode(s);
        assert!(!unmappable);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1256");
        assert_eq!(d.text, s);
    }

    #[test]
    fn truncated_or_slightly_broken_utf8_stays_utf8() {
        let s = "قال وزير الخارجية إن الاجتماع بحث التعاون بين البلدين";
        let cut = &s.as_bytes()[..s.len() - 1];
        let d = decode(cut).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d
            .text
            .starts_with("قال وزير الخارجية إن الاجتماع بحث التعاون بين"));
        let mut stray = s.as_bytes().to_vec();
        stray.insert(10, 0xFF);
        let d = decode(&stray).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains('\u{FFFD}'));
    }

    #[test]
    fn latin1_stays_latin() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
            "Le président a déclaré à la presse étrangère que la réunion était très productive.",
        );
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
    }
}
