//! The full-text index (tantivy) in `<data>/index`: one document per article with its
//! title and text analyzed by [`crate::analyzer`], the date as `YYYYMMDD` for ranges, the
//! outlet as a raw term, and the article's row id to join back to the database.
//!
//! Several processes may use one index: tantivy allows one writer at a time (a lock file),
//! so taking the writer waits, bounded by [`WRITER_WAIT`], while another process holds it.
//! A [`FullText::open_shared`] index (what `rasid serve` uses) follows the commits of other
//! processes and releases its writer after each of its own commits.

use std::ops::Bound;
use std::path::Path;
use std::time::{Duration, Instant};

use tantivy::collector::TopDocs;
use tantivy::directory::error::LockError;
use tantivy::query::{
    BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery, TermSetQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{
    doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError, Term,
};

use crate::analyzer::{analyzer, ANALYZER};
use crate::error::Result;

/// Fields of the index.
#[derive(Clone, Copy)]
struct Fields {
    rowid: Field,
    title: Field,
    body: Field,
    date: Field,
    source: Field,
}

pub struct FullText {
    index: Index,
    fields: Fields,
    writer: Option<IndexWriter>,
    reader: IndexReader,
    pending: usize,
    /// Release the writer after each commit (the index is shared with other processes).
    shared: bool,
}

/// Longest wait for the index writer while another process holds it.
pub const WRITER_WAIT: Duration = Duration::from_secs(120);

/// A document to index.
pub struct IndexDoc<'a> {
    pub rowid: i64,
    pub title: Option<&'a str>,
    pub text: &'a str,
    pub date: Option<&'a str>,
    pub source: Option<&'a str>,
}

/// A raw hit: the article's row id, score, and the text snippet computed later.
pub struct RawHit {
    pub rowid: i64,
    pub score: f32,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(ANALYZER)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        rowid: b.add_i64_field("rowid", INDEXED | STORED | FAST),
        title: b.add_text_field("title", text.clone()),
        body: b.add_text_field("body", text),
        date: b.add_i64_field("date", INDEXED | FAST),
        source: b.add_text_field("source", STRING),
    };
    (b.build(), fields)
}

/// `YYYY-MM-DD` → `YYYYMMDD` as a number.
pub fn date_number(d: &str) -> Option<i64> {
    let d = d.get(..10)?;
    let n: String = d.chars().filter(char::is_ascii_digit).collect();
    if n.len() == 8 {
        n.parse().ok()
    } else {
        None
    }
}

impl FullText {
    /// Open or create the index in `dir`; the reader sees this handle's own commits.
    pub fn open(dir: &Path) -> Result<FullText> {
        FullText::open_with(dir, false)
    }

    /// Open or create the index in `dir` for a long-running process that shares it with
    /// others (`rasid serve` while `rasid ingest` runs): the reader follows every commit,
    /// also other processes', and the writer is released after each commit.
    pub fn open_shared(dir: &Path) -> Result<FullText> {
        FullText::open_with(dir, true)
    }

    fn open_with(dir: &Path, shared: bool) -> Result<FullText> {
        std::fs::create_dir_all(dir)?;
        let (schema, fields) = schema();
        let mmap = tantivy::directory::MmapDirectory::open(dir)
            .map_err(|e| crate::StoreError::Index(e.into()))?;
        let index = Index::open_or_create(mmap, schema)?;
        index.tokenizers().register(ANALYZER, analyzer());
        let reader = index
            .reader_builder()
            .reload_policy(if shared {
                ReloadPolicy::OnCommitWithDelay
            } else {
                ReloadPolicy::Manual
            })
            .try_into()?;
        Ok(FullText {
            index,
            fields,
            writer: None,
            reader,
            pending: 0,
            shared,
        })
    }

    /// Take the writer now if no other process holds it; `false` when one does.
    pub fn try_writer(&mut self) -> Result<bool> {
        if self.writer.is_none() {
            match self.index.writer_with_num_threads(1, 64_000_000) {
                Ok(w) => self.writer = Some(w),
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) => return Ok(false),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(true)
    }

    fn writer(&mut self) -> Result<&mut IndexWriter> {
        if self.writer.is_none() {
            let start = Instant::now();
            let mut logged = false;
            let w = loop {
                // One indexing thread: the machine is shared with the coder.
                match self.index.writer_with_num_threads(1, 64_000_000) {
                    Err(TantivyError::LockFailure(LockError::LockBusy, _))
                        if start.elapsed() < WRITER_WAIT =>
                    {
                        if !logged {
                            tracing::info!(
                                "store: another process is writing the full-text index; waiting for it"
                            );
                            logged = true;
                        }
                        std::thread::sleep(Duration::from_millis(50));
                    }
                    r => break r?,
                }
            };
            self.writer = Some(w);
        }
        Ok(self.writer.as_mut().expect("just set"))
    }

    /// Add (or replace) an article's document. Visible after [`FullText::commit`].
    pub fn add(&mut self, d: &IndexDoc) -> Result<()> {
        let f = self.fields;
        let w = self.writer()?;
        w.delete_term(Term::from_field_i64(f.rowid, d.rowid));
        let mut doc = doc!(f.rowid => d.rowid, f.body => d.text);
        if let Some(t) = d.title {
            doc.add_text(f.title, t);
        }
        if let Some(n) = d.date.and_then(date_number) {
            doc.add_i64(f.date, n);
        }
        if let Some(s) = d.source {
            doc.add_text(f.source, s);
        }
        w.add_document(doc)?;
        self.pending += 1;
        Ok(())
    }

    /// Commit what was added; returns how many documents that was.
    pub fn commit(&mut self) -> Result<usize> {
        let n = self.pending;
        if let Some(w) = self.writer.as_mut() {
            w.commit()?;
        }
        self.pending = 0;
        if self.shared {
            self.release()?;
        }
        self.reader.reload()?;
        Ok(n)
    }

    /// Let other processes write: drop the writer (after its merges) and its lock.
    fn release(&mut self) -> Result<()> {
        if let Some(w) = self.writer.take() {
            w.wait_merging_threads()?;
        }
        Ok(())
    }

    /// Release the writer (and its lock and threads).
    pub fn close(&mut self) -> Result<()> {
        self.commit()?;
        self.release()
    }

    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    fn build_query(
        &self,
        text: &str,
        from: Option<&str>,
        to: Option<&str>,
        source: Option<&str>,
        only: Option<&[i64]>,
    ) -> Result<Box<dyn Query>> {
        let f = self.fields;
        let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.body]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.title, 2.0);
        let (q, errors) = parser.parse_query_lenient(text);
        if let Some(e) = errors.into_iter().next() {
            tracing::debug!("search query `{text}`: {e}");
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, q)];
        if from.is_some() || to.is_some() {
            let lo = from.and_then(date_number).map_or(Bound::Unbounded, |n| {
                Bound::Included(Term::from_field_i64(f.date, n))
            });
            let hi = to.and_then(date_number).map_or(Bound::Unbounded, |n| {
                Bound::Included(Term::from_field_i64(f.date, n))
            });
            if !matches!((&lo, &hi), (Bound::Unbounded, Bound::Unbounded)) {
                clauses.push((Occur::Must, Box::new(RangeQuery::new(lo, hi))));
            }
        }
        if let Some(s) = source {
            clauses.push((
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.source, s),
                    IndexRecordOption::Basic,
                )),
            ));
        }
        if let Some(ids) = only {
            clauses.push((
                Occur::Must,
                Box::new(TermSetQuery::new(
                    ids.iter().map(|i| Term::from_field_i64(f.rowid, *i)),
                )),
            ));
        }
        Ok(Box::new(BooleanQuery::new(clauses)))
    }

    /// Search; `only` restricts to these article row ids.
    pub fn search(
        &self,
        text: &str,
        from: Option<&str>,
        to: Option<&str>,
        source: Option<&str>,
        only: Option<&[i64]>,
        limit: usize,
    ) -> Result<(Vec<RawHit>, Snippets)> {
        let q = self.build_query(text, from, to, source, only)?;
        let searcher = self.reader.searcher();
        let top = searcher.search(&q, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, addr) in top {
            let d: TantivyDocument = searcher.doc(addr)?;
            if let Some(rowid) = d.get_first(self.fields.rowid).and_then(|v| v.as_i64()) {
                hits.push(RawHit { rowid, score });
            }
        }
        let mut body = SnippetGenerator::create(&searcher, &*q, self.fields.body)?;
        body.set_max_num_chars(200);
        Ok((hits, Snippets { body }))
    }
}

/// Makes highlighted snippets from an article's text for the query searched.
pub struct Snippets {
    body: SnippetGenerator,
}

impl Snippets {
    /// The best fragment of `text` and the byte ranges in it that matched.
    pub fn snippet(&self, text: &str) -> (String, Vec<(usize, usize)>) {
        let s = self.body.snippet(text);
        let ranges = s.highlighted().iter().map(|r| (r.start, r.end)).collect();
        (s.fragment().to_string(), ranges)
    }
}
