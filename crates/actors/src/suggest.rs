//! `rasid actors suggest`: names in a corpus that look like actors but that the dictionary does
//! not know, ranked by frequency, each with example sentences and a people.tsv line to complete.
//!
//! A candidate is the run of words right after a cue: after a title or agent phrase the matcher
//! found ("وزير الخارجية السعودي عادل الجبير"), after an attendee cue (بحضور، بمشاركة) and after
//! an event verb (استقبل، التقى، قال …, titles and honorifics in between skipped). The run stops
//! at punctuation, at a dictionary mention, at a stopword and at one of the corpus's most
//! frequent words, which is how common words stay out without a lexicon: the frequency list is
//! built from the input itself. Words that often stand before بن (given names: سلمان بن …) are
//! exempt. A run keeps 2–4 words and must not end in a name particle (بن، عبد، أبو).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::compose::ArticleContext;
use crate::load::Dictionary;
use crate::matcher::{MatchText, WordSet};
use crate::petrarch::transliterate;

/// Function words: rasid's one list (`rasid_text::clean::STOPWORDS`, also what prose detection
/// counts). A candidate name ends at one.
static FUNCTION_WORDS: WordSet = WordSet::new(rasid_text::clean::STOPWORDS);

/// Words that end a candidate name besides the function words: adverbs of time, a few pronouns,
/// titles, honorifics and frequent nouns of diplomatic news. They are this module's own: a name
/// never holds them, but they are not function words, and in the shared list they would change
/// which lines `clean` keeps as prose (its density thresholds are tuned on that list).
static NAME_BREAKERS: WordSet = WordSet::new(&[
    "ماذا",
    "أمس",
    "اليوم",
    "غدا",
    "أم",
    "جميع",
    "كافة",
    "سوى",
    "هن",
    "أنا",
    "أنت",
    "بهم",
    "عنه",
    "عنها",
    "الله",
    "تعالى",
    "يوم",
    "أول",
    "أكثر",
    "أقل",
    "دون",
    "وفق",
    "وفقا",
    "أمام",
    "وراء",
    "فوق",
    "تحت",
    "جانب",
    "إطار",
    "ضمن",
    "لقاء",
    "اجتماع",
    "زيارة",
    "بحضور",
    "بمشاركة",
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "معالي",
    "سمو",
    "صاحب",
    "السمو",
    "الملكي",
    "فخامة",
    "سعادة",
    "الشيخ",
    "الأمير",
    "الملك",
    "خادم",
    "الحرمين",
    "الشريفين",
    "المهندس",
    "الأستاذ",
    "اللواء",
    "العميد",
    "العقيد",
    "الفريق",
    "المشير",
    "الرائد",
    "النقيب",
    "رضي",
    "رحمه",
    "حفظه",
    "يحفظه",
    "سماحة",
    "فضيلة",
    "الإمام",
    "أصحاب",
    "سموه",
    "معاليه",
    "الجانب",
    "الجانبين",
    "العلاقات",
    "الثنائية",
    "التعاون",
    "عدد",
    "عددا",
    "وفد",
    "وفدا",
]);

/// A function word or a name breaker (a normalized word, no clitic).
fn stopword(w: &str) -> bool {
    FUNCTION_WORDS.has(w) || NAME_BREAKERS.has(w)
}

/// Honorifics skipped between a cue and a name ("استقبل الأمير محمد بن سلمان").
static HONORIFICS: WordSet = WordSet::new(&[
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "معالي",
    "سمو",
    "صاحب",
    "السمو",
    "الملكي",
    "فخامة",
    "سعادة",
    "الشيخ",
    "الأمير",
    "الأميرة",
    "الملك",
    "المهندس",
    "الأستاذ",
    "اللواء",
    "العميد",
    "العقيد",
    "الفريق",
    "المشير",
    "سماحة",
    "فضيلة",
    "الإمام",
    "كل",
    "من",
    "الرئيس",
]);

/// Event verbs whose subject (or object) follows them; also with و/ف before and ت after.
static VERBS: WordSet = WordSet::new(&[
    "استقبل",
    "التقى",
    "بحث",
    "أكد",
    "قال",
    "أعلن",
    "صرح",
    "دعا",
    "طالب",
    "اجتمع",
    "زار",
    "وصل",
    "شدد",
    "أوضح",
    "أشار",
    "ناقش",
    "تلقى",
    "أجرى",
    "وقع",
    "ندد",
    "أدان",
    "بعث",
    "أبلغ",
    "أفاد",
    "هنأ",
    "عزى",
    "رأس",
    "ترأس",
    "حذر",
    "كشف",
    "أضاف",
    "نفى",
    "رحب",
    "استعرض",
    "وجه",
    "افتتح",
    "غادر",
    "توجه",
    "أجرت",
    "التقت",
    "يلتقي",
    "يستقبل",
    "اتصل",
    "هاتف",
    "اعتبر",
]);

/// Attendee-list cues.
static ATTENDEES: WordSet = WordSet::new(&[
    "بحضور",
    "وبحضور",
    "بمشاركة",
    "وبمشاركة",
    "حضره",
    "وحضره",
    "حضرها",
    "وحضرها",
    "وحضر",
    "حضر",
    "يرافقه",
    "يرافقها",
    "رافقه",
    "ويرافقه",
    "ورافقه",
    "بمرافقة",
    "وبمرافقة",
]);

/// Name particles: allowed inside a name even when frequent, never at its end.
static PARTICLES: WordSet =
    WordSet::new(&["بن", "ابن", "بنت", "عبد", "أبو", "ابو", "آل", "أبا", "ولد"]);

/// Words counted as frequent: the top this many of the corpus (at most a twentieth of its
/// distinct words, for small inputs).
pub const FREQUENT_TOP: usize = 3000;

#[derive(Debug, Clone)]
struct Raw {
    /// Normalized words (up to 6) and their surface forms.
    words: Vec<String>,
    surfaces: Vec<String>,
    kind: &'static str,
    sentence: usize,
}

/// A suggested name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The most frequent surface form.
    pub name: String,
    /// How often it was seen after a cue.
    pub count: usize,
    /// The kinds of cue: `title`, `attendee`, `verb`.
    pub contexts: Vec<String>,
    /// Up to two example sentences.
    pub examples: Vec<String>,
}

impl Candidate {
    /// A people.tsv line to complete: id guess, empty Latin name, Arabic name, empty short
    /// forms, and where it came from.
    pub fn people_line(&self) -> String {
        let latin = transliterate(&self.name);
        let id: String = latin
            .to_ascii_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        format!(
            "{id}\t\t{}\t\trasid actors suggest ({}×)",
            self.name, self.count
        )
    }
}

/// Collects cue-following word runs over a corpus; [`Suggester::finish`] ranks them.
pub struct Suggester<'d> {
    dict: &'d Dictionary,
    freq: HashMap<String, usize>,
    /// How often a word stands next to بن (given names, fathers' names).
    near_bin: HashMap<String, usize>,
    raw: Vec<Raw>,
    sentences: Vec<String>,
}

fn strip_clitic(w: &str) -> &str {
    for p in ["و", "ف"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 3 {
                return r;
            }
        }
    }
    w
}

fn is_verb(w: &str) -> bool {
    let base = strip_clitic(w);
    VERBS.has(w)
        || VERBS.has(base)
        || base.strip_suffix('ت').is_some_and(|b| {
            VERBS.has(b) || VERBS.has(&format!("{b}ى")) || VERBS.has(&format!("{b}ي"))
        })
}

fn is_stop(w: &str) -> bool {
    if stopword(w) {
        return true;
    }
    for p in ["و", "ف", "ب", "ل", "ك"] {
        if let Some(r) = w.strip_prefix(p) {
            if stopword(r) {
                return true;
            }
        }
    }
    false
}

/// Could this word be part of a name? Words with a clitic and the article (وال، بال، لل …) are
/// not, and a name does not start with the article (that is a title's rest: "وزير الخدمة المدنية").
fn name_like(w: &str, first: bool) -> bool {
    if ["وال", "بال", "فال", "كال", "لل"]
        .iter()
        .any(|p| w.starts_with(p))
    {
        return false;
    }
    !(first && w.starts_with("ال"))
}

fn arabic_word(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

impl<'d> Suggester<'d> {
    pub fn new(dict: &'d Dictionary) -> Self {
        Suggester {
            dict,
            freq: HashMap::new(),
            near_bin: HashMap::new(),
            raw: Vec::new(),
            sentences: Vec::new(),
        }
    }

    /// Read one article's text.
    pub fn add_article(&mut self, text: &str) {
        let block = 0..text.len();
        let ranges = rasid_text::sentences(text, std::slice::from_ref(&block));
        for r in ranges {
            if let Some(s) = text.get(r) {
                self.add_sentence(s);
            }
        }
    }

    fn add_sentence(&mut self, sentence: &str) {
        let mt = MatchText::new(sentence);
        let words = mt.words();
        for (i, (_, w)) in words.iter().enumerate() {
            *self.freq.entry(w.to_string()).or_default() += 1;
            let bin = |k: Option<&(Range<usize>, &str)>| k.is_some_and(|(_, n)| *n == "بن");
            if bin(words.get(i + 1)) || (i > 0 && bin(words.get(i - 1))) {
                *self.near_bin.entry(w.to_string()).or_default() += 1;
            }
        }
        let mentions = self.dict.mentions(&mt);
        let ctx = ArticleContext::default();
        let groups = self.dict.groups(&mt, &mentions, &ctx);
        // For each word: the group covering it, if any.
        let covered: Vec<Option<usize>> = words
            .iter()
            .map(|(r, _)| {
                groups.iter().position(|g| {
                    let start = mentions
                        .iter()
                        .find(|m| m.span.start == g.span.start)
                        .map(|m| m.clitic.start)
                        .unwrap_or(g.span.start);
                    r.start < g.span.end && start < r.end
                })
            })
            .collect();
        let in_mention: Vec<bool> = words
            .iter()
            .map(|(r, _)| {
                mentions
                    .iter()
                    .any(|m| r.start < m.span.end && m.clitic.start < r.end)
            })
            .collect();
        let title_like = |g: usize| {
            let g = &groups[g];
            g.person.is_none()
                && g.surname.is_none()
                && (g.agent.is_some() || g.office.is_some() || g.organization.is_some())
        };
        let mut starts: Vec<(usize, &'static str)> = Vec::new();
        for (i, (_, w)) in words.iter().enumerate() {
            if ATTENDEES.has(w) {
                starts.push((i + 1, "attendee"));
            } else if is_verb(w) && !in_mention[i] {
                starts.push((i + 1, "verb"));
            }
            // The word after a title group.
            if let Some(g) = covered[i] {
                let last = covered.get(i + 1).copied().flatten() != Some(g);
                if last && title_like(g) {
                    starts.push((i + 1, "title"));
                }
            }
        }
        let mut resolved: Vec<(usize, &'static str)> = Vec::new();
        for (mut j, kind) in starts {
            // Skip titles and honorifics between the cue and the name.
            let mut skipped = 0;
            while j < words.len() && skipped < 8 {
                let title =
                    covered[j].is_some_and(title_like) || (in_mention[j] && covered[j].is_none());
                if title || HONORIFICS.has(words[j].1) {
                    if !gap_ok(&mt.text, &words, j) {
                        break;
                    }
                    j += 1;
                    skipped += 1;
                } else {
                    break;
                }
            }
            if j < words.len() && !in_mention[j] {
                resolved.push((j, kind));
            }
        }
        // One candidate per start word; its cue is the most telling one (title, attendee, verb).
        let rank = |k: &str| match k {
            "title" => 0,
            "attendee" => 1,
            _ => 2,
        };
        resolved.sort_by_key(|&(j, k)| (j, rank(k)));
        resolved.dedup_by_key(|&mut (j, _)| j);
        for (j, kind) in resolved {
            // Inside a name already ("… بن عبد العزيز"): not the start of one.
            if j > 0 && PARTICLES.has(words[j - 1].1) {
                continue;
            }
            if j > 0 && !gap_ok(&mt.text, &words, j) {
                continue;
            }
            let mut run: Vec<usize> = Vec::new();
            let mut k = j;
            while k < words.len() && run.len() < 6 {
                let w = words[k].1;
                if in_mention[k]
                    || is_stop(w)
                    || !arabic_word(w)
                    || is_verb(w)
                    || !name_like(w, run.is_empty())
                {
                    break;
                }
                if !run.is_empty() && !gap_ok(&mt.text, &words, k) {
                    break;
                }
                run.push(k);
                k += 1;
            }
            if run.len() < 2 {
                continue;
            }
            let span: Range<usize> = words[run[0]].0.start..words[*run.last().unwrap_or(&j)].0.end;
            let _ = span;
            self.raw.push(Raw {
                words: run.iter().map(|&k| words[k].1.to_string()).collect(),
                surfaces: run
                    .iter()
                    .map(|&k| {
                        sentence
                            .get(mt.original_range(words[k].0.clone()))
                            .unwrap_or(words[k].1)
                            .to_string()
                    })
                    .collect(),
                kind,
                sentence: self.sentences.len(),
            });
        }
        if self
            .raw
            .last()
            .is_some_and(|r| r.sentence == self.sentences.len())
        {
            let short: String = sentence.chars().take(240).collect();
            self.sentences.push(short);
        }
    }

    /// The `top` most frequent unknown names seen at least `min_count` times.
    pub fn finish(self, top: usize, min_count: usize) -> Vec<Candidate> {
        let mut by_freq: Vec<(&String, &usize)> = self.freq.iter().collect();
        by_freq.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let frequent: HashSet<&str> = by_freq
            .iter()
            .take(FREQUENT_TOP.min(self.freq.len() / 20))
            .map(|(w, _)| w.as_str())
            .filter(|w| {
                let n = self.freq.get(*w).copied().unwrap_or(0);
                let bin = self.near_bin.get(*w).copied().unwrap_or(0);
                // A given name: often next to بن.
                !(PARTICLES.has(w) || bin * 10 >= n)
            })
            .collect();
        struct Agg {
            count: usize,
            surfaces: HashMap<String, usize>,
            kinds: Vec<&'static str>,
            examples: Vec<usize>,
        }
        let mut agg: HashMap<String, Agg> = HashMap::new();
        for r in &self.raw {
            let freq = |w: &str| self.freq.get(w).copied().unwrap_or(0);
            // A word is common when frequent, or when it is a clitic (و ف ب ل) on a word that
            // the corpus uses more often bare ("ويتلقى", "وشهود"), unlike "وليد" or "بدر".
            let common = |w: &str| {
                frequent.contains(w)
                    || ["و", "ف", "ب", "ل"].iter().any(|p| {
                        w.strip_prefix(p).is_some_and(|x| {
                            frequent.contains(x) || stopword(x) || freq(x) >= freq(w).max(1)
                        })
                    })
            };
            let mut n = r
                .words
                .iter()
                .position(|w| common(w))
                .unwrap_or(r.words.len())
                .min(4);
            while n > 0 && PARTICLES.has(&r.words[n - 1]) {
                n -= 1;
            }
            if n < 2 {
                continue;
            }
            let key = r.words[..n].join(" ");
            let surface = r.surfaces[..n].join(" ");
            let a = agg.entry(key).or_insert_with(|| Agg {
                count: 0,
                surfaces: HashMap::new(),
                kinds: Vec::new(),
                examples: Vec::new(),
            });
            a.count += 1;
            *a.surfaces.entry(surface).or_default() += 1;
            if !a.kinds.contains(&r.kind) {
                a.kinds.push(r.kind);
            }
            if a.examples.len() < 2
                && !a
                    .examples
                    .iter()
                    .any(|&e| self.sentences.get(e) == self.sentences.get(r.sentence))
            {
                a.examples.push(r.sentence);
            }
        }
        let mut out: Vec<Candidate> = agg
            .into_values()
            .filter(|a| a.count >= min_count.max(1))
            .map(|a| {
                let mut forms: Vec<(String, usize)> = a.surfaces.into_iter().collect();
                forms.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
                Candidate {
                    name: forms.first().map(|f| f.0.clone()).unwrap_or_default(),
                    count: a.count,
                    contexts: a.kinds.iter().map(|k| k.to_string()).collect(),
                    examples: a
                        .examples
                        .iter()
                        .filter_map(|&e| self.sentences.get(e).cloned())
                        .collect(),
                }
            })
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
        out.truncate(top);
        out
    }
}

/// Is the text between word `k-1` and word `k` only spaces (no punctuation)?
fn gap_ok(text: &str, words: &[(Range<usize>, &str)], k: usize) -> bool {
    if k == 0 || k >= words.len() {
        return true;
    }
    text.get(words[k - 1].0.end..words[k].0.start)
        .is_some_and(|g| g.chars().all(|c| c == ' '))
}
