//! Loading and validating the dictionary files (TSV with a header line, `#` comments, `|`
//! between variants), from the copies embedded in the binary or from a directory. Spelling and
//! naming rules that hold for every entry live here too, so the files need not repeat them: the
//! joined and spaced spellings of عبد compounds ([`abd_variants`]) and which last words of a
//! name are surnames (`name_words.tsv`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use jiff::civil::Date;

use crate::error::ActorsError;
use crate::matcher::{phrase_key, Matcher};
use crate::model::{
    Agent, Country, Hit, Office, Organization, Person, Place, Referent, ReferentCandidate,
    ReferentKind, Role,
};

/// The file names, relative to a dictionary directory, and their embedded defaults.
pub const FILES: [(&str, &str); 9] = [
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
    (
        "actors/referents.tsv",
        include_str!("../../../data/actors/referents.tsv"),
    ),
    (
        "actors/name_words.tsv",
        include_str!("../../../data/actors/name_words.tsv"),
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
    /// Bare words resolved from the article's context ("المملكة", "التحالف").
    pub referents: Vec<Referent>,
    /// Which last words of a name are not surnames (normalized).
    pub(crate) name_words: NameWords,
    /// Roles of each person, by person index.
    pub(crate) roles_of: Vec<Vec<usize>>,
    pub(crate) matcher: Matcher,
    /// A short digest of the dictionary contents, part of `coder_version`.
    pub digest: String,
}

/// The rules of `name_words.tsv`, normalized like match text.
#[derive(Debug, Default)]
pub(crate) struct NameWords {
    /// The word after one of these belongs to a compound name (عبد، آل).
    particles: HashSet<String>,
    /// Never a surname on its own (الله، ثاني).
    not_surnames: HashSet<String>,
}

impl NameWords {
    /// The surname a full name yields, if any: its last word, unless the name is a single word,
    /// the word is short, generic or the second half of a compound (عبد العزيز, عبدالعزيز).
    fn surname(&self, name: &str) -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 {
            return None;
        }
        let spaced = abd_spaced(name);
        let keys: Vec<String> = spaced.split_whitespace().map(phrase_key).collect();
        let (last, before) = match keys.as_slice() {
            [.., before, last] => (last, before),
            _ => return None,
        };
        if self.not_surnames.contains(last) {
            return None;
        }
        if self.particles.contains(before) {
            // "بدر عبد العاطي", "مجدي عبدالغفار": the عبد compound is the surname, as written
            // (apart or joined); not a patronymic ("سعود بن عبد المحسن") nor a dynasty ("آل ثاني").
            let n = keys.len();
            let patronymic = n < 3 || PATRONYMICS.contains(&keys[n - 3].as_str());
            if *before != phrase_key(ABD) || patronymic {
                return None;
            }
            return Some(if words.len() == n {
                words[words.len() - 2..].join(" ")
            } else {
                words.last()?.to_string()
            });
        }
        // The written last word, as listed.
        let written = *words.last()?;
        (written.chars().count() >= 3).then(|| written.to_string())
    }
}

/// The word that opens a compound name (عبد الله، عبد العزيز).
const ABD: &str = "عبد";

/// Words before a father's name: "بن عبد العزيز" is a patronymic, not a surname.
const PATRONYMICS: [&str; 4] = ["بن", "ابن", "بنت", "ولد"];

/// Every عبد compound of `phrase` written apart: "عبدالعزيز" → "عبد العزيز".
pub fn abd_spaced(phrase: &str) -> String {
    phrase
        .split(' ')
        .map(|w| match w.strip_prefix(ABD) {
            Some(rest) if rest.starts_with("ال") && rest.chars().count() >= 4 => {
                format!("{ABD} {rest}")
            }
            _ => w.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every عبد compound of `phrase` written as one word: "عبد العزيز" → "عبدالعزيز".
fn abd_joined(phrase: &str) -> String {
    let spaced = abd_spaced(phrase);
    let words: Vec<&str> = spaced.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        match words.get(i + 1) {
            Some(next)
                if words[i] == ABD && next.starts_with("ال") && next.chars().count() >= 4 =>
            {
                out.push(format!("{ABD}{next}"));
                i += 2;
            }
            _ => {
                out.push(words[i].to_string());
                i += 1;
            }
        }
    }
    out.join(" ")
}

/// The other spellings of a phrase with عبد + ال… compounds, which the press writes both joined
/// and apart (عبد الله، عبدالله): all apart and all joined, without the phrase itself. Empty when
/// the phrase has no such compound.
pub fn abd_variants(phrase: &str) -> Vec<String> {
    let mut out = Vec::new();
    for v in [abd_spaced(phrase), abd_joined(phrase)] {
        if v != phrase && !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The form a two-word title takes before a country's name: "وزير الخارجية" → "وزير خارجية"
/// ("وزير خارجية قطر", "وزارة خارجية مملكة البحرين"). None for other shapes.
pub fn construct_variant(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    match words.as_slice() {
        [head, field] if !head.starts_with("ال") && field.chars().count() > 4 => {
            let bare = field.strip_prefix("ال")?;
            Some(format!("{head} {bare}"))
        }
        _ => None,
    }
}

/// `list` followed by the other spellings of its عبد compounds that it does not hold yet (after
/// normalization), so the files list one spelling and every user of the dictionary (matcher,
/// look-ups, search) sees both. The listed order is kept: the first variant stays the display name.
fn with_abd_variants(list: Vec<String>) -> Vec<String> {
    let mut keys: HashSet<String> = list.iter().map(|v| phrase_key(v)).collect();
    let mut extra = Vec::new();
    for v in &list {
        for alt in abd_variants(v) {
            if keys.insert(phrase_key(&alt)) {
                extra.push(alt);
            }
        }
    }
    let mut out = list;
    out.extend(extra);
    out
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
    /// The `|`-separated variants of a cell, with the other spellings of عبد compounds.
    fn list(&self, col: &str) -> Vec<String> {
        with_abd_variants(split_list(self.get(col)))
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
    /// A file missing from the end of `texts` (callers written before it existed) is the
    /// embedded copy.
    pub fn from_texts(texts: &[(String, String)]) -> Result<Self, ActorsError> {
        let text = |i: usize| -> (&str, &str) {
            match texts.get(i) {
                Some((n, t)) => (n.as_str(), t.as_str()),
                None => FILES[i],
            }
        };

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
            let country = Some(r.get("country").to_string()).filter(|c| !c.is_empty());
            let listed = r.list("phrase_ar");
            let mut keys: HashSet<String> = listed.iter().map(|v| phrase_key(v)).collect();
            let constructs: Vec<String> = listed
                .iter()
                .filter_map(|v| construct_variant(v))
                .filter(|v| keys.insert(phrase_key(v)))
                .collect();
            for phrase in listed.into_iter().chain(constructs) {
                agents.push(Agent {
                    phrase_ar: phrase,
                    sector: sector.clone(),
                    role: role.clone(),
                    country: country.clone(),
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

        let mut referents: Vec<Referent> = Vec::new();
        let (f, t) = text(7);
        parse_tsv(f, t, &["phrase_ar", "kind", "refers_to", "where"], |r| {
            let phrase = r.required("phrase_ar")?;
            let target = r.required("refers_to")?;
            let (kind, index) = match r.required("kind")? {
                "country" => (
                    ReferentKind::Country,
                    countries.iter().position(|c| c.code == target),
                ),
                "organization" => (
                    ReferentKind::Organization,
                    organizations.iter().position(|o| o.id == target),
                ),
                k => {
                    return Err(r.err(format!(
                        "kind `{k}` is neither `country` nor `organization`"
                    )))
                }
            };
            let mut where_ = split_list(r.get("where"));
            if where_.is_empty() {
                if kind == ReferentKind::Organization {
                    return Err(r.err(
                        "an organization needs `where` countries (or `-`: only once the article \
                         has named it)"
                            .into(),
                    ));
                }
                where_.push(target.to_string());
            }
            // `-`: no country selects it; only the article naming it does ("التنظيم" is the
            // militant group named before, never one guessed from the country).
            where_.retain(|w| w != "-");
            // A target missing from the loaded files (a user's own organizations.tsv) is skipped,
            // as the coder always did; `rasid actors check` reports it.
            let Some(index) = index else {
                return Ok(());
            };
            let candidate = ReferentCandidate {
                refers_to: target.to_string(),
                index,
                countries: where_,
            };
            match referents.iter_mut().find(|x| x.phrase_ar == phrase) {
                Some(x) if x.kind != kind => {
                    Err(r.err(format!("`{phrase}` is already a referent of another kind")))
                }
                Some(x) => {
                    x.candidates.push(candidate);
                    Ok(())
                }
                None => {
                    referents.push(Referent {
                        phrase_ar: phrase.to_string(),
                        kind,
                        candidates: vec![candidate],
                    });
                    Ok(())
                }
            }
        })?;

        let mut name_words = NameWords::default();
        let (f, t) = text(8);
        parse_tsv(f, t, &["word_ar", "rule"], |r| {
            let word = phrase_key(r.required("word_ar")?);
            if word.contains(' ') {
                return Err(r.err(format!("`{word}` is more than one word")));
            }
            let set = match r.required("rule")? {
                "particle" => &mut name_words.particles,
                "not_surname" => &mut name_words.not_surnames,
                k => {
                    return Err(r.err(format!(
                        "rule `{k}` is neither `particle` nor `not_surname`"
                    )))
                }
            };
            set.insert(word);
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
            referents,
            name_words,
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
            let mut adjectives = c.adjectives_ar.clone();
            for a in &c.adjectives_ar {
                let accusative =
                    (!a.starts_with("ال") && a.ends_with('ي')).then(|| format!("{a}ا"));
                for form in nisba_inflections(a).into_iter().chain(accusative) {
                    // "روسيا" is the country's name already.
                    let a_name = self.countries.iter().any(|k| k.names_ar.contains(&form));
                    if !adjectives.contains(&form) && !a_name {
                        adjectives.push(form);
                    }
                }
            }
            out.extend(
                adjectives
                    .into_iter()
                    .map(|p| (p, Hit::CountryAdjective(i))),
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
                    if let Some(last) = self.name_words.surname(n) {
                        out.push((last, Hit::Surname(i)));
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

/// The dual and plural forms of a nisba adjective the table gives in the singular: "التركي" →
/// "التركيين", "التركيان", "التركيون"; "تركية" → "تركيتين", "تركيتان", "تركيات" ("شرطيين
/// تركيين", "مواطنات سعوديات"). Broken plurals ("الأتراك") stay in the table. A form that is
/// also a common word ("مجريات" الأحداث: the course of events, not Hungarian women) is left out.
fn nisba_inflections(adjective: &str) -> Vec<String> {
    const COMMON_WORDS: [&str; 2] = ["مجريات", "المجريات"];
    let forms: Vec<String> = if let Some(stem) = adjective.strip_suffix("ية") {
        ["يتين", "يتان", "يات"]
            .iter()
            .map(|end| format!("{stem}{end}"))
            .collect()
    } else if adjective.ends_with('ي') {
        ["ين", "ان", "ون"]
            .iter()
            .map(|end| format!("{adjective}{end}"))
            .collect()
    } else {
        Vec::new()
    };
    forms
        .into_iter()
        .filter(|f| !COMMON_WORDS.contains(&f.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nisba_adjectives_get_their_duals_and_plurals() {
        assert_eq!(
            nisba_inflections("التركي"),
            ["التركيين", "التركيان", "التركيون"]
        );
        assert_eq!(nisba_inflections("يمنية"), ["يمنيتين", "يمنيتان", "يمنيات"]);
        assert_eq!(nisba_inflections("مجرية"), ["مجريتين", "مجريتان"]);
        assert!(nisba_inflections("الأتراك").is_empty());
    }

    #[test]
    fn indefinite_nisba_adjectives_match_in_the_accusative() {
        let dict = Dictionary::embedded().unwrap();
        let phrases = dict.phrases();
        let adjective = |p: &str| {
            phrases
                .iter()
                .any(|(q, h)| q == p && matches!(h, Hit::CountryAdjective(_)))
        };
        // "قتل 14 جنديا أفغانيا", "مواطنا سعوديا".
        assert!(adjective("أفغانيا"));
        assert!(adjective("سعوديا"));
        // Not where the form is the country's own name.
        assert!(!adjective("روسيا"));
    }

    #[test]
    fn abd_compounds_are_written_both_ways() {
        assert_eq!(
            abd_variants("عبد الله بن عبدالعزيز"),
            ["عبد الله بن عبد العزيز", "عبدالله بن عبدالعزيز"]
        );
        assert_eq!(abd_variants("عبدالرحمن"), ["عبد الرحمن"]);
        assert_eq!(abd_variants("أمير عبد اللهيان"), ["أمير عبداللهيان"]);
        // Not an عبد + ال… compound: عبدي (a name of its own), عبد ربه, عبد at the end.
        assert!(abd_variants("مظلوم عبدي").is_empty());
        assert!(abd_variants("عبد ربه منصور هادي").is_empty());
        assert!(abd_variants("محمد عبد").is_empty());
        assert!(abd_variants("فائز السراج").is_empty());
    }

    #[test]
    fn two_word_titles_gain_their_construct_form() {
        assert_eq!(
            construct_variant("وزير الخارجية").as_deref(),
            Some("وزير خارجية")
        );
        assert_eq!(
            construct_variant("رئيس الوزراء").as_deref(),
            Some("رئيس وزراء")
        );
        assert_eq!(construct_variant("الأمين العام"), None);
        assert_eq!(construct_variant("وزير الشؤون الخارجية"), None);
        assert_eq!(construct_variant("رجل دين"), None);
    }

    #[test]
    fn listed_spellings_keep_their_order_and_gain_the_other() {
        let got = with_abd_variants(vec!["عبد الله الثني".into(), "الثني".into()]);
        assert_eq!(got, ["عبد الله الثني", "الثني", "عبدالله الثني"]);
        // Both spellings listed: nothing added.
        let both = vec!["عبد الله الثني".to_string(), "عبدالله الثني".to_string()];
        assert_eq!(with_abd_variants(both.clone()), both);
    }

    #[test]
    fn surnames_skip_compounds_and_generic_words() {
        let words = NameWords {
            particles: ["عبد", "آل"].iter().map(|w| phrase_key(w)).collect(),
            not_surnames: ["الله", "ثاني", "الثاني"]
                .iter()
                .map(|w| phrase_key(w))
                .collect(),
        };
        assert_eq!(words.surname("فائز السراج").as_deref(), Some("السراج"));
        // A عبد compound is the surname whole, as written; never its second half alone.
        assert_eq!(
            words.surname("بدر عبد العاطي").as_deref(),
            Some("عبد العاطي")
        );
        assert_eq!(words.surname("بدر عبدالعاطي").as_deref(), Some("عبدالعاطي"));
        assert_eq!(words.surname("سعود بن عبد المحسن"), None);
        assert_eq!(words.surname("محمد ولد عبدالعزيز"), None);
        assert_eq!(words.surname("عبد الله بن عبد العزيز"), None);
        assert_eq!(words.surname("عبد الله الثاني"), None);
        assert_eq!(words.surname("خالد بن خليفة آل ثاني"), None);
        assert_eq!(words.surname("صالح آل الشيخ"), None);
        assert_eq!(words.surname("عبدالله"), None);
        assert_eq!(words.surname("علي عبدالله صالح").as_deref(), Some("صالح"));
        // Short last words stay out, as before.
        assert_eq!(words.surname("لي شي"), None);
    }
}
