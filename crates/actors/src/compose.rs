//! From mentions to actors: adjacent mentions that describe one party ("وزير الخارجية
//! البلجيكي ديديه رينديرز") form an [`ActorGroup`]; a group is resolved on a date into an
//! [`Actor`] (person → dated role, office → its holder, agent + nisba → country and sector).
//! [`ArticleContext`] carries article-level coreference: surnames after a full mention,
//! "الوزير الأمريكي" and "نظيره التركي" against the actors seen so far.

use std::collections::HashSet;
use std::ops::Range;

use jiff::civil::Date;

use crate::load::Dictionary;
use crate::matcher::{MatchText, Meaning, Mention, WordSet};
use crate::model::{Actor, Hit, ReferentKind};

/// Agents in the accusative that follows a count of 11 to 99 ("20 مسلحا"), normalized.
static COUNTED_AGENTS: WordSet =
    WordSet::new(&["مسلحا", "جنديا", "عسكريا", "شرطيا", "مدنيا", "ارهابيا"]);

/// Body parts and sides that "اليمنى" (the right one) follows, normalized: after them
/// "اليمني" is no Yemeni ("يده اليمنى", "الضفة اليمنى").
static RIGHT_SIDED: WordSet = WordSet::new(&[
    "يد",
    "اليد",
    "يده",
    "يدها",
    "ساق",
    "الساق",
    "ساقه",
    "ساقها",
    "قدم",
    "القدم",
    "قدمه",
    "الكتف",
    "كتفه",
    "العين",
    "عينه",
    "عينها",
    "الاذن",
    "اذنه",
    "الذراع",
    "ذراعه",
    "الرجل",
    "رجله",
    "الركبه",
    "ركبته",
    "الفخذ",
    "فخذه",
    "الكف",
    "كفه",
    "الضفه",
    "الجهه",
    "الناحيه",
    "الرئه",
    "الكليه",
]);

/// A name read otherwise by its neighbours (`word` normalized, `prev`/`next` the words around it).
fn look_alike(meaning: &Meaning, word: &str, prev: Option<&str>, next: Option<&str>) -> bool {
    match meaning {
        // "أغسطس آب": the Levantine name of the month, not Ibb.
        Meaning::Entry(Hit::Place(_)) => {
            word == "اب" && prev.is_some_and(|w| w == "اغسطس" || w == "اغسطس/")
        }
        // "مسقط رأس والده": a birthplace, not Oman's capital.
        Meaning::Entry(Hit::Capital(_)) => {
            word == "مسقط" && next.is_some_and(|w| w.starts_with("راس"))
        }
        // "12 سوريا قتلوا": after a count, "سوريًا" is a Syrian (the accusative nisba), not
        // Syria; so for every country name in يا (ليبيا, تركيا, روسيا).
        Meaning::Entry(Hit::CountryName(_)) => word.ends_with("يا") && prev.is_some_and(is_count),
        // "بجرح في يده اليمنى": the right hand, not a Yemeni one.
        Meaning::Entry(Hit::CountryAdjective(_)) => {
            word == "اليمني" && prev.is_some_and(|w| RIGHT_SIDED.has(w))
        }
        _ => false,
    }
}

/// Spelled numbers that take a singular accusative noun ("ثلاثين جنديا").
static TENS: WordSet = WordSet::new(&[
    "عشر",
    "عشره",
    "عشرين",
    "عشرون",
    "ثلاثين",
    "ثلاثون",
    "اربعين",
    "اربعون",
    "خمسين",
    "خمسون",
    "ستين",
    "ستون",
    "سبعين",
    "سبعون",
    "ثمانين",
    "ثمانون",
    "تسعين",
    "تسعون",
]);

/// A count before a noun: digits or a spelled number.
fn is_count(w: &str) -> bool {
    TENS.has(w) || w.chars().all(|c| c.is_ascii_digit())
}

/// Titles of those who serve a holder ("نائب وزير الخارجية", "مساعد وزير الخارجية"): the
/// title after them is another's.
static DEPUTIES: WordSet = WordSet::new(&[
    "نايب",
    "نايبه",
    "نواب",
    "مساعد",
    "مساعده",
    "مساعدي",
    "مستشار",
    "مستشاره",
    "وكيل",
    "وكيله",
    "سكرتير",
    "مدير",
    "باسم",
]);

/// Words that mark a title as held before or held for now by another, not by its holder.
static FORMER: WordSet = WordSet::new(&[
    "بالانابه",
    "بالوكاله",
    "السابق",
    "السابقه",
    "الاسبق",
    "الاسبقه",
    "المعزول",
    "المخلوع",
    "المقال",
    "المستقيل",
    "الراحل",
]);

/// Words that may stand between two mentions of the same party ("وزير الداخلية المكلف بحكومة").
static FILLERS: WordSet = WordSet::new(&[
    "المكلف",
    "المكلفه",
    "المفوض",
    "المؤقتة",
    "المؤقت",
    "الجديد",
    "الجديده",
    "السابق",
    "السابقه",
    "الحالي",
    "الحاليه",
    "المنتهيه",
    "ولايته",
    "الاسبق",
    "بالوكاله",
    "الاول",
    "العام",
    // "مفتي عام المملكة", "مدير عام الجوازات".
    "عام",
    "الاعلي",
    "الخاص",
    "الاعلامي",
    "الدائم",
    "المستقيل",
    "المعزول",
    "المخلوع",
    "الراحل",
    "المقال",
    "نجل",
    "شقيق",
    // Honorifics and courtesy formulas between a title and a name ("الملك سلمان بن عبدالعزيز آل
    // سعود - حفظه الله -", "فخامة الرئيس", "صاحب السمو الملكي الأمير").
    "حفظه",
    "الله",
    "حفظها",
    "آل",
    "سعود",
    "صاحب",
    "السمو",
    "الملكي",
    "سمو",
    "سموه",
    "فخامة",
    "جلالة",
    "جلالته",
    "معالي",
    "سعادة",
    "دولة",
    "سماحة",
    "الشيخ",
    "الدكتور",
    "المهندس",
    "اللواء",
    "العميد",
    "الفريق",
    "أول",
    "العقيد",
    "المشير",
    "الجنرال",
    "الأميرال",
    "المقدم",
    "الرائد",
    "النقيب",
    "السيد",
    "السيدة",
    "الأستاذ",
    "الأمير",
    "رعاه",
    "المفدى",
    "-",
]);

/// Adjacent mentions that together name one party, or a place.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActorGroup {
    /// Byte range in the match text (clitic excluded).
    pub span: Range<usize>,
    /// The clitic before the first mention (e.g. "ب" of "بالسراج", "و" of "وبلجيكا").
    pub clitic: String,
    pub person: Option<usize>,
    pub surname: Option<usize>,
    pub office: Option<usize>,
    pub organization: Option<usize>,
    pub agent: Option<usize>,
    /// A country named, by adjective, or by seat of government.
    pub country: Option<usize>,
    /// The country came from a seat of government ("البيت الأبيض").
    pub seat: bool,
    /// A capital city, which is a place unless used as a subject (metonym).
    pub capital: Option<usize>,
    pub place: Option<usize>,
    /// The phrase read as a party can also be this place ("البنتاغون"): a location after في.
    pub place_alt: Option<usize>,
    /// A country named after "لدى" (ambassador *to*), not the actor's own.
    pub accredited_to: Option<usize>,
    pub counterpart: bool,
    pub both_sides: bool,
    /// A country referent ("المملكة" alone: the kingdom the article is about), an index into
    /// [`Dictionary::referents`], resolved against the article.
    pub referent: Option<usize>,
    /// An honorific pronoun ("جلالته"): the role words of the person it stands for.
    pub honorific: Option<&'static [&'static str]>,
    /// "بلاده": the country of the last actor named.
    pub own_country: bool,
    /// A title marked as held before ("رئيس وزراء مصر الأسبق", "الرئيس السابق") or acting
    /// ("بالإنابة"), with no name: not the office's holder on the article's date.
    pub former: bool,
    /// Another's title after نائب/مساعد/مستشار ("نائب وزير الخارجية الإيراني"): the deputy, not
    /// the holder.
    pub deputy: bool,
}

impl ActorGroup {
    /// Only a place (a city from the gazetteer or a capital), no party.
    pub fn is_place_only(&self) -> bool {
        (self.place.is_some() || self.capital.is_some())
            && self.person.is_none()
            && self.surname.is_none()
            && self.office.is_none()
            && self.organization.is_none()
            && self.agent.is_none()
            && self.country.is_none()
            && !self.counterpart
            && !self.both_sides
    }

    fn has_party(&self) -> bool {
        self.person.is_some() || self.surname.is_some() || self.office.is_some()
    }

    /// Only a country's name or adjective ("العراق", "التركية"): no person, title, body, capital
    /// or gazetteer place with it.
    pub fn is_bare_country(&self) -> bool {
        self.country.is_some()
            && !self.has_party()
            && self.organization.is_none()
            && self.agent.is_none()
            && self.capital.is_none()
            && self.place.is_none()
    }
}

/// What the article has said so far, for coreference.
#[derive(Debug, Default, Clone)]
pub struct ArticleContext {
    /// People named in full somewhere in the article.
    pub named: HashSet<usize>,
    /// Actors resolved so far, in order.
    pub history: Vec<Actor>,
    /// How often each country is named in the article (names, adjectives, capitals, places).
    pub country_counts: std::collections::HashMap<String, usize>,
    /// The first country named in the sentence being read (set by the caller per sentence).
    pub sentence_country: Option<String>,
}

impl ArticleContext {
    /// First pass: note who is named in full in a sentence.
    pub fn note_full_names(&mut self, dict: &Dictionary, mentions: &[Mention]) {
        for m in mentions {
            let ms = m.meanings(dict);
            for meaning in ms {
                if let Meaning::Entry(Hit::Person(p)) = meaning {
                    self.named.insert(*p);
                }
            }
            // "عمان" (Oman, or Amman) counts for neither until the article settles it.
            if dict.capital_or_country(ms).is_some() {
                continue;
            }
            let country = ms.iter().find_map(|x| match x {
                Meaning::Entry(Hit::CountryName(c))
                | Meaning::Entry(Hit::CountryAdjective(c))
                | Meaning::Entry(Hit::Capital(c))
                | Meaning::Entry(Hit::Seat(c)) => Some(dict.countries[*c].code.clone()),
                Meaning::Entry(Hit::Place(p)) => Some(dict.places[*p].country.clone()),
                Meaning::Entry(Hit::Office(o)) => Some(dict.offices[*o].country.clone()),
                // A state's own institution names its state (هيئة كبار العلماء → SAU).
                // A news outlet does not (وكالة فرانس برس is no story about France).
                Meaning::Entry(Hit::Organization(o)) => Some(&dict.organizations[*o])
                    .filter(|o| o.sector != "MED")
                    .map(|o| o.country.clone())
                    .filter(|c| dict.country(c).is_some()),
                _ => None,
            });
            if let Some(c) = country {
                *self.country_counts.entry(c).or_default() += 1;
            }
        }
    }

    /// Note the first country a sentence names (by name, adjective, capital, place or office).
    /// `text` is the sentence's match text: a city that names a conference or an accord
    /// ("مؤتمر جنيف", "اتفاق فيينا") names no country of the story.
    /// A person named by one word counts by a role held on `date` (when known): "الجدعان" in
    /// 2015 is a front line, not the Saudi minister of 2016.
    pub fn set_sentence_country(
        &mut self,
        dict: &Dictionary,
        text: &str,
        groups: &[ActorGroup],
        date: Option<Date>,
    ) {
        let country_of = |g: &ActorGroup| {
            g.country
                .or(g.capital)
                .map(|c| dict.countries[c].code.clone())
                .or_else(|| g.place.map(|p| dict.places[p].country.clone()))
                .or_else(|| g.office.map(|o| dict.offices[o].country.clone()))
                // A news outlet names no country of the story ("وقال مصور من وكالة فرانس برس أن
                // قوات الأمن …" is not about France).
                .or_else(|| {
                    g.organization
                        .map(|o| &dict.organizations[o])
                        .filter(|o| o.sector != "MED")
                        .map(|o| o.country.clone())
                })
                // A person named in full: the country of their (first) role.
                .or_else(|| {
                    g.person.and_then(|p| {
                        let mine = || dict.roles_of[p].iter().map(|&i| &dict.roles[i]);
                        mine()
                            .find(|r| date.is_none_or(|d| r.active_on(d)))
                            // (Named in full, any role: "العماد ميشال عون" before he was
                            // president is still Lebanon's.)
                            .or_else(|| {
                                let words = text.get(g.span.clone())?.split_whitespace().count();
                                mine().find(|_| words >= 2)
                            })
                            .map(|r| r.country.clone())
                    })
                })
                .filter(|c| c.len() == 3 && dict.country(c).is_some())
        };
        let named = groups.iter().filter(|g| !names_a_meeting(text, g));
        // A backer ("وحشد النظام مدعوما بميليشيات حزب الله … للزبداني") gives way to a place
        // named later, not to a mere nisba ("بمساندة الحشد الشعبي … القيادي السوري الجنسية").
        let first = named
            .clone()
            .find_map(|g| country_of(g).map(|c| (c, names_a_backer(text, g))));
        self.sentence_country = match first {
            Some((c, true)) => named
                .filter(|g| g.place.is_some() || g.capital.is_some())
                .find_map(country_of)
                .or(Some(c)),
            other => other.map(|(c, _)| c),
        };
    }

    /// The country the article is most about (most often named), if any.
    pub fn dominant_country(&self) -> Option<&str> {
        self.country_counts
            .iter()
            .filter(|(c, _)| c.len() == 3)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(c, _)| c.as_str())
    }
}

/// Is the group a backer named after "مدعوما ب", "بدعم من" ("وحشد النظام مدعوما بميليشيات حزب
/// الله": the regime is not Lebanon's)?
fn names_a_backer(text: &str, g: &ActorGroup) -> bool {
    let Some(before) = text.get(..g.span.start) else {
        return false;
    };
    before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| BACKED.has(w.trim_start_matches('و')))
}

/// "مدعومة ب…", "بدعم من …": backed by (normalized).
pub static BACKED: WordSet = WordSet::new(&[
    "مدعوما",
    "مدعومه",
    "مدعوم",
    "المدعومه",
    "المدعوم",
    "مدعومين",
    "المدعومين",
    "مدعومون",
    "المدعومون",
    "بدعم",
    "بمسانده",
    "مسنوده",
    "المسنوده",
]);

/// Nouns a city names when it stands for a conference, talks or an accord held there.
const MEETING_NOUNS: &[&str] = &[
    "مؤتمر",
    "موتمر",
    "مشاورات",
    "محادثات",
    "مفاوضات",
    "اتفاق",
    "اتفاقيه",
    "اتفاقيات",
    "معاهده",
    "قمه",
    "اعلان",
    "مسار",
    "جوله",
    "بيان",
    "منتدي",
];

/// Is a place group the name of a meeting or accord ("مؤتمر جنيف", "لمحادثات جنيف")?
fn names_a_meeting(text: &str, g: &ActorGroup) -> bool {
    g.place.is_some()
        && text
            .get(..g.span.start)
            .and_then(|before| before.split_whitespace().next_back())
            .is_some_and(|w| MEETING_NOUNS.contains(&rasid_text::strip_noun_clitics(w)))
}

impl Dictionary {
    /// Group a sentence's mentions into parties and places.
    pub fn groups(
        &self,
        text: &MatchText,
        mentions: &[Mention],
        ctx: &ArticleContext,
    ) -> Vec<ActorGroup> {
        let mut out: Vec<ActorGroup> = Vec::new();
        let mut prev_end: Option<usize> = None;
        for m in mentions {
            let Some(meaning) = self.pick_meaning(m, ctx) else {
                continue;
            };
            if let Meaning::Entry(Hit::Agent(_)) = meaning {
                // "هجوما مسلحا", "التدخل عسكريا": an adjective or an adverb, unless a count
                // comes before ("20 مسلحا", "11 عسكريا").
                let word = &text.text[m.span.clone()];
                if m.clitic.is_empty()
                    && COUNTED_AGENTS.has(word)
                    && !text.text[..m.clitic.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(is_count)
                {
                    continue;
                }
            }
            let prev = text.text[..m.clitic.start].split_whitespace().next_back();
            let next = text.text[m.span.end..].split_whitespace().next();
            if look_alike(&meaning, &text.text[m.span.clone()], prev, next) {
                continue;
            }
            let clitic_owned = if m.lil {
                format!("{}ل", &text.text[m.clitic.clone()])
            } else {
                text.text[m.clitic.clone()].to_string()
            };
            let clitic = clitic_owned.as_str();
            let gap = prev_end.map(|e| text.text[e..m.clitic.start].trim());
            let place_alt = if matches!(meaning, Meaning::Entry(Hit::Place(_))) {
                None
            } else {
                self.best_place(m.meanings(self), ctx)
            };
            let mut fresh = ActorGroup {
                span: m.span.clone(),
                clitic: clitic.to_string(),
                place_alt,
                ..Default::default()
            };
            let n = out.len();
            let (earlier, last) = out.split_at_mut(n.saturating_sub(1));
            if let Some(cur) = last.first_mut() {
                let gap_core: Vec<&str> = gap
                    .map(|g| g.split_whitespace().filter(|w| !FILLERS.has(w)).collect())
                    .unwrap_or_default();
                // "السفير الإسرائيلي في الولايات المتحدة رون ديرمر": an ambassador of a country
                // already named is accredited to the country after في.
                let ambassador_in = |cur: &ActorGroup| {
                    gap_core.as_slice() == ["في"]
                        && cur.country.is_some()
                        && cur.person.is_none()
                        && cur
                            .agent
                            .is_some_and(|a| self.agents[a].role == "ambassador")
                };
                if let (["لدي"] | ["في"], Meaning::Entry(Hit::CountryName(c))) =
                    (gap_core.as_slice(), meaning)
                {
                    if cur.agent.is_some()
                        && cur.accredited_to.is_none()
                        && (gap_core.as_slice() == ["لدي"] || ambassador_in(cur))
                    {
                        // "سفيرة ليبيا لدى الولايات المتحدة": the host country, not a party.
                        cur.accredited_to = Some(c);
                        cur.span.end = m.span.end;
                        prev_end = Some(m.span.end);
                        continue;
                    }
                }
                // "الشرطة مواطنين سعوديين": a group headed by a definite agent is no construct, so
                // an agent right after it starts another party (unlike "رئيس المحكمة" or the
                // apposition "نائب رئيس الوزراء وزير الخارجية").
                // So does a body named by an indefinite noun ("المقاومة ميليشيات الحوثي"; not the
                // adjective "المسلحون الحوثيون").
                let indefinite_body = matches!(meaning, Meaning::Entry(Hit::Organization(_)))
                    && clitic.is_empty()
                    && text.text[m.span.clone()]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| !w.starts_with("ال"));
                let definite_agent = cur.agent.is_some()
                    && (matches!(meaning, Meaning::Entry(Hit::Agent(_))) || indefinite_body)
                    && text.text[cur.span.clone()]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.starts_with("ال"));
                let joinable =
                    !definite_agent && gap.is_some_and(|g| gap_joins(g, clitic, cur, &meaning));
                if joinable && self.add(cur, meaning, clitic, ctx, earlier) {
                    cur.span.end = m.span.end;
                    prev_end = Some(m.span.end);
                    continue;
                }
            }
            self.add(&mut fresh, meaning, "", ctx, &out);
            out.push(fresh);
            prev_end = Some(m.span.end);
        }
        for g in &mut out {
            // "واتفق الرئيسان في اتصال هاتفي": a dual title with nothing naming its country is
            // the two who met last, not two presidents of the sentence's country.
            if g.agent.is_some()
                && g.country.is_none()
                && g.person.is_none()
                && g.surname.is_none()
                && g.organization.is_none()
                && g.office.is_none()
                && matches!(
                    text.text.get(g.span.clone()).unwrap_or_default(),
                    "الرييسان" | "الرييسين" | "الوزيران" | "الوزيرين"
                )
            {
                g.agent = None;
                g.both_sides = true;
            }
            if g.office.is_some() || g.agent.is_some() {
                let inside = text.text.get(g.span.clone()).unwrap_or_default();
                let next = text
                    .text
                    .get(g.span.end..)
                    .and_then(|rest| rest.split_whitespace().next());
                let prev = text
                    .text
                    .get(..g.span.start)
                    .and_then(|before| before.split_whitespace().next_back())
                    .map(|w| w.trim_start_matches(['و', 'ل', 'ب']));
                g.former = inside.split_whitespace().chain(next).any(|w| FORMER.has(w));
                // (Or inside the group, as its own title: "مستشار خادم الحرمين الشريفين".)
                let first = inside.split_whitespace().next();
                g.deputy = prev.is_some_and(|w| DEPUTIES.has(w))
                    || g.office.is_some() && first.is_some_and(|w| DEPUTIES.has(w));
            }
        }
        out
    }

    /// A name that is one country and another country's capital ("عمان": Oman, Amman): the
    /// country and the capital's place.
    pub(crate) fn capital_or_country(&self, ms: &[Meaning]) -> Option<(usize, usize)> {
        let c = ms.iter().find_map(|x| match x {
            Meaning::Entry(Hit::CountryName(c)) => Some(*c),
            _ => None,
        })?;
        let p = ms.iter().find_map(|x| match x {
            Meaning::Entry(Hit::Place(p))
                if self.places[*p].kind == "capital"
                    && self.places[*p].country != self.countries[c].code =>
            {
                Some(*p)
            }
            _ => None,
        })?;
        Some((c, p))
    }

    /// Among a phrase's place readings, the most likely: a capital, else the most populous.
    /// Of the places a name may be, the one in the country the article names most ("البيضاء" in a
    /// story about Yemen is its governorate, not Libya's city), else a capital, else the largest.
    fn best_place(&self, ms: &[Meaning], ctx: &ArticleContext) -> Option<usize> {
        let count = |p: usize| {
            ctx.country_counts
                .get(&self.places[p].country)
                .copied()
                .unwrap_or(0)
        };
        ms.iter()
            .filter_map(|x| match x {
                Meaning::Entry(Hit::Place(p)) => Some(*p),
                _ => None,
            })
            .max_by_key(|&p| {
                (
                    count(p),
                    self.places[p].kind == "capital",
                    self.places[p].population,
                )
            })
    }

    /// The meaning of an ambiguous phrase: a named person's surname, else the first entry.
    fn pick_meaning(&self, m: &Mention, ctx: &ArticleContext) -> Option<Meaning> {
        let ms = m.meanings(self);
        // "عمان": Amman in a story that names Jordan more than Oman.
        if let Some((c, p)) = self.capital_or_country(ms) {
            let count = |code: &str| ctx.country_counts.get(code).copied().unwrap_or(0);
            if count(&self.places[p].country) > count(&self.countries[c].code) {
                return Some(Meaning::Entry(Hit::Place(p)));
            }
        }
        let ok = |x: &&Meaning| match x {
            Meaning::Entry(Hit::Surname(p)) => ctx.named.contains(p),
            _ => true,
        };
        // Prefer parties over places, and surnames of named people over anything else.
        ms.iter()
            .filter(ok)
            .find(|x| matches!(x, Meaning::Entry(Hit::Surname(_))))
            .or_else(|| {
                ms.iter()
                    .filter(ok)
                    .find(|x| !matches!(x, Meaning::Entry(Hit::Place(_))))
            })
            .copied()
            .or_else(|| {
                self.best_place(ms, ctx)
                    .map(|p| Meaning::Entry(Hit::Place(p)))
            })
            .or_else(|| ms.iter().find(ok).copied())
    }

    /// The candidate a referent (referents.tsv) stands for in this article: the last one named
    /// (an actor of that country, or that organization), else the one listed for the article's
    /// dominant country ("التحالف" in Yemen: the Saudi-led coalition; in Iraq: the US-led one),
    /// else the default candidate (`*` in `where`). Returns the candidate's index into `countries` or `organizations`.
    fn referent_in_context(&self, referent: usize, ctx: &ArticleContext) -> Option<usize> {
        let r = self.referents.get(referent)?;
        let named = ctx.history.iter().rev().find_map(|h| {
            r.candidates.iter().find(|c| match r.kind {
                ReferentKind::Country => h.country.as_deref() == Some(c.refers_to.as_str()),
                ReferentKind::Organization => h
                    .entry
                    .as_deref()
                    .is_some_and(|e| e.contains(&format!("org:{}", c.refers_to))),
            })
        });
        let c = named
            .or_else(|| {
                let dominant = ctx.dominant_country()?;
                r.candidates
                    .iter()
                    .find(|c| c.countries.iter().any(|k| k == dominant))
            })
            // The default (`*`): "المملكة" in an article about Libya's solidarity is Saudi Arabia.
            .or_else(|| {
                r.candidates
                    .iter()
                    .find(|c| c.countries.iter().any(|k| k == "*"))
            })?;
        Some(c.index)
    }

    /// Add a mention to a group; false when it clashes (two people, two countries…).
    /// `earlier`: the sentence's groups before `g` (an organization named there is the last one
    /// named, for a referent: "من تنظيم داعش … ومقار التنظيم").
    fn add(
        &self,
        g: &mut ActorGroup,
        meaning: Meaning,
        clitic: &str,
        ctx: &ArticleContext,
        earlier: &[ActorGroup],
    ) -> bool {
        let country_of = |g: &ActorGroup| -> Option<String> {
            if let Some(c) = g.country {
                return Some(self.countries[c].code.clone());
            }
            if let Some(o) = g.organization {
                let c = &self.organizations[o].country;
                if c != "*" {
                    return Some(c.clone());
                }
            }
            if let Some(o) = g.office {
                return Some(self.offices[o].country.clone());
            }
            None
        };
        let person_country = |p: usize| -> Vec<String> {
            self.roles_of[p]
                .iter()
                .map(|&r| self.roles[r].country.clone())
                .collect()
        };
        let party_kind = matches!(
            meaning,
            Meaning::Entry(Hit::Person(_))
                | Meaning::Entry(Hit::Surname(_))
                | Meaning::Entry(Hit::Office(_))
                | Meaning::Entry(Hit::Organization(_))
                | Meaning::Entry(Hit::Agent(_))
                | Meaning::Counterpart
                | Meaning::BothSides
        );
        if party_kind && (g.place.is_some() || g.capital.is_some()) && g.agent.is_none() {
            return false;
        }
        match meaning {
            Meaning::Entry(Hit::Person(p)) | Meaning::Entry(Hit::Surname(p)) => {
                if g.person.or(g.surname).is_some_and(|q| q != p) {
                    return false;
                }
                // "ويتهم الجمهوريون أوباما": a body with no title before a name is another
                // party, the verb's object.
                if g.organization.is_some()
                    && g.agent.is_none()
                    && g.office.is_none()
                    && g.person.or(g.surname).is_none()
                {
                    return false;
                }
                // "رئيس المجلس الرئاسي فائز السراج": a title, then the person who held it.
                if let Some(o) = g.office {
                    if !self.roles_of[p]
                        .iter()
                        .any(|&r| self.roles[r].office == Some(o))
                    {
                        return false;
                    }
                }
                if let Some(c) = country_of(g) {
                    let pcs = person_country(p);
                    if !pcs.is_empty() && !pcs.contains(&c) {
                        return false;
                    }
                }
                if matches!(meaning, Meaning::Entry(Hit::Person(_))) {
                    g.person = Some(p);
                } else {
                    g.surname = Some(p);
                }
            }
            Meaning::Entry(Hit::Office(o)) => {
                if g.office.is_some() {
                    return false;
                }
                // "عبد الحميد الدبيبة رئيس حكومة الوحدة": an office after a person who held it.
                if let Some(p) = g.person.or(g.surname) {
                    let held = self.roles_of[p]
                        .iter()
                        .any(|&r| self.roles[r].office == Some(o));
                    if !held {
                        return false;
                    }
                }
                g.office = Some(o);
            }
            Meaning::Entry(Hit::Organization(o)) => {
                if g.has_party() && clitic.is_empty() {
                    return false;
                }
                // "وهاجمت السعودية الحوثيين", "وهددت مصر تنظيم داعش": a body right after a bare
                // country is the verb's object, another party (a nisba follows its noun, never
                // precedes it).
                if g.is_bare_country() && clitic.is_empty() {
                    return false;
                }
                // "حملت الحكومة اليمنية ميليشيات الحوثي مسؤولية": after a title with its nisba,
                // a body is the next party too.
                if g.agent.is_some()
                    && g.country.is_some()
                    && g.organization.is_none()
                    && clitic.is_empty()
                {
                    return false;
                }
                if g.organization.is_some_and(|x| x != o) && g.agent.is_none() {
                    return false;
                }
                if g.organization.is_none() {
                    g.organization = Some(o);
                }
            }
            Meaning::Entry(Hit::Agent(a)) => {
                // "الجنرال مارتن ديمبسي الحكومة العراقية": a body after a name is the next party.
                if g.person.or(g.surname).is_some() && self.agents[a].is_collective() {
                    return false;
                }
                // "وطردت ليبيا السفير التركي", "واستدعت الخارجية البحرينية السفير": a title right
                // after a bare country is the verb's object (the country's own title comes first:
                // "سفير ليبيا").
                if g.is_bare_country() && clitic.is_empty() {
                    return false;
                }
                if g.agent.is_none() {
                    g.agent = Some(a);
                } else if g.has_party() || g.organization.is_some() || g.country.is_some() {
                    return false;
                }
            }
            Meaning::Entry(Hit::CountryName(c))
            | Meaning::Entry(Hit::CountryAdjective(c))
            | Meaning::Entry(Hit::Seat(c)) => {
                if let Some(own) = country_of(g) {
                    if own != self.countries[c].code {
                        return false;
                    }
                }
                if g.country.is_none() {
                    g.country = Some(c);
                    g.seat = matches!(meaning, Meaning::Entry(Hit::Seat(_)));
                }
            }
            Meaning::Entry(Hit::Capital(c)) => {
                // "حكومة أنقرة", "سلطات طهران": a government named by its seat is its country's.
                let seat_governed = clitic.is_empty()
                    && g.country.is_none()
                    && g.person.is_none()
                    && g.organization.is_none()
                    && g.office.is_none()
                    && g.agent.is_some_and(|a| {
                        matches!(
                            self.agents[a].role.as_str(),
                            "government" | "authorities" | "parliament"
                        )
                    });
                if seat_governed {
                    g.country = Some(c);
                    return true;
                }
                if g.capital.is_some() || g.place.is_some() || !placeish(g) {
                    return false;
                }
                g.capital = Some(c);
            }
            Meaning::Entry(Hit::Place(p)) => {
                // "أمير منطقة عسير": a bare title takes the place's country.
                let bare_title = g.agent.is_some()
                    && g.person.is_none()
                    && g.surname.is_none()
                    && g.office.is_none()
                    && g.organization.is_none()
                    && g.country.is_none();
                if g.capital.is_some() || g.place.is_some() || !(placeish(g) || bare_title) {
                    return false;
                }
                // "وقصفت إسرائيل قطاع غزة": a place of another country after a country's name is
                // the verb's object.
                if g.country
                    .is_some_and(|c| self.countries[c].code != self.places[p].country)
                {
                    return false;
                }
                g.place = Some(p);
            }
            Meaning::Counterpart => {
                if g.counterpart || g.has_party() {
                    return false;
                }
                g.counterpart = true;
            }
            Meaning::BothSides => g.both_sides = true,
            Meaning::Referent(r) if self.referents[r].kind == ReferentKind::Organization => {
                // "قوات التحالف", "طائرات التحالف": the coalition in context.
                let here = earlier.iter().rev().find_map(|e| {
                    e.organization.filter(|o| {
                        self.referents[r]
                            .candidates
                            .iter()
                            .any(|c| c.refers_to == self.organizations[*o].id)
                    })
                });
                let Some(o) = here.or_else(|| self.referent_in_context(r, ctx)) else {
                    return false;
                };
                if g.organization.is_some() || g.person.is_some() || g.office.is_some() {
                    return false;
                }
                g.organization = Some(o);
            }
            Meaning::Honorific(roles) => {
                if g.person.is_some() || g.surname.is_some() || g.honorific.is_some() {
                    return false;
                }
                g.honorific = Some(roles);
            }
            Meaning::OwnCountry => {
                if g.has_party() || g.country.is_some() || g.own_country {
                    return false;
                }
                g.own_country = true;
            }
            Meaning::Referent(r) => {
                // A country referent, resolved with the whole group ("المملكة").
                if g.country.is_some() || g.referent.is_some() {
                    return false;
                }
                g.referent = Some(r);
            }
        }
        true
    }

    /// Resolve a group into an actor on a date. `surface` is its text as written.
    pub fn resolve(
        &self,
        g: &ActorGroup,
        date: Option<Date>,
        ctx: &ArticleContext,
        surface: String,
    ) -> Actor {
        let mut entries: Vec<String> = Vec::new();
        let mut a = Actor {
            text: surface,
            ..Default::default()
        };
        let mut country: Option<String> = g.country.map(|c| self.countries[c].code.clone());
        let mut sector: Option<String> = None;
        if let Some(c) = g.country {
            entries.push(format!("country:{}", self.countries[c].code));
            if g.seat {
                sector = Some("GOV".into());
            }
        }
        if let Some(o) = g.organization {
            let org = &self.organizations[o];
            entries.push(format!("org:{}", org.id));
            if org.country != "*" {
                country = Some(org.country.clone());
            }
            sector = Some(org.sector.clone());
            a.name = Some(org.name.clone());
            a.name_ar = org.names_ar.first().cloned();
            if !org.code.is_empty() {
                a.code = Some(org.code.clone());
            }
        }
        if let Some(ag) = g.agent {
            let agent = &self.agents[ag];
            entries.push(format!("agent:{}", agent.phrase_ar));
            if sector.is_none() || g.organization.is_none() {
                sector = Some(agent.sector.clone());
            }
            a.role = Some(agent.role.clone());
        }
        let mut person = g.person.or(g.surname);
        // A short name alone ("الجدعان") is not yet that person before their first known role
        // began: it is as likely a place or another bearer of the name ("في جبهتي البلق
        // والجدعان", 2015, before Mohammed al-Jadaan became a minister). Out of office later
        // they keep it ("المخلوع صالح").
        if let (Some(p), Some(d)) = (person, date) {
            // Cheap test first: most people held a role by the article's date.
            let public_yet = self.roles_of[p]
                .iter()
                .any(|&r| self.roles[r].start.is_none_or(|s| s <= d));
            let pe = &self.people[p];
            if !public_yet && !pe.short_ar.is_empty() && g.office.is_none() {
                let key = crate::matcher::phrase_key(&a.text);
                let short_only = pe
                    .short_ar
                    .iter()
                    .any(|n| key.ends_with(&crate::matcher::phrase_key(n)))
                    && !pe
                        .names_ar
                        .iter()
                        .any(|n| key.contains(&crate::matcher::phrase_key(n)));
                if short_only {
                    person = None;
                }
            }
        }
        let mut office_role = None;
        if let Some(o) = g.office {
            let off = &self.offices[o];
            entries.push(format!("office:{}", off.id));
            country = Some(off.country.clone());
            sector = Some(off.sector.clone());
            a.role = Some(off.role.clone());
            office_role = Some(o);
            if person.is_none() && !g.former && !g.deputy {
                person = self.holder(o, date).map(|(p, _)| p);
            }
        }
        if g.counterpart {
            entries.push("coref:counterpart".into());
            // The counterpart holds the other party's role, in the country named here.
            if let Some(prev) = ctx.history.last() {
                if a.role.is_none() {
                    a.role = prev.role.clone();
                }
                if sector.is_none() {
                    sector = prev.sector.clone();
                }
            }
        }
        if person.is_none()
            && (g.agent.is_some() || g.office.is_some())
            && g.organization.is_none()
            && !g.former
            && !g.deputy
            && !names_many(&a.text)
        {
            // "الوزير الأمريكي": the last person of that country and sector named in the article.
            let generic = a
                .role
                .as_deref()
                .is_some_and(|r| matches!(r, "minister" | "official" | "president" | "ambassador"));
            if let Some(prev) = ctx.history.iter().rev().find(|p| {
                p.is_person()
                    && country.is_some()
                    && p.country == country
                    && (generic || p.role == a.role)
            }) {
                a.name = prev.name.clone();
                a.name_ar = prev.name_ar.clone();
                a.role = prev.role.clone();
                sector = prev.sector.clone().or(sector);
                entries.extend(
                    prev.entry
                        .iter()
                        .filter(|e| e.starts_with("person:"))
                        .cloned(),
                );
                entries.push("coref:title".into());
            }
        }
        if let Some(p) = person {
            let pe = &self.people[p];
            // Without a date, one person keeps one role through the article.
            let earlier = date
                .is_none()
                .then(|| {
                    let key = format!("person:{}", pe.id);
                    ctx.history.iter().rev().find(|h| {
                        h.entry
                            .as_deref()
                            .is_some_and(|e| e.split('+').any(|x| x == key))
                            && h.role.is_some()
                    })
                })
                .flatten();
            entries.insert(0, format!("person:{}", pe.id));
            a.name = Some(pe.name.clone());
            a.name_ar = pe.names_ar.first().cloned();
            if let (Some(h), None) = (earlier, office_role) {
                country = h.country.clone();
                sector = h.sector.clone();
                a.role = h.role.clone();
            } else if let Some(role) = self.role_of(p, date, office_role, country.as_deref()) {
                country = Some(role.country.clone());
                sector = Some(role.sector.clone());
                a.role = Some(role.role.clone());
            }
            a.code = None;
        }
        if g.both_sides {
            entries.push("coref:both".into());
        }
        if let Some(roles) = g.honorific {
            // "وعبر جلالته عن عزائه": the last person of that rank named in the article.
            if let Some(prev) = ctx.history.iter().rev().find(|h| {
                h.is_person()
                    && h.role
                        .as_deref()
                        .is_some_and(|r| roles.iter().any(|w| r.to_lowercase().contains(w)))
            }) {
                return Actor {
                    text: a.text,
                    entry: prev.entry.clone().map(|e| format!("{e}+coref:honorific")),
                    ..prev.clone()
                };
            }
        }
        if let (true, None) = (g.own_country, &country) {
            // "أكد بايدن دعم بلاده للعراق": the government of the last actor's country.
            if let Some(c) = ctx.history.iter().rev().find_map(|h| h.country.clone()) {
                entries.push(format!("coref:own-country:{c}"));
                country = Some(c);
                sector = Some("GOV".into());
            }
        }
        if let (Some(r), None) = (g.referent, &country) {
            if let Some(c) = self.referent_in_context(r, ctx) {
                let k = self.countries[c].code.clone();
                // "coref:kingdom" is the historical name of the entry; it names any country referent.
                entries.push(format!("coref:kingdom:{k}"));
                country = Some(k);
            }
        }
        if let (None, Some(p)) = (&country, g.place) {
            entries.push(format!("place:{}", self.places[p].name));
            country = Some(self.places[p].country.clone());
        }
        if let (None, Some(c)) = (&country, g.capital) {
            // A capital as a party: its government (metonym).
            entries.push(format!("capital:{}", self.countries[c].code));
            country = Some(self.countries[c].code.clone());
            sector = Some("GOV".into());
        }
        if let (None, None, Some(ag)) = (&country, person, g.agent) {
            // "المبعوث الأممي" alone: the body its phrase names.
            if let Some(c) = &self.agents[ag].country {
                entries.push(format!("agent-country:{c}"));
                country = Some(c.clone());
            }
        }
        // Only political actors take the article's country: farmers or migrants named in passing
        // are not parties to its events. Protesters are ("ويتهم المحتجون الحكومة": they protest
        // where the story is).
        let political = sector.as_deref().is_some_and(|s| {
            matches!(
                s,
                "GOV" | "MIL" | "COP" | "REB" | "JUD" | "LEG" | "OPP" | "SPY" | "UAF" | "PTY"
            )
        }) || a.role.as_deref() == Some("protesters");
        if country.is_none()
            && person.is_none()
            && political
            && (g.agent.is_some() || g.organization.is_some())
        {
            // A title or a body with no country of its own ("قوات الأمن", "الميليشيات الانقلابية"):
            // the country the article is about.
            // The country named in the same sentence, else the one the article is about.
            if let Some(c) = ctx.sentence_country.as_deref().or(ctx.dominant_country()) {
                entries.push(format!("context:{c}"));
                country = Some(c.to_string());
            }
        }
        if a.name.is_none() && g.agent.is_none() && g.organization.is_none() && g.office.is_none() {
            if let Some(c) = country.as_deref().and_then(|c| self.country(c)) {
                a.name = Some(c.name.clone());
                a.name_ar = c.names_ar.first().cloned();
            }
        }
        if a.code.is_none() {
            a.code = country.as_ref().map(|c| {
                let is_state = self.country(c).is_some();
                match (&sector, is_state) {
                    (Some(s), true) => format!("{c}{s}"),
                    // A person of an IGO: the IGO's code (UN → IGOUNO).
                    _ => self
                        .organizations
                        .iter()
                        .find(|o| {
                            &o.country == c && !o.code.is_empty() && o.code.starts_with("IGO")
                        })
                        .map(|o| o.code.clone())
                        .unwrap_or_else(|| c.clone()),
                }
            });
        }
        // "نائب وزير الخارجية الإيراني", "رئيس وزراء مصر الأسبق": the role says whose.
        if person.is_none() && (g.deputy || g.former) {
            a.role = a.role.take().map(|r| {
                if g.deputy {
                    format!("deputy to the {r}")
                } else {
                    format!("former {r}")
                }
            });
        }
        a.country = country;
        a.sector = sector;
        a.entry = (!entries.is_empty()).then(|| entries.join("+"));
        a
    }
}

/// Does a title phrase name several people ("المسؤولين اليمنيين", "وزراء الخارجية")? They are
/// no one person named before.
fn names_many(text: &str) -> bool {
    let Some(first) = text.split_whitespace().next() else {
        return false;
    };
    let w = first.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let sound =
        (w.ends_with("ين") || w.ends_with("ون")) && !w.ends_with("أمين") && !w.ends_with("امين");
    let broken = [
        "وزراء",
        "سفراء",
        "رؤساء",
        "زعماء",
        "قادة",
        "مسؤولو",
        "مسؤولي",
    ]
    .iter()
    .any(|b| w.ends_with(b));
    sound || broken
}

/// Can a place join this group ("العاصمة التركية أنقرة")? Only a group naming no party.
fn placeish(g: &ActorGroup) -> bool {
    g.person.is_none()
        && g.surname.is_none()
        && g.office.is_none()
        && g.organization.is_none()
        && g.agent.is_none()
        && !g.counterpart
        && !g.both_sides
}

/// May the text between two mentions join them into one party?
fn gap_joins(gap: &str, clitic: &str, cur: &ActorGroup, next: &Meaning) -> bool {
    let next_is_person = matches!(
        next,
        Meaning::Entry(Hit::Person(_)) | Meaning::Entry(Hit::Surname(_))
    );
    let next_is_country = matches!(
        next,
        Meaning::Entry(Hit::CountryName(_)) | Meaning::Entry(Hit::CountryAdjective(_))
    );
    // "و" starts a coordinated party: never the same one.
    if clitic.starts_with('و') || clitic.starts_with('ف') {
        return false;
    }
    // ب/ل open a new phrase, except after a bare title: "وزير الداخلية بحكومة الوحدة",
    // "المستشار السياسي للرئيس" (but not "دعم الولايات المتحدة لحكومة الوفاق").
    if clitic.starts_with('ب') || clitic.starts_with('ل') {
        let bare_title = cur.agent.is_some()
            && cur.country.is_none()
            && cur.organization.is_none()
            && cur.person.is_none()
            && cur.surname.is_none();
        if !bare_title {
            return false;
        }
    }
    let words: Vec<&str> = gap
        .split(|c: char| c.is_whitespace() || c == '-' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    let filler = words.iter().all(|w| FILLERS.has(w));
    match words.as_slice() {
        [] => true,
        [","] | ["،"] => next_is_person && cur.person.is_none() && cur.surname.is_none(),
        ["في"] => {
            (next_is_country || matches!(next, Meaning::Entry(Hit::Organization(_))))
                && cur.agent.is_some()
        }
        _ => filler && words.len() <= 2,
    }
}
