//! The five seed articles (samples/seeds/, see EXPECTED.md there): the
//! cleaner keeps every evidence paragraph and headline and drops the page
//! chrome; decoding, sentence splitting and normalization hold up on them.

use rasid_text::{clean, decode, normalize, normalize_str, sentences, CharIndex};

macro_rules! seed {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../samples/seeds/",
            $name
        ))
    };
}

const S000: &str = seed!("000_ce9e53281574b8ad.txt");
const S001: &str = seed!("001_f5b2cea8329c5be4.txt");
const S002: &str = seed!("002_f82fbbcbc5c4ef01.txt");
const S003: &str = seed!("003_de3e210be6a5e36a.txt");
const S004: &str = seed!("004_f384ebf11ca86af7.txt");

fn kept(text: &str) -> Vec<&str> {
    let c = clean(text);
    c.blocks.iter().map(|r| &text[r.clone()]).collect()
}

/// Every `must` string lies inside one kept block; no `never` string does.
fn check(text: &str, must: &[&str], never: &[&str]) {
    let blocks = kept(text);
    for m in must {
        assert!(
            blocks.iter().any(|b| b.contains(m)),
            "evidence not kept: {m:?}\nkept: {blocks:#?}"
        );
    }
    for n in never {
        assert!(
            !blocks.iter().any(|b| b.contains(n)),
            "chrome kept: {n:?}\nkept: {blocks:#?}"
        );
    }
}

/// Chrome strings that must never survive in any seed.
const CHROME: &[&str] = &[
    "حدود يناقش مع فريق مشروع تقارب",
    "خطة أمريكية للتسوية في أوكرانيا",
    "لافروف: نسعى",
    "وليد جنبلاط",
    "Please enter your comment!",
    "Please enter your name here",
    "اترك تعليقاً",
    "ترك الرد",
    "الرجوع الى أعلى الصفحة",
    "شاهد أيضاً",
    "Akismet",
    "لن يتم نشر عنوان بريدك الإلكتروني",
    "التعليقات",
    "المصدر: RT",
    "اضف تعليقاً واقرأ تعليقات القراء",
    "يمكنكم متابعة المزيد من أخبار",
    "90 دقيقة",
    "كأس العرب",
    "سوريا تعلن إلغاء",
    "مدفيديف",
];

#[test]
fn seed_000_brussels() {
    check(
        S000,
        &[
            "السراج يبحث مع نائب رئيس الوزراء وزير الخارجية البلجيكي",
            "استقبل نائب رئيس الوزراء وزير الشؤون الخارجية في مملكة بلجيكا",
            "بحضور وزير الخارجية المفوض",
            "طالب ” السراج ” بأن تعمل بلجيكا ودول الاتحاد الأوروبي",
            "واتفق الجانبان على تفعيل التعاون في مجال التعليم",
            "رفض ليبيا التام توطين المهاجرين",
            "ونوه بالدعم الذي تقدمه عملية صوفيا",
            "ومن جهته عبر ” رينديرز ” عن ترحيبه بمقترحات",
        ],
        CHROME,
    );
    // Headline first.
    assert!(kept(S000)[0].starts_with("السراج يبحث مع نائب رئيس الوزراء"));
}

#[test]
fn seed_001_washington() {
    check(
        S001,
        &[
            "وصل رئيس المجلس الرئاسي “فائز السراج” الخميس إلى الولايات المتحدة",
            "“السراج” يناقش مع “ماتيس” دعم جهاز الحرس الرئاسي",
            "بالاجتماع مع وزير الدفاع الأمريكي جون ماتيس",
            "بدوره رحب الوزير الأمريكي في بداية اللقاء بالسراج",
            "وأشاد بالدعم الذي قدمته الولايات المتحدة",
            "واتفق الطرفان على مواصلة التعاون والتنسيق",
            "ترامب يجدد تأكيد بلاده على دعم حكومة الوفاق",
            "الاجتماع الأهم لرئيس المجلس الرئاسي كان مع الرئيس الأمريكي دونالد ترامب",
            "وأكد ترامب خلال هذا اللقاء، دعم الولايات المتحدة لحكومة الوفاق",
            "السراج يختتم زيارته بلقاء مع وزير الخارجية الأمريكي",
            "لقاء مع وزير الخارجية تيلرسون اليوم",
            "كما أثنى الوزير تيلرسون على السراج",
            "تواصل حث جميع الأطراف الليبية على الانخراط",
            "“لقاء مثمر” بحسب ما وصفه المستشار السياسي",
        ],
        CHROME,
    );
    // The whole article is body: every line is kept.
    assert_eq!(
        kept(S001).len(),
        S001.lines().filter(|l| !l.trim().is_empty()).count()
    );
}

#[test]
fn seed_002_istanbul_rt() {
    check(
        S002,
        &[
            "حكومة الوفاق الليبية: أردوغان والسراج أكدا على الحل السياسي للأزمة في ليبيا",
            "أكد الرئيس التركي، رجب طيب أردوغان، ورئيس حكومة الوفاق الوطني الليبية، فايز السراج، في لقاء في اسطنبول",
            "واتفقا على توسيع التعاون بين بلديهما",
            "أن الاجتماع استمر لساعتين",
            "والموقعة بين البلدين في شهر نوفمبر 2019",
            "واتفق الجانبان على أن \"تشهد المرحلة المقبلة توسيع آفاق التعاون",
            "وسبق أن أعلن السراج، في سبتمبر",
        ],
        CHROME,
    );
    let k = kept(S002);
    // Headline first, kept once although the page repeats it.
    assert!(k[0].starts_with("حكومة الوفاق الليبية: أردوغان والسراج"));
    assert_eq!(
        k.iter()
            .filter(|b| b.starts_with("حكومة الوفاق الليبية: أردوغان"))
            .count(),
        1
    );
    for menu in [
        "مباشر",
        "أين يمكنك متابعتنا",
        "أقسام مهمة",
        "Stories",
        "41 خبر",
        "فيديوهات",
    ] {
        assert!(!k.contains(&menu), "menu line kept: {menu}");
    }
}

#[test]
fn seed_003_nato_dateline() {
    check(
        S003,
        &[
            "مسؤول بالناتو: تواصل مشاورات الحلف لبحث طلب حكومة السراج الليبية",
            "الخميس، 02 مارس 2017 08:53 ص",
            "قال دانييل ريجو المسؤول الإعلامى",
            "فائز السراج دعم الناتو فى مجالات التدريب وبناء القدرات الليبية",
            "أمين عام الناتو ينس ستولتنبرج تلقى رسميا طلبا",
            "وشدد ريجو على أن الحلف يواصل دعم حكومة الوفاق الليبية",
            "أكد أن الناتو يتعاون مع العراق",
            "وتدريب قوات الأمن على التعامل",
            "الحلف يدعم وبشكل دائم مفاوضات جنيف",
            "وتم تعليقه على ضوء الضم \"غير الشرعى\"",
        ],
        CHROME,
    );
    let k = kept(S003);
    assert!(k[0].starts_with("مسؤول بالناتو"));
    // The dateline is a block of its own (the date code reads it).
    assert!(k.contains(&"الخميس، 02 مارس 2017 08:53 ص"));
    for chrome in ["أ ش أ", "مشاركة"] {
        assert!(!k.contains(&chrome), "{chrome} kept");
    }
    // The headline repeated with the photo caption appended is not kept twice.
    assert_eq!(
        k.iter().filter(|b| b.starts_with("مسؤول بالناتو")).count(),
        1
    );
}

#[test]
fn seed_004_tripoli() {
    check(
        S004,
        &[
            "«طرابلس» تدرس الاستفادة من «الخبرات التركية» وتأمين الحدود",
            "عماد الطرابلسي مع نظيره التركي علي يرلي كايا",
            "وقالت وزارة الداخلية، الاثنين، إن اللقاء الذي عقد في العاصمة طرابلس",
            "وكان صدام قد التقى في أنقرة وزير الخارجية التركي هاكان فيدان، ووزير الدفاع يشار غولر",
            "في العاصمة التركية أنقرة نهاية الأسبوع الماضي",
            "لقاء عبد الحميد الدبيبة رئيس حكومة «الوحدة» والسفير البريطاني الجديد لدى ليبيا مارتن رينولدز، الاثنين",
            "ناقش خلاله الأولويات المشتركة في مجالات الهجرة غير النظامية والأمن والنمو الاقتصادي",
        ],
        CHROME,
    );
    let k = kept(S004);
    assert_eq!(k.iter().filter(|b| b.contains("«طرابلس» تدرس")).count(), 1);
    assert!(k[0].starts_with("«طرابلس» تدرس"));
}

const ALL: [&str; 5] = [S000, S001, S002, S003, S004];

#[test]
fn blocks_are_ordered_trimmed_ranges() {
    for text in ALL {
        let c = clean(text);
        let mut prev = 0;
        for r in &c.blocks {
            assert!(r.start >= prev && r.start < r.end && r.end <= text.len());
            let s = &text[r.clone()];
            assert_eq!(s, s.trim());
            assert!(!s.contains('\n'));
            prev = r.end;
        }
    }
}

#[test]
fn sentences_stay_inside_blocks() {
    for text in ALL {
        let blocks = clean(text).blocks;
        let sents = sentences(text, &blocks);
        assert!(sents.len() >= blocks.len());
        for s in &sents {
            assert!(
                blocks.iter().any(|b| b.start <= s.start && s.end <= b.end),
                "sentence crosses blocks: {:?}",
                &text[s.clone()]
            );
            let t = &text[s.clone()];
            assert_eq!(t, t.trim());
        }
    }
    // Seed 000: "… ” محمد سيالة “." is one sentence ending in the period.
    let blocks = clean(S000).blocks;
    let s: Vec<&str> = sentences(S000, &blocks)
        .into_iter()
        .map(|r| &S000[r])
        .collect();
    assert!(s
        .iter()
        .any(|x| x.starts_with("استقبل نائب رئيس الوزراء") && x.ends_with("“.")));
}

#[test]
fn windows_1256_roundtrip_of_seeds() {
    for text in ALL {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
        assert!(!unmappable, "seed not representable in windows-1256");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1256");
        assert_eq!(d.text, text);
    }
}

#[test]
fn utf8_seeds_decode_unchanged() {
    for text in ALL {
        let d = decode(text.as_bytes()).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, "UTF-8"));
    }
}

#[test]
fn normalization_on_seeds() {
    // 002 spells فايز, 000/001/003 فائز: equal after normalization.
    assert!(normalize_str(S002).contains("فايز السراج"));
    assert!(normalize_str(S000).contains("فايز السراج"));
    // 003's Egyptian orthography: الوطنى → الوطني.
    assert!(normalize_str(S003).contains("حكومه الوفاق الوطني الليبيه"));
    // Offsets map back into the original text.
    for text in ALL {
        let n = normalize(text);
        let ix = CharIndex::new(text);
        if let Some(p) = n.text.find("السراج") {
            let r = n.original_range(p..p + "السراج".len());
            assert_eq!(normalize_str(&text[r.clone()]), "السراج");
            assert!(ix.char_offset(r.start) <= r.start);
        }
    }
}
