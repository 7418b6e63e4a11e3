//! A small, fast, non-cryptographic hash (FxHash's mixing step) for the short string keys
//! of word tables and per-article maps, where the standard library's SipHash dominated the
//! lookups. Not for keys an attacker chooses in bulk: it does not resist collisions.

use std::hash::{BuildHasherDefault, Hasher};

/// FxHash: eight bytes at a time, rotate, xor, multiply.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

/// Use as the `S` of `HashMap<K, V, S>` / `HashSet<K, S>`.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn sets_find_what_they_hold() {
        let words = ["في", "من", "الرياض", "the", "a", "", "ولي العهد"];
        let set: HashSet<&str, FxBuildHasher> = words.iter().copied().collect();
        assert_eq!(set.len(), words.len());
        for w in words {
            assert!(set.contains(w));
        }
        assert!(!set.contains("الرياض "));
    }

    #[test]
    fn different_short_keys_hash_differently() {
        let h = |s: &str| {
            let mut f = FxHasher::default();
            f.write(s.as_bytes());
            f.finish()
        };
        assert_ne!(h("ab"), h("ba"));
        assert_ne!(h("abcdefgh"), h("abcdefgi"));
    }
}
