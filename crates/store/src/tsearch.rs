//! Full text for SQL backends (Postgres `tsvector`/`tsquery`), built from the same analyzer
//! as the tantivy index ([`crate::analyzer`]): [`tsvector`] writes an article's terms as a
//! `tsvector` literal (title at weight A, body at weight B, with positions, so phrases
//! work), [`tsquery`] translates rasid's query syntax (words, `"phrases"`, `OR`, `-word`,
//! `title:word`) into a `tsquery` literal, and [`snippet`] picks the best fragment of an
//! article and the ranges that matched, as tantivy's snippet generator does. No text goes
//! through Postgres's own parser or dictionaries, so both backends normalize and stem alike.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use tantivy::tokenizer::TokenStream;

use crate::analyzer::{analyzer, terms};

/// Postgres keeps positions up to this value (larger ones are clamped).
const MAX_POSITION: usize = 16_383;
/// Postgres keeps at most this many positions per lexeme.
const MAX_POSITIONS_PER_TERM: usize = 255;
/// Postgres refuses longer lexemes (bytes).
const MAX_LEXEME: usize = 2_046;
/// Snippet length, as the tantivy backend's (bytes of text).
pub const SNIPPET_CHARS: usize = 200;

/// Quote a term for a `tsvector`/`tsquery` literal.
fn quote(term: &str) -> String {
    let mut s = String::with_capacity(term.len() + 2);
    s.push('\'');
    for c in term.chars() {
        match c {
            '\'' => s.push_str("''"),
            '\\' => s.push_str("\\\\"),
            c => s.push(c),
        }
    }
    s.push('\'');
    s
}

/// The `tsvector` literal of an article: title terms at weight A, then (after a gap, so no
/// phrase spans title and body) body terms at weight B.
pub fn tsvector(title: Option<&str>, text: &str) -> String {
    let mut positions: BTreeMap<String, Vec<(usize, char)>> = BTreeMap::new();
    let mut pos = 1;
    for (part, weight) in [(title.unwrap_or(""), 'A'), (text, 'B')] {
        for t in terms(part) {
            if t.len() <= MAX_LEXEME {
                let p = positions.entry(t).or_default();
                if p.len() < MAX_POSITIONS_PER_TERM {
                    p.push((pos.min(MAX_POSITION), weight));
                }
            }
            pos += 1;
        }
        pos += 1;
    }
    let mut out = String::new();
    for (term, ps) in positions {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&quote(&term));
        out.push(':');
        let mut seen = BTreeSet::new();
        let mut first = true;
        for (p, w) in ps {
            if !seen.insert(p) {
                continue;
            }
            if !first {
                out.push(',');
            }
            first = false;
            let _ = write!(out, "{p}{w}");
        }
    }
    out
}

/// A query translated for Postgres: the `tsquery` literal, and the body terms to highlight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TsQuery {
    pub query: String,
    pub highlight: BTreeSet<String>,
}

/// One query item: a word or phrase (its terms), maybe restricted to a field, maybe negated.
struct Item {
    terms: Vec<String>,
    weight: Option<char>,
    negated: bool,
}

impl Item {
    fn render(&self) -> String {
        let one = |t: &String| match self.weight {
            Some(w) => format!("{}:{w}", quote(t)),
            None => quote(t),
        };
        let body = if self.terms.len() == 1 {
            one(&self.terms[0])
        } else {
            format!(
                "({})",
                self.terms.iter().map(one).collect::<Vec<_>>().join(" <-> ")
            )
        };
        if self.negated {
            format!("!{body}")
        } else {
            body
        }
    }
}

/// Split a query into raw items: `"phrases"` (with an optional `-` and `field:` before the
/// quote) and words; parentheses are ignored.
fn raw_items(q: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_quote = false;
    for c in q.chars() {
        match c {
            '"' => {
                cur.push(c);
                if in_quote {
                    out.push(std::mem::take(&mut cur));
                }
                in_quote = !in_quote;
            }
            c if !in_quote && (c.is_whitespace() || c == '(' || c == ')') => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn parse_item(raw: &str) -> Option<Item> {
    let mut s = raw;
    let mut negated = false;
    if let Some(r) = s.strip_prefix('-') {
        negated = true;
        s = r;
    } else if let Some(r) = s.strip_prefix('+') {
        s = r;
    }
    let mut weight = None;
    if let Some((field, rest)) = s.split_once(':') {
        match field {
            "title" => {
                weight = Some('A');
                s = rest;
            }
            "body" => {
                weight = Some('B');
                s = rest;
            }
            _ => {}
        }
    }
    let terms = terms(s.trim_matches('"'));
    (!terms.is_empty()).then_some(Item {
        terms,
        weight,
        negated,
    })
}

/// Translate a query: items are ANDed, `OR` between two items makes them alternatives.
/// `None` when the query has no term (it matches nothing); a query of exclusions only
/// matches every article without them, as in tantivy.
pub fn tsquery(q: &str) -> Option<TsQuery> {
    let mut groups: Vec<Vec<Item>> = Vec::new();
    let mut join_next = false;
    for raw in raw_items(q) {
        match raw.as_str() {
            "OR" => {
                join_next = !groups.is_empty();
                continue;
            }
            "AND" => continue,
            _ => {}
        }
        let Some(item) = parse_item(&raw) else {
            continue;
        };
        match groups.last_mut() {
            Some(g) if join_next => g.push(item),
            _ => groups.push(vec![item]),
        }
        join_next = false;
    }
    if groups.is_empty() {
        return None;
    }
    let mut highlight = BTreeSet::new();
    for i in groups.iter().flatten() {
        if !i.negated && i.weight != Some('A') {
            highlight.extend(i.terms.iter().cloned());
        }
    }
    let query = groups
        .iter()
        .map(|g| {
            let alts: Vec<String> = g.iter().map(Item::render).collect();
            if alts.len() == 1 {
                alts.into_iter().next().unwrap_or_default()
            } else {
                format!("({})", alts.join(" | "))
            }
        })
        .collect::<Vec<_>>()
        .join(" & ");
    Some(TsQuery { query, highlight })
}

/// The best fragment (at most [`SNIPPET_CHARS`] bytes, cut at word boundaries) of `text` for
/// these terms, and the byte ranges in it that matched; empty when nothing matches. The same
/// selection as tantivy's snippet generator, with every term weighing the same.
pub fn snippet(text: &str, highlight: &BTreeSet<String>) -> (String, Vec<(usize, usize)>) {
    struct Fragment {
        start: usize,
        stop: usize,
        score: usize,
        hits: Vec<(usize, usize)>,
    }
    let new = |start| Fragment {
        start,
        stop: start,
        score: 0,
        hits: Vec::new(),
    };
    let mut a = analyzer();
    let mut stream = a.token_stream(text);
    let mut best: Option<Fragment> = None;
    let mut cur = new(0);
    let keep = |f: Fragment, best: &mut Option<Fragment>| {
        if f.score > 0 && best.as_ref().is_none_or(|b| f.score > b.score) {
            *best = Some(f);
        }
    };
    while let Some(t) = stream.next() {
        if t.offset_to - cur.start > SNIPPET_CHARS {
            let done = std::mem::replace(&mut cur, new(t.offset_from));
            keep(done, &mut best);
        }
        cur.stop = t.offset_to;
        if highlight.contains(&t.text) {
            cur.score += 1;
            cur.hits.push((t.offset_from, t.offset_to));
        }
    }
    keep(cur, &mut best);
    match best {
        Some(f) => (
            text[f.start..f.stop].to_string(),
            f.hits
                .iter()
                .map(|(s, e)| (s - f.start, e - f.start))
                .collect(),
        ),
        None => (String::new(), Vec::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsvector_weights_and_positions() {
        let v = tsvector(Some("فائز"), "الحكومة والحكومة فايز");
        // Title term at position 1 (A); body starts after a gap.
        assert_eq!(v, "'حكوم':3B,4B 'فايز':1A,5B");
    }

    #[test]
    fn tsvector_quotes() {
        assert_eq!(quote("it's"), "'it''s'");
        assert_eq!(quote("a\\b"), "'a\\\\b'");
    }

    #[test]
    fn query_syntax() {
        let q = tsquery("فائز السراج").unwrap();
        assert_eq!(q.query, "'فايز' & 'سراج'");
        let q = tsquery("\"الوفد المصري\" OR title:ليبيا -الناتو").unwrap();
        assert_eq!(q.query, "(('وفد' <-> 'مصري') | 'ليبيا':A) & !'ناتو'");
        assert_eq!(q.highlight.into_iter().collect::<Vec<_>>(), ["مصري", "وفد"]);
        assert_eq!(tsquery("-الناتو").unwrap().query, "!'ناتو'");
        assert!(tsquery("  ( ) ").is_none());
    }

    #[test]
    fn snippet_highlights_the_best_fragment() {
        let text = format!("{} فايز السراج في بروكسل", "كلمة ".repeat(60));
        let terms: BTreeSet<String> = ["فايز".to_string(), "سراج".to_string()].into();
        let (frag, hl) = snippet(&text, &terms);
        assert!(frag.ends_with("بروكسل"), "{frag}");
        let words: Vec<&str> = hl.iter().map(|(s, e)| &frag[*s..*e]).collect();
        assert_eq!(words, ["فايز", "السراج"]);
        assert_eq!(snippet("لا شيء هنا", &terms), (String::new(), vec![]));
    }
}
