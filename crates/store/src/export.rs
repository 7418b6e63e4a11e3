//! Exports of event mentions or event clusters: JSONL, CSV (RFC 4180, UTF-8, optional BOM),
//! TSV with ICEWS-like columns, Parquet (typed columns), and a readable table. The columns
//! are documented in `docs/store.md`; [`COLUMNS`] is their single definition for CSV and
//! Parquet.

use std::io::Write;
use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, DoubleType, Int32Type, Int64Type};
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;
use rasid_actors::Actor;
use rasid_coder::Event;
use serde::Serialize;

use crate::error::Result;
use crate::model::{EventCluster, StoredEvent};
use crate::sqlite::day_number;

/// One exported row: a mention (one event of one article) or a cluster (one event,
/// all its reports).
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The mention's `event_id`, or `c<cluster>` for a cluster row.
    pub event_id: String,
    pub cluster: i64,
    pub date: Option<String>,
    pub date_status: String,
    pub source_name: Option<String>,
    pub source_country: Option<String>,
    pub source_sector: Option<String>,
    pub source_code: Option<String>,
    pub target_name: Option<String>,
    pub target_country: Option<String>,
    pub target_sector: Option<String>,
    pub target_code: Option<String>,
    pub cameo: String,
    pub cameo_root: String,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub quad_class: i32,
    pub goldstein: f64,
    pub negated: bool,
    pub modality: String,
    pub location_name: Option<String>,
    pub location_country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// The mention's article, or the cluster's representative article.
    pub article_id: String,
    /// Outlet of that article.
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub story: i64,
    /// Distinct sources (outlet, or article id when the outlet is unknown).
    pub n_sources: i32,
    pub n_articles: i32,
    /// `;`-separated sources and article ids (all reports, for a cluster row).
    pub sources: String,
    pub articles: String,
    pub evidence: String,
    pub trigger: String,
    pub rule: String,
    pub coder_version: String,
}

fn actor_fields(a: &Option<Actor>) -> [Option<String>; 4] {
    match a {
        Some(a) => [
            a.name.clone().or_else(|| Some(a.text.clone())),
            a.country.clone(),
            a.sector.clone(),
            a.code.clone(),
        ],
        None => [None, None, None, None],
    }
}

fn row(e: &Event, m: &StoredEvent, id: String, sources: &[String], articles: &[String]) -> Row {
    let [sn, sc, ss, scode] = actor_fields(&e.source);
    let [tn, tc, ts, tcode] = actor_fields(&e.target);
    Row {
        event_id: id,
        cluster: m.cluster,
        date: e.date.clone(),
        date_status: e.date_status.clone(),
        source_name: sn,
        source_country: sc,
        source_sector: ss,
        source_code: scode,
        target_name: tn,
        target_country: tc,
        target_sector: ts,
        target_code: tcode,
        cameo: e.cameo.clone(),
        cameo_root: e.cameo.get(..2).unwrap_or(&e.cameo).to_string(),
        plover_type: e.plover.event_type.clone(),
        plover_mode: e.plover.mode.clone(),
        quad_class: i32::from(e.quad_class),
        goldstein: e.goldstein,
        negated: e.negated,
        modality: e.modality.clone(),
        location_name: e.location.as_ref().map(|l| l.name.clone()),
        location_country: e.location.as_ref().map(|l| l.country.clone()),
        lat: e.location.as_ref().and_then(|l| l.lat),
        lon: e.location.as_ref().and_then(|l| l.lon),
        article_id: e.article_id.clone(),
        publisher: m.article_source.clone(),
        url: m.article_url.clone(),
        story: m.story,
        n_sources: sources.len() as i32,
        n_articles: articles.len() as i32,
        sources: sources.join(";"),
        articles: articles.join(";"),
        evidence: e.evidence.sentence.clone(),
        trigger: e.evidence.trigger.clone(),
        rule: e.rule.clone(),
        coder_version: e.coder_version.clone(),
    }
}

/// One row per mention; `n_sources` counts the mention's whole cluster among `all`.
pub fn mention_rows(mentions: &[StoredEvent]) -> Vec<Row> {
    let mut per: std::collections::HashMap<i64, (Vec<String>, Vec<String>)> = Default::default();
    for m in mentions {
        let e = per.entry(m.cluster).or_default();
        e.0.push(m.source_key());
        e.1.push(m.event.article_id.clone());
    }
    for v in per.values_mut() {
        v.0.sort();
        v.0.dedup();
        v.1.sort();
        v.1.dedup();
    }
    mentions
        .iter()
        .map(|m| {
            let (s, a) = &per[&m.cluster];
            row(&m.event, m, m.event.event_id.clone(), s, a)
        })
        .collect()
}

/// One row per cluster, described by its representative mention.
pub fn cluster_rows(clusters: &[EventCluster]) -> Vec<Row> {
    clusters
        .iter()
        .map(|c| {
            let m = c
                .mentions
                .iter()
                .find(|m| m.event.event_id == c.event.event_id)
                .unwrap_or(&c.mentions[0]);
            row(
                &c.event,
                m,
                format!("c{}", c.cluster),
                &c.sources,
                &c.articles,
            )
        })
        .collect()
}

/// Column kinds (CSV writes them all as text; Parquet uses the physical and logical types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Str,
    OptStr,
    Date,
    I64,
    I32,
    F64,
    OptF64,
    Bool,
}

/// The export columns, in order.
pub const COLUMNS: &[(&str, Kind)] = &[
    ("event_id", Kind::Str),
    ("cluster", Kind::I64),
    ("date", Kind::Date),
    ("date_status", Kind::Str),
    ("source_name", Kind::OptStr),
    ("source_country", Kind::OptStr),
    ("source_sector", Kind::OptStr),
    ("source_code", Kind::OptStr),
    ("target_name", Kind::OptStr),
    ("target_country", Kind::OptStr),
    ("target_sector", Kind::OptStr),
    ("target_code", Kind::OptStr),
    ("cameo", Kind::Str),
    ("cameo_root", Kind::Str),
    ("plover_type", Kind::OptStr),
    ("plover_mode", Kind::OptStr),
    ("quad_class", Kind::I32),
    ("goldstein", Kind::F64),
    ("negated", Kind::Bool),
    ("modality", Kind::Str),
    ("location_name", Kind::OptStr),
    ("location_country", Kind::OptStr),
    ("lat", Kind::OptF64),
    ("lon", Kind::OptF64),
    ("article_id", Kind::Str),
    ("publisher", Kind::OptStr),
    ("url", Kind::OptStr),
    ("story", Kind::I64),
    ("n_sources", Kind::I32),
    ("n_articles", Kind::I32),
    ("sources", Kind::Str),
    ("articles", Kind::Str),
    ("evidence", Kind::Str),
    ("trigger", Kind::Str),
    ("rule", Kind::Str),
    ("coder_version", Kind::Str),
];

/// A cell of a row, by column position.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Str(Option<String>),
    I64(i64),
    I32(i32),
    F64(Option<f64>),
    Bool(bool),
}

impl Row {
    /// The cells in [`COLUMNS`] order.
    pub fn cells(&self) -> Vec<Cell> {
        let s = |v: &str| Cell::Str(Some(v.to_string()));
        let o = |v: &Option<String>| Cell::Str(v.clone());
        vec![
            s(&self.event_id),
            Cell::I64(self.cluster),
            o(&self.date),
            s(&self.date_status),
            o(&self.source_name),
            o(&self.source_country),
            o(&self.source_sector),
            o(&self.source_code),
            o(&self.target_name),
            o(&self.target_country),
            o(&self.target_sector),
            o(&self.target_code),
            s(&self.cameo),
            s(&self.cameo_root),
            o(&self.plover_type),
            o(&self.plover_mode),
            Cell::I32(self.quad_class),
            Cell::F64(Some(self.goldstein)),
            Cell::Bool(self.negated),
            s(&self.modality),
            o(&self.location_name),
            o(&self.location_country),
            Cell::F64(self.lat),
            Cell::F64(self.lon),
            s(&self.article_id),
            o(&self.publisher),
            o(&self.url),
            Cell::I64(self.story),
            Cell::I32(self.n_sources),
            Cell::I32(self.n_articles),
            s(&self.sources),
            s(&self.articles),
            s(&self.evidence),
            s(&self.trigger),
            s(&self.rule),
            s(&self.coder_version),
        ]
    }
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Str(s) => s.clone().unwrap_or_default(),
            Cell::I64(v) => v.to_string(),
            Cell::I32(v) => v.to_string(),
            Cell::F64(v) => v.map(|v| v.to_string()).unwrap_or_default(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// A CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// CSV: header line, CRLF line ends, UTF-8 (with a BOM when `bom`, for Excel).
pub fn write_csv(out: &mut dyn Write, rows: &[Row], bom: bool) -> Result<()> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    out.write_all(header.join(",").as_bytes())?;
    out.write_all(b"\r\n")?;
    for r in rows {
        let line: Vec<String> = r.cells().iter().map(|c| csv_field(&c.text())).collect();
        out.write_all(line.join(",").as_bytes())?;
        out.write_all(b"\r\n")?;
    }
    Ok(())
}

/// The ICEWS-like TSV columns (ICEWS names; the last four are rasid's).
pub const TSV_COLUMNS: &[&str] = &[
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "PLOVER Type",
    "Quad Class",
    "Sources",
    "Evidence",
];

fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// TSV with [`TSV_COLUMNS`]. `Event Text` is the CAMEO code's name when `cameo_name`
/// knows it; `Intensity` is the Goldstein score; `City` the location name; `Country` the
/// location's country; `District`, `Province` and `Sentence Number` are left empty.
pub fn write_tsv(
    out: &mut dyn Write,
    rows: &[Row],
    cameo_name: &dyn Fn(&str) -> Option<String>,
) -> Result<()> {
    writeln!(out, "{}", TSV_COLUMNS.join("\t"))?;
    for r in rows {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        let f = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
        let fields = [
            r.event_id.clone(),
            o(&r.date),
            o(&r.source_name),
            o(&r.source_sector),
            o(&r.source_country),
            cameo_name(&r.cameo).unwrap_or_default(),
            r.cameo.clone(),
            r.goldstein.to_string(),
            o(&r.target_name),
            o(&r.target_sector),
            o(&r.target_country),
            r.story.to_string(),
            String::new(),
            o(&r.publisher),
            o(&r.location_name),
            String::new(),
            String::new(),
            o(&r.location_country),
            f(r.lat),
            f(r.lon),
            o(&r.plover_type),
            r.quad_class.to_string(),
            r.sources.clone(),
            r.evidence.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|s| tsv_field(s)).collect();
        writeln!(out, "{}", line.join("\t"))?;
    }
    Ok(())
}

/// The Parquet schema of [`COLUMNS`]: strings are `BYTE_ARRAY (STRING)`, `date` is
/// `INT32 (DATE)`, ids and counts `INT64`/`INT32`, scores and coordinates `DOUBLE`,
/// `negated` `BOOLEAN`; optional columns are nullable.
pub fn parquet_schema() -> Result<Type> {
    let mut fields = Vec::new();
    for (name, kind) in COLUMNS {
        let (phys, logical, rep) = match kind {
            Kind::Str => (
                Physical::BYTE_ARRAY,
                Some(LogicalType::String),
                Repetition::REQUIRED,
            ),
            Kind::OptStr => (
                Physical::BYTE_ARRAY,
                Some(LogicalType::String),
                Repetition::OPTIONAL,
            ),
            Kind::Date => (
                Physical::INT32,
                Some(LogicalType::Date),
                Repetition::OPTIONAL,
            ),
            Kind::I64 => (Physical::INT64, None, Repetition::REQUIRED),
            Kind::I32 => (Physical::INT32, None, Repetition::REQUIRED),
            Kind::F64 => (Physical::DOUBLE, None, Repetition::REQUIRED),
            Kind::OptF64 => (Physical::DOUBLE, None, Repetition::OPTIONAL),
            Kind::Bool => (Physical::BOOLEAN, None, Repetition::REQUIRED),
        };
        let t = Type::primitive_type_builder(name, phys)
            .with_logical_type(logical)
            .with_repetition(rep)
            .build()?;
        fields.push(Arc::new(t));
    }
    Ok(Type::group_type_builder("rasid_event")
        .with_fields(fields)
        .build()?)
}

/// Write rows as a Parquet file (snappy, row groups of 64k rows).
pub fn write_parquet<W: Write + Send>(out: W, rows: &[Row]) -> Result<()> {
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_created_by(format!("rasid-store {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut w = SerializedFileWriter::new(out, Arc::new(parquet_schema()?), props)?;
    for chunk in rows.chunks(65_536) {
        let cells: Vec<Vec<Cell>> = chunk.iter().map(Row::cells).collect();
        let mut rg = w.next_row_group()?;
        let mut i = 0;
        while let Some(mut col) = rg.next_column()? {
            let kind = COLUMNS[i].1;
            let column = cells.iter().map(|c| &c[i]);
            match kind {
                Kind::Str | Kind::OptStr => {
                    let mut vals = Vec::new();
                    let mut defs = Vec::new();
                    for c in column {
                        if let Cell::Str(v) = c {
                            defs.push(i16::from(v.is_some()));
                            if let Some(v) = v {
                                vals.push(ByteArray::from(v.as_str()));
                            }
                        }
                    }
                    let defs = (kind == Kind::OptStr).then_some(&defs[..]);
                    col.typed::<ByteArrayType>()
                        .write_batch(&vals, defs, None)?;
                }
                Kind::Date => {
                    let mut vals = Vec::new();
                    let mut defs = Vec::new();
                    for c in column {
                        let d = match c {
                            Cell::Str(Some(s)) => day_number(s).map(|d| d as i32),
                            _ => None,
                        };
                        defs.push(i16::from(d.is_some()));
                        vals.extend(d);
                    }
                    col.typed::<Int32Type>()
                        .write_batch(&vals, Some(&defs), None)?;
                }
                Kind::I64 => {
                    let vals: Vec<i64> = column
                        .map(|c| if let Cell::I64(v) = c { *v } else { 0 })
                        .collect();
                    col.typed::<Int64Type>().write_batch(&vals, None, None)?;
                }
                Kind::I32 => {
                    let vals: Vec<i32> = column
                        .map(|c| if let Cell::I32(v) = c { *v } else { 0 })
                        .collect();
                    col.typed::<Int32Type>().write_batch(&vals, None, None)?;
                }
                Kind::F64 | Kind::OptF64 => {
                    let mut vals = Vec::new();
                    let mut defs = Vec::new();
                    for c in column {
                        let v = if let Cell::F64(v) = c { *v } else { None };
                        defs.push(i16::from(v.is_some()));
                        vals.extend(v);
                    }
                    let defs = (kind == Kind::OptF64).then_some(&defs[..]);
                    col.typed::<DoubleType>().write_batch(&vals, defs, None)?;
                }
                Kind::Bool => {
                    let vals: Vec<bool> = column.map(|c| matches!(c, Cell::Bool(true))).collect();
                    col.typed::<BoolType>().write_batch(&vals, None, None)?;
                }
            }
            col.close()?;
            i += 1;
        }
        rg.close()?;
    }
    w.close()?;
    Ok(())
}

/// JSONL: mention rows write the full event record plus `cluster`, `story`, `n_sources`;
/// cluster rows write the cluster with its representative event and all mentions' evidence.
pub fn write_jsonl_mentions(out: &mut dyn Write, mentions: &[StoredEvent]) -> Result<()> {
    let rows = mention_rows(mentions);
    for (m, r) in mentions.iter().zip(&rows) {
        let mut v = serde_json::to_value(&m.event)?;
        if let Some(o) = v.as_object_mut() {
            o.insert("cluster".into(), m.cluster.into());
            o.insert("story".into(), m.story.into());
            o.insert("n_sources".into(), r.n_sources.into());
            o.insert("publisher".into(), m.article_source.clone().into());
        }
        serde_json::to_writer(&mut *out, &v)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[derive(Serialize)]
struct ClusterJson<'a> {
    cluster: i64,
    event: &'a Event,
    n_sources: usize,
    sources: &'a [String],
    articles: &'a [String],
    mentions: Vec<MentionJson<'a>>,
}

#[derive(Serialize)]
struct MentionJson<'a> {
    event_id: &'a str,
    article_id: &'a str,
    publisher: Option<&'a str>,
    url: Option<&'a str>,
    date: Option<&'a str>,
    evidence: &'a rasid_coder::Evidence,
}

pub fn write_jsonl_clusters(out: &mut dyn Write, clusters: &[EventCluster]) -> Result<()> {
    for c in clusters {
        let j = ClusterJson {
            cluster: c.cluster,
            event: &c.event,
            n_sources: c.sources.len(),
            sources: &c.sources,
            articles: &c.articles,
            mentions: c
                .mentions
                .iter()
                .map(|m| MentionJson {
                    event_id: &m.event.event_id,
                    article_id: &m.event.article_id,
                    publisher: m.article_source.as_deref(),
                    url: m.article_url.as_deref(),
                    date: m.event.date.as_deref(),
                    evidence: &m.event.evidence,
                })
                .collect(),
        };
        serde_json::to_writer(&mut *out, &j)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn excerpt(s: &str, n: usize) -> String {
    let mut t: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        t.push('…');
    }
    t.replace(['\n', '\r', '\t'], " ")
}

/// A readable table.
pub fn write_table(out: &mut dyn Write, rows: &[Row]) -> Result<()> {
    writeln!(
        out,
        "{:<11} {:<50} {:<5} {:<10} {:>3} {:<16} evidence",
        "date", "source → target", "cameo", "plover", "src", "article"
    )?;
    for r in rows {
        let who = |n: &Option<String>, c: &Option<String>| match (n, c) {
            (Some(n), Some(c)) => format!("{n} ({c})"),
            (Some(n), None) => n.clone(),
            (None, Some(c)) => c.clone(),
            (None, None) => "—".into(),
        };
        let dyad = format!(
            "{} → {}",
            who(&r.source_name, &r.source_country),
            who(&r.target_name, &r.target_country)
        );
        writeln!(
            out,
            "{:<11} {:<50} {:<5} {:<10} {:>3} {:<16} {}",
            r.date.as_deref().unwrap_or("unresolved"),
            excerpt(&dyad, 50),
            r.cameo,
            r.plover_type.as_deref().unwrap_or("-"),
            r.n_sources,
            excerpt(&r.article_id, 16),
            excerpt(&r.evidence, 40)
        )?;
    }
    Ok(())
}

/// Row count and column names of a Parquet file (for checks without pyarrow).
pub fn parquet_summary(path: &std::path::Path) -> Result<(i64, Vec<String>)> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let r = SerializedFileReader::new(std::fs::File::open(path)?)?;
    let meta = r.metadata().file_metadata();
    let cols = meta
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name().to_string())
        .collect();
    Ok((meta.num_rows(), cols))
}
