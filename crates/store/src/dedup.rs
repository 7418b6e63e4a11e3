//! Duplicate detection: the content hash (exact copies) and MinHash signatures over word
//! shingles of normalized text (near-duplicates: syndicated wire copy, reposts with another
//! site's header and footer), with LSH banding to find candidates without comparing every pair.
//!
//! Method (see `docs/store.md`): the text is normalized with `rasid_text::normalize_str`,
//! split into words of letters and digits, and cut into overlapping shingles of
//! [`SHINGLE`] words. Each shingle is hashed (FNV-1a, 64 bit); the signature keeps, for each
//! of [`PERMUTATIONS`] fixed hash functions `h_i(x) = (a_i·x + b_i) mod 2^64`, the minimum
//! over the shingles. Two signatures agree in a position with probability equal to the
//! Jaccard similarity of the shingle sets. Candidates come from [`BANDS`] bands of
//! [`ROWS`] rows; a candidate is a near-duplicate when the estimated Jaccard similarity is
//! at least [`NEAR_DUPLICATE`].

use sha2::{Digest, Sha256};

/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Number of MinHash functions (signature length).
pub const PERMUTATIONS: usize = 128;
/// LSH bands and rows per band (`BANDS * ROWS == PERMUTATIONS`).
pub const BANDS: usize = 32;
pub const ROWS: usize = 4;
/// Estimated Jaccard similarity at or above which two articles are one story.
pub const NEAR_DUPLICATE: f64 = 0.5;
/// Texts with fewer words than this get no signature (too short to judge).
pub const MIN_WORDS: usize = 12;

/// A hash of the text with whitespace runs collapsed: equal for byte-identical copies that
/// differ only in spacing or line endings. Hex SHA-256.
pub fn content_hash(text: &str) -> String {
    let mut h = Sha256::new();
    let mut first = true;
    for w in text.split_whitespace() {
        if !first {
            h.update(b" ");
        }
        first = false;
        h.update(w.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The words of `text` after matching normalization: runs of letters and digits
/// ([`crate::analyzer::is_word_char`]).
pub fn words(text: &str) -> Vec<String> {
    rasid_text::normalize_str(text)
        .split(|c: char| !crate::analyzer::is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn fnv1a(parts: &[String]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x20;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        for b in p.as_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The fixed hash-function coefficients (a odd). Fixed seed: stored signatures stay comparable.
fn coefficients() -> &'static [(u64, u64); PERMUTATIONS] {
    static C: std::sync::OnceLock<[(u64, u64); PERMUTATIONS]> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let mut s = 0x7261_7369_6400_0001u64; // "rasid"
        let mut c = [(0u64, 0u64); PERMUTATIONS];
        for slot in c.iter_mut() {
            *slot = (splitmix(&mut s) | 1, splitmix(&mut s));
        }
        c
    })
}

/// A MinHash signature: [`PERMUTATIONS`] 32-bit minima.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

impl Signature {
    /// The signature of a text, or `None` when it has fewer than [`MIN_WORDS`] words.
    pub fn of(text: &str) -> Option<Signature> {
        let w = words(text);
        if w.len() < MIN_WORDS {
            return None;
        }
        let coef = coefficients();
        let mut mins = vec![u32::MAX; PERMUTATIONS];
        let mut seen = std::collections::HashSet::new();
        for sh in w.windows(SHINGLE) {
            let x = fnv1a(sh);
            if !seen.insert(x) {
                continue;
            }
            for (m, (a, b)) in mins.iter_mut().zip(coef.iter()) {
                let v = (a.wrapping_mul(x).wrapping_add(*b) >> 32) as u32;
                if v < *m {
                    *m = v;
                }
            }
        }
        Some(Signature(mins))
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / self.0.len().max(1) as f64
    }

    /// One key per band (band index mixed in), for the LSH table.
    pub fn band_keys(&self) -> Vec<i64> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ band as u64;
                for r in rows {
                    for b in r.to_le_bytes() {
                        h ^= u64::from(b);
                        h = h.wrapping_mul(0x0000_0100_0000_01b3);
                    }
                }
                h as i64
            })
            .collect()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    pub fn from_bytes(b: &[u8]) -> Option<Signature> {
        if b.len() != PERMUTATIONS * 4 {
            return None;
        }
        Some(Signature(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "قال رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج إن بلاده تطلب \
        من حلف شمال الأطلسي المساعدة في بناء مؤسسات الدفاع والأمن وجاء ذلك في لقاء مع وفد من \
        الحلف في طرابلس يوم الخميس بحضور عدد من الوزراء والمسؤولين الليبيين والأجانب";

    #[test]
    fn hash_ignores_spacing_only() {
        assert_eq!(content_hash("a  b\r\nc"), content_hash("a b c"));
        assert_ne!(content_hash("a b c"), content_hash("a b d"));
    }

    #[test]
    fn repost_is_near_duplicate_and_other_text_is_not() {
        let a = Signature::of(BODY).unwrap();
        let repost =
            format!("موقع الخبر | الرئيسية | أخبار عربية\n{BODY}\nجميع الحقوق محفوظة ٢٠١٧");
        let b = Signature::of(&repost).unwrap();
        assert!(a.similarity(&b) >= NEAR_DUPLICATE, "{}", a.similarity(&b));
        let other = Signature::of(
            "أعلنت وزارة الخارجية التركية أن الوزير سيزور القاهرة الأسبوع المقبل لبحث العلاقات \
             الثنائية والتعاون الاقتصادي بين البلدين في مجالات الطاقة والتجارة والاستثمار",
        )
        .unwrap();
        assert!(a.similarity(&other) < 0.1);
        // Spelling variants normalize away.
        let c = Signature::of(&BODY.replace("فائز", "فايز").replace('ي', "ى")).unwrap();
        assert_eq!(a, c);
        assert_eq!(Signature::from_bytes(&a.to_bytes()), Some(a.clone()));
        assert_eq!(a.band_keys().len(), BANDS);
        assert!(Signature::of("قصير جدا").is_none());
    }
}
