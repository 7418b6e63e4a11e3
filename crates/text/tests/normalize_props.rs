//! Property tests for normalization and its offset map.

use proptest::prelude::*;
use rasid_text::{normalize, normalize_str, CharIndex};

/// Strings mixing Arabic letters, harakat, tatweel, presentation forms,
/// bidi marks, digits, quotes, spaces, Latin, combining marks and emoji.
fn mixed() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ا",
        "أ",
        "إ",
        "آ",
        "ٱ",
        "ى",
        "ي",
        "ة",
        "ه",
        "ؤ",
        "ئ",
        "ک",
        "ی",
        "ۀ",
        "ج",
        "غ",
        "ـ",
        "َ",
        "ً",
        "ّ",
        "ٰ",
        "ۖ",
        "\u{200f}",
        "\u{202b}",
        "\u{feff}",
        "\u{061c}",
        "٢",
        "۷",
        "«",
        "»",
        "”",
        "‘",
        "\u{a0}",
        "\u{2009}",
        " ",
        "\n",
        "\r\n",
        "\t",
        "ﻻ",
        "ﻷ",
        "ﷲ",
        "ﷺ",
        "ﺍ",
        "ﻟ",
        "A",
        "Z",
        "É",
        "İ",
        "ß",
        "e\u{301}",
        "🙂",
        "👨‍👩‍👧",
        "x",
        "1",
        ".",
        "؟",
        "\u{0}",
        "\u{fffd}",
        "Ω",
    ]);
    prop_oneof![
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat()),
        any::<String>(),
        "\\PC{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn map_is_sound(s in mixed()) {
        let n = normalize(&s);
        prop_assert_eq!(&normalize_str(&s), &n.text);
        prop_assert_eq!(n.to_original(n.text.len()), s.len());
        let mut prev = 0usize;
        for (b, c) in n.text.char_indices() {
            let o = n.to_original(b);
            prop_assert!(o >= prev, "not monotonic");
            prop_assert!(s.is_char_boundary(o));
            prev = o;
            let r = n.original_range(b..b + c.len_utf8());
            prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
            prop_assert!(r.start <= r.end && r.end <= s.len());
            let back = normalize_str(&s[r]);
            prop_assert!(back.contains(c), "{:?} not in {:?}", c, back);
        }
        // Every byte offset, including mid-char ones, maps somewhere sane.
        for b in 0..=n.text.len() + 1 {
            let o = n.to_original(b);
            prop_assert!(o <= s.len() && s.is_char_boundary(o));
        }
    }

    #[test]
    fn ranges_cover(s in mixed(), a in 0usize..200, l in 0usize..200) {
        let n = normalize(&s);
        let r = n.original_range(a..a + l);
        prop_assert!(r.start <= r.end && r.end <= s.len());
        prop_assert!(s.is_char_boundary(r.start) && s.is_char_boundary(r.end));
    }

    #[test]
    fn idempotent(s in mixed()) {
        let once = normalize_str(&s);
        prop_assert_eq!(normalize_str(&once), once);
    }

    #[test]
    fn char_index_matches_chars(s in mixed()) {
        let ix = CharIndex::new(&s);
        for (ci, (b, _)) in s.char_indices().enumerate() {
            prop_assert_eq!(ix.char_offset(b), ci);
        }
        prop_assert_eq!(ix.char_offset(s.len()), s.chars().count());
    }

    #[test]
    fn pipeline_never_panics(s in mixed()) {
        let _ = rasid_text::decode(s.as_bytes());
        let d = rasid_text::html_to_text(&s);
        let c = rasid_text::clean(&s);
        let _ = rasid_text::clean(&d.text);
        let sents = rasid_text::sentences(&s, &c.blocks);
        for r in sents {
            prop_assert!(s.get(r).is_some());
        }
    }

    #[test]
    fn decode_arbitrary_bytes(b in prop::collection::vec(any::<u8>(), 0..300)) {
        let _ = rasid_text::decode(&b);
    }
}
