//! One-pass phrase matching: every dictionary phrase, normalized, goes into one Aho-Corasick
//! automaton; a sentence's match text is scanned once, matches are kept only at word
//! boundaries (allowing the clitics و ف ب ل ك and ال before a word), and the longest
//! non-overlapping matches win.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use rasid_text::{normalize, normalize_str, Normalized};

use crate::error::ActorsError;
use crate::load::Dictionary;
use crate::model::Hit;

/// Coreference words the matcher knows by itself (not dictionary entries).
const COUNTERPART: &[&str] = &[
    "نظيره",
    "نظيرته",
    "نظيرها",
    "نظيرتها",
    "نظيرهم",
    "نظيرهما",
    "نظيرتهما",
    "نظرائه",
    "نظراءه",
    "نظراؤه",
    "نظرائها",
    "نظيريه",
];
const BOTH_SIDES: &[&str] = &[
    "الجانبان",
    "الطرفان",
    "الجانبين",
    "الطرفين",
    "البلدان",
    "البلدين",
    "بلديهما",
    "الوزيران",
    "الوزيرين",
    "الرئيسان",
    "الرئيسين",
];

/// "بلاده": the country of the one speaking or acting (the last actor named).
const OWN_COUNTRY: &[&str] = &["بلاده", "بلادها", "بلادهم", "بلدهم"];

/// What a phrase of the automaton means: dictionary entries or a coreference word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Entry(Hit),
    /// "نظيره": the counterpart of the other party.
    Counterpart,
    /// "الجانبان": both parties of the last interaction.
    BothSides,
    /// A bare word resolved from the article's context ("المملكة", "التحالف"): an index into
    /// [`Dictionary::referents`].
    Referent(usize),
    /// "جلالته", "سموه", "فخامته", "معاليه", "دولته": the last person of that rank.
    Honorific(&'static [&'static str]),
    /// "بلاده": the government of the last actor's country ("أكد بايدن دعم بلاده للعراق").
    OwnCountry,
}

/// Honorific pronouns and the role words of the people they refer to.
const HONORIFIC_PRONOUNS: &[(&str, &[&str])] = &[
    ("جلالته", &["king", "emir", "sultan"]),
    ("جلالتها", &["queen"]),
    (
        "سموه",
        &["prince", "emir", "crown prince", "governor", "sheikh"],
    ),
    ("فخامته", &["president"]),
    ("فخامتها", &["president"]),
    ("معاليه", &["minister", "secretary"]),
    ("معاليها", &["minister", "secretary"]),
    ("دولته", &["prime minister"]),
];

#[derive(Debug, Default)]
pub(crate) struct Matcher {
    ac: Option<AhoCorasick>,
    meanings: Vec<Vec<Meaning>>,
    /// The pattern starts with the article ال.
    definite: Vec<bool>,
    /// The pattern is the ل+ال → لل form of a definite phrase.
    lil: Vec<bool>,
    /// The pattern only names countries, capitals or people: it takes no article of its own
    /// ("المالي" is "financial", not Mali; "الصالح" is "the good", not Saleh).
    proper: Vec<bool>,
}

/// Normalize a dictionary phrase the way match text is normalized.
pub fn phrase_key(p: &str) -> String {
    let n = normalize_str(p);
    n.split(|c: char| c.is_whitespace() || c == '"')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Matcher {
    pub(crate) fn build(dict: &Dictionary) -> Result<Self, ActorsError> {
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut meanings: Vec<Vec<Meaning>> = Vec::new();
        let mut lil = Vec::new();
        let mut add = |key: String, m: Meaning, is_lil: bool| {
            if key.is_empty() {
                return;
            }
            let id = *ids.entry(key.clone()).or_insert_with(|| {
                keys.push(key);
                meanings.push(Vec::new());
                lil.push(is_lil);
                keys.len() - 1
            });
            if !meanings[id].contains(&m) {
                meanings[id].push(m);
            }
        };
        let mut all: Vec<(String, Meaning)> = dict
            .phrases()
            .into_iter()
            .map(|(p, h)| (p, Meaning::Entry(h)))
            .collect();
        all.extend(
            COUNTERPART
                .iter()
                .map(|p| (p.to_string(), Meaning::Counterpart)),
        );
        all.extend(
            BOTH_SIDES
                .iter()
                .map(|p| (p.to_string(), Meaning::BothSides)),
        );
        all.extend(
            dict.referents
                .iter()
                .enumerate()
                .map(|(i, r)| (r.phrase_ar.clone(), Meaning::Referent(i))),
        );
        all.extend(
            OWN_COUNTRY
                .iter()
                .map(|p| (p.to_string(), Meaning::OwnCountry)),
        );
        all.extend(
            HONORIFIC_PRONOUNS
                .iter()
                .map(|(p, roles)| (p.to_string(), Meaning::Honorific(roles))),
        );
        for (phrase, m) in all {
            let key = phrase_key(&phrase);
            if let Some(rest) = key.strip_prefix("ال") {
                if rest.chars().count() >= 2 {
                    add(format!("لل{rest}"), m, true);
                }
            }
            add(key, m, false);
        }
        let definite = keys.iter().map(|k| k.starts_with("ال")).collect();
        let proper = meanings
            .iter()
            .map(|ms| {
                ms.iter().all(|m| {
                    matches!(
                        m,
                        Meaning::Entry(
                            Hit::CountryName(_)
                                | Hit::Capital(_)
                                | Hit::Person(_)
                                | Hit::Surname(_)
                        )
                    )
                })
            })
            .collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&keys)
            .map_err(|e| ActorsError::Automaton(e.to_string()))?;
        Ok(Matcher {
            ac: Some(ac),
            meanings,
            definite,
            lil,
            proper,
        })
    }

    pub(crate) fn meanings(&self, pattern: usize) -> &[Meaning] {
        &self.meanings[pattern]
    }

    /// All dictionary mentions in `text` (a [`MatchText`]'s text), longest non-overlapping, in order.
    pub(crate) fn find(&self, text: &str) -> Vec<Mention> {
        let Some(ac) = &self.ac else {
            return Vec::new();
        };
        let mut cands: Vec<Mention> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let Some(token_start) = word_start(text, s, e) else {
                continue;
            };
            let prefix = &text[token_start..s];
            let p = m.pattern().as_usize();
            if !clitic_ok(prefix, self.definite[p] || self.proper[p], self.lil[p]) {
                continue;
            }
            // A two-letter name takes only و/ف: "باب" is a gate, not ب + إب (Ibb).
            if text[s..e].chars().count() <= 2 && prefix.contains(['ب', 'ل']) {
                continue;
            }
            cands.push(Mention {
                span: s..e,
                clitic: token_start..s,
                lil: self.lil[p],
                pattern: p,
            });
        }
        // Longest first, then leftmost; keep those that overlap nothing kept. A deputy's title
        // goes before all: "نائب الرئيس العراقي" is a vice president, not "الرئيس العراقي".
        let deputy = |m: &Mention| {
            let first = text[m.span.clone()].split(' ').next().unwrap_or("");
            DEPUTY_WORDS.has(first)
        };
        cands.sort_by(|a, b| {
            (deputy(b), b.span.len(), a.span.start).cmp(&(deputy(a), a.span.len(), b.span.start))
        });
        let mut kept: Vec<Mention> = Vec::new();
        for c in cands {
            let full = c.clitic.start..c.span.end;
            if kept
                .iter()
                .all(|k| full.end <= k.clitic.start || k.span.end <= full.start)
            {
                kept.push(c);
            }
        }
        kept.sort_by_key(|m| m.span.start);
        kept
    }
}

/// The first word of a deputy's title (نائب الرئيس, مساعد الوزير, وكيل الوزارة).
static DEPUTY_WORDS: WordSet = WordSet::new(&["نائب", "نائبة", "نواب", "مساعد", "مساعدة", "وكيل"]);

fn clitic_ok(prefix: &str, definite: bool, lil: bool) -> bool {
    if prefix.is_empty() {
        return true;
    }
    let mut chars: Vec<char> = prefix.chars().collect();
    if !definite && !lil {
        // An undefined phrase may take the article itself ("الوزير" for "وزير").
        if prefix.ends_with("ال") {
            chars.truncate(chars.len() - 2);
        }
    }
    if chars.len() > 2 {
        return false;
    }
    // ك ("as") is left out: on names it mostly makes false words (كامل = ك + آمل).
    let allowed: &[char] = if lil {
        &['و', 'ف']
    } else {
        &['و', 'ف', 'ب', 'ل']
    };
    match chars.as_slice() {
        [] => true,
        // ل before ال is written لل, but "لـ«الجيش»" (tatweel, quotes) reaches us as لال.
        [a] => allowed.contains(a),
        [a, b] => ['و', 'ف'].contains(a) && allowed.contains(b) && *b != 'و',
        _ => false,
    }
}

/// For a match at `s..e` that ends a word: where its word starts (the clitic letters, if any,
/// are `text[word_start..s]`). `None` when the match ends inside a word.
pub fn word_start(text: &str, s: usize, e: usize) -> Option<usize> {
    if text[e..].chars().next().is_some_and(is_word_char) {
        return None;
    }
    Some(
        text[..s]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word_char(c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0),
    )
}

/// Letters and digits that make up words (Arabic, Latin, digits).
#[inline]
pub fn is_word_char(c: char) -> bool {
    rasid_text::chars::is_alphanumeric(c) && !matches!(c, '،' | '؛' | '؟')
}

/// One matched phrase in a [`MatchText`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Byte range of the phrase in the match text.
    pub span: Range<usize>,
    /// Byte range of the clitic letters before it in the same word (may be empty).
    pub clitic: Range<usize>,
    /// The phrase was matched in its ل+ال → لل form: it carries the preposition ل.
    pub lil: bool,
    pattern: usize,
}

impl Mention {
    /// What the phrase can mean.
    pub fn meanings<'d>(&self, dict: &'d Dictionary) -> &'d [Meaning] {
        dict.matcher.meanings(self.pattern)
    }
}

/// A sentence prepared for matching: normalized, quote marks dropped, spaces collapsed, with
/// a map from its bytes back to the original sentence.
#[derive(Debug, Clone)]
pub struct MatchText {
    pub text: String,
    norm: Normalized,
    to_norm: Vec<usize>,
}

impl MatchText {
    pub fn new(original: &str) -> Self {
        let norm = normalize(original);
        let mut text = String::with_capacity(norm.text.len());
        let mut to_norm = Vec::with_capacity(norm.text.len() + 1);
        let mut last_space = true;
        for (i, c) in norm.text.char_indices() {
            let c = if c.is_whitespace() { ' ' } else { c };
            if c == '"' || (c == ' ' && last_space) {
                continue;
            }
            last_space = c == ' ';
            for _ in 0..c.len_utf8() {
                to_norm.push(i);
            }
            text.push(c);
        }
        to_norm.push(norm.text.len());
        MatchText {
            text,
            norm,
            to_norm,
        }
    }

    /// The normalized sentence (quote marks kept) between two byte offsets of [`Self::text`]:
    /// punctuation the match text dropped, such as the quote opening what someone said.
    pub fn normalized_between(&self, r: Range<usize>) -> &str {
        let at = |b: usize| self.to_norm.get(b).copied().unwrap_or(self.norm.text.len());
        self.norm.text.get(at(r.start)..at(r.end)).unwrap_or("")
    }

    /// Byte offset in the original sentence of a byte offset in [`Self::text`].
    pub fn to_original(&self, b: usize) -> usize {
        let n = self.to_norm.get(b).copied().unwrap_or(self.norm.text.len());
        self.norm.to_original(n)
    }

    /// Original byte range covering a match-text range (start of first char .. end of last char).
    pub fn original_range(&self, r: Range<usize>) -> Range<usize> {
        if r.is_empty() {
            let s = self.to_original(r.start);
            return s..s;
        }
        let start = self
            .to_norm
            .get(r.start)
            .copied()
            .unwrap_or(self.norm.text.len());
        let last = self
            .text
            .get(..r.end)
            .and_then(|t| t.char_indices().next_back())
            .map(|(i, _)| i)
            .unwrap_or(r.start);
        let last_n = self.to_norm.get(last).copied().unwrap_or(start);
        let last_len = self.norm.text[last_n..]
            .chars()
            .next()
            .map(char::len_utf8)
            .unwrap_or(0);
        self.norm.original_range(start..last_n + last_len)
    }

    /// Words of the match text with their byte ranges.
    pub fn words(&self) -> Vec<(Range<usize>, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in self.text.char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s..i, &self.text[s..i]));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s..self.text.len(), &self.text[s..]));
        }
        out
    }
}

impl Dictionary {
    /// Every dictionary mention in a prepared sentence, less the words used in another sense
    /// (see [`OTHER_SENSES`]), bare nisbas after a name particle, which are given names
    /// ("محمد بن تركي", "الأمير تركي الفيصل"), and people named after بن, who are fathers.
    pub fn mentions(&self, text: &MatchText) -> Vec<Mention> {
        let mut found = self.matcher.find(&text.text);
        found.retain(|m| !other_sense(text, m));
        // A bare nisba after a name particle is a given name ("محمد بن تركي"); a known name right
        // after بن is the father's ("الأمير فيصل بن عبدالله بن عبدالعزيز").
        found.retain(|m| {
            if !m.clitic.is_empty() {
                return true;
            }
            let Some(prev) = text.text[..m.clitic.start].split_whitespace().next_back() else {
                return true;
            };
            let meanings = m.meanings(self);
            let given_name = NAME_PARTICLES.has(prev)
                && !text.text[m.span.clone()].starts_with("ال")
                && meanings
                    .iter()
                    .all(|x| matches!(x, Meaning::Entry(Hit::CountryAdjective(_))));
            let father = matches!(prev, "بن" | "ابن" | "بنت")
                && meanings.iter().all(|x| {
                    matches!(
                        x,
                        Meaning::Entry(Hit::Person(_)) | Meaning::Entry(Hit::Surname(_))
                    )
                });
            !(given_name || father)
        });
        found
    }
}

/// A dictionary word with another sense next to certain words (all normalized).
struct OtherSense {
    /// The word, or the forms of one word.
    words: &'static [&'static str],
    /// Words right before it that give it the other sense.
    before: &'static [&'static str],
    /// Words right after it that do.
    after: &'static [&'static str],
    /// Do the `before` words give it the other sense after it too?
    either_side: bool,
}

/// * "سرت" is Sirte, or the verb "spread" next to a noun of news, or before أن ("وكانت أنباء
///   سرت أن الثوار …", "سرت شائعات");
/// * "الرئيس" is also the adjective "main" after a noun ("المشتبه به الرئيس", "المتهم الرئيس
///   في القضية", "الممول الرئيس للإرهاب", "برامج تدعم هدفها الرئيس", "مقرها الرئيس");
/// * "المسؤول عن" is "responsible for" ("والذي يتهم بأنه المسؤول عن خطف طائرة الجابرية",
///   "تقديم المسؤولين عن الهجوم للعدالة"), not an official;
/// * "النظام" is the regime, and also a system ("النظام القضائي", "النظام المصرفي");
/// * "أمريكا" is the United States, not "أمريكا الشمالية/الجنوبية/اللاتينية/الوسطى".
const OTHER_SENSES: &[OtherSense] = &[
    OtherSense {
        words: &["سرت"],
        before: &[
            "انباء",
            "اخبار",
            "شايعات",
            "شايعه",
            "معلومات",
            "تكهنات",
            "موجه",
        ],
        after: &["ان", "انه", "بان"],
        either_side: true,
    },
    OtherSense {
        words: &["الرييس"],
        before: &[
            "به",
            "المتهم",
            "المشتبه",
            "المطلوب",
            "السبب",
            "الهدف",
            "الممول",
            "الداعم",
            "الشريك",
            "المحرك",
            "العامل",
            "المنفذ",
            "المدبر",
            "المخطط",
            "الجاني",
            "المسوول",
            "هدفها",
            "هدفه",
            "سببها",
            "المقر",
            "مقرها",
            "مقره",
            "ومقرها",
            "بمقرها",
            "المركز",
            "مركزها",
            "ومركزها",
            "المعقل",
            "معقله",
            "معقلها",
            "الملعب",
            "ملعبه",
            "الحفل",
            "منافسه",
            "منافسها",
            "المصدر",
            "مصدرها",
            "الشارع",
            "الطريق",
            "المدخل",
            "المبني",
            "المكتب",
            "الميناء",
            "المسرح",
            "البهو",
            "الموشر",
            "النشاط",
            "دورها",
            "دوره",
            "العنوان",
            "عنوانها",
            "الموضوع",
            "المرجع",
            "العايق",
            "الحليف",
            "حليفها",
            "حليفه",
            "المفاوض",
            "المحك",
            "الدرع",
        ],
        after: &[],
        either_side: false,
    },
    OtherSense {
        words: &["النظام"],
        before: &[],
        after: &[
            "القضايي",
            "المصرفي",
            "المالي",
            "الاساسي",
            "الالكتروني",
            "العام",
            "الصحي",
            "السياسي",
            "الالي",
            "الداخلي",
            "الاقتصادي",
            "التعليمي",
            "الغذايي",
            "الانتخابي",
            "العالمي",
            "الدولي",
            "الضريبي",
            "الجديد",
        ],
        either_side: false,
    },
    OtherSense {
        words: &["المسوول", "المسووله", "المسوولين", "المسوولون"],
        before: &[],
        after: &["عن"],
        either_side: false,
    },
    // "بمطار الملك خالد الدولي", "جامعة الملك سعود": a place or an institution named after a
    // king, not the king.
    OtherSense {
        words: &["الملك"],
        before: &[
            "مطار",
            "بمطار",
            "لمطار",
            "ومطار",
            "جامعه",
            "بجامعه",
            "لجامعه",
            "مستشفي",
            "بمستشفي",
            "مدينه",
            "بمدينه",
            "شارع",
            "بشارع",
            "ملعب",
            "جسر",
            "طريق",
            "ميناء",
            "بميناء",
            "مجمع",
            "كليه",
            "معهد",
            "قاعده",
            "جايزه",
        ],
        after: &[],
        either_side: false,
    },
    // "برنامج إنقاذ مالي ثالث", "دعم مالي": the adjective "financial" after an indefinite
    // noun, not Mali ("في مالي", "حكومة مالي").
    OtherSense {
        words: &["مالي"],
        before: &[
            "انقاذ",
            "دعم",
            "ودعم",
            "بدعم",
            "لدعم",
            "دعما",
            "نظام",
            "فساد",
            "مازق",
            "منتج",
            "وضع",
            "اجراء",
            "دخل",
            "ودخل",
            "مقابل",
            "عجز",
            "ادماج",
            "مبلغ",
            "تمويل",
            "استقرار",
            "عايد",
            "فايض",
            "قطاع",
            "مستشار",
            "تدقيق",
            "حساب",
            "انهيار",
            "تعويض",
            "ضمان",
            "اصلاح",
            "تقشف",
            "عون",
            "سند",
        ],
        after: &[],
        either_side: false,
    },
    OtherSense {
        words: &["امريكا", "اميركا"],
        before: &[],
        after: AMERICAS,
        either_side: false,
    },
];

/// The continents and regions "أمريكا" names with an adjective.
const AMERICAS: &[&str] = &["الشماليه", "الجنوبيه", "اللاتينيه", "الوسطي"];

/// Is this bare mention (no clitic) a word of [`OTHER_SENSES`] in its other sense?
fn other_sense(text: &MatchText, m: &Mention) -> bool {
    if !m.clitic.is_empty() {
        return false;
    }
    let word = &text.text[m.span.clone()];
    let prev = text.text[..m.span.start].split_whitespace().next_back();
    // "الشوارع الرئيسة", "المدن الرئيسة", "قطاعاتها الرئيسة": the feminine after a definite or
    // possessed noun is "main" (not after a verb: "وأعلنت الرئيسة").
    if word == "الرييسه"
        && prev.is_some_and(|p| {
            p.trim_start_matches(['و', 'ب']).starts_with("ال")
                || p.ends_with("ها")
                || p.ends_with("ات")
        })
    {
        return true;
    }
    let Some(sense) = OTHER_SENSES.iter().find(|o| o.words.contains(&word)) else {
        return false;
    };
    // (Punctuation after a word is no part of it: "أمريكا الشمالية.", "النظام المصرفي،".)
    let next = text.text[m.span.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_end_matches(|c: char| !is_word_char(c)));
    prev.is_some_and(|p| sense.before.contains(&p))
        || next.is_some_and(|n| {
            sense.after.contains(&n) || sense.either_side && sense.before.contains(&n)
        })
}

/// Words after which a bare nisba is a given name.
static NAME_PARTICLES: WordSet =
    WordSet::new(&["بن", "ابن", "بنت", "ابو", "ام", "آل", "الامير", "الشيخ"]);

/// A fixed list of words written in plain Arabic, normalized (as match text is) on first use.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    set: std::sync::OnceLock<std::collections::HashSet<String>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            set: std::sync::OnceLock::new(),
        }
    }

    /// Does the set hold this (normalized) word?
    pub fn has(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().map(|f| phrase_key(f)).collect())
            .contains(w)
    }
}
