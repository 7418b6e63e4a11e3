//! `rasid actors check`: validation of the dictionary files beyond what loading checks, with
//! `file:line` for every finding.
//!
//! Loading ([`crate::load`]) already rejects malformed rows. This module re-reads the files
//! itself, to keep line numbers, and reports what loads but is still wrong or risky:
//! two holders of one office at once, a person's overlapping roles in the same office, country
//! codes that are neither in `countries.tsv` nor a known IGO code, Arabic names shared by
//! entries of different kinds (they collide in matching), phrases that normalize to nothing,
//! and people without any role.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::Path;

use jiff::civil::Date;

use crate::error::ActorsError;
use crate::load::{abd_spaced, parse_loose_date, Dictionary};
use crate::matcher::phrase_key;

/// The dictionary files, in the loader's order, as shipped in `data/`.
const EMBEDDED: [(&str, &str); 9] = crate::load::FILES;

/// Codes that stand for an IGO, a class of actor or a territory rather than a state
/// (docs/dictionaries.md, "country values"). Anything else must be in `countries.tsv`.
pub const IGO_CODES: &[&str] = &[
    "UN", "NATO", "EU", "AU", "ARL", "GCC", "OIC", "IMF", "WBK", "ICC", "ICJ", "OPEC", "OAPEC",
    "AMU", "IGAD", "ECOWAS", "ASEAN", "SCO", "BRICS", "COE", "OSCE", "WTO", "IDB", "AFB", "ITP",
    "GOS", "GTW", "NGO", "IMG", "ESH", "IGO",
];

/// CAMEO sectors (and the project's own) that rows may carry.
pub const SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "PTY", "MED", "BUS", "CVL", "NGO", "REB",
    "REL", "LAB", "REF", "EDU", "UAF", "CRM", "HRI", "AGR", "HLH", "IGO", "ELI", "ENV", "MOD",
    "RAD", "SEP", "INS", "MNC", "IMG", "DEV", "SET", "MUS", "JEW", "CHR", "ETH",
];

/// One dictionary file: its name as shown in findings, the loader's key, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Shown in findings (`data/actors/people.tsv`, or the path under `--dict`).
    pub name: String,
    /// The loader's relative path (`actors/people.tsv`).
    pub key: &'static str,
    pub text: String,
}

/// One data row of a TSV file, with its 1-based line number.
#[derive(Debug, Clone)]
pub struct TsvRow<'a> {
    pub line: usize,
    header: &'a [&'a str],
    cells: Vec<&'a str>,
}

impl<'a> TsvRow<'a> {
    /// A cell by column name, trimmed ("" when the column or cell is missing).
    pub fn get(&self, col: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| *h == col)
            .and_then(|i| self.cells.get(i))
            .map(|c| c.trim())
            .unwrap_or("")
    }

    /// The `|`-separated variants of a cell.
    pub fn list(&self, col: &str) -> Vec<&'a str> {
        self.get(col)
            .split('|')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    }
}

/// A parsed TSV file: the header and the data rows.
#[derive(Debug, Clone)]
pub struct Tsv<'a> {
    header: Vec<&'a str>,
    rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Tsv<'a> {
    /// Parse like the loader: `#` comments and blank lines skipped, the first line left is the header.
    pub fn parse(text: &'a str) -> Self {
        let mut header: Option<Vec<&str>> = None;
        let mut rows = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if header.is_none() {
                header = Some(cells.iter().map(|c| c.trim()).collect());
            } else {
                rows.push((i + 1, cells));
            }
        }
        Tsv {
            header: header.unwrap_or_default(),
            rows,
        }
    }

    pub fn rows(&self) -> impl Iterator<Item = TsvRow<'_>> {
        self.rows.iter().map(|(line, cells)| TsvRow {
            line: *line,
            header: &self.header,
            cells: cells.clone(),
        })
    }
}

impl SourceFile {
    /// Data rows of the file (header and comments excluded).
    pub fn rows(&self) -> std::vec::IntoIter<usize> {
        Tsv::parse(&self.text)
            .rows
            .iter()
            .map(|(l, _)| *l)
            .collect::<Vec<_>>()
            .into_iter()
    }
}

/// The texts of all dictionary files, bundled or from a directory.
#[derive(Debug, Clone)]
pub struct Sources {
    pub files: Vec<SourceFile>,
}

impl Sources {
    /// The files bundled with rasid (named `data/…` in findings).
    pub fn embedded() -> Self {
        Sources {
            files: EMBEDDED
                .iter()
                .map(|(key, text)| SourceFile {
                    name: format!("data/{key}"),
                    key,
                    text: text.to_string(),
                })
                .collect(),
        }
    }

    /// Files from a directory laid out like `data/`; a missing file falls back to the bundled
    /// copy, as in [`Dictionary::from_dir`].
    pub fn from_dir(dir: &Path) -> Result<Self, ActorsError> {
        let mut files = Vec::new();
        for (key, embedded) in EMBEDDED {
            let path = dir.join(key);
            let (name, text) = if path.exists() {
                let text = std::fs::read_to_string(&path).map_err(|source| ActorsError::Io {
                    path: path.display().to_string(),
                    source,
                })?;
                (path.display().to_string(), text)
            } else {
                (format!("data/{key}"), embedded.to_string())
            };
            files.push(SourceFile { name, key, text });
        }
        Ok(Sources { files })
    }

    /// (name, text) pairs in the loader's order, for [`Dictionary::from_texts`].
    pub fn texts(&self) -> Vec<(String, String)> {
        self.files
            .iter()
            .map(|f| (f.name.clone(), f.text.clone()))
            .collect()
    }

    /// Load the dictionary from these texts.
    pub fn load(&self) -> Result<Dictionary, ActorsError> {
        Dictionary::from_texts(&self.texts())
    }

    fn file(&self, key: &str) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.key == key)
    }
}

/// How bad a finding is: errors make `rasid actors check` fail, warnings don't.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One finding, at a line of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub file: String,
    pub line: usize,
    pub severity: Severity,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}:{}: {sev}: {}", self.file, self.line, self.message)
    }
}

/// What kind of entry a phrase names, for collision reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    CountryName,
    Adjective,
    Capital,
    Seat,
    Organization,
    Agent,
    Person,
    Office,
    Place,
}

impl Kind {
    fn label(self) -> &'static str {
        match self {
            Kind::CountryName => "country name",
            Kind::Adjective => "country adjective",
            Kind::Capital => "capital",
            Kind::Seat => "seat of government",
            Kind::Organization => "organization",
            Kind::Agent => "agent",
            Kind::Person => "person",
            Kind::Office => "office",
            Kind::Place => "place",
        }
    }
}

/// A role row, as far as overlap checks need it.
struct RoleRow {
    line: usize,
    person: String,
    office: String,
    start: Option<Date>,
    end: Option<Date>,
    /// The latest day the role may have started (`2016-03` → 2016-03-31): a date given to the
    /// month or year only says "some day in it".
    start_late: Option<Date>,
    /// The earliest day the role may have ended (`2016-03` → 2016-03-01).
    end_early: Option<Date>,
}

/// Do two inclusive date ranges certainly share more than a handover day? Dates given to the
/// month or year only overlap when they must (`…–2016-03` then `2016-03–…` is a handover).
fn overlap(a: &RoleRow, b: &RoleRow) -> bool {
    let start = match (a.start_late, b.start_late) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    };
    let end = match (a.end_early, b.end_early) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    match (start, end) {
        // One shared day is the usual handover (one term ends the day the next begins).
        (Some(s), Some(e)) => (e - s).get_days() >= 1,
        _ => true,
    }
}

fn show(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "…".into())
}

/// Check the files. A file that does not load gives that one error and no other checks.
pub fn check(sources: &Sources) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    if let Err(e) = sources.load() {
        let (file, line, message) = match e {
            ActorsError::Invalid {
                file,
                line,
                message,
            } => (file, line, message),
            other => ("<dictionary>".to_string(), 0, other.to_string()),
        };
        out.push(Finding {
            file,
            line,
            severity: Severity::Error,
            message: format!("does not load: {message}"),
        });
        return out;
    }
    let empty = SourceFile {
        name: String::new(),
        key: "",
        text: String::new(),
    };
    let get = |key: &str| sources.file(key).unwrap_or(&empty);
    let countries_f = get("actors/countries.tsv");
    let orgs_f = get("actors/organizations.tsv");
    let agents_f = get("actors/agents.tsv");
    let people_f = get("actors/people.tsv");
    let offices_f = get("actors/offices.tsv");
    let roles_f = get("actors/roles.tsv");
    let places_f = get("places/places.tsv");
    let referents_f = get("actors/referents.tsv");
    let countries = Tsv::parse(&countries_f.text);
    let orgs = Tsv::parse(&orgs_f.text);
    let agents = Tsv::parse(&agents_f.text);
    let people = Tsv::parse(&people_f.text);
    let offices = Tsv::parse(&offices_f.text);
    let roles = Tsv::parse(&roles_f.text);
    let places = Tsv::parse(&places_f.text);
    let referents = Tsv::parse(&referents_f.text);

    let mut push = |f: &SourceFile, line: usize, severity: Severity, message: String| {
        out.push(Finding {
            file: f.name.clone(),
            line,
            severity,
            message,
        })
    };

    // --- codes ---
    let states: HashSet<&str> = countries.rows().map(|r| r.get("code")).collect();
    let known = |c: &str| states.contains(c) || IGO_CODES.contains(&c);
    let check_code =
        |f: &SourceFile,
         r: &TsvRow,
         col: &str,
         star: bool,
         p: &mut dyn FnMut(&SourceFile, usize, Severity, String)| {
            let c = r.get(col);
            if c.is_empty() || (star && c == "*") || known(c) {
                return;
            }
            p(
                f,
                r.line,
                Severity::Error,
                format!("unknown country code `{c}` (not in countries.tsv, not an IGO code)"),
            );
        };
    let check_sector =
        |f: &SourceFile, r: &TsvRow, p: &mut dyn FnMut(&SourceFile, usize, Severity, String)| {
            let s = r.get("sector");
            if !s.is_empty() && !SECTORS.contains(&s) {
                p(
                    f,
                    r.line,
                    Severity::Warning,
                    format!("unknown sector `{s}`"),
                );
            }
        };
    for r in orgs.rows() {
        check_code(orgs_f, &r, "country", true, &mut push);
        check_sector(orgs_f, &r, &mut push);
    }
    for r in agents.rows() {
        check_sector(agents_f, &r, &mut push);
    }
    let mut office_country: HashMap<&str, &str> = HashMap::new();
    for r in offices.rows() {
        check_code(offices_f, &r, "country", false, &mut push);
        check_sector(offices_f, &r, &mut push);
        office_country.insert(r.get("id"), r.get("country"));
    }
    for r in places.rows() {
        check_code(places_f, &r, "country", false, &mut push);
    }

    // --- referents: what they refer to must exist (loading skips what does not) ---
    let org_ids: HashSet<&str> = orgs.rows().map(|r| r.get("id")).collect();
    for r in referents.rows() {
        let target = r.get("refers_to");
        let (exists, file) = match r.get("kind") {
            "country" => (states.contains(target), "countries.tsv"),
            _ => (org_ids.contains(target), "organizations.tsv"),
        };
        if !exists {
            push(
                referents_f,
                r.line,
                Severity::Warning,
                format!("`{target}` is not in {file}: the row is ignored"),
            );
        }
        for c in r.list("where") {
            if c != "*" && !states.contains(c) {
                push(
                    referents_f,
                    r.line,
                    Severity::Warning,
                    format!("`where` country `{c}` is not in countries.tsv"),
                );
            }
        }
    }

    // --- roles ---
    let mut role_rows: Vec<RoleRow> = Vec::new();
    let mut has_role: HashSet<&str> = HashSet::new();
    for r in roles.rows() {
        check_code(roles_f, &r, "country", false, &mut push);
        check_sector(roles_f, &r, &mut push);
        has_role.insert(r.get("person"));
        let office = r.get("office");
        if let Some(oc) = office_country.get(office) {
            let c = r.get("country");
            if *oc != c {
                push(
                    roles_f,
                    r.line,
                    Severity::Warning,
                    format!("country `{c}` differs from office {office}'s `{oc}`"),
                );
            }
        }
        role_rows.push(RoleRow {
            line: r.line,
            person: r.get("person").to_string(),
            office: office.to_string(),
            start: parse_loose_date(r.get("start"), false),
            end: parse_loose_date(r.get("end"), true),
            start_late: parse_loose_date(r.get("start"), true),
            end_early: parse_loose_date(r.get("end"), false),
        });
    }
    let mut by_office: BTreeMap<&str, Vec<&RoleRow>> = BTreeMap::new();
    for rr in &role_rows {
        if !rr.office.is_empty() {
            by_office.entry(rr.office.as_str()).or_default().push(rr);
        }
    }
    for (office, rows) in &by_office {
        for (i, a) in rows.iter().enumerate() {
            for b in &rows[i + 1..] {
                if !overlap(a, b) {
                    continue;
                }
                let (a_span, b_span) = (
                    format!("{}–{}", show(a.start), show(a.end)),
                    format!("{}–{}", show(b.start), show(b.end)),
                );
                if a.person == b.person {
                    push(
                        roles_f,
                        b.line,
                        Severity::Warning,
                        format!(
                            "{} holds {office} twice at once ({b_span} overlaps line {}: {a_span})",
                            b.person, a.line
                        ),
                    );
                } else {
                    push(
                        roles_f,
                        b.line,
                        Severity::Error,
                        format!(
                            "two holders of {office} at once: {} ({b_span}) and {} (line {}, {a_span})",
                            b.person, a.person, a.line
                        ),
                    );
                }
            }
        }
    }
    for r in people.rows() {
        let id = r.get("id");
        if !has_role.contains(id) {
            push(
                people_f,
                r.line,
                Severity::Warning,
                format!("person {id} has no role in roles.tsv"),
            );
        }
    }

    // --- phrases: empty after normalization, repeated in a cell, colliding across entries ---
    type Site<'s> = (&'s SourceFile, usize, Kind, String);
    let mut sites: Vec<Site> = Vec::new();
    let mut phrase_cells: Vec<(&SourceFile, &Tsv, &str, Kind, &str)> = vec![
        (
            countries_f,
            &countries,
            "names_ar",
            Kind::CountryName,
            "code",
        ),
        (
            countries_f,
            &countries,
            "adjectives_ar",
            Kind::Adjective,
            "code",
        ),
        (
            countries_f,
            &countries,
            "capitals_ar",
            Kind::Capital,
            "code",
        ),
        (countries_f, &countries, "seats_ar", Kind::Seat, "code"),
        (orgs_f, &orgs, "names_ar", Kind::Organization, "id"),
        (agents_f, &agents, "phrase_ar", Kind::Agent, "role"),
        (people_f, &people, "names_ar", Kind::Person, "id"),
        (people_f, &people, "short_ar", Kind::Person, "id"),
        (offices_f, &offices, "phrases_ar", Kind::Office, "id"),
        (places_f, &places, "names_ar", Kind::Place, "name"),
    ];
    phrase_cells.retain(|(f, ..)| !f.key.is_empty());
    let mut by_key: HashMap<String, Vec<(usize, String)>> = HashMap::new();
    for (f, tsv, col, kind, id_col) in &phrase_cells {
        for r in tsv.rows() {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for p in r.list(col) {
                // عبد compounds count as one spelling: the loader adds the other one.
                let key = phrase_key(&abd_spaced(p));
                if key.is_empty() {
                    push(
                        f,
                        r.line,
                        Severity::Error,
                        format!("`{p}` in {col} normalizes to nothing and can never match"),
                    );
                    continue;
                }
                if let Some(q) = seen.insert(key.clone(), p) {
                    let message = if phrase_key(p) == phrase_key(q) {
                        format!("`{p}` and `{q}` in {col} are the same after normalization")
                    } else {
                        format!(
                            "`{p}` and `{q}` in {col} differ only in how عبد is joined; \
                             the loader adds the other spelling, so list one"
                        )
                    };
                    push(f, r.line, Severity::Warning, message);
                    continue;
                }
                let ix = sites.len();
                sites.push((
                    f,
                    r.line,
                    *kind,
                    format!("{} {}", kind.label(), r.get(id_col)),
                ));
                by_key.entry(key).or_default().push((ix, p.to_string()));
            }
        }
    }
    let mut keys: Vec<&String> = by_key.keys().collect();
    keys.sort();
    for key in keys {
        let list = &by_key[key];
        for (i, (a, pa)) in list.iter().enumerate() {
            for (b, pb) in &list[i + 1..] {
                let (fa, la, ka, ea) = &sites[*a];
                let (fb, lb, kb, eb) = &sites[*b];
                if fa.key == fb.key && la == lb {
                    continue;
                }
                // Documented on purpose: capitals are also gazetteer places, and a place
                // name may stand for two places (طرابلس, القدس).
                let pair = if ka <= kb { (*ka, *kb) } else { (*kb, *ka) };
                if matches!(
                    pair,
                    (Kind::Capital, Kind::Place) | (Kind::Place, Kind::Place)
                ) {
                    continue;
                }
                let what = if ka == kb {
                    "names two entries"
                } else {
                    "collides across kinds"
                };
                push(
                    fb,
                    *lb,
                    Severity::Warning,
                    format!(
                        "`{pb}` ({eb}) {what}: `{pa}` is also {ea} at {}:{la}",
                        fa.name
                    ),
                );
            }
        }
    }
    out.sort_by(|a, b| (&a.file, a.line, a.severity).cmp(&(&b.file, b.line, b.severity)));
    out
}
