//! No stage panics on arbitrary input: decoding arbitrary bytes, and HTML extraction,
//! cleaning, sentence splitting, normalization, actor matching and event coding of arbitrary
//! strings, both random Unicode and Arabic-news-like word salad (dictionary words, dates,
//! punctuation, markup).

use std::sync::OnceLock;

use proptest::prelude::*;
use rasid_actors::MatchText;
use rasid_coder::{Article, Coder};

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::embedded().expect("bundled tables load"))
}

const WORDS: &[&str] = &[
    "استقبل",
    "الرئيس",
    "وزير",
    "الخارجية",
    "السعودي",
    "الأمريكي",
    "الملك",
    "سلمان",
    "بن",
    "عبدالعزيز",
    "في",
    "مع",
    "إلى",
    "يوم",
    "الخميس",
    "أمس",
    "اليوم",
    "مارس",
    "2017",
    "١٤٣٨",
    "هـ",
    "قال",
    "وأكد",
    "نظيره",
    "الجانبان",
    "المملكة",
    "التحالف",
    "الحوثيين",
    "اليمن",
    "إيران",
    "هجوم",
    "أدان",
    "بحث",
    "اتصالا",
    "هاتفيا",
    "سموه",
    "جلالته",
    "لل",
    "وال",
    "،",
    ".",
    "؟",
    "!",
    ":",
    "«",
    "»",
    "\"",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "ـ",
    "\u{064E}",
    "\u{200F}",
    "<p>",
    "</p>",
    "<div>",
    "&amp;",
    "//",
    "...",
    "…",
    "-",
    "•",
    "2/3/2017",
    "الموافق",
    "الماضي",
    "المقبل",
    "عشر",
    "الاحد",
];

fn salad() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..200).prop_map(|ws| {
        let mut s = String::new();
        for (i, w) in ws.iter().enumerate() {
            s.push_str(w);
            if i % 3 != 2 {
                s.push(' ');
            }
        }
        s
    })
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), salad(), "[\\PC\\s]{0,300}"]
}

fn all_stages(text: &str) {
    let doc = rasid_text::html_to_text(text);
    for t in [text, doc.text.as_str()] {
        let cleaned = rasid_text::clean(t);
        for r in rasid_text::sentences(t, &cleaned.blocks) {
            let s = &t[r];
            let n = rasid_text::normalize(s);
            let _ = n.original_range(0..n.text.len());
            let mt = MatchText::new(s);
            let mentions = coder().dict.mentions(&mt);
            for m in &mentions {
                let _ = mt.original_range(m.span.clone());
            }
        }
        let coded = coder().code(&Article {
            id: "p".into(),
            text: t.to_string(),
            date: Some("2017-03-02".into()),
            ..Default::default()
        });
        for e in &coded.events {
            assert!(e.evidence.start <= e.evidence.end);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn no_stage_panics_on_arbitrary_text(text in any_text()) {
        all_stages(&text);
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(d) = rasid_text::decode(&bytes) {
            all_stages(&d.text);
        }
    }
}
