//! Loading and validating the dictionary files (TSV with a header line, `#` comments, `|`
//! between variants), from the copies embedded in the binary or from a directory.

use std::collections::HashMap;
use std::path::Path;

use jiff::civil::Date;

use crate::error::ActorsError;
use crate::matcher::Matcher;
use crate::model::{Agent, Country, Hit, Office, Organization, Person, Place, Role};

/// The file names, relative to a dictionary directory, and their embedded defaults.
pub const FILES: [(&str, &str); 7] = [
    (
        "actors/countries.tsv",
        include_str!("../../../data/actors/countries.tsv"),
    ),
    (
        "actors/organizations.tsv",
        include_str!("../../../data/actors/organizations.tsv"),
    ),
    (
        "actors/agents.tsv",
        include_str!("../../../data/actors/agents.tsv"),
    ),
    (
        "actors/people.tsv",
        include_str!("../../../data/actors/people.tsv"),
    ),
    (
        "actors/offices.tsv",
        include_str!("../../../data/actors/offices.tsv"),
    ),
    (
        "actors/roles.tsv",
        include_str!("../../../data/actors/roles.tsv"),
    ),
    (
        "places/places.tsv",
        include_str!("../../../data/places/places.tsv"),
    ),
];

/// All actor and place knowledge, with the matcher built over it.
#[derive(Debug)]
pub struct Dictionary {
    pub countries: Vec<Country>,
    pub organizations: Vec<Organization>,
    pub agents: Vec<Agent>,
    pub people: Vec<Person>,
    pub offices: Vec<Office>,
    pub roles: Vec<Role>,
    pub places: Vec<Place>,
    /// Roles of each person, by person index.
    pub(crate) roles_of: Vec<Vec<usize>>,
    pub(crate) matcher: Matcher,
    /// A short digest of the dictionary contents, part of `coder_version`.
    pub digest: String,
}

/// One parsed TSV row, with its line number, addressed by column name.
struct Row<'a, 'h> {
    file: &'a str,
    line: usize,
    cells: Vec<&'a str>,
    header: &'h HashMap<String, usize>,
}

impl<'a> Row<'a, '_> {
    fn get(&self, col: &str) -> &'a str {
        self.header
            .get(col)
            .and_then(|&i| self.cells.get(i))
            .map(|c| c.trim())
            .unwrap_or("")
    }
    fn required(&self, col: &str) -> Result<&'a str, ActorsError> {
        let v = self.get(col);
        if v.is_empty() {
            Err(self.err(format!("column `{col}` is empty")))
        } else {
            Ok(v)
        }
    }
    fn list(&self, col: &str) -> Vec<String> {
        split_list(self.get(col))
    }
    fn err(&self, message: String) -> ActorsError {
        ActorsError::Invalid {
            file: self.file.to_string(),
            line: self.line,
            message,
        }
    }
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Parse a TSV file; `f` gets each data row. Checks the required columns exist.
fn parse_tsv<'a>(
    file: &'a str,
    text: &'a str,
    required: &[&str],
    mut f: impl FnMut(&Row<'a, '_>) -> Result<(), ActorsError>,
) -> Result<(), ActorsError> {
    let mut header: Option<HashMap<String, usize>> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        match &header {
            None => {
                let h: HashMap<String, usize> = line
                    .split('\t')
                    .enumerate()
                    .map(|(i, c)| (c.trim().to_string(), i))
                    .collect();
                for col in required {
                    if !h.contains_key(*col) {
                        return Err(ActorsError::Invalid {
                            file: file.to_string(),
                            line: i + 1,
                            message: format!("header lacks the column `{col}`"),
                        });
                    }
                }
                header = Some(h);
            }
            Some(h) => {
                let row = Row {
                    file,
                    line: i + 1,
                    cells: line.split('\t').collect(),
                    header: h,
                };
                f(&row)?;
            }
        }
    }
    Ok(())
}

/// Parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `end` picks the last day of a month or year.
pub fn parse_loose_date(s: &str, end: bool) -> Option<Date> {
    let parts: Vec<&str> = s.trim().split('-').collect();
    let y: i16 = parts.first()?.parse().ok()?;
    let m: i8 = match parts.get(1) {
        Some(m) => m.parse().ok()?,
        None if end => 12,
        None => 1,
    };
    let first = Date::new(y, m, 1).ok()?;
    match parts.get(2) {
        Some(d) => Date::new(y, m, d.parse().ok()?).ok(),
        None if end => Some(first.last_of_month()),
        None => Some(first),
    }
}

fn is_code(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c == '*')
}

impl Dictionary {
    /// The dictionaries bundled with rasid.
    pub fn embedded() -> Result<Self, ActorsError> {
        let texts: Vec<(String, String)> = FILES
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        Self::from_texts(&texts)
    }

    /// Load from a directory laid out like `data/` (`actors/*.tsv`, `places/places.tsv`).
    /// A file missing from the directory falls back to the embedded copy.
    pub fn from_dir(dir: &Path) -> Result<Self, ActorsError> {
        let mut texts = Vec::new();
        for (name, embedded) in FILES {
            let path = dir.join(name);
            let text = if path.exists() {
                std::fs::read_to_string(&path).map_err(|source| ActorsError::Io {
                    path: path.display().to_string(),
                    source,
                })?
            } else {
                embedded.to_string()
            };
            texts.push((path.display().to_string(), text));
        }
        Self::from_texts(&texts)
    }

    /// Build from (file name, contents) pairs in the order of the bundled file list.
    pub fn from_texts(texts: &[(String, String)]) -> Result<Self, ActorsError> {
        let text = |i: usize| -> (&str, &str) { (texts[i].0.as_str(), texts[i].1.as_str()) };

        let mut countries = Vec::new();
        let (f, t) = text(0);
        parse_tsv(f, t, &["code", "name", "names_ar"], |r| {
            let code = r.required("code")?;
            if !is_code(code) {
                return Err(r.err(format!("country code `{code}` is not upper-case letters")));
            }
            countries.push(Country {
                code: code.to_string(),
                name: r.required("name")?.to_string(),
                names_ar: r.list("names_ar"),
                adjectives_ar: r.list("adjectives_ar"),
                capitals_ar: r.list("capitals_ar"),
                seats_ar: r.list("seats_ar"),
            });
            Ok(())
        })?;

        let mut organizations = Vec::new();
        let (f, t) = text(1);
        parse_tsv(
            f,
            t,
            &["id", "name", "names_ar", "country", "sector"],
            |r| {
                let country = r.required("country")?;
                if !is_code(country) {
                    return Err(r.err(format!("country `{country}` is not a code")));
                }
                let sector = r.required("sector")?;
                let code = match r.get("code") {
                    "" if country == "*" => String::new(),
                    "" => format!("{country}{sector}"),
                    c => c.to_string(),
                };
                organizations.push(Organization {
                    id: r.required("id")?.to_string(),
                    name: r.required("name")?.to_string(),
                    names_ar: r.list("names_ar"),
                    country: country.to_string(),
                    sector: sector.to_string(),
                    code,
                });
                Ok(())
            },
        )?;

        let mut agents = Vec::new();
        let (f, t) = text(2);
        parse_tsv(f, t, &["phrase_ar", "sector", "role"], |r| {
            let sector = r.required("sector")?.to_string();
            let role = r.required("role")?.to_string();
            for phrase in r.list("phrase_ar") {
                agents.push(Agent {
                    phrase_ar: phrase,
                    sector: sector.clone(),
                    role: role.clone(),
                });
            }
            Ok(())
        })?;

        let mut people = Vec::new();
        let mut person_ix = HashMap::new();
        let (f, t) = text(3);
        parse_tsv(f, t, &["id", "name", "names_ar"], |r| {
            let id = r.required("id")?.to_string();
            if person_ix.insert(id.clone(), people.len()).is_some() {
                return Err(r.err(format!("duplicate person id `{id}`")));
            }
            people.push(Person {
                id,
                name: r.required("name")?.to_string(),
                names_ar: r.list("names_ar"),
                short_ar: r.list("short_ar"),
            });
            Ok(())
        })?;

        let mut offices = Vec::new();
        let mut office_ix = HashMap::new();
        let (f, t) = text(4);
        parse_tsv(
            f,
            t,
            &["id", "country", "sector", "role", "phrases_ar"],
            |r| {
                let id = r.required("id")?.to_string();
                if office_ix.insert(id.clone(), offices.len()).is_some() {
                    return Err(r.err(format!("duplicate office id `{id}`")));
                }
                offices.push(Office {
                    id,
                    country: r.required("country")?.to_string(),
                    sector: r.required("sector")?.to_string(),
                    role: r.required("role")?.to_string(),
                    phrases_ar: r.list("phrases_ar"),
                });
                Ok(())
            },
        )?;

        let mut roles = Vec::new();
        let (f, t) = text(5);
        parse_tsv(
            f,
            t,
            &[
                "person", "office", "country", "sector", "role", "start", "end",
            ],
            |r| {
                let pid = r.required("person")?;
                let person = *person_ix
                    .get(pid)
                    .ok_or_else(|| r.err(format!("unknown person `{pid}`")))?;
                let office = match r.get("office") {
                    "" => None,
                    o => Some(
                        *office_ix
                            .get(o)
                            .ok_or_else(|| r.err(format!("unknown office `{o}`")))?,
                    ),
                };
                let date = |col: &str, end: bool| -> Result<Option<Date>, ActorsError> {
                    match r.get(col) {
                        "" => Ok(None),
                        s => parse_loose_date(s, end)
                            .map(Some)
                            .ok_or_else(|| r.err(format!("bad {col} date `{s}`"))),
                    }
                };
                let (start, end) = (date("start", false)?, date("end", true)?);
                if let (Some(s), Some(e)) = (start, end) {
                    if e < s {
                        return Err(r.err(format!("role ends ({e}) before it starts ({s})")));
                    }
                }
                roles.push(Role {
                    person,
                    office,
                    country: r.required("country")?.to_string(),
                    sector: r.required("sector")?.to_string(),
                    role: r.required("role")?.to_string(),
                    start,
                    end,
                });
                Ok(())
            },
        )?;

        let mut places = Vec::new();
        let (f, t) = text(6);
        parse_tsv(f, t, &["name", "names_ar", "country"], |r| {
            let num = |c: &str| r.get(c).parse::<f64>().ok();
            places.push(Place {
                name: r.required("name")?.to_string(),
                names_ar: r.list("names_ar"),
                country: r.required("country")?.to_string(),
                lat: num("lat"),
                lon: num("lon"),
                kind: r.get("kind").to_string(),
                population: r.get("population").parse().unwrap_or(0),
            });
            Ok(())
        })?;

        let mut roles_of = vec![Vec::new(); people.len()];
        for (i, role) in roles.iter().enumerate() {
            roles_of[role.person].push(i);
        }

        let mut dict = Dictionary {
            countries,
            organizations,
            agents,
            people,
            offices,
            roles,
            places,
            roles_of,
            matcher: Matcher::default(),
            digest: digest(texts),
        };
        dict.matcher = Matcher::build(&dict)?;
        Ok(dict)
    }

    /// Every (phrase, meaning) pair the matcher knows, for building it and for checks.
    pub fn phrases(&self) -> Vec<(String, Hit)> {
        let mut out = Vec::new();
        for (i, c) in self.countries.iter().enumerate() {
            out.extend(c.names_ar.iter().map(|p| (p.clone(), Hit::CountryName(i))));
            out.extend(
                c.adjectives_ar
                    .iter()
                    .map(|p| (p.clone(), Hit::CountryAdjective(i))),
            );
            out.extend(c.capitals_ar.iter().map(|p| (p.clone(), Hit::Capital(i))));
            out.extend(c.seats_ar.iter().map(|p| (p.clone(), Hit::Seat(i))));
        }
        for (i, o) in self.organizations.iter().enumerate() {
            out.extend(o.names_ar.iter().map(|p| (p.clone(), Hit::Organization(i))));
        }
        for (i, a) in self.agents.iter().enumerate() {
            out.push((a.phrase_ar.clone(), Hit::Agent(i)));
        }
        for (i, o) in self.offices.iter().enumerate() {
            out.extend(o.phrases_ar.iter().map(|p| (p.clone(), Hit::Office(i))));
        }
        for (i, p) in self.people.iter().enumerate() {
            out.extend(p.names_ar.iter().map(|n| (n.clone(), Hit::Person(i))));
            out.extend(p.short_ar.iter().map(|n| (n.clone(), Hit::Person(i))));
            if p.short_ar.is_empty() {
                for n in &p.names_ar {
                    let mut words = n.split_whitespace();
                    let last = words.next_back();
                    if let (Some(last), Some(_)) = (last, words.next()) {
                        if last.chars().count() >= 3 {
                            out.push((last.to_string(), Hit::Surname(i)));
                        }
                    }
                }
            }
        }
        for (i, p) in self.places.iter().enumerate() {
            out.extend(p.names_ar.iter().map(|n| (n.clone(), Hit::Place(i))));
        }
        out
    }

    /// The role a person holds on `date`, preferring `office` and `country` when given.
    /// Without a date: the role for that office, else the one matching the country, else the latest.
    pub fn role_of(
        &self,
        person: usize,
        date: Option<Date>,
        office: Option<usize>,
        country: Option<&str>,
    ) -> Option<&Role> {
        let roles: Vec<&Role> = self.roles_of[person]
            .iter()
            .map(|&i| &self.roles[i])
            .collect();
        let active: Vec<&Role> = match date {
            Some(d) => roles.iter().copied().filter(|r| r.active_on(d)).collect(),
            None => roles.clone(),
        };
        let pool = if active.is_empty() { &roles } else { &active };
        if let Some(o) = office {
            if let Some(r) = pool.iter().find(|r| r.office == Some(o)) {
                return Some(r);
            }
        }
        if let Some(c) = country {
            if let Some(r) = pool.iter().rev().find(|r| r.country == c) {
                return Some(r);
            }
        }
        if active.is_empty() && date.is_some() {
            // Named, but outside every known term: keep the nearest role for country and sector.
            let d = date?;
            return roles.iter().copied().min_by_key(|r| {
                let s = r
                    .start
                    .map(|s| (s - d).get_days().abs())
                    .unwrap_or(i32::MAX);
                let e = r.end.map(|e| (e - d).get_days().abs()).unwrap_or(i32::MAX);
                s.min(e)
            });
        }
        pool.iter().copied().max_by_key(|r| r.start)
    }

    /// Who holds `office` on `date` (None when the date is unknown or nobody or several do).
    pub fn holder(&self, office: usize, date: Option<Date>) -> Option<(usize, &Role)> {
        let date = date?;
        let mut found = self
            .roles
            .iter()
            .filter(|r| r.office == Some(office) && r.active_on(date));
        let first = found.next()?;
        let person = first.person;
        if found.any(|r| r.person != person) {
            return None;
        }
        Some((person, first))
    }

    /// Country by ISO3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }
}

fn digest(texts: &[(String, String)]) -> String {
    // FNV-1a: stable across runs and platforms, enough to tell dictionary versions apart.
    let mut h: u64 = 0xcbf29ce484222325;
    for (_, t) in texts {
        for b in t.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    format!("{:08x}", h >> 32)
}
