//! Importing UniversalPetrarch-format Arabic dictionaries (`actor_dict_ar_*.txt`,
//! `agents.*.txt`, MIT-licensed, Open Event Data Alliance) into rasid TSVs, cleaned.
//!
//! The source files hold lemmatised phrases joined by `_` with CAMEO codes and date ranges
//! (`نوري_المالكي_` then `\t[IRQGOV 20101221-20140908]`). The import turns `_` back into
//! spaces, strips diacritics and tatweel, and keeps an entry only when it can work in rasid's
//! surface-form matcher. It drops, with a reason each: names with Latin letters, entries without
//! a code, codes that are not CAMEO actor codes (country + sectors), sector-only codes,
//! single-token entries (surnames and common nouns; the file's tail holds ~1,600 of them with
//! nonsense codes), title phrases, lemmatised phrases that news text never contains (an
//! adjective in lemma form, a split-off clitic), junk with digits or punctuation, duplicates,
//! and phrases rasid's dictionary already has. Dates keep their ranges; `18000101` and
//! `22000101` are open-end sentinels.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use jiff::civil::Date;

use crate::check::{IGO_CODES, SECTORS};
use crate::error::ActorsError;
use crate::load::Dictionary;
use crate::matcher::phrase_key;

/// Extra CAMEO "country" codes that are not states: international, multinational, religions.
const CAMEO_NON_STATE: &[&str] = &["INT", "MNC", "UNO"];

/// First words of organization names.
const ORG_HEADS: &[&str] = &[
    "وزارة",
    "حركة",
    "منظمة",
    "مجلس",
    "جيش",
    "قوة",
    "قوات",
    "حزب",
    "اتحاد",
    "جبهة",
    "هيئة",
    "جماعة",
    "لجنة",
    "شركة",
    "وكالة",
    "جامعة",
    "بنك",
    "محكمة",
    "صحيفة",
    "قناة",
    "تنظيم",
    "كتائب",
    "كتيبة",
    "ائتلاف",
    "تحالف",
    "تجمع",
    "مؤسسة",
    "صندوق",
    "برلمان",
    "حكومة",
    "جمعية",
    "مركز",
    "مكتب",
    "إدارة",
    "ادارة",
    "ديوان",
    "الديوان",
    "رابطة",
    "نقابة",
    "مصرف",
    "سلطة",
    "دولة",
    "فيلق",
    "لواء",
    "سرايا",
    "مليشيا",
    "ميليشيا",
    "شرطة",
    "جهاز",
    "مديرية",
    "الحرس",
    "حرس",
    "معهد",
    "المجلس",
    "الحزب",
    "الجيش",
    "الاتحاد",
    "الجبهة",
    "الحركة",
    "المنظمة",
    "الهيئة",
    "الجماعة",
    "اللجنة",
    "الشركة",
    "الوكالة",
    "الجامعة",
    "البنك",
    "المحكمة",
    "قيادة",
    "تيار",
    "التيار",
    "كتلة",
    "الكتلة",
    "جمهورية",
    "مملكة",
    "إمارة",
    "امارة",
    "أمانة",
    "منتدى",
    "إذاعة",
    "اذاعة",
    "تلفزيون",
    "مجموعة",
    "المجموعة",
    "عصبة",
    "عصائب",
    "أنصار",
    "انصار",
];

/// Titles: an entry starting with one is a role phrase, not a name.
const TITLES: &[&str] = &[
    "رئيس",
    "الرئيس",
    "وزير",
    "الوزير",
    "نائب",
    "أمين",
    "الأمين",
    "سفير",
    "قائد",
    "مدير",
    "متحدث",
    "ناطق",
    "زعيم",
    "مستشار",
    "مبعوث",
    "محافظ",
    "عاهل",
    "ولي",
    "مسؤول",
    "مساعد",
];

/// Honorifics dropped from the front of a person's name (the lemmatiser strips ال).
const HONORIFICS: &[&str] = &[
    "أمير",
    "الأمير",
    "ملك",
    "الملك",
    "شيخ",
    "الشيخ",
    "شيخة",
    "الشيخة",
    "جنرال",
    "الجنرال",
    "دكتور",
    "الدكتور",
    "سيد",
    "السيد",
    "سيدة",
    "السيدة",
    "لواء",
    "اللواء",
    "عقيد",
    "العقيد",
    "مشير",
    "المشير",
    "فريق",
    "الفريق",
    "إمام",
    "الإمام",
    "آية",
    "حاخام",
    "الحاخام",
    "ميجر",
];

/// Why an entry was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DropReason {
    LatinLetters,
    NoCode,
    InvalidCode,
    SectorOnly,
    SingleToken,
    TitlePhrase,
    Lemmatised,
    Junk,
    Duplicate,
    AlreadyKnown,
    BadDates,
}

impl DropReason {
    pub fn explain(self) -> &'static str {
        match self {
            DropReason::LatinLetters => "has Latin letters",
            DropReason::NoCode => "has no code",
            DropReason::InvalidCode => {
                "code is not a CAMEO actor code (known country/IGO + 3-letter sectors)"
            }
            DropReason::SectorOnly => "code has a sector but no country",
            DropReason::SingleToken => {
                "single token: a bare surname, a place or a common noun; too ambiguous to match (review by hand)"
            }
            DropReason::TitlePhrase => "a title, not a name (titles belong in offices.tsv or agents.tsv)",
            DropReason::Lemmatised => {
                "lemmatised form that news text does not contain (lemma adjective, split clitic)"
            }
            DropReason::Junk => "digits, punctuation or more than six words: a description, not a name",
            DropReason::Duplicate => "repeats an entry already imported (codes merged)",
            DropReason::AlreadyKnown => "already in rasid's dictionary",
            DropReason::BadDates => "a date range that cannot be read or ends before it starts (that code dropped)",
        }
    }
}

/// One dropped entry (or code), for the report.
#[derive(Debug, Clone)]
pub struct Dropped {
    pub file: String,
    pub line: usize,
    pub text: String,
    pub reason: DropReason,
}

/// A CAMEO code with an optional date range.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DatedCode {
    pub country: String,
    pub sectors: Vec<String>,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl DatedCode {
    pub fn code(&self) -> String {
        format!("{}{}", self.country, self.sectors.concat())
    }
}

/// An imported person.
#[derive(Debug, Clone)]
pub struct ImportedPerson {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    pub roles: Vec<DatedCode>,
    pub lines: Vec<usize>,
}

/// An imported organization.
#[derive(Debug, Clone)]
pub struct ImportedOrg {
    pub id: String,
    pub name: String,
    pub name_ar: String,
    pub code: DatedCode,
    pub line: usize,
}

/// An imported agent phrase.
#[derive(Debug, Clone)]
pub struct ImportedAgent {
    pub phrase_ar: String,
    pub sector: String,
    pub line: usize,
}

/// The result of an import: what was kept and what was dropped.
#[derive(Debug, Clone, Default)]
pub struct Import {
    pub people: Vec<ImportedPerson>,
    pub organizations: Vec<ImportedOrg>,
    pub agents: Vec<ImportedAgent>,
    pub dropped: Vec<Dropped>,
    /// Entries read, per file.
    pub read: Vec<(String, usize)>,
}

/// Strip diacritics, tatweel and the superscript alef; `_` to spaces; collapse spaces.
pub fn clean_phrase(s: &str) -> String {
    let t: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| if c == '_' { ' ' } else { c })
        .collect();
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Read `YYYYMMDD`; the sentinels 18000101 and 22000101 (and malformed values) give `Err`/`None`.
fn petrarch_date(s: &str) -> Result<Option<Date>, ()> {
    let s = s.trim();
    if s == "18000101" || s == "22000101" {
        return Ok(None);
    }
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    let y: i16 = s[..4].parse().map_err(|_| ())?;
    let m: i8 = s[4..6].parse().map_err(|_| ())?;
    let d: i8 = s[6..].parse().map_err(|_| ())?;
    Date::new(y, m, d).map(Some).map_err(|_| ())
}

/// Why a code is unusable, or the code.
fn parse_code(raw: &str, states: &HashSet<String>) -> Result<DatedCode, DropReason> {
    let raw = raw.trim();
    let (code, dates) = match raw.find(|c: char| c.is_whitespace() || c == '>' || c == '<') {
        Some(i) => (&raw[..i], raw[i..].trim()),
        None => (raw, ""),
    };
    let code = code.trim_start_matches('~').trim_end_matches('~');
    if code.is_empty() {
        return Err(DropReason::NoCode);
    }
    if code.len() % 3 != 0 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(DropReason::InvalidCode);
    }
    let parts: Vec<&str> = (0..code.len() / 3)
        .map(|i| &code[i * 3..i * 3 + 3])
        .collect();
    let is_country =
        |p: &str| states.contains(p) || IGO_CODES.contains(&p) || CAMEO_NON_STATE.contains(&p);
    let (country, sectors) = if is_country(parts[0]) {
        (parts[0].to_string(), &parts[1..])
    } else if SECTORS.contains(&parts[0]) {
        return Err(DropReason::SectorOnly);
    } else {
        return Err(DropReason::InvalidCode);
    };
    if !sectors.iter().all(|s| SECTORS.contains(s)) {
        return Err(DropReason::InvalidCode);
    }
    let (start, end) = if dates.is_empty() {
        (None, None)
    } else if let Some(d) = dates.strip_prefix('>') {
        (petrarch_date(d).map_err(|_| DropReason::BadDates)?, None)
    } else if let Some(d) = dates.strip_prefix('<') {
        (None, petrarch_date(d).map_err(|_| DropReason::BadDates)?)
    } else if let Some((a, b)) = dates.split_once('-') {
        let s = petrarch_date(a).map_err(|_| DropReason::BadDates)?;
        let e = petrarch_date(b).map_err(|_| DropReason::BadDates)?;
        if let (Some(s), Some(e)) = (s, e) {
            if e < s {
                return Err(DropReason::BadDates);
            }
        }
        (s, e)
    } else {
        return Err(DropReason::BadDates);
    };
    Ok(DatedCode {
        country,
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        start,
        end,
    })
}

/// Is this word an adjective in lemma form (no article, nisba ending), as the lemmatiser writes
/// `أميركي` for `الأميركية`?
fn lemma_adjective(w: &str) -> bool {
    !w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 4
}

/// Common reasons to refuse a name, whatever its kind.
fn name_problem(name: &str) -> Option<DropReason> {
    if name.chars().any(|c| c.is_ascii_alphabetic()) {
        return Some(DropReason::LatinLetters);
    }
    let words: Vec<&str> = name.split(' ').collect();
    if name.chars().any(|c| {
        c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c) || ".,()/:;\"'،[]".contains(c)
    }) || words.len() > 6
    {
        return Some(DropReason::Junk);
    }
    if words.iter().any(|w| w.chars().count() == 1 || *w == "ال") {
        return Some(DropReason::Lemmatised);
    }
    None
}

/// A rough Arabic → Latin transliteration for ids and placeholder Latin names.
pub fn transliterate(ar: &str) -> String {
    let mut out = String::new();
    for c in ar.chars() {
        let t = match c {
            'ا' | 'أ' | 'إ' | 'آ' | 'ى' => "a",
            'ء' | 'ؤ' | 'ئ' => "'",
            'ب' => "b",
            'ت' | 'ة' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' => "s",
            'ش' => "sh",
            'ص' => "s",
            'ض' => "d",
            'ط' => "t",
            'ظ' => "z",
            'ع' => "'",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'ه' => "h",
            'و' => "w",
            'ي' => "y",
            'ڤ' => "v",
            'پ' => "p",
            'گ' => "g",
            ' ' => " ",
            _ => "",
        };
        out.push_str(t);
    }
    out.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// One entry of an actor file: the name line and its codes.
struct RawEntry {
    line: usize,
    name: String,
    codes: Vec<(usize, String)>,
}

fn parse_actor_file(text: &str) -> Vec<RawEntry> {
    let mut out: Vec<RawEntry> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let body = raw.split('#').next().unwrap_or("");
        if body.trim().is_empty() {
            continue;
        }
        let codes: Vec<(usize, String)> = body
            .split('[')
            .skip(1)
            .filter_map(|s| s.split(']').next())
            .map(|c| (line, c.trim().to_string()))
            .collect();
        let name = body.split('[').next().unwrap_or("").trim();
        if name.is_empty() || raw.starts_with('\t') {
            if let Some(last) = out.last_mut() {
                last.codes.extend(codes);
            }
            continue;
        }
        if name.starts_with('+') {
            continue; // synonym lines (none in the Arabic files)
        }
        out.push(RawEntry {
            line,
            name: name.to_string(),
            codes,
        });
    }
    out
}

/// Import an actor file and an agents file. `known` is rasid's dictionary (its country codes
/// make codes valid; its phrases are not imported again).
pub fn import(
    actors: Option<(&str, &str)>,
    agents: Option<(&str, &str)>,
    known: &Dictionary,
) -> Import {
    let states: HashSet<String> = known.countries.iter().map(|c| c.code.clone()).collect();
    let known_keys: HashSet<String> = known.phrases().iter().map(|(p, _)| phrase_key(p)).collect();
    // Country adjectives without the article ("أمريكي", "سعودية"): in a name they are the
    // lemmatiser's output ("سفينة أمريكي", "حكومة سعودية"), never a person or a body.
    let nisba: HashSet<String> = known
        .countries
        .iter()
        .flat_map(|c| c.adjectives_ar.iter())
        .filter(|a| !a.starts_with("ال"))
        .map(|a| phrase_key(a))
        .collect();
    let mut imp = Import::default();
    let mut seen: HashMap<String, usize> = HashMap::new(); // key → index into people
    let mut seen_org: HashSet<String> = HashSet::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut unique_id = |base: String| -> String {
        let base = if base.is_empty() {
            "entry".to_string()
        } else {
            base
        };
        let mut id = base.clone();
        let mut n = 2;
        while !ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    };

    if let Some((file, text)) = actors {
        let entries = parse_actor_file(text);
        imp.read.push((file.to_string(), entries.len()));
        for e in entries {
            let mut drop = |reason: DropReason, text: &str, line: usize| {
                imp.dropped.push(Dropped {
                    file: file.to_string(),
                    line,
                    text: text.to_string(),
                    reason,
                })
            };
            let name = clean_phrase(&e.name);
            if let Some(r) = name_problem(&name) {
                drop(r, &name, e.line);
                continue;
            }
            if e.codes.is_empty() {
                drop(DropReason::NoCode, &name, e.line);
                continue;
            }
            let mut codes = Vec::new();
            let mut first_err = None;
            for (line, c) in &e.codes {
                match parse_code(c, &states) {
                    Ok(dc) => codes.push(dc),
                    Err(DropReason::BadDates) => {
                        drop(DropReason::BadDates, &format!("{name} [{c}]"), *line)
                    }
                    Err(r) => first_err = first_err.or(Some(r)),
                }
            }
            if codes.is_empty() {
                drop(first_err.unwrap_or(DropReason::BadDates), &name, e.line);
                continue;
            }
            let mut words: Vec<&str> = name.split(' ').collect();
            if words.len() == 1 {
                drop(
                    DropReason::SingleToken,
                    &format!("{name} [{}]", codes[0].code()),
                    e.line,
                );
                continue;
            }
            if words.iter().any(|w| TITLES.contains(w)) {
                drop(DropReason::TitlePhrase, &name, e.line);
                continue;
            }
            let is_org = ORG_HEADS.contains(&words[0]);
            if !is_org {
                while words.len() > 2 && HONORIFICS.contains(&words[0]) {
                    words.remove(0);
                }
            }
            // A lemma adjective after the head ("وزارة دفاع أميركي") never occurs in news text;
            // in people's names a final ي is common (الدبيبة's الزناتي), so only the head check applies.
            if (is_org && words[1..].iter().any(|w| lemma_adjective(w)))
                || words[1..].iter().any(|w| nisba.contains(&phrase_key(w)))
            {
                drop(DropReason::Lemmatised, &name, e.line);
                continue;
            }
            let name = words.join(" ");
            let key = phrase_key(&name);
            if known_keys.contains(&key) {
                drop(DropReason::AlreadyKnown, &name, e.line);
                continue;
            }
            if is_org {
                if !seen_org.insert(key) {
                    drop(DropReason::Duplicate, &name, e.line);
                    continue;
                }
                let code = codes.swap_remove(0);
                let id = unique_id(format!(
                    "UP-{}-{}",
                    code.country,
                    imp.organizations.len() + 1
                ));
                imp.organizations.push(ImportedOrg {
                    id,
                    name: transliterate(&name),
                    name_ar: name,
                    code,
                    line: e.line,
                });
                continue;
            }
            if let Some(&p) = seen.get(&key) {
                let person = &mut imp.people[p];
                for c in codes {
                    if !person.roles.contains(&c) {
                        person.roles.push(c);
                    }
                }
                person.lines.push(e.line);
                drop(DropReason::Duplicate, &name, e.line);
                continue;
            }
            let latin = transliterate(&name);
            let id = unique_id(format!("up-{}", slug(&latin)));
            let mut roles: Vec<DatedCode> = Vec::new();
            for c in codes {
                if !roles.contains(&c) {
                    roles.push(c);
                }
            }
            seen.insert(key, imp.people.len());
            imp.people.push(ImportedPerson {
                id,
                name: latin,
                name_ar: name,
                roles,
                lines: vec![e.line],
            });
        }
    }

    if let Some((file, text)) = agents {
        let mut n = 0;
        let mut seen_agent: HashSet<String> = HashSet::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
                continue;
            }
            n += 1;
            let mut drop = |reason: DropReason, text: &str| {
                imp.dropped.push(Dropped {
                    file: file.to_string(),
                    line,
                    text: text.to_string(),
                    reason,
                })
            };
            let phrase = clean_phrase(raw.split('[').next().unwrap_or(""));
            let code = raw
                .split('[')
                .nth(1)
                .and_then(|s| s.split(']').next())
                .unwrap_or("")
                .trim();
            if let Some(r) = name_problem(&phrase) {
                drop(r, &phrase);
                continue;
            }
            let Some(sectors) = code.strip_prefix('~').filter(|s| !s.is_empty()) else {
                drop(
                    if code.is_empty() {
                        DropReason::NoCode
                    } else {
                        DropReason::InvalidCode
                    },
                    &format!("{phrase} [{code}]"),
                );
                continue;
            };
            let sector = sectors.get(..3).unwrap_or("");
            if sectors.len() % 3 != 0
                || !sectors.is_ascii()
                || !(0..sectors.len() / 3).all(|i| SECTORS.contains(&&sectors[i * 3..i * 3 + 3]))
            {
                drop(DropReason::InvalidCode, &format!("{phrase} [{code}]"));
                continue;
            }
            let words: Vec<&str> = phrase.split(' ').collect();
            if words.len() > 1 && words[1..].iter().any(|w| lemma_adjective(w)) {
                drop(DropReason::Lemmatised, &phrase);
                continue;
            }
            let key = phrase_key(&phrase);
            if known_keys.contains(&key) {
                drop(DropReason::AlreadyKnown, &phrase);
                continue;
            }
            if !seen_agent.insert(key) {
                drop(DropReason::Duplicate, &phrase);
                continue;
            }
            imp.agents.push(ImportedAgent {
                phrase_ar: phrase,
                sector: sector.to_string(),
                line,
            });
        }
        imp.read.push((file.to_string(), n));
    }
    imp
}

/// English words for a sector, for the `role` column.
fn sector_role(s: &str) -> &'static str {
    match s {
        "GOV" => "government",
        "MIL" => "military",
        "ELI" => "elite (former official)",
        "PTY" => "party",
        "LEG" => "legislature",
        "OPP" => "opposition",
        "REB" => "rebels",
        "JUD" => "judiciary",
        "MED" => "media",
        "BUS" => "business",
        "CVL" => "civilian",
        "SPY" => "intelligence",
        "COP" => "police",
        "IGO" => "intergovernmental organization",
        "EDU" => "education",
        "REL" => "religion",
        "HRI" => "human rights",
        "LAB" => "labour",
        "REF" => "refugees",
        "UAF" => "armed forces of unknown affiliation",
        "HLH" => "health",
        "AGR" => "agriculture",
        "CRM" => "criminals",
        "DEV" => "development",
        "ENV" => "environment",
        _ => "other",
    }
}

const LICENCE_NOTE: &str = "# Imported by `rasid dict import-petrarch` from UniversalPetrarch's Arabic dictionaries\n# (github.com/openeventdata/UniversalPetrarch, MIT, (c) 2016 Open Event Data Alliance; see LICENSE-UniversalPetrarch).\n# Latin names are rough machine transliterations: correct them before merging into data/actors/.\n";

impl Import {
    /// people.tsv text (loadable by rasid; `source` gives the original line).
    pub fn people_tsv(&self, file: &str) -> String {
        let mut s = String::from(LICENCE_NOTE);
        s.push_str("id\tname\tnames_ar\tshort_ar\tsource\n");
        for p in &self.people {
            let lines: Vec<String> = p.lines.iter().map(|l| l.to_string()).collect();
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t\tUniversalPetrarch {file}:{}",
                p.id,
                p.name,
                p.name_ar,
                lines.join(",")
            );
        }
        s
    }

    /// roles.tsv text: one row per (person, code, dates).
    pub fn roles_tsv(&self) -> String {
        let mut s = String::from(LICENCE_NOTE);
        s.push_str("person\toffice\tcountry\tsector\trole\tstart\tend\tsource\n");
        for p in &self.people {
            for r in &p.roles {
                let sector = r.sectors.first().map(String::as_str).unwrap_or(
                    if IGO_CODES.contains(&r.country.as_str()) {
                        "IGO"
                    } else {
                        "GOV"
                    },
                );
                let d = |x: Option<Date>| x.map(|d| d.to_string()).unwrap_or_default();
                let _ = writeln!(
                    s,
                    "{}\t\t{}\t{}\t{} ({})\t{}\t{}\tUniversalPetrarch",
                    p.id,
                    r.country,
                    sector,
                    sector_role(sector),
                    r.code(),
                    d(r.start),
                    d(r.end)
                );
            }
        }
        s
    }

    /// organizations.tsv text.
    pub fn organizations_tsv(&self) -> String {
        let mut s = String::from(LICENCE_NOTE);
        s.push_str("id\tname\tnames_ar\tcountry\tsector\tcode\n");
        for o in &self.organizations {
            let sector = o.code.sectors.first().map(String::as_str).unwrap_or("GOV");
            let _ = writeln!(
                s,
                "{}\t{}\t{}\t{}\t{}\t{}",
                o.id,
                o.name,
                o.name_ar,
                o.code.country,
                sector,
                o.code.code()
            );
        }
        s
    }

    /// agents.tsv text.
    pub fn agents_tsv(&self) -> String {
        let mut s = String::from(LICENCE_NOTE);
        s.push_str("phrase_ar\tsector\trole\n");
        for a in &self.agents {
            let _ = writeln!(
                s,
                "{}\t{}\t{}",
                a.phrase_ar,
                a.sector,
                sector_role(&a.sector)
            );
        }
        s
    }

    /// Counts by reason, for the summary and the report.
    pub fn dropped_by_reason(&self) -> BTreeMap<DropReason, Vec<&Dropped>> {
        let mut m: BTreeMap<DropReason, Vec<&Dropped>> = BTreeMap::new();
        for d in &self.dropped {
            m.entry(d.reason).or_default().push(d);
        }
        m
    }

    /// A one-paragraph summary.
    pub fn summary(&self) -> String {
        let read: Vec<String> = self
            .read
            .iter()
            .map(|(f, n)| format!("{f}: {n} entries"))
            .collect();
        let roles: usize = self.people.iter().map(|p| p.roles.len()).sum();
        let dated = self
            .people
            .iter()
            .filter(|p| p.roles.iter().any(|r| r.start.is_some() || r.end.is_some()))
            .count();
        let mut s = format!(
            "read {}\nkept {} people ({dated} with dated roles, {roles} roles), {} organizations, {} agents; dropped {}:",
            read.join(", "),
            self.people.len(),
            self.organizations.len(),
            self.agents.len(),
            self.dropped.len()
        );
        for (r, v) in self.dropped_by_reason() {
            let _ = write!(s, "\n  {:>5}  {}", v.len(), r.explain());
        }
        s
    }

    /// The report: summary, then examples of every reason.
    pub fn report_md(&self) -> String {
        let mut s = String::from("# UniversalPetrarch import report\n\n");
        s.push_str("Written by `rasid dict import-petrarch`. Source licence: MIT, (c) 2016 Open Event Data Alliance.\n\n```\n");
        s.push_str(&self.summary());
        s.push_str("\n```\n");
        for (r, v) in self.dropped_by_reason() {
            let _ = writeln!(s, "\n## {} ({})\n", r.explain(), v.len());
            for d in v.iter().take(40) {
                let _ = writeln!(s, "- {}:{}: {}", d.file, d.line, d.text);
            }
            if v.len() > 40 {
                let _ = writeln!(s, "- … and {} more", v.len() - 40);
            }
        }
        s
    }
}

/// Import the files found in `dir` (`actor*.txt`, `agents*.txt`) into `out`: people.tsv,
/// roles.tsv, organizations.tsv, agents.tsv, REPORT.md and the source licence.
pub fn import_dir(dir: &Path, out: &Path, known: &Dictionary) -> Result<Import, ActorsError> {
    let io = |path: &Path| {
        let p = path.display().to_string();
        move |source| ActorsError::Io { path: p, source }
    };
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    let pick = |prefix: &str| {
        names
            .iter()
            .rfind(|n| n.starts_with(prefix) && n.ends_with(".txt"))
            .cloned()
    };
    let read = |name: &Option<String>| -> Result<Option<(String, String)>, ActorsError> {
        match name {
            Some(n) => {
                let p = dir.join(n);
                Ok(Some((
                    n.clone(),
                    std::fs::read_to_string(&p).map_err(io(&p))?,
                )))
            }
            None => Ok(None),
        }
    };
    let actors = read(&pick("actor"))?;
    let agents = read(&pick("agent"))?;
    if actors.is_none() && agents.is_none() {
        return Err(ActorsError::Invalid {
            file: dir.display().to_string(),
            line: 0,
            message: "no actor*.txt or agents*.txt file".into(),
        });
    }
    let imp = import(
        actors.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
        agents.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
        known,
    );
    std::fs::create_dir_all(out).map_err(io(out))?;
    let actor_file = actors.as_ref().map(|(n, _)| n.as_str()).unwrap_or("");
    let write = |name: &str, text: String| {
        let p = out.join(name);
        std::fs::write(&p, text).map_err(io(&p))
    };
    write("people.tsv", imp.people_tsv(actor_file))?;
    write("roles.tsv", imp.roles_tsv())?;
    write("organizations.tsv", imp.organizations_tsv())?;
    write("agents.tsv", imp.agents_tsv())?;
    write("REPORT.md", imp.report_md())?;
    let licence = dir.join("LICENSE");
    if licence.exists() {
        let text = std::fs::read_to_string(&licence).map_err(io(&licence))?;
        write("LICENSE-UniversalPetrarch", text)?;
    }
    Ok(imp)
}
