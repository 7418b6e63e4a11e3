//! Boilerplate removal on plain text: [`clean`], [`Cleaned`].
//!
//! The method is jusText-style paragraph classification plus a small table
//! of boilerplate markers; there are no per-site rules.
//!
//! 1. **Blocks.** Every non-blank line is a block (trimmed byte range).
//! 2. **Features.** For each block: characters, words, share of Arabic and
//!    English stopwords, sentence-final punctuation, list bullet, and a
//!    normalized key (see [`crate::normalize_str`]) for marker look-up and
//!    duplicate detection (exact repeats and "repeat + appended caption").
//! 3. **Classes.** *Good*: long prose (≥ 150 chars and ≥ 15 words with
//!    some stopwords or punctuation, or ≥ 60 chars, ≥ 8 words, sentence
//!    punctuation and stopwords). *Marker*: a known chrome line — a *tail*
//!    marker ("شاهد أيضاً", "التعليقات", "اترك تعليقاً", "جميع الحقوق
//!    محفوظة", comment-form prompts, …) or a *drop* marker ("مشاركة",
//!    "المصدر: RT", agency tags like "أ ش أ", Akismet notices).
//!    *Dateline*: a short line with a year and a weekday/month name or a
//!    numeric date. Everything else is *short*.
//! 4. **Context.** The article body runs from the first good block to the
//!    last good block before the first tail marker that follows body text
//!    (everything after that marker is dropped). Inside the body, short
//!    blocks (subheadings, captions) are kept unless they are markers,
//!    bullets, repeats, or part of a run of four or more short blocks.
//!    Before the body, the headline zone is found by walking back from the
//!    first good block over headline-like lines, datelines and skippable
//!    chrome (markers, agency tags, repeats of a headline), stopping at the
//!    first menu-like line (a bullet or a short non-headline line); the
//!    document's first line is kept too when it is headline-like. After the
//!    body everything is dropped.
//! 5. If no block is good (a short snippet), any non-chrome block of six or
//!    more words is treated as good; failing that, every non-chrome block is
//!    kept.

use crate::chars::{is_alphabetic, is_alphanumeric};
use crate::fxhash::FxBuildHasher;
use crate::normalize::normalize_str;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

/// The kept blocks of a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Byte ranges into the input text, in order, each a kept paragraph or
    /// line, trimmed of surrounding whitespace.
    pub blocks: Vec<Range<usize>>,
}

impl Cleaned {
    /// The kept blocks as string slices of `text` (the text given to [`clean`]).
    pub fn texts<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.blocks.iter().filter_map(move |r| text.get(r.clone()))
    }
}

/// Tail markers matched against the whole line (after normalization and
/// stripping of edge punctuation) or as a prefix of a short line.
const TAIL_PREFIX: &[&str] = &[
    "شاهد أيضاً",
    "شاهد أيضا",
    "اقرأ أيضاً",
    "إقرأ أيضاً",
    "اقرأ أيضا",
    "اقرأ المزيد",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "مقالات ذات صلة",
    "موضوعات ذات صلة",
    "أخبار متعلقة",
    "مواضيع متعلقة",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "المزيد من الأخبار",
    "اترك تعليقاً",
    "اترك تعليقا",
    "اترك رداً",
    "ترك الرد",
    "أضف تعليقاً",
    "أضف تعليق",
    "اضف تعليقاً",
    "اكتب تعليقك",
    "لن يتم نشر عنوان بريدك الإلكتروني",
    "please enter your comment",
    "please enter your name",
    "leave a reply",
    "leave a comment",
    "related articles",
    "related posts",
    "read more",
    "you may also like",
    "الرجوع الى أعلى الصفحة",
    "العودة إلى أعلى الصفحة",
    "العودة للأعلى",
    "جميع الحقوق محفوظة",
    "جميع حقوق النشر محفوظة",
    "كل الحقوق محفوظة",
    "all rights reserved",
    "copyright",
    "يمكنكم متابعة المزيد من أخبار",
    "تابعونا على",
    "اشترك في النشرة",
    // SaudiNewsNet-style footers: "رابط الخبر بصحيفة …: <headline>", "سمات <tags>".
    "رابط الخبر",
    "سمات",
];

/// Tail markers that must be the whole line (too generic as prefixes).
const TAIL_EXACT: &[&str] = &[
    "التعليقات",
    "تعليقات",
    "تعليقات القراء",
    "comments",
    "related",
    "ذات صلة",
    "روابط ذات صلة",
];

/// Lines dropped wherever they are, without ending the article.
const DROP_EXACT: &[&str] = &[
    "مشاركة",
    "شارك",
    "شارك الخبر",
    "شارك المقال",
    "مشاركة الخبر",
    "طباعة",
    "share",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "print",
    "email",
    "رويترز",
    "وكالات",
    "الأناضول",
    "مباشر",
];

/// Lines containing any of these are dropped.
const DROP_CONTAINS: &[&str] = &["akismet"];

/// Arabic and English function words (prepositions, particles, pronouns, a few reporting verbs),
/// written plainly; users normalize them as they normalize text. [`clean`] counts them to tell
/// prose from page chrome (a line with none is rarely prose). The one function-word list of
/// rasid: `rasid_actors::suggest` also ends a candidate name at them, and adds there the words
/// that only break names (titles, honorifics), which would skew a prose density here.
pub const STOPWORDS: &[&str] = &[
    "في",
    "من",
    "على",
    "إلى",
    "الى",
    "عن",
    "مع",
    "أن",
    "إن",
    "ان",
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "التي",
    "الذي",
    "الذين",
    "اللذين",
    "اللتين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هؤلاء",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "لقد",
    "و",
    "أو",
    "ثم",
    "حيث",
    "كما",
    "بعد",
    "قبل",
    "بين",
    "خلال",
    "عند",
    "حتى",
    "منذ",
    "أي",
    "كل",
    "بعض",
    "غير",
    "هو",
    "هي",
    "هم",
    "هما",
    "نحن",
    "أنه",
    "إنه",
    "أنها",
    "إنها",
    "بأن",
    "وقد",
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "وأضاف",
    "وأكد",
    "أكد",
    "فيما",
    "لدى",
    "عبر",
    "ضد",
    "حول",
    "نحو",
    "مثل",
    "أيضا",
    "وفي",
    "ومن",
    "وعلى",
    "وإلى",
    "والتي",
    "والذي",
    "وأن",
    "وإن",
    "وهو",
    "وهي",
    "وكان",
    "ولا",
    "إلا",
    "إذا",
    "إذ",
    "له",
    "لها",
    "لهم",
    "به",
    "بها",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "إليه",
    "إليها",
    "كذلك",
    "هناك",
    "هنا",
    "وذلك",
    "أما",
    "أنّ",
    "إنّ",
    "بل",
    "لكن",
    "ولكن",
    "حين",
    "عندما",
    "الذى",
    "التى",
    "فى",
    "على",
    "علي",
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "that",
    "for",
    "on",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "was",
    "be",
    "this",
    "are",
    "has",
    "have",
    "said",
    "will",
    "an",
];

const WEEKDAYS: &[&str] = &[
    "السبت",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
];

const MONTHS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "إبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "جانفي",
    "فيفري",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

struct Tables {
    tail_prefix: Vec<String>,
    tail_exact: HashSet<String, FxBuildHasher>,
    drop_exact: HashSet<String, FxBuildHasher>,
    drop_contains: Vec<String>,
    stopwords: HashSet<String, FxBuildHasher>,
    weekdays: HashSet<String, FxBuildHasher>,
    months: HashSet<String, FxBuildHasher>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let keys = |v: &[&str]| v.iter().map(|s| key_of(s)).collect::<Vec<String>>();
        Tables {
            tail_prefix: keys(TAIL_PREFIX),
            tail_exact: keys(TAIL_EXACT).into_iter().collect(),
            drop_exact: keys(DROP_EXACT).into_iter().collect(),
            drop_contains: keys(DROP_CONTAINS),
            stopwords: keys(STOPWORDS).into_iter().collect(),
            weekdays: keys(WEEKDAYS).into_iter().collect(),
            months: keys(MONTHS).into_iter().collect(),
        }
    })
}

/// Bullet characters that open menu and list lines.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '▪'
            | '▫'
            | '►'
            | '▸'
            | '▶'
            | '●'
            | '○'
            | '■'
            | '□'
            | '◆'
            | '◇'
            | '-'
            | '*'
            | '–'
            | '—'
            | '|'
            | '>'
            | '✓'
            | '✔'
            | '◄'
            | '→'
    )
}

/// Normalized comparison key: normalized, bullets and edge punctuation
/// stripped, whitespace collapsed.
fn key_of(s: &str) -> String {
    let n = normalize_str(s);
    let mut out = String::with_capacity(n.len());
    for w in n.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    let trimmed =
        out.trim_matches(|c: char| !is_alphanumeric(c) && c != '"' && c != '(' && c != ')');
    let trimmed = trimmed.trim_matches(|c: char| !is_alphanumeric(c));
    trimmed.to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    None,
    /// Ends the article when it follows body text; dropped otherwise.
    Tail,
    /// Dropped, nothing else.
    Drop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    Short,
    Dateline,
    Chrome,
}

#[derive(Debug)]
struct Block {
    range: Range<usize>,
    class: Class,
    marker: Marker,
    bullet: bool,
    words: usize,
    /// Headline-like: 3..=40 words, mostly letters, no bullet, no teaser ellipsis.
    headline: bool,
    /// Prose-like although not good (see `is_near_good`).
    near_good: bool,
    /// Index of the earlier block this one repeats (exactly, or as its prefix).
    dup_of: Option<usize>,
}

struct Features {
    chars: usize,
    words: usize,
    stop: usize,
    letters: usize,
    terminal: bool,
    ellipsis: bool,
    /// Sentence ends (`. ` `! ` `? ` `؟ `, not `..`) inside the block.
    inner_stops: usize,
}

fn features(raw: &str, key: &str, t: &Tables) -> Features {
    let mut chars = 0usize;
    let mut letters = 0usize;
    for c in raw.chars() {
        chars += 1;
        if is_alphabetic(c) {
            letters += 1;
        }
    }
    let mut words = 0usize;
    let mut stop = 0usize;
    for w in key.split(' ') {
        let w = w.trim_matches(|c: char| !is_alphanumeric(c));
        if w.is_empty() {
            continue;
        }
        words += 1;
        if t.stopwords.contains(w) {
            stop += 1;
        }
    }
    let end = raw.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '“' | '«' | ' '
        )
    });
    let ellipsis = end.ends_with('…') || end.ends_with("...");
    let rb = raw.as_bytes();
    let mut inner_stops = 0usize;
    for (i, c) in raw.char_indices() {
        if matches!(c, '.' | '!' | '?' | '؟')
            && rb.get(i + c.len_utf8()) == Some(&b' ')
            && !(c == '.' && i > 0 && rb[i - 1] == b'.')
        {
            inner_stops += 1;
        }
    }
    let terminal = !ellipsis && end.ends_with(['.', '!', '?', '؟', '؛', ';', ':']);
    Features {
        chars,
        words,
        stop,
        letters,
        terminal,
        ellipsis,
        inner_stops,
    }
}

/// Prose that is too short to be "good" on its own but may end a body
/// (a closing one-sentence paragraph, a last paragraph with tags appended).
fn is_near_good(f: &Features) -> bool {
    f.letters * 2 >= f.chars
        && ((f.terminal && f.words >= 5)
            || (f.inner_stops > 0 && f.words >= 10)
            || (f.chars >= 100 && f.stop * 10 >= f.words))
}

fn marker_of(key: &str, words: usize, t: &Tables) -> Marker {
    if key.is_empty() {
        return Marker::Drop; // punctuation-only line
    }
    if t.tail_exact.contains(key) {
        return Marker::Tail;
    }
    for m in &t.tail_prefix {
        if key.starts_with(m.as_str())
            && (key.len() == m.len() || key.as_bytes().get(m.len()) == Some(&b' ') || !m.is_ascii())
            && words <= 25
        {
            return Marker::Tail;
        }
    }
    if t.drop_exact.contains(key) {
        return Marker::Drop;
    }
    if t.drop_contains.iter().any(|m| key.contains(m.as_str())) {
        return Marker::Drop;
    }
    // Source line: "المصدر: RT", "Source: Reuters".
    if words <= 6 {
        for p in ["المصدر", "مصدر الخبر", "source"] {
            if let Some(rest) = key.strip_prefix(p) {
                if rest.trim_start().starts_with(':') || rest.is_empty() {
                    return Marker::Drop;
                }
            }
        }
    }
    // Agency tag: two to four single-letter tokens ("أ ش أ", "(أ ف ب)").
    let mut toks = 0usize;
    let mut all_single = true;
    for w in key.split([' ', '(', ')']).filter(|w| !w.is_empty()) {
        toks += 1;
        all_single &= w.chars().count() == 1;
    }
    if (2..=4).contains(&toks) && all_single {
        return Marker::Drop;
    }
    Marker::None
}

fn is_dateline(key: &str, f: &Features, t: &Tables) -> bool {
    if f.words > 12 || f.chars > 80 {
        return false;
    }
    let mut year = false;
    let mut named = false;
    let mut numeric_date = false;
    for w in key.split(|c: char| c.is_whitespace() || c == '،' || c == ',') {
        let w = w.trim_matches(|c: char| !is_alphanumeric(c) && c != '/' && c != '-' && c != '.');
        if w.is_empty() {
            continue;
        }
        if w.len() == 4
            && (w.starts_with("19") || w.starts_with("20"))
            && w.bytes().all(|b| b.is_ascii_digit())
        {
            year = true;
        }
        if t.weekdays.contains(w) || t.months.contains(w) {
            named = true;
        }
        let parts: Vec<&str> = w.split(['/', '-', '.']).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            && parts.iter().any(|p| p.len() == 4)
        {
            numeric_date = true;
        }
    }
    (year && named) || numeric_date
}

fn is_good(f: &Features) -> bool {
    if f.letters * 2 < f.chars {
        return false;
    }
    let density = f.stop as f64 / f.words.max(1) as f64;
    (f.chars >= 150 && f.words >= 15 && (density >= 0.05 || f.terminal))
        || (f.chars >= 60 && f.words >= 8 && f.terminal && density >= 0.05)
}

/// Find the kept blocks (headline, dateline, body paragraphs) of `text`.
///
/// Linear in the text size (plus a small bounded check for captioned
/// repeats of headline-like lines); never panics.
pub fn clean(text: &str) -> Cleaned {
    let t = tables();
    let mut blocks: Vec<Block> = Vec::new();
    let mut seen: HashMap<String, usize, FxBuildHasher> = HashMap::default();
    let mut headline_keys: Vec<(String, usize)> = Vec::new();

    for (start, line) in lines(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let s = start + (line.len() - line.trim_start().len());
        let range = s..s + trimmed.len();
        let bullet = trimmed.chars().next().is_some_and(is_bullet);
        let key = key_of(trimmed);
        let f = features(trimmed, &key, t);
        let marker = marker_of(&key, f.words, t);
        let class = if marker != Marker::None {
            Class::Chrome
        } else if is_dateline(&key, &f, t) {
            Class::Dateline
        } else if is_good(&f) {
            // Bulleted prose ("- ...", "• ...", "** ...") is still prose.
            Class::Good
        } else {
            Class::Short
        };
        let headline = !bullet
            && marker == Marker::None
            && (3..=40).contains(&f.words)
            && f.letters * 10 >= f.chars * 6
            && !f.ellipsis
            && class != Class::Good;
        let idx = blocks.len();
        let mut dup_of = if key.is_empty() {
            None
        } else {
            seen.get(&key).copied()
        };
        if dup_of.is_none() && class != Class::Good {
            // A headline repeated with a caption or byline appended.
            dup_of = headline_keys
                .iter()
                .find(|(k, _)| {
                    key.len() > k.len()
                        && key.starts_with(k.as_str())
                        && key.as_bytes()[k.len()] == b' '
                })
                .map(|(_, i)| *i);
        }
        if dup_of.is_none() && !key.is_empty() {
            seen.insert(key.clone(), idx);
            if headline && f.words >= 4 && headline_keys.len() < 64 {
                headline_keys.push((key, idx));
            }
        }
        blocks.push(Block {
            range,
            class,
            marker,
            bullet,
            words: f.words,
            headline,
            near_good: !bullet && marker == Marker::None && is_near_good(&f),
            dup_of,
        });
    }

    let keep = choose(&mut blocks);
    Cleaned {
        blocks: blocks
            .into_iter()
            .zip(keep)
            .filter_map(|(b, k)| k.then_some(b.range))
            .collect(),
    }
}

/// Lines of `text` with their byte offsets; a line ends at `\n`, `\r\n`
/// or a lone `\r` (old Mac files).
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = text.as_bytes();
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        if pos >= b.len() {
            return None;
        }
        let start = pos;
        let mut end = b.len();
        let mut next = b.len();
        if let Some(off) = b[start..].iter().position(|&c| c == b'\n' || c == b'\r') {
            end = start + off;
            next = if b[end] == b'\r' && b.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
        }
        pos = next;
        Some((start, &text[start..end]))
    })
}

/// Decide which blocks to keep.
fn choose(blocks: &mut [Block]) -> Vec<bool> {
    let n = blocks.len();
    let mut keep = vec![false; n];
    if n == 0 {
        return keep;
    }
    let plain = |b: &Block| {
        b.class != Class::Chrome && (!b.bullet || b.class == Class::Good) && b.dup_of.is_none()
    };

    // Fallback for snippets without any prose paragraph.
    if !blocks
        .iter()
        .any(|b| b.class == Class::Good && b.dup_of.is_none())
    {
        let mut promoted = false;
        for b in blocks.iter_mut() {
            if plain(b) && b.class == Class::Short && b.words >= 6 {
                b.class = Class::Good;
                promoted = true;
            }
        }
        if !promoted {
            for (k, b) in keep.iter_mut().zip(blocks.iter()) {
                *k = plain(b);
            }
            return keep;
        }
    }

    let is_good = |b: &Block| b.class == Class::Good && b.dup_of.is_none();
    let Some(first) = blocks.iter().position(is_good) else {
        return keep;
    };
    // The first tail marker after body text ends the article.
    let cut = blocks[first..]
        .iter()
        .position(|b| b.marker == Marker::Tail)
        .map_or(n, |p| first + p);
    let last = (first..cut)
        .rev()
        .find(|&i| is_good(&blocks[i]))
        .unwrap_or(first);
    // The body may end with prose blocks too short to be good on their own.
    let mut last = last;
    while last + 1 < cut && blocks[last + 1].near_good && blocks[last + 1].dup_of.is_none() {
        last += 1;
        keep[last] = true;
    }

    // Body: good blocks, and short ones unless they are chrome, bullets,
    // repeats, or in a run of >= 4 non-good blocks.
    let mut i = first;
    while i <= last {
        if is_good(&blocks[i]) {
            keep[i] = true;
            i += 1;
            continue;
        }
        let run_start = i;
        while i <= last && !is_good(&blocks[i]) {
            i += 1;
        }
        let run = &blocks[run_start..i];
        let listy = run.iter().filter(|b| b.class != Class::Chrome).count() >= 4;
        for (j, b) in run.iter().enumerate() {
            let ok =
                plain(b) && (b.class == Class::Dateline || b.near_good || (!listy && b.words >= 1));
            keep[run_start + j] = ok;
        }
    }

    // Headline zone: walk back from the first good block over headline-like
    // lines, datelines and skippable chrome; stop at anything menu-like.
    let window_start = first.saturating_sub(12);
    let mut zone: Vec<usize> = Vec::new();
    let mut j = first;
    while j > window_start {
        j -= 1;
        let b = &blocks[j];
        if b.class == Class::Chrome {
            continue; // markers, agency tags: skip over
        }
        if let Some(orig) = b.dup_of {
            // Repeat of a headline-like line in the zone: skip; else a menu.
            if orig >= window_start && blocks[orig].headline {
                continue;
            }
            break;
        }
        if b.class == Class::Dateline || b.headline {
            zone.push(j);
            continue;
        }
        break;
    }
    // More than three headline-like lines in a row is a list of teasers
    // ("most read", "latest news"): keep only the one next to the body.
    let headlines = zone
        .iter()
        .filter(|&&i| blocks[i].class != Class::Dateline)
        .count();
    let mut kept_headlines = 0usize;
    for &i in &zone {
        if blocks[i].class == Class::Dateline {
            keep[i] = true;
        } else if headlines <= 3 || kept_headlines == 0 {
            keep[i] = true;
            kept_headlines += 1;
        }
    }
    // The document's first line (the <h1> in html_to_text output), when it
    // looks like a headline and does not open a run of similar lines.
    let distinct_short = |i: usize| {
        blocks
            .get(i)
            .is_some_and(|b| b.headline && b.dup_of.is_none())
    };
    if first > 0
        && blocks[0].headline
        && blocks[0].words >= 4
        && blocks[0].dup_of.is_none()
        && !(distinct_short(1) && distinct_short(2) && distinct_short(3))
    {
        keep[0] = true;
    }
    keep
}
