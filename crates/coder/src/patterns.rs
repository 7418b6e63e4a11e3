//! The pattern table (`data/coder/patterns.tsv`, format in `docs/patterns.md`): event
//! triggers with their CAMEO code and the slots that find source and target. Loaded and
//! validated once; triggers go into one Aho-Corasick automaton over the sentence match text.
//! A pattern's `context` column puts conditions on the words around its trigger, with word
//! lists from `data/coder/words.tsv`.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};
use rasid_actors::matcher::{is_word_char, phrase_key, word_start};

use crate::error::CoderError;
use crate::ontology::Ontology;

const PATTERNS_TSV: &str = include_str!("../../../data/coder/patterns.tsv");
const TOPICS_TSV: &str = include_str!("../../../data/coder/topics.tsv");
const REFINE_TSV: &str = include_str!("../../../data/coder/refine.tsv");
const WORDS_TSV: &str = include_str!("../../../data/coder/words.tsv");

/// The coder's tables, relative to a dictionary directory (laid out like the repository's
/// `data/`), with their embedded defaults, in the order [`Patterns::from_texts`] takes them.
pub const FILES: [(&str, &str); 4] = [
    ("coder/patterns.tsv", PATTERNS_TSV),
    ("coder/topics.tsv", TOPICS_TSV),
    ("coder/words.tsv", WORDS_TSV),
    ("coder/refine.tsv", REFINE_TSV),
];

/// The widest context window, in words on either side of the trigger.
pub const MAX_WINDOW: usize = 20;

/// A refinement: an event coded `base` whose sentence has one of the keywords becomes `code`.
#[derive(Debug, Clone)]
pub struct Refinement {
    pub base: String,
    pub code: String,
    pub keywords: Vec<String>,
}

/// Is the trigger a verb or a noun (nouns take the article and prepositions as clitics)?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Verb,
    Noun,
}

/// Where a slot's actor is found, relative to the trigger (see `docs/patterns.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// Nearest party before the trigger, within a few words, not after a preposition.
    Near,
    /// First party after the trigger (skipping place phrases), before any other prepositional phrase.
    After,
    /// `After` plus the parties coordinated with it by و (one event per dyad).
    AfterCoord,
    /// The party right after a noun trigger (its genitive), or after ل.
    Gen,
    /// The party right after a noun trigger with no preposition: its genitive, the one whose
    /// act the noun names ("تعازي باكستان", "نقل البيان تعازي إسبانيا").
    Of,
    /// A genitive followed by a ل-phrase: source the genitive, target the ل-phrase.
    GenL,
    /// Two parties joined by و before the trigger (or after بين): source the first, target the second.
    Pair,
    /// The party coordinated by و with the source.
    Coord,
    /// The first party governed by this preposition after the trigger (مع, ب, ل, الي, علي, من, بين).
    Prep(String),
    /// The subject carried over from earlier sentences (Arabic drops pronoun subjects).
    Carry,
    /// No target: the event stands with its source alone.
    None,
    /// (target) A place after the trigger stands for its country ("قصفت الميليشيات مدينة نجران").
    Place,
    /// (source) Unnamed crowds: civilians of the country where the sentence is set.
    Crowd,
    /// (source) The authorities of the country where the sentence is set, for an act in the
    /// impersonal passive ("تم القبض على الجاني", "جرى ترحيلهم"): who arrests, releases or
    /// deports when no one is named.
    Authority,
    /// (target) Those where it happens: civilians of the event's place, the sentence's place,
    /// or the article's country ("قصفت الميليشيات أحياء تعز" → YEM CVL).
    Scene,
    /// (target) The verb's object: the party right after its subject when the subject follows
    /// the verb ("ودان المتظاهرون أيضا الحكومة"), else right after the verb, with only adverbs
    /// between ("أيضا", "بشدة", "أمس"). A noun in between ("أدان X التفجير الذي استهدف قوات Y")
    /// means the act, not a party, is the object.
    Object,
    /// The agent named in a relative clause after the trigger ("الجريمة التي نفذها مستوطنون
    /// إسرائيليون"): as a target, the one condemned or praised; as a source, the one who did the
    /// act the trigger noun names.
    Agent,
    /// (target) The agent of the last violent act the article named before (its attacker, or
    /// the agent of a crime condemned earlier): "استنكار المملكة لهذا العمل الهمجي" after
    /// "الجريمة التي نفذها مستوطنون إسرائيليون".
    PriorAgent,
    /// (target) The government of the source's own country, when the source is unarmed
    /// (civilians, opposition, NGOs …): whom protesters with no named opponent address
    /// ("واعتقل الناشطون خلال مظاهرات نظمها مسلمون" in Ethiopia).
    Home,
    /// (target) Those killed or hurt: the party after "مقتل/قتل/إصابة" ("أسفرت عن مقتل 36 من عناصر داعش").
    Victim,
    /// (target) Who holds prisoners: the party right after a word for prisons ("بالإفراج عن خمس
    /// نساء في السجون اللبنانية").
    Holder,
    /// (target) The ل-phrase object of a verbal noun or verb, right after it (its genitive and
    /// adjectives aside): the party governed by ل in it or in construct with its noun ("رفض مصر
    /// الكامل للتدخل الإيراني", "رفضه للتصريحات غير المسؤولة لنائب الرئيس العراقي").
    LPhrase,
    /// (source or target) For a possessed noun in an opening adverbial ("وخلال استقباله X، أكد Y",
    /// "وفي اتصال هاتفي تلقاه من X، بحث Y"): the subject of the main clause after the comma.
    Main,
    /// (Source only) the subject of the verb of doing (list `doing`: قام، رد، دك) before a
    /// verbal noun with ب: the party right after that verb ("ورد الحوثيون على هجمات المقاومة
    /// بقصف أحياء"), else the one right before it ("أن الحوثيين قاموا الأحد بقصف").
    Doer,
    /// (target) The sentence's own subject: the first named, ungoverned party before the
    /// trigger, else the subject of the last sentence. The one who acted on a request named as
    /// the reason ("أعلن الحلف عقد جلسة … بناء على طلب تركيا").
    Subject,
    /// (Source only) An unnamed air force (list `air_force`: الطيران، الطائرات، المقاتلات …)
    /// right before or after the trigger ("وشن الطيران غارات على معسكر اللواء 17"): the last
    /// party the article told striking from the air (CAMEO 195).
    Air,
    /// (Source only) The agent of a passive named after the trigger by "من قبل", "بواسطة",
    /// "على يد/أيدي" ("عبوة ناسفة تم زرعها بواسطة العناصر الإرهابية", "تم توقيف المعتدي من قبل
    /// الجهات الأمنية").
    By,
}

impl Slot {
    fn parse(s: &str) -> Option<Slot> {
        Some(match s {
            "near" => Slot::Near,
            "after" => Slot::After,
            "after+coord" => Slot::AfterCoord,
            "gen" => Slot::Gen,
            "genl" => Slot::GenL,
            "of" => Slot::Of,
            "pair" => Slot::Pair,
            "coord" => Slot::Coord,
            "carry" => Slot::Carry,
            "none" => Slot::None,
            "place" => Slot::Place,
            "crowd" => Slot::Crowd,
            "authority" => Slot::Authority,
            "scene" => Slot::Scene,
            "agent" => Slot::Agent,
            "object" => Slot::Object,
            "prior-agent" => Slot::PriorAgent,
            "home" => Slot::Home,
            "victim" => Slot::Victim,
            "holder" => Slot::Holder,
            "lphrase" => Slot::LPhrase,
            "main" => Slot::Main,
            "doer" => Slot::Doer,
            "subject" => Slot::Subject,
            "air" => Slot::Air,
            "by" => Slot::By,
            p => Slot::Prep(phrase_key(p.strip_prefix("prep:")?)),
        })
    }
}

/// A named list of words (`data/coder/words.tsv`), normalized like the text.
#[derive(Debug, Clone)]
pub struct WordList {
    pub name: String,
    pub words: HashSet<String>,
}

/// What a context condition looks for around a trigger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probe {
    /// A word of word list `list` among the `before` words before the trigger or the `after`
    /// words after it.
    Words {
        list: usize,
        before: usize,
        after: usize,
    },
    /// The trigger's word begins with one of these proclitics ("لطلب", "بطلب").
    Clitic(Vec<String>),
}

/// One condition of a pattern's `context` column: `requires:…` or `forbids:…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Condition {
    /// `requires` (the probe must find something) or `forbids` (it must not).
    pub requires: bool,
    pub probe: Probe,
}

/// One row of the pattern table.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub id: String,
    pub cameo: String,
    pub kind: Kind,
    pub source: Vec<Slot>,
    pub target: Vec<Slot>,
    /// Conditions on the trigger's surroundings, all of which must hold for the pattern to fire.
    pub context: Vec<Condition>,
    /// `also` in the context column: when this row fires, the rows after it that share the
    /// trigger are tried too (one phrase, two events: "التفجير … نفذه تنظيم الدولة" is the attack
    /// and the speaker's accusation).
    pub also: bool,
}

/// A topic and its keywords.
#[derive(Debug, Clone)]
pub struct Topic {
    pub name: String,
    pub keywords: Vec<String>,
}

/// The loaded pattern table with its trigger automaton.
#[derive(Debug)]
pub struct Patterns {
    pub patterns: Vec<Pattern>,
    triggers: AhoCorasick,
    /// For each trigger string: the patterns it fires, in table order.
    fires: Vec<Vec<usize>>,
    pub topics: Vec<Topic>,
    pub refinements: Vec<Refinement>,
    /// The word lists context conditions refer to, by index.
    pub word_lists: Vec<WordList>,
    /// Index of each word list by name (for the engine's own lookups: `managed`, `doing`).
    list_ix: HashMap<String, usize>,
    topic_ac: AhoCorasick,
    topic_of: Vec<usize>,
    pub digest: String,
}

/// A trigger found in a sentence's match text.
#[derive(Debug, Clone)]
pub struct TriggerHit {
    pub span: std::ops::Range<usize>,
    /// Clitic letters before it in the same word.
    pub prefix: String,
    pub patterns: Vec<usize>,
    /// Verb or noun (of the first pattern it fires).
    pub kind: Kind,
    /// A noun with the article ("اللقاء"): usually refers back to a meeting already reported.
    pub definite: bool,
}

fn data_err(file: &str, line: usize, message: String) -> CoderError {
    CoderError::Data {
        file: file.to_string(),
        line,
        message,
    }
}

impl Patterns {
    /// The tables bundled with rasid.
    pub fn embedded(ontology: &Ontology) -> Result<Self, CoderError> {
        Self::from_texts(&FILES.map(|(_, text)| text), ontology)
    }

    /// The tables from their texts, in the order of [`FILES`]: patterns, topics, word
    /// lists, refinements (e.g. an edited copy read by the caller).
    pub fn from_texts(texts: &[&str; 4], ontology: &Ontology) -> Result<Self, CoderError> {
        let [patterns, topics, words, refine] = *texts;
        let mut p = Self::parse(patterns, topics, words, ontology)?;
        p.refinements = parse_refinements(refine, ontology)?;
        p.digest = format!(
            "{}{:04x}",
            p.digest,
            fnv(refine.as_bytes(), 0xcbf29ce484222325) >> 48
        );
        Ok(p)
    }

    /// The code an event gets after refinement by the keywords of its sentence (match text).
    pub fn refine(&self, code: &str, text: &str) -> String {
        let words: Vec<&str> = text
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .collect();
        let has = |k: &str| {
            let kw: Vec<&str> = k.split(' ').collect();
            words.windows(kw.len()).any(|win| {
                win.iter().zip(&kw).enumerate().all(|(i, (w, k))| {
                    if i == 0 {
                        // Every clitic-stripped form is a suffix of `w`: test that first.
                        w.ends_with(*k) && strip_clitics(w).any(|x| x == *k)
                    } else {
                        w == k
                    }
                })
            })
        };
        self.refinements
            .iter()
            .find(|r| r.base == code && r.keywords.iter().any(|k| has(k)))
            .map(|r| r.code.clone())
            .unwrap_or_else(|| code.to_string())
    }

    /// Does a pattern's context hold around a trigger? `word(i)` is the sentence's i-th
    /// normalized word (`None` past the end), `tw` the trigger's word range, `prefix` the
    /// clitics on the trigger's word.
    pub fn context_holds<'w>(
        &self,
        p: &Pattern,
        word: impl Fn(usize) -> Option<&'w str>,
        tw: &std::ops::Range<usize>,
        prefix: &str,
    ) -> bool {
        p.context.iter().all(|c| {
            let found = match &c.probe {
                Probe::Words {
                    list,
                    before,
                    after,
                } => {
                    let set = &self.word_lists[*list].words;
                    let lo = tw.start.saturating_sub(*before);
                    (lo..tw.start)
                        .chain(tw.end..tw.end + after)
                        .any(|w| word(w).is_some_and(|x| set.contains(x)))
                }
                // (After a conjunction too: "وليتهم" is ليت, "would that they".)
                Probe::Clitic(cs) => cs.iter().any(|c| {
                    prefix.starts_with(c.as_str())
                        || prefix
                            .strip_prefix(['و', 'ف'])
                            .is_some_and(|p| p.starts_with(c.as_str()))
                }),
            };
            found == c.requires
        })
    }

    /// The words of the list `name` of `words.tsv`, if it has one.
    pub fn list(&self, name: &str) -> Option<&HashSet<String>> {
        self.list_ix.get(name).map(|&i| &self.word_lists[i].words)
    }

    /// Parse and validate a pattern table, a topic table and the word lists of contexts.
    pub fn parse(
        patterns_tsv: &str,
        topics_tsv: &str,
        words_tsv: &str,
        ontology: &Ontology,
    ) -> Result<Self, CoderError> {
        const F: &str = "patterns.tsv";
        let word_lists = parse_word_lists(words_tsv)?;
        let mut patterns = Vec::new();
        let mut ids = HashMap::new();
        let mut trig_ix: HashMap<String, usize> = HashMap::new();
        let mut trig_keys: Vec<String> = Vec::new();
        let mut fires: Vec<Vec<usize>> = Vec::new();
        let mut header_seen = false;
        for (i, raw) in patterns_tsv.lines().enumerate() {
            let line = raw.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if !header_seen {
                header_seen = true;
                if !line.starts_with("id\tcameo\tkind\ttriggers\tsource\ttarget\tcontext") {
                    return Err(data_err(
                        F,
                        i + 1,
                        "header must be id, cameo, kind, triggers, source, target, context, note"
                            .into(),
                    ));
                }
                continue;
            }
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            if cols.len() < 7 {
                return Err(data_err(
                    F,
                    i + 1,
                    format!(
                        "expected 7 or 8 columns (id … target, context, note), found {}",
                        cols.len()
                    ),
                ));
            }
            let id = cols[0].to_string();
            if ids.insert(id.clone(), i + 1).is_some() {
                return Err(data_err(F, i + 1, format!("duplicate pattern id `{id}`")));
            }
            let cameo = cols[1].to_string();
            if ontology.cameo(&cameo).is_none() {
                return Err(data_err(
                    F,
                    i + 1,
                    format!("unknown CAMEO code `{cameo}` (codes are strings: \"043\")"),
                ));
            }
            let kind = match cols[2] {
                "verb" => Kind::Verb,
                "noun" => Kind::Noun,
                k => {
                    return Err(data_err(
                        F,
                        i + 1,
                        format!("kind `{k}` is not verb or noun"),
                    ))
                }
            };
            let slots = |col: &str, name: &str| -> Result<Vec<Slot>, CoderError> {
                col.split('|')
                    .map(|s| {
                        Slot::parse(s.trim())
                            .ok_or_else(|| data_err(F, i + 1, format!("unknown {name} slot `{s}`")))
                    })
                    .collect()
            };
            let source = slots(cols[4], "source")?;
            let target = slots(cols[5], "target")?;
            // Each side takes only the slots that can fill it.
            for s in &source {
                if matches!(
                    s,
                    Slot::AfterCoord
                        | Slot::Coord
                        | Slot::None
                        | Slot::Place
                        | Slot::Scene
                        | Slot::Object
                        | Slot::PriorAgent
                        | Slot::Home
                        | Slot::Victim
                        | Slot::Holder
                        | Slot::LPhrase
                ) {
                    return Err(data_err(
                        F,
                        i + 1,
                        format!("`{}` cannot find a source", cols[4]),
                    ));
                }
            }
            for s in &target {
                if matches!(
                    s,
                    Slot::Crowd
                        | Slot::Authority
                        | Slot::GenL
                        | Slot::Pair
                        | Slot::Doer
                        | Slot::Air
                        | Slot::By
                ) {
                    return Err(data_err(
                        F,
                        i + 1,
                        format!("`{}` cannot find a target", cols[5]),
                    ));
                }
            }
            let also = cols[6].split_whitespace().any(|w| w == "also");
            let context_terms: Vec<&str> = cols[6]
                .split_whitespace()
                .filter(|w| *w != "also")
                .collect();
            let context = parse_context(&context_terms.join(" "), &word_lists)
                .map_err(|m| data_err(F, i + 1, format!("context of `{id}`: {m}")))?;
            let pattern = Pattern {
                id,
                cameo,
                kind,
                source,
                target,
                context,
                also,
            };
            let pix = patterns.len();
            patterns.push(pattern);
            for t in cols[3].split('|').map(phrase_key).filter(|t| !t.is_empty()) {
                let ix = *trig_ix.entry(t.clone()).or_insert_with(|| {
                    trig_keys.push(t);
                    fires.push(Vec::new());
                    fires.len() - 1
                });
                fires[ix].push(pix);
            }
        }
        let triggers = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&trig_keys)
            .map_err(|e| CoderError::Automaton(e.to_string()))?;

        let mut topics = Vec::new();
        let mut topic_keys = Vec::new();
        let mut topic_of = Vec::new();
        for (i, raw) in topics_tsv.lines().enumerate() {
            if raw.trim().is_empty() || raw.starts_with('#') || raw.starts_with("topic\t") {
                continue;
            }
            let (name, kws) = raw.split_once('\t').ok_or_else(|| {
                data_err("topics.tsv", i + 1, "expected `topic<TAB>keywords`".into())
            })?;
            let keywords: Vec<String> = kws
                .split('|')
                .map(phrase_key)
                .filter(|k| !k.is_empty())
                .collect();
            for k in &keywords {
                topic_keys.push(k.clone());
                topic_of.push(topics.len());
            }
            topics.push(Topic {
                name: name.trim().to_string(),
                keywords,
            });
        }
        let topic_ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&topic_keys)
            .map_err(|e| CoderError::Automaton(e.to_string()))?;
        let digest = fnv(
            patterns_tsv.as_bytes(),
            fnv(
                topics_tsv.as_bytes(),
                fnv(words_tsv.as_bytes(), 0xcbf29ce484222325),
            ),
        );
        Ok(Patterns {
            patterns,
            triggers,
            fires,
            topics,
            refinements: Vec::new(),
            list_ix: word_lists
                .iter()
                .enumerate()
                .map(|(i, l)| (l.name.clone(), i))
                .collect(),
            word_lists,
            topic_ac,
            topic_of,
            digest: format!("{:08x}", digest >> 32),
        })
    }

    /// Triggers in a match text, at word boundaries with the clitics their kind allows,
    /// longest first where they overlap.
    pub fn triggers(&self, text: &str) -> Vec<TriggerHit> {
        let mut cands: Vec<TriggerHit> = Vec::new();
        for m in self.triggers.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            let Some(token_start) = word_start(text, s, e) else {
                continue;
            };
            let prefix = &text[token_start..s];
            let fires = &self.fires[m.pattern().as_usize()];
            // "قامت الميليشيات الحوثية وصالح بتفجير الخزانات": the verbal noun of a verb
            // trigger after ب, with قام before it, is the verb's act.
            let qama = prefix.trim_start_matches(['و', 'ف']) == "ب"
                && verbal_noun(text[s..e].split(' ').next().unwrap_or(""))
                && after_qama(&text[..token_start]);
            let ok: Vec<usize> = fires
                .iter()
                .copied()
                .filter(|&p| prefix_ok(prefix, self.patterns[p].kind) || qama)
                .collect();
            if ok.is_empty() {
                continue;
            }
            let kind = self.patterns[ok[0]].kind;
            cands.push(TriggerHit {
                span: token_start..e,
                prefix: prefix.to_string(),
                kind,
                definite: kind == Kind::Noun && (prefix.ends_with("ال") || prefix.ends_with("لل")),
                patterns: ok,
            });
        }
        cands.sort_by(|a, b| (b.span.len(), a.span.start).cmp(&(a.span.len(), b.span.start)));
        let mut kept: Vec<TriggerHit> = Vec::new();
        for c in cands {
            if kept
                .iter()
                .all(|k| c.span.end <= k.span.start || k.span.end <= c.span.start)
            {
                kept.push(c);
            }
        }
        kept.sort_by_key(|t| t.span.start);
        kept
    }

    /// Topics whose keywords occur in a match text, in table order.
    pub fn topics_in(&self, text: &str) -> Vec<String> {
        let mut seen = vec![false; self.topics.len()];
        for m in self.topic_ac.find_overlapping_iter(text) {
            if text[m.end()..].chars().next().is_some_and(is_word_char) {
                continue;
            }
            seen[self.topic_of[m.pattern().as_usize()]] = true;
        }
        self.topics
            .iter()
            .zip(seen)
            .filter(|(_, s)| *s)
            .map(|(t, _)| t.name.clone())
            .collect()
    }
}

/// A word and its forms without proclitics (و ف ب ل and the article).
fn strip_clitics(w: &str) -> impl Iterator<Item = &str> {
    let mut forms = vec![w];
    for p in [
        "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل", "ال", "وال", "بال", "فال", "لل", "ولل", "وبال",
    ] {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 2 {
                forms.push(rest);
                if p.ends_with('ل') && p != "ل" && p != "ول" && p != "فل" {
                    continue;
                }
            }
        }
    }
    // "للمساعدات" is ل + المساعدات.
    if let Some(rest) = w.strip_prefix("لل") {
        forms.push(&w[w.len() - rest.len() - "ال".len()..]);
    }
    forms.into_iter()
}

/// The word lists of `words.tsv`: `list<TAB>words` (| separated), names unique.
fn parse_word_lists(tsv: &str) -> Result<Vec<WordList>, CoderError> {
    const F: &str = "words.tsv";
    let mut out: Vec<WordList> = Vec::new();
    for (i, raw) in tsv.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("list\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 2 {
            return Err(data_err(F, i + 1, "expected list, words, note".into()));
        }
        let name = cols[0];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(data_err(
                F,
                i + 1,
                format!("list name `{name}`: use letters, digits and _"),
            ));
        }
        if out.iter().any(|l| l.name == name) {
            return Err(data_err(F, i + 1, format!("duplicate list `{name}`")));
        }
        let words: HashSet<String> = cols[1]
            .split('|')
            .map(phrase_key)
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            return Err(data_err(F, i + 1, format!("list `{name}` has no words")));
        }
        if let Some(w) = words.iter().find(|w| w.contains(' ')) {
            return Err(data_err(
                F,
                i + 1,
                format!("`{w}` in list `{name}`: a context word is one word"),
            ));
        }
        out.push(WordList {
            name: name.to_string(),
            words,
        });
    }
    Ok(out)
}

/// A `context` cell: space-separated conditions, `requires:LIST@W`, `forbids:LIST@W` (W = `-N`
/// words before the trigger, `+N` after, `±N` both, N from 1 to [`MAX_WINDOW`]) or
/// `requires:clitic=ب|ل` / `forbids:clitic=…` (the trigger's word begins with that clitic, or with
/// و/ف and then that clitic).
fn parse_context(cell: &str, lists: &[WordList]) -> Result<Vec<Condition>, String> {
    let mut out = Vec::new();
    for term in cell.split_whitespace() {
        let (requires, rest) = if let Some(r) = term.strip_prefix("requires:") {
            (true, r)
        } else if let Some(r) = term.strip_prefix("forbids:") {
            (false, r)
        } else {
            return Err(format!(
                "`{term}` must start with requires: or forbids: (requires:expelled@+6)"
            ));
        };
        if let Some(cs) = rest.strip_prefix("clitic=") {
            let clitics: Vec<String> = cs
                .split('|')
                .map(phrase_key)
                .filter(|c| !c.is_empty())
                .collect();
            // Proclitics are made of و ف ب ل ك س and the article ال.
            if clitics.is_empty()
                || clitics
                    .iter()
                    .any(|c| !c.chars().all(|ch| "وفبلكسا".contains(ch)))
            {
                return Err(format!(
                    "`{term}`: clitic= takes proclitics separated by | (clitic=ب|ل)"
                ));
            }
            out.push(Condition {
                requires,
                probe: Probe::Clitic(clitics),
            });
            continue;
        }
        let (name, window) = rest
            .split_once('@')
            .ok_or_else(|| format!("`{term}` needs a window: {rest}@+6, @-1 or @±3"))?;
        let list = lists.iter().position(|l| l.name == name).ok_or_else(|| {
            let known: Vec<&str> = lists.iter().map(|l| l.name.as_str()).collect();
            format!(
                "unknown word list `{name}` (words.tsv has: {})",
                known.join(", ")
            )
        })?;
        let bad = || {
            format!(
                "bad window `@{window}` in `{term}`: write -N (before the trigger), +N (after) \
                 or ±N (both), N from 1 to {MAX_WINDOW}"
            )
        };
        let (before, after, n) = if let Some(n) = window.strip_prefix('±') {
            (true, true, n)
        } else if let Some(n) = window.strip_prefix('+') {
            (false, true, n)
        } else if let Some(n) = window.strip_prefix('-') {
            (true, false, n)
        } else {
            return Err(bad());
        };
        let n: usize = n.parse().map_err(|_| bad())?;
        if n == 0 || n > MAX_WINDOW {
            return Err(bad());
        }
        out.push(Condition {
            requires,
            probe: Probe::Words {
                list,
                before: if before { n } else { 0 },
                after: if after { n } else { 0 },
            },
        });
    }
    Ok(out)
}

fn parse_refinements(tsv: &str, ontology: &Ontology) -> Result<Vec<Refinement>, CoderError> {
    let mut out = Vec::new();
    for (i, raw) in tsv.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') || line.starts_with("base\t") {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 3 {
            return Err(data_err(
                "refine.tsv",
                i + 1,
                "expected base, code, keywords".into(),
            ));
        }
        for c in &cols[..2] {
            if ontology.cameo(c).is_none() {
                return Err(data_err(
                    "refine.tsv",
                    i + 1,
                    format!("unknown CAMEO code `{c}`"),
                ));
            }
        }
        // A refinement stays within the root, or within the PLOVER type (طالب بالإفراج: 020 → 1053).
        let same_root = cols[1].get(..2) == cols[0].get(..2);
        let same_type = ontology.plover(cols[0]).event_type == ontology.plover(cols[1]).event_type;
        if !same_root && !same_type {
            return Err(data_err(
                "refine.tsv",
                i + 1,
                format!(
                    "`{}` does not refine `{}` (another root and PLOVER type)",
                    cols[1], cols[0]
                ),
            ));
        }
        out.push(Refinement {
            base: cols[0].to_string(),
            code: cols[1].to_string(),
            keywords: cols[2]
                .split('|')
                .map(phrase_key)
                .filter(|k| !k.is_empty())
                .collect(),
        });
    }
    Ok(out)
}

/// Clitics a trigger may carry: و ف (and س for the future, ل for purpose) on verbs;
/// و ف ب ل ك and the article on nouns.
/// Does this (normalized) word have the shape of a verbal noun of the derived forms that name
/// acts: افتعال (اعتقال, احتجاز, اغتيال), استفعال (استهداف), تفعيل (تفجير, تعذيب), إفعال
/// (اطلاق)? Finite verbs of those forms are shorter (اعتقل, استهدف, فجر).
pub(crate) fn verbal_noun(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    matches!(
        c.as_slice(),
        ['ا', _, 'ت', _, 'ا', _]
            | ['ا', 'س', 'ت', _, _, 'ا', _]
            | ['ت', _, _, 'ي', _]
            | ['ا', _, _, 'ا', _]
    )
}

/// Is there a form of قام ("to carry out") among the eight words before?
fn after_qama(before: &str) -> bool {
    before.split_whitespace().rev().take(8).any(|w| {
        matches!(
            w.trim_start_matches(['و', 'ف']),
            "قام"
                | "قامت"
                | "قاموا"
                | "يقوم"
                | "تقوم"
                | "يقومون"
                | "سيقوم"
                | "ستقوم"
                // The verbal noun with its doer: "أفادت مصادر بقيام التنظيم باحتجاز 50 عائلة".
                | "قيام"
                | "بقيام"
        )
    })
}

fn prefix_ok(prefix: &str, kind: Kind) -> bool {
    if prefix.is_empty() {
        return true;
    }
    let p = prefix.trim_start_matches(['و', 'ف']);
    if prefix.chars().count() - p.chars().count() > 1 {
        return false;
    }
    match kind {
        Kind::Verb => matches!(p, "" | "س" | "ل"),
        Kind::Noun => matches!(p, "" | "ب" | "ل" | "ك" | "ال" | "بال" | "لل" | "كال"),
    }
}

fn fnv(bytes: &[u8], mut h: u64) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_patterns_validate() {
        let o = Ontology::embedded().unwrap();
        let p = Patterns::embedded(&o).unwrap();
        assert!(p.patterns.len() >= 20);
        assert!(p.patterns.iter().all(|p| p.cameo.len() >= 3));
    }

    #[test]
    fn every_refinement_is_reachable_and_150_codes_are() {
        let o = Ontology::embedded().unwrap();
        let p = Patterns::embedded(&o).unwrap();
        let mut reachable: std::collections::BTreeSet<String> =
            p.patterns.iter().map(|x| x.cameo.clone()).collect();
        loop {
            let before = reachable.len();
            for r in &p.refinements {
                if reachable.contains(&r.base) {
                    reachable.insert(r.code.clone());
                }
            }
            if reachable.len() == before {
                break;
            }
        }
        for r in &p.refinements {
            assert!(
                reachable.contains(&r.base),
                "refinement of {} is dead: no pattern codes it",
                r.base
            );
        }
        let roots: std::collections::BTreeSet<&str> = reachable.iter().map(|c| &c[..2]).collect();
        assert_eq!(roots.len(), 20, "all CAMEO roots: {roots:?}");
        assert!(
            reachable.len() >= 150,
            "only {} codes reachable",
            reachable.len()
        );
        for c in &reachable {
            assert!(o.cameo(c).is_some(), "{c} is a CAMEO code");
        }
    }

    #[test]
    fn bad_rows_name_their_line() {
        let o = Ontology::embedded().unwrap();
        let tsv = "id\tcameo\tkind\ttriggers\tsource\ttarget\tcontext\tnote\nx\t43\tverb\tاستقبل\tafter\tafter\t\t\n";
        let err = Patterns::parse(tsv, "", "", &o).unwrap_err().to_string();
        assert!(err.contains("patterns.tsv:2"), "{err}");
        assert!(err.contains("`43`"), "{err}");
        let tsv = "id\tcameo\tkind\ttriggers\tsource\ttarget\tcontext\tnote\nx\t043\tverb\tاستقبل\tsomewhere\tafter\t\t\n";
        let err = Patterns::parse(tsv, "", "", &o).unwrap_err().to_string();
        assert!(err.contains("unknown source slot"), "{err}");
    }

    const HEADER: &str = "id\tcameo\tkind\ttriggers\tsource\ttarget\tcontext\tnote\n";
    const WORDS: &str = "list\twords\tnote\nexpelled\tالسفير|سفير\t\nreason_heads\tعلى|رغم\t\n";

    fn with_context(context: &str) -> Result<Patterns, CoderError> {
        let o = Ontology::embedded().unwrap();
        let tsv = format!("{HEADER}# a comment\nx\t166\tverb\tطرد\tnear\tafter\t{context}\tnote\n");
        Patterns::parse(&tsv, "", WORDS, &o)
    }

    #[test]
    fn context_conditions_parse() {
        let p = with_context("requires:expelled@+6 forbids:reason_heads@-1 forbids:clitic=ب|ل")
            .unwrap();
        let c = &p.patterns[0].context;
        assert_eq!(c.len(), 3);
        assert!(c[0].requires && !c[1].requires && !c[2].requires);
        assert_eq!(
            c[0].probe,
            Probe::Words {
                list: 0,
                before: 0,
                after: 6
            }
        );
        assert_eq!(
            c[1].probe,
            Probe::Words {
                list: 1,
                before: 1,
                after: 0
            }
        );
        assert_eq!(c[2].probe, Probe::Clitic(vec!["ب".into(), "ل".into()]));
        let both = with_context("requires:expelled@±3").unwrap();
        assert_eq!(
            both.patterns[0].context[0].probe,
            Probe::Words {
                list: 0,
                before: 3,
                after: 3
            }
        );
        assert!(with_context("").unwrap().patterns[0].context.is_empty());
    }

    #[test]
    fn bad_contexts_name_their_line_and_problem() {
        let err = |c: &str| with_context(c).unwrap_err().to_string();
        let e = err("requires:expeled@+6");
        assert!(e.starts_with("patterns.tsv:3:"), "{e}");
        assert!(e.contains("unknown word list `expeled`"), "{e}");
        assert!(
            e.contains("expelled, reason_heads"),
            "lists the known ones: {e}"
        );
        for bad in [
            "requires:expelled@6",
            "requires:expelled@+0",
            "requires:expelled@+99",
            "requires:expelled@-x",
        ] {
            let e = err(bad);
            assert!(e.contains("bad window"), "{bad}: {e}");
        }
        assert!(err("requires:expelled").contains("needs a window"));
        assert!(err("needs:expelled@+6").contains("requires: or forbids:"));
        assert!(err("forbids:clitic=طلب").contains("proclitics"));
    }

    #[test]
    fn bad_word_lists_name_their_line() {
        let o = Ontology::embedded().unwrap();
        let tsv = format!("{HEADER}x\t166\tverb\tطرد\tnear\tafter\t\tnote\n");
        let e = Patterns::parse(&tsv, "", "list\twords\na\tx\na\ty\n", &o)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("words.tsv:3") && e.contains("duplicate list `a`"),
            "{e}"
        );
        let e = Patterns::parse(&tsv, "", "bad name\tx\n", &o)
            .unwrap_err()
            .to_string();
        assert!(e.contains("words.tsv:1"), "{e}");
        let e = Patterns::parse(&tsv, "", "a\tتلبية لطلب\n", &o)
            .unwrap_err()
            .to_string();
        assert!(e.contains("one word"), "{e}");
        let e = Patterns::parse(&tsv, "", "a\t|\n", &o)
            .unwrap_err()
            .to_string();
        assert!(e.contains("no words"), "{e}");
    }

    #[test]
    fn context_holds_around_the_trigger() {
        let p = with_context("requires:expelled@+3").unwrap();
        let holds =
            |p: &Patterns, words: &[&'static str], tw: std::ops::Range<usize>, pre: &str| {
                p.context_holds(&p.patterns[0], |i| words.get(i).copied(), &tw, pre)
            };
        assert!(holds(
            &p,
            &["طردت", "الحكومه", "الليبيه", "السفير", "السوداني"],
            0..1,
            ""
        ));
        // Four words away is outside the window.
        assert!(!holds(
            &p,
            &["طردت", "الحكومه", "الليبيه", "امس", "السفير"],
            0..1,
            ""
        ));
        let p = with_context("forbids:reason_heads@-1 forbids:clitic=ب|ل").unwrap();
        assert!(!holds(&p, &["بناء", "علي", "طلب"], 2..3, ""));
        assert!(holds(&p, &["قدم", "طلب"], 1..2, ""));
        assert!(!holds(&p, &["تلبيه", "لطلب"], 1..2, "ل"));
        assert!(holds(&p, &["وطلب"], 0..1, "و"));
    }

    #[test]
    fn triggers_take_clitics_by_kind() {
        let o = Ontology::embedded().unwrap();
        let p = Patterns::embedded(&o).unwrap();
        let hits = p.triggers("واستقبل الرئيس");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].prefix, "و");
        assert_eq!(p.triggers("بالاجتماع مع").len(), 1);
        assert!(p.triggers("بالاستقبل").is_empty());
        let t = p.topics_in("ملف الهجره غير النظاميه وتامين الحدود");
        assert!(t.contains(&"migration".to_string()) && t.contains(&"security".to_string()));
    }
}
