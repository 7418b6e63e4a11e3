//! Time html_to_text on pathological inputs (development aid).
fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let cases = [
        ("div", "<div>".repeat(n) + "<p>x</p>"),
        ("span-b-i", "<span><b><i>".repeat(n) + "x"),
        ("b", "<b>".repeat(n) + "x"),
        ("p", "<p>x".repeat(n)),
        ("table", "<table><tr><td>".repeat(n) + "x"),
    ];
    for (name, html) in cases {
        let t = std::time::Instant::now();
        let d = rasid_text::html_to_text(&html);
        println!(
            "{name:10} n={n} {:?} len={} parse-only {:?}",
            t.elapsed(),
            d.text.len(),
            parse_only(&html)
        );
    }
}

fn parse_only(html: &str) -> std::time::Duration {
    let t = std::time::Instant::now();
    let d = dom_query::Document::from(html);
    std::hint::black_box(&d);
    t.elapsed()
}
