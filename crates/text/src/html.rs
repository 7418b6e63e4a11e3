//! HTML page → plain text with one block element per line: [`html_to_text`],
//! [`HtmlDoc`].
//!
//! Parsing is done by `dom_query` (html5ever); the walk over the tree is our
//! own, iterative (no recursion, so 10,000-deep nesting is fine) and linear
//! in the size of the page. Page chrome that markup identifies is dropped
//! here (scripts, navigation, headers/footers, forms, elements whose
//! class/id names a menu, share bar, comment box, sidebar, ad, …); the rest
//! of the boilerplate is left to [`crate::clean()`], which runs on this output.
//!
//! The headline (first `<h1>`, else the `<title>` minus a trailing site
//! name) is emitted as the first line.

use dom_query::{Document, NodeRef};
use std::collections::HashMap;

/// Text extracted from an HTML page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct HtmlDoc {
    /// Contents of `<title>`, whitespace-collapsed, if present and non-empty.
    pub title: Option<String>,
    /// Plain text, one block per line, headline first; no empty lines.
    pub text: String,
    /// Publication date/time exactly as the page's metadata states it
    /// (`article:published_time` and similar `<meta>` tags, JSON-LD
    /// `datePublished`, else the first `<time datetime>`), unparsed.
    pub published: Option<String>,
    /// The `lang` attribute of `<html>`, if any.
    pub lang: Option<String>,
}

/// `<meta>` property/name/itemprop values that carry the publication date.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
];

/// Pull the string value of `"datePublished"` out of a JSON-LD script.
fn json_ld_date(script: &str) -> Option<String> {
    let at = script.find("\"datePublished\"")?;
    let rest = &script[at + "\"datePublished\"".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let rest = rest.strip_prefix('"')?;
    let end = rest.find('"')?;
    let v = rest[..end].trim();
    (!v.is_empty()).then(|| v.to_string())
}

/// Elements dropped with everything inside them.
fn is_skipped_tag(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "nav"
            | "footer"
            | "aside"
            | "form"
            | "iframe"
            | "svg"
            | "math"
            | "button"
            | "select"
            | "textarea"
            | "input"
            | "option"
            | "object"
            | "embed"
            | "canvas"
            | "video"
            | "audio"
            | "picture"
            | "map"
            | "dialog"
    )
}

/// Elements that start and end a line.
fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "br"
            | "hr"
            | "tr"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "header"
            | "figure"
            | "figcaption"
            | "address"
            | "details"
            | "summary"
            | "center"
            | "body"
    )
}

/// Class/id words that mark page chrome. Matched against the parts of a
/// class or id split at non-alphanumerics: long words as prefixes
/// (`navbar`, `comments`), short ones exactly (`ad`, `ads`).
const CHROME_PREFIXES: &[&str] = &[
    "menu",
    "nav",
    "share",
    "sharing",
    "social",
    "comment",
    "footer",
    "related",
    "sidebar",
    "breadcrumb",
    "widget",
    "advert",
    "sponsor",
    "newsletter",
    "popup",
    "cookie",
];
const CHROME_EXACT: &[&str] = &["ad", "ads", "adv", "banner", "promo", "tags", "subscribe"];

fn is_chrome_attr(value: &str) -> bool {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let w = w.to_ascii_lowercase();
            CHROME_EXACT.contains(&w.as_str()) || CHROME_PREFIXES.iter().any(|p| w.starts_with(p))
        })
}

/// Tag name of an element node (lowercase, as html5ever stores it).
fn tag<'a>(node: &NodeRef<'a>) -> Option<String> {
    node.qual_name_ref().map(|q| q.local.to_string())
}

/// Decide how the walk treats an element.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Treat {
    Normal,
    Skip,
    /// Skipped only if it holds less than half of the page's text.
    ChromeByName,
}

fn treat(node: &NodeRef<'_>, name: &str, in_article: bool) -> Treat {
    if is_skipped_tag(name) || (name == "header" && !in_article) {
        return Treat::Skip;
    }
    if node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return Treat::Skip;
    }
    if matches!(name, "html" | "body" | "main" | "article" | "h1") {
        return Treat::Normal;
    }
    let by_name = node.attr("class").is_some_and(|v| is_chrome_attr(&v))
        || node.attr("id").is_some_and(|v| is_chrome_attr(&v))
        || node.attr("role").is_some_and(|v| {
            matches!(
                &*v,
                "navigation" | "banner" | "contentinfo" | "complementary"
            )
        });
    if by_name {
        Treat::ChromeByName
    } else {
        Treat::Normal
    }
}

/// Events of an iterative pre/post-order walk.
enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(NodeRef<'a>),
}

/// Iterative depth-first walk calling `f` on entering and leaving every node;
/// `f` returning `false` on `Enter` skips the node's children (and its `Leave`).
fn walk<'a>(root: NodeRef<'a>, mut f: impl FnMut(Step<'a>) -> bool) {
    let mut node = root;
    loop {
        let descend = f(Step::Enter(node));
        if descend {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
            f(Step::Leave(node));
        }
        // Go to the next sibling, leaving finished ancestors on the way up.
        loop {
            if node.id == root.id {
                return;
            }
            if let Some(sib) = node.next_sibling() {
                node = sib;
                break;
            }
            match node.parent() {
                Some(p) => {
                    node = p;
                    f(Step::Leave(node));
                }
                None => return,
            }
        }
    }
}

/// Accumulates text with HTML whitespace collapsing and line breaks.
#[derive(Default)]
struct Sink {
    out: String,
    pending_space: bool,
}

impl Sink {
    fn text(&mut self, s: &str, pre: bool) {
        for c in s.chars() {
            if pre && c == '\n' {
                self.newline();
            } else if c.is_whitespace() || c.is_control() {
                self.pending_space = true;
            } else {
                if self.pending_space && !self.at_line_start() {
                    self.out.push(' ');
                }
                self.pending_space = false;
                self.out.push(c);
            }
        }
    }
    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n')
    }
    fn newline(&mut self) {
        if !self.at_line_start() {
            self.out.push('\n');
        }
        self.pending_space = false;
    }
}

fn collapse(s: &str) -> String {
    let mut k = Sink::default();
    k.text(s, false);
    k.out
}

/// Strip a trailing (or leading) site name from a `<title>`: split at
/// ` | `, ` - `, ` – `, ` — `, ` :: ` and keep the longest part.
fn title_headline(title: &str) -> &str {
    let mut best = title;
    let mut best_len = 0usize;
    let mut parts: Vec<&str> = vec![title];
    for sep in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    for p in parts {
        let n = p.trim().chars().count();
        if n > best_len {
            best_len = n;
            best = p.trim();
        }
    }
    best
}

/// Convert an HTML page into plain text, one block per line, headline first.
///
/// Never panics; malformed HTML is repaired by the HTML5 parsing algorithm.
pub fn html_to_text(html: &str) -> HtmlDoc {
    let html = limit_nesting(html);
    let doc = Document::from(&*html);
    let root = doc.root();

    // Pass 1: <title>, first <h1>, and the text length of every element
    // that chrome-by-name would drop (to spare wrappers of the article).
    let mut title_buf = String::new();
    let mut in_title = 0usize;
    let mut h1_id = None;
    let mut h1_buf = String::new();
    let (mut meta_date, mut ld_date, mut time_date, mut lang) = (None, None, None, None);
    let mut in_h1 = false;
    let mut total = 0usize;
    let mut stack: Vec<usize> = Vec::new(); // text length accumulators per open element
    let mut chrome_len: HashMap<dom_query::NodeId, usize> = HashMap::new();
    walk(root, |step| match step {
        Step::Enter(n) => {
            if n.is_text() {
                let t = n.text();
                if in_title > 0 {
                    title_buf.push_str(&t);
                } else {
                    if in_h1 {
                        h1_buf.push_str(&t);
                        h1_buf.push(' ');
                    }
                    let len = t.trim().len();
                    total += len;
                    if let Some(top) = stack.last_mut() {
                        *top += len;
                    }
                }
                true
            } else if n.is_element() || n.is_document() {
                let name = tag(&n).unwrap_or_default();
                match name.as_str() {
                    "script" => {
                        if ld_date.is_none()
                            && n.attr("type").is_some_and(|t| t.contains("ld+json"))
                        {
                            ld_date = json_ld_date(&n.text());
                        }
                        return false;
                    }
                    "style" | "template" | "noscript" => return false,
                    "meta" if meta_date.is_none() => {
                        let is_date = ["property", "name", "itemprop"].iter().any(|a| {
                            n.attr(a).is_some_and(|v| {
                                DATE_META.iter().any(|d| v.eq_ignore_ascii_case(d))
                            })
                        });
                        if is_date {
                            meta_date = n
                                .attr("content")
                                .map(|c| c.trim().to_string())
                                .filter(|c| !c.is_empty());
                        }
                    }
                    "time" if time_date.is_none() => {
                        time_date = n
                            .attr("datetime")
                            .map(|c| c.trim().to_string())
                            .filter(|c| !c.is_empty());
                    }
                    "html" if lang.is_none() => {
                        lang = n
                            .attr("lang")
                            .map(|l| l.trim().to_string())
                            .filter(|l| !l.is_empty());
                    }
                    _ => {}
                }
                if name == "title" {
                    in_title += 1;
                }
                if name == "h1" && h1_id.is_none() {
                    h1_id = Some(n.id);
                    in_h1 = true;
                }
                stack.push(0);
                true
            } else {
                false
            }
        }
        Step::Leave(n) => {
            if n.is_element() || n.is_document() {
                if n.has_name("title") {
                    in_title = in_title.saturating_sub(1);
                }
                if Some(n.id) == h1_id {
                    in_h1 = false;
                }
                let len = stack.pop().unwrap_or(0);
                if let Some(top) = stack.last_mut() {
                    *top += len;
                }
                let check =
                    n.attr("class").is_some() || n.attr("id").is_some() || n.attr("role").is_some();
                if check {
                    chrome_len.insert(n.id, len);
                }
            }
            true
        }
    });
    let title = Some(collapse(&title_buf)).filter(|t| !t.is_empty());
    // Headline: the first <h1> unless it is a bare logo/site name and the
    // <title> has something longer.
    let h1_text = collapse(&h1_buf);
    let from_title = title.as_deref().map(title_headline).unwrap_or("");
    let use_h1 =
        !h1_text.is_empty() && (h1_text.split_whitespace().count() >= 3 || from_title.is_empty());
    let head = if use_h1 {
        h1_text
    } else {
        from_title.to_string()
    };
    let skip_id = if use_h1 { h1_id } else { None };

    // Pass 2: emit text.
    let mut sink = Sink::default();
    let mut pre_depth = 0usize;
    let mut article_depth = 0usize;
    walk(root, |step| match step {
        Step::Enter(n) => {
            if n.is_text() {
                sink.text(&n.text(), pre_depth > 0);
                return true;
            }
            if n.is_document() {
                return true;
            }
            if !n.is_element() {
                return false;
            }
            let name = tag(&n).unwrap_or_default();
            match treat(&n, &name, article_depth > 0) {
                Treat::Skip => return false,
                Treat::ChromeByName => {
                    let len = chrome_len.get(&n.id).copied().unwrap_or(0);
                    if len * 2 < total.max(1) {
                        return false;
                    }
                }
                Treat::Normal => {}
            }
            if Some(n.id) == skip_id {
                return false;
            }
            match name.as_str() {
                "pre" => pre_depth += 1,
                "article" | "main" => article_depth += 1,
                "td" | "th" => sink.pending_space = true,
                _ => {}
            }
            if is_block_tag(&name) {
                sink.newline();
            }
            true
        }
        Step::Leave(n) => {
            if n.is_element() {
                if let Some(q) = n.qual_name_ref() {
                    let name: &str = &q.local;
                    match name {
                        "pre" => pre_depth = pre_depth.saturating_sub(1),
                        "article" | "main" => article_depth = article_depth.saturating_sub(1),
                        "td" | "th" => sink.pending_space = true,
                        _ => {}
                    }
                    if is_block_tag(name) {
                        sink.newline();
                    }
                }
            }
            true
        }
    });

    let body = sink.out;
    let mut text = String::with_capacity(head.len() + body.len() + 1);
    if !head.is_empty() {
        text.push_str(&head);
        text.push('\n');
    }
    for line in body.lines() {
        let line = line.trim();
        if !line.is_empty() {
            text.push_str(line);
            text.push('\n');
        }
    }
    while text.ends_with('\n') {
        text.pop();
    }
    HtmlDoc {
        title,
        text,
        published: meta_date.or(ld_date).or(time_date),
        lang,
    }
}

/// Deepest nesting of container elements passed to the parser.
///
/// html5ever's scope checks walk the stack of open elements, so parsing
/// n nested `<div>`s costs O(n²) (10,000 levels take seconds). Real pages
/// stay far below this depth.
pub const MAX_NESTING: usize = 256;

/// Container elements counted (and, past [`MAX_NESTING`], dropped) by
/// [`limit_nesting`]. Formatting elements (`b`, `i`, …) are bounded by the
/// parser itself.
const CONTAINERS: &[&str] = &[
    "div",
    "span",
    "section",
    "article",
    "main",
    "aside",
    "nav",
    "header",
    "footer",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "font",
    "center",
    "form",
    "fieldset",
    "figure",
    "details",
    "table",
];

/// Elements whose content is raw text (no tags inside).
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noscript",
];

/// Remove container start tags nested deeper than [`MAX_NESTING`] (and the
/// same number of their end tags), with one linear scan; block containers
/// are replaced by `<br>` so their line breaks survive. Auto-closing
/// elements (`p`, `li`, table cells) are not counted. Returns the input
/// unchanged (borrowed) in the normal case.
pub(crate) fn limit_nesting(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    // Cheap exit: too few tags to ever exceed the limit.
    if b.iter().filter(|&&c| c == b'<').count() <= MAX_NESTING {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut depth = 0usize;
    let mut suppressed = [0usize; CONTAINERS.len()];
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already copied into `out`
    let mut i = 0usize;
    while let Some(off) = b[i..].iter().position(|&c| c == b'<') {
        let lt = i + off;
        i = lt + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |p| p + 3);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_end = name_start
            + b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        if name_end == name_start {
            continue;
        }
        let name = &html[name_start..name_end];
        let gt = tag_end(b, name_end);
        let self_closing = gt > 0 && b[gt - 1] == b'/';
        let tag_stop = (gt + 1).min(b.len());
        i = tag_stop;
        if !closing {
            if let Some(raw) = RAW_TEXT.iter().find(|r| r.eq_ignore_ascii_case(name)) {
                // Skip to the matching end tag.
                let mut j = i;
                loop {
                    match find(b, j, b"</") {
                        Some(p)
                            if b[p + 2..].len() >= raw.len()
                                && b[p + 2..p + 2 + raw.len()]
                                    .eq_ignore_ascii_case(raw.as_bytes()) =>
                        {
                            i = p;
                            break;
                        }
                        Some(p) => j = p + 2,
                        None => {
                            i = b.len();
                            break;
                        }
                    }
                }
                continue;
            }
        }
        let Some(k) = CONTAINERS.iter().position(|c| c.eq_ignore_ascii_case(name)) else {
            continue;
        };
        let drop_tag = if closing {
            if suppressed[k] > 0 {
                suppressed[k] -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if self_closing {
            false
        } else if depth >= MAX_NESTING {
            suppressed[k] += 1;
            true
        } else {
            depth += 1;
            false
        };
        if drop_tag {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            if !matches!(CONTAINERS[k], "span" | "font") {
                o.push_str("<br>");
            }
            copied = tag_stop;
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            std::borrow::Cow::Owned(o)
        }
    }
}

/// Position of the first occurrence of `needle` in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= b.len() {
        return None;
    }
    b[from..]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Index of the `>` closing a tag whose name ends at `from` (quotes in
/// attribute values respected), or `b.len()` if there is none.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = 0u8;
    for (j, &c) in b.iter().enumerate().skip(from) {
        match (quote, c) {
            (0, b'"') | (0, b'\'') => quote = c,
            (0, b'>') => return j,
            (q, c) if q != 0 && c == q => quote = 0,
            _ => {}
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_chrome() {
        let html = r#"<html><head><title>السراج في بروكسل | موقع الأخبار</title>
            <style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
            <body><nav><ul><li>الرئيسية</li><li>أخبار</li></ul></nav>
            <header><div class="logo">الموقع</div></header>
            <div class="main-menu">قائمة</div>
            <article><h1>السراج  يبحث
               مع رينديرز</h1>
            <p>الفقرة <b>الأولى</b> هنا.</p><p>الفقرة الثانية<br>سطر جديد</p>
            <ul><li>بند أول</li><li>بند ثان</li></ul>
            <table><tr><td>خلية 1</td><td>خلية 2</td></tr></table>
            <div class="share-buttons">مشاركة</div>
            </article>
            <aside>جانبي</aside><div id="comments">تعليق</div>
            <footer>جميع الحقوق محفوظة</footer></body></html>"#;
        let d = html_to_text(html);
        assert_eq!(d.title.as_deref(), Some("السراج في بروكسل | موقع الأخبار"));
        let lines: Vec<&str> = d.text.lines().collect();
        assert_eq!(
            lines,
            vec![
                "السراج يبحث مع رينديرز",
                "الفقرة الأولى هنا.",
                "الفقرة الثانية",
                "سطر جديد",
                "بند أول",
                "بند ثان",
                "خلية 1 خلية 2",
            ]
        );
    }

    #[test]
    fn publication_metadata() {
        let d = html_to_text(
            r#"<html lang="ar"><head><meta property="article:published_time" content="2017-03-02T08:53:00+02:00"></head><body><time datetime="2020-01-01">x</time></body></html>"#,
        );
        assert_eq!(d.published.as_deref(), Some("2017-03-02T08:53:00+02:00"));
        assert_eq!(d.lang.as_deref(), Some("ar"));
        let d = html_to_text(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished" : "2019-11-27T10:00:00Z"}</script><p>x</p>"#,
        );
        assert_eq!(d.published.as_deref(), Some("2019-11-27T10:00:00Z"));
        let d = html_to_text(r#"<p>x <time datetime="2020-01-01">أمس</time> y</p>"#);
        assert_eq!(d.published.as_deref(), Some("2020-01-01"));
        assert_eq!(d.text, "x أمس y");
        assert_eq!(html_to_text("<p>x</p>").published, None);
    }

    #[test]
    fn title_used_when_no_h1() {
        let d =
            html_to_text("<title>وزير الداخلية يلتقي نظيره التركي - أفريقيا برس</title><p>نص.</p>");
        assert_eq!(d.text, "وزير الداخلية يلتقي نظيره التركي\nنص.");
    }

    #[test]
    fn wrapper_with_chrome_class_is_kept() {
        let body = "نص طويل للمقال ".repeat(50);
        let html = format!("<div class=\"layout-with-sidebar\"><p>{body}</p></div><div class=\"sidebar\">روابط</div>");
        let d = html_to_text(&html);
        assert!(d.text.contains("نص طويل"));
        assert!(!d.text.contains("روابط"));
    }

    #[test]
    fn ad_is_a_word_not_a_substring() {
        let d = html_to_text("<div class=\"ad\">إعلان</div><div class=\"header-text\"><p>الخبر</p></div><div class=\"thread\">خيط</div>");
        assert_eq!(d.text, "الخبر\nخيط");
    }

    #[test]
    fn deep_nesting_does_not_blow_the_stack() {
        let n = 10_000;
        let mut html = String::new();
        for _ in 0..n {
            html.push_str("<div>");
        }
        html.push_str("<p>عمق</p>");
        for _ in 0..n {
            html.push_str("</div>");
        }
        let d = html_to_text(&html);
        assert!(d.text.contains("عمق"));
        let mut html = String::new();
        for _ in 0..n {
            html.push_str("<span><b><i>");
        }
        html.push('x');
        let d = html_to_text(&html);
        assert!(d.text.contains('x'));
    }

    #[test]
    fn large_page_is_linear() {
        let para = "<div class=\"c\"><p>قال الوزير إن الاجتماع كان مثمرا وبناء.</p></div>";
        let html = para.repeat(20_000);
        let t = std::time::Instant::now();
        let d = html_to_text(&html);
        assert_eq!(d.text.lines().count(), 20_000);
        assert!(t.elapsed().as_secs() < 20);
    }

    #[test]
    fn deep_nesting_is_not_quadratic() {
        let html = "<div class=\"a>b\">".repeat(50_000)
            + "<p>نص</p>"
            + &"</div>".repeat(50_000)
            + "<p>بعد</p>";
        let t = std::time::Instant::now();
        let d = html_to_text(&html);
        assert_eq!(d.text, "نص\nبعد");
        assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
    }

    #[test]
    fn limit_nesting_keeps_normal_pages() {
        let page = "<div><p>a</p><script>if (a<b) { x = '<div>'; }</script><!-- <div> --></div>"
            .repeat(300);
        assert!(matches!(
            limit_nesting(&page),
            std::borrow::Cow::Borrowed(_)
        ));
        let deep = "<DIV>".repeat(MAX_NESTING + 10) + &"</div>".repeat(MAX_NESTING + 10);
        let limited = limit_nesting(&deep);
        assert_eq!(limited.matches("<DIV>").count(), MAX_NESTING);
        assert_eq!(limited.matches("</div>").count(), MAX_NESTING);
        // Unclosed <p> and <div> items keep their line breaks.
        let d = html_to_text(&"<p>x".repeat(2000));
        assert_eq!(d.text.lines().count(), 2000);
        let d = html_to_text(&"<div class=item>x".repeat(2000));
        assert_eq!(d.text.lines().count(), 2000);
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "",
            "<",
            "</p>",
            "<<<>>>",
            "<div",
            "&amp;&#0;&#xD800;",
            "\u{0}<p>\u{0}</p>",
        ] {
            let _ = html_to_text(s);
        }
    }
}
