//! Plain data types of actor knowledge: dictionary entries, what a matched phrase can mean
//! ([`Hit`]), and the resolved actor record ([`Actor`]) that events carry.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A country (UN member or observer), with everything that names it in Arabic.
#[derive(Debug, Clone)]
pub struct Country {
    pub code: String,
    pub name: String,
    pub names_ar: Vec<String>,
    pub adjectives_ar: Vec<String>,
    pub capitals_ar: Vec<String>,
    pub seats_ar: Vec<String>,
}

/// An organization: an IGO, or a state's or movement's institution.
#[derive(Debug, Clone)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub names_ar: Vec<String>,
    /// ISO3 or IGO code; `*` means "take the country from context".
    pub country: String,
    pub sector: String,
    pub code: String,
}

/// A role phrase (agent) such as "وزير الخارجية": a sector and a role, no country of its own
/// unless the phrase names its body ("المبعوث الأممي": the UN's).
#[derive(Debug, Clone)]
pub struct Agent {
    pub phrase_ar: String,
    pub sector: String,
    pub role: String,
    /// The country or IGO the phrase itself names, used when no adjective, name or
    /// person gives another.
    pub country: Option<String>,
}

impl Agent {
    /// Does the role name a body or a group ("government", "foreign ministry", "soldiers")
    /// rather than one person's title? A person's name is never followed by one in apposition.
    pub fn is_collective(&self) -> bool {
        const BODIES: &[&str] = &[
            "administration",
            "air force",
            "authorities",
            "bank",
            "border guard",
            "broadcaster",
            "civil society",
            "coast guard",
            "company",
            "consulate",
            "court",
            "delegation",
            "embassy",
            "gendarmerie",
            "government",
            "intelligence service",
            "judiciary",
            "media",
            "military",
            "military intelligence",
            "militia",
            "municipality",
            "national guard",
            "navy",
            "news agency",
            "non-governmental organization",
            "opposition",
            "parliament",
            "party",
            "police",
            "presidential guard",
            "regime",
            "resistance",
            "union",
            "university",
        ];
        let r = self.role.as_str();
        BODIES.contains(&r)
            || r.ends_with("ministry")
            || r.ends_with("people")
            || (r.ends_with('s') && !r.ends_with("affairs"))
    }
}

/// A person; their dated roles are in [`Role`].
#[derive(Debug, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub names_ar: Vec<String>,
    pub short_ar: Vec<String>,
}

/// An office held by one person at a time ("رئيس المجلس الرئاسي").
#[derive(Debug, Clone)]
pub struct Office {
    pub id: String,
    pub country: String,
    pub sector: String,
    pub role: String,
    pub phrases_ar: Vec<String>,
}

/// A person's role over a date range (end exclusive of nothing: both ends inclusive).
#[derive(Debug, Clone)]
pub struct Role {
    pub person: usize,
    pub office: Option<usize>,
    pub country: String,
    pub sector: String,
    pub role: String,
    pub start: Option<Date>,
    pub end: Option<Date>,
}

impl Role {
    /// Does the role cover this date?
    pub fn active_on(&self, date: Date) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date <= e)
    }
}

/// What a referent ([`Referent`]) stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferentKind {
    /// A country: "المملكة" is the kingdom the article is about.
    Country,
    /// An organization: "التحالف" is the coalition fighting where the article is.
    Organization,
}

/// One candidate of a [`Referent`].
#[derive(Debug, Clone)]
pub struct ReferentCandidate {
    /// The ISO3 code (country) or organization id it refers to.
    pub refers_to: String,
    /// Index into `countries` or `organizations`, by the referent's kind.
    pub index: usize,
    /// Dominant article countries that select it when the article has named no candidate.
    pub countries: Vec<String>,
}

/// A bare word that names an actor only through the article's context
/// (`data/actors/referents.tsv`): the candidate named last, else the one for the article's country.
#[derive(Debug, Clone)]
pub struct Referent {
    pub phrase_ar: String,
    pub kind: ReferentKind,
    pub candidates: Vec<ReferentCandidate>,
}

/// What a matched phrase can stand for. Indices point into the [`crate::Dictionary`] tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hit {
    CountryName(usize),
    CountryAdjective(usize),
    Capital(usize),
    Seat(usize),
    Organization(usize),
    Agent(usize),
    Office(usize),
    Person(usize),
    /// The last word of a full name: valid only where the article mentions the full name.
    Surname(usize),
    /// A place from the gazetteer.
    Place(usize),
}

/// A place from the gazetteer (`data/places/places.tsv`).
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub names_ar: Vec<String>,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub kind: String,
    pub population: u64,
}

/// A resolved actor, as carried by events (`source`, `target`, `attendees`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Surface form in the article.
    pub text: String,
    /// Canonical name in Latin script.
    pub name: Option<String>,
    /// Canonical Arabic name.
    pub name_ar: Option<String>,
    /// ISO 3166-1 alpha-3, or an organization code (`NATO`, `EU`, `UN`).
    pub country: Option<String>,
    /// CAMEO sector (`GOV`, `MIL`, `IGO`, ...).
    pub sector: Option<String>,
    /// CAMEO-style actor code (`LBYGOV`).
    pub code: Option<String>,
    /// Role, e.g. `foreign minister`.
    pub role: Option<String>,
    /// Dictionary entries that produced it, `+` joined (`person:fayez-al-sarraj+office:LBY-PC-HEAD`).
    pub entry: Option<String>,
}

impl Actor {
    /// A key that says whether two actors are the same party (person if known, else code).
    pub fn party_key(&self) -> String {
        if let Some(e) = self.entry.as_deref() {
            if let Some(p) = e.split('+').find(|p| p.starts_with("person:")) {
                return p.to_string();
            }
        }
        format!(
            "{}|{}|{}",
            self.country.as_deref().unwrap_or(""),
            self.sector.as_deref().unwrap_or(""),
            self.name.as_deref().unwrap_or("")
        )
    }

    /// True when this actor names a person.
    pub fn is_person(&self) -> bool {
        self.entry
            .as_deref()
            .is_some_and(|e| e.split('+').any(|p| p.starts_with("person:")))
    }
}
