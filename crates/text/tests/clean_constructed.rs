//! Constructed pages for the cleaner: menus, related links, comment forms,
//! footers, snippets and degenerate input.

use rasid_text::{clean, html_to_text};

fn kept(text: &str) -> Vec<&str> {
    let c = clean(text);
    c.blocks.iter().map(|r| &text[r.clone()]).collect()
}

const P1: &str = "قال وزير الخارجية إن المباحثات تناولت سبل تعزيز التعاون الثنائي بين البلدين في مجالات الأمن والاقتصاد والطاقة، وأكد أن الجانبين اتفقا على مواصلة التنسيق خلال المرحلة المقبلة.";
const P2: &str = "وأضاف الوزير في مؤتمر صحفي عقده في ختام الزيارة أن بلاده تدعم الحل السياسي للأزمة، وأنها مستعدة لتقديم المساعدة في تدريب قوات الأمن وإعادة بناء المؤسسات.";

#[test]
fn menu_top_related_bottom() {
    let page = format!(
        "الرئيسية\nأخبار\nسياسة\nاقتصاد\nرياضة\n  • فيديو\n  • منوعات\n\
         وزير الخارجية يبحث التعاون مع نظيره التركي\n\n{P1}\n\n{P2}\n\n\
         أخبار ذات صلة\n\
         الرئيس يستقبل وفدا برلمانيا أوروبيا في العاصمة لبحث ملفات الهجرة والأمن\n\
         ارتفاع أسعار النفط في الأسواق العالمية بعد قرار أوبك الأخير بخفض الإنتاج\n\
         جميع الحقوق محفوظة © 2024\n"
    );
    let k = kept(&page);
    assert_eq!(
        k,
        vec!["وزير الخارجية يبحث التعاون مع نظيره التركي", P1, P2]
    );
}

#[test]
fn tail_marker_cuts_even_long_teasers() {
    let teaser = "وفي سياق آخر قال مسؤول في الحكومة إن الاجتماع المقبل سيعقد في العاصمة بمشاركة وفود من عدة دول عربية وأجنبية لبحث ملفات الأمن والهجرة والطاقة.";
    let page = format!("{P1}\n{P2}\nاقرأ أيضاً:\n{teaser}\n");
    assert_eq!(kept(&page), vec![P1, P2]);
    let page = format!("{P1}\n{P2}\nاترك تعليقاً\n{teaser}\n");
    assert_eq!(kept(&page), vec![P1, P2]);
}

#[test]
fn comment_prompt_before_body_is_dropped_not_cut() {
    let page = format!("عنوان الخبر الرئيسي عن لقاء الوزيرين\nمشاركة\nاضف تعليقاً واقرأ تعليقات القراء\n{P1}\n{P2}\nمشاركة\n");
    assert_eq!(
        kept(&page),
        vec!["عنوان الخبر الرئيسي عن لقاء الوزيرين", P1, P2]
    );
}

#[test]
fn short_subheading_between_paragraphs_kept_but_list_dropped() {
    let page = format!(
        "{P1}\nالوزير يؤكد دعم الحل السياسي\n{P2}\nسياسة\nاقتصاد\nرياضة\nثقافة\n{P1} {P2}\n"
    );
    let k = kept(&page);
    assert!(k.contains(&"الوزير يؤكد دعم الحل السياسي"));
    for w in ["سياسة", "اقتصاد", "رياضة", "ثقافة"] {
        assert!(!k.contains(&w));
    }
}

#[test]
fn source_and_agency_lines_dropped() {
    let page = format!("{P1}\n(أ ف ب)\n{P2}\nالمصدر: وكالة الأنباء\n");
    assert_eq!(kept(&page), vec![P1, P2]);
}

#[test]
fn snippets_without_prose_paragraphs() {
    // One short sentence: still kept.
    assert_eq!(
        kept("التقى السراج أردوغان في إسطنبول اليوم."),
        vec!["التقى السراج أردوغان في إسطنبول اليوم."]
    );
    // A lone short line is kept too.
    assert_eq!(kept("  ليبيا  \n"), vec!["ليبيا"]);
    // Chrome alone gives nothing.
    assert!(kept("مشاركة\nالتعليقات\n").is_empty());
}

#[test]
fn degenerate_input() {
    for s in [
        "",
        "\n\n\n",
        "   ",
        "\r\n\r\n",
        "•",
        "...",
        "\u{a0}\u{a0}",
        "a\rb\rc",
    ] {
        let c = clean(s);
        for r in &c.blocks {
            assert!(s.get(r.clone()).is_some());
        }
    }
    let crlf = format!("{P1}\r\n\r\n{P2}\r\n");
    assert_eq!(kept(&crlf), vec![P1, P2]);
}

#[test]
fn html_pipeline() {
    let html = format!(
        r#"<html><head><title>عنوان الصفحة - الموقع</title></head><body>
        <div class="top-menu"><a href="/">الرئيسية</a> <a href="/news">أخبار</a></div>
        <ul><li>سياسة</li><li>اقتصاد</li><li>رياضة</li><li>منوعات</li></ul>
        <article><h1>الوزير يبحث التعاون مع نظيره</h1>
        <p>{P1}</p><h2>دعم الحل السياسي</h2><p>{P2}</p>
        <div class="related-posts"><a href="/x">خبر آخر</a></div></article>
        <p>شاهد أيضاً</p><p>عنوان خبر آخر طويل بما يكفي ليبدو مثل عنوان مقال ذي صلة بالموضوع.</p>
        <footer>جميع الحقوق محفوظة</footer></body></html>"#
    );
    let d = html_to_text(&html);
    let c = clean(&d.text);
    let k: Vec<&str> = c.texts(&d.text).collect();
    assert_eq!(
        k,
        vec!["الوزير يبحث التعاون مع نظيره", P1, "دعم الحل السياسي", P2]
    );
}

#[test]
fn large_input_is_fast() {
    let mut page = String::new();
    for i in 0..20_000 {
        page.push_str(&format!("{P1} الفقرة رقم {i}.\nسطر قصير {i}\n"));
    }
    let t = std::time::Instant::now();
    let c = clean(&page);
    assert!(c.blocks.len() >= 20_000);
    assert!(t.elapsed().as_secs() < 30);
}

#[test]
fn teaser_list_before_body_keeps_only_the_headline() {
    let page = format!(
        "الأكثر قراءة اليوم على الموقع\n\
         ارتفاع أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع\n\
         منتخب ليبيا يتأهل إلى الدور الثاني من البطولة العربية\n\
         انقطاع الكهرباء عن عدة أحياء في العاصمة بسبب الأمطار\n\
         وزير الخارجية يبحث التعاون مع نظيره التركي\n\
         {P1}\n{P2}\n"
    );
    assert_eq!(
        kept(&page),
        vec!["وزير الخارجية يبحث التعاون مع نظيره التركي", P1, P2]
    );
}

#[test]
fn old_mac_line_endings() {
    let page = format!("وزير الخارجية يبحث التعاون مع نظيره التركي\r{P1}\r{P2}\rشاهد أيضاً\rخبر آخر عن موضوع آخر تماما\r");
    assert_eq!(
        kept(&page),
        vec!["وزير الخارجية يبحث التعاون مع نظيره التركي", P1, P2]
    );
}
