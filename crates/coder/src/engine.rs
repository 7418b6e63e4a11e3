//! The coding pass over one article: clean, split into sentences, tag actors, fire
//! triggers, fill each pattern's slots (TABARI-style shallow matching over the tagged
//! sentence), then date, locate and qualify each event, and merge what the article says twice.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use jiff::civil::Date;
use rasid_actors::compose::{ActorGroup, ArticleContext, BACKED};
use rasid_actors::matcher::{phrase_key, MatchText, Mention, WordSet};
use rasid_actors::{Actor, Dictionary};
use rasid_text::CharIndex;
use sha2::{Digest, Sha256};

use crate::dates::{self, DateExpr, DateMatch, Precision};
use crate::error::CoderError;
use crate::event::{Article, Coded, Event, Evidence, Location};
use crate::ontology::Ontology;
use crate::patterns::{verbal_noun, Kind, Patterns, Slot, TriggerHit};

/// Prepositions that govern the word after them (normalized).
static PREPS: WordSet = WordSet::new(&[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "لدي",
    "بين",
    "خلال",
    "حول",
    "ضد",
    "نحو",
    "تجاه",
    "داخل",
    "منذ",
    "بحضور",
    "بمشاركه",
    "وبحضور",
    "وبمشاركه",
    "وفي",
    "ومن",
    "والي",
    "وعلي",
    "ومع",
    "وبين",
    "أمام",
    "بحق",
    "وأمام",
    // "الحملة الجوية … فوق العراق وسورية": the sky over a country is a place.
    "فوق",
    "وفوق",
]);
/// Honorifics before a name: a preposition attached to them governs the party after them
/// ("اتصالا هاتفيا بفخامة الرئيس").
static HONORIFICS: WordSet = WordSet::new(&[
    "فخامة",
    "جلالة",
    "سمو",
    "معالي",
    "سعادة",
    "دولة",
    "سماحة",
    "صاحب",
    "السمو",
    "الملكي",
    "الشيخ",
    "الدكتور",
]);
/// Professional titles before a name ("المهندس محمد المخرج", "د. مفرج الحقباني").
static TITLES: WordSet = WordSet::new(&[
    "المهندس",
    "الدكتور",
    "د",
    "الاستاذ",
    "اللواء",
    "العميد",
    "العقيد",
    "الفريق",
    // "ونوه أمين الطائف": a city's mayor, whom the dictionary does not list.
    "امين",
]);
/// Prepositions that open adjuncts of time or place, skipped when looking for an object
/// ("استقبل الملك في قصر السلام، اليوم، وزير الخارجية المصري").
static ADJUNCT_PREPS: WordSet = WordSet::new(&["في", "خلال", "منذ", "عقب", "بعد", "قبل", "وفي"]);
/// "عضو …": a member of the body named a few words on.
static MEMBER_HEADS: WordSet = WordSet::new(&["عضو", "عضوه", "اعضاء"]);
/// Does an act of force at `trigger` stand in an أن clause that a party before it only reports?
/// "أشارت السلطات التركية إلى أنه فجر نفسه" (he is not the authorities), "قال المرصد إن سيارة
/// ملغومة استهدفت": yes. Not when the clause opens on the party's own forces ("أوضحت المقاومة أن
/// مقاتليها استهدفوا") or a pronoun that fits it ("أعلن الجيش أنه قصف"; a feminine party ends in
/// ة, written ه, or in ات).
fn speaker_before_that(t: &Tagged, p: &Party, trigger: usize) -> bool {
    // (A colon after the speaker opens what it says as أن does: "قال المرصد السوري: قصف الطيران
    // المروحي …". Not a quote mark: quotes also wrap names, "جماعة "ولاية سيناء"".)
    let colon = (p.words.end.saturating_sub(1)..trigger)
        .find(|&w| p.words.end > 0 && t.mark_after(w, &[':']));
    let that = if let Some(colon) = colon {
        colon
    } else {
        // (Not a temporal "بعد أن", "قبل أن", "حتى أن": no speech opens there.)
        let temporal = |w: usize| {
            w > 0
                && matches!(
                    t.word(w - 1).trim_start_matches('و'),
                    "بعد" | "قبل" | "منذ" | "حتي"
                )
        };
        let Some(that) =
            (p.words.end..trigger).find(|&w| complementizer(t.word(w)).is_some() && !temporal(w))
        else {
            return false;
        };
        that
    };
    // An army reports its own strikes ("قال الجيش إن خمس غارات شنت"), and so does a government
    // naming the strike itself ("وذكر البنتاجون أن الغارة استهدفت").
    let next = t.word(that + 1);
    if p.actor.sector.as_deref() == Some("MIL")
        || !matches!(
            p.actor.sector.as_deref(),
            Some("NGO" | "MED" | "CVL" | "COP")
        ) && OWN_STRIKES.has(next)
    {
        return false;
    }
    let last = t.word(p.words.end.saturating_sub(1));
    let feminine = last.ends_with('ه') || last.ends_with("ات");
    if complementizer(t.word(that)) == Some("انه") {
        return feminine;
    }
    // "أن مقاتليها", "أن عناصرهم": the party's own. (Not ـه: ة is written ه once normalized,
    // "أن مجموعة إرهابية".)
    !(that + 1 < trigger
        && next.chars().count() > 4
        && (next.ends_with("ها") || next.ends_with("هم")))
}

/// "قالت المقاومة الشعبية في إقليم تهامة، غرب اليمن، إنها قتلت 223 عنصرًا", "وأفادت المقاومة …
/// أنها نفذت … كمائن": أن/إن with a pronoun right before the act (or before a verb of doing that
/// names it) points back to the speaker, an armed body, who did it. The speaker: the last
/// ungoverned party before أن, within twelve words, with no other party between.
fn own_deed_speaker(t: &Tagged, trigger: usize) -> Option<usize> {
    let pronoun = |w: usize| {
        matches!(
            t.word(w).trim_start_matches(['و', 'ب']),
            "انها" | "انه" | "انهم" | "انهما"
        )
    };
    let that = (trigger.saturating_sub(2)..trigger)
        .rev()
        .find(|&w| pronoun(w))
        .or_else(|| {
            // "أنها نفذت في الساعات الأولى من فجر اليوم، كمائن": a verb of doing after أن.
            (trigger.saturating_sub(12)..trigger.saturating_sub(1))
                .rev()
                .find(|&w| {
                    pronoun(w)
                        && matches!(
                            t.word(w + 1),
                            "نفذت" | "نفذ" | "نفذوا" | "شنت" | "شن" | "شنوا"
                        )
                })
        })?;
    if t.parties
        .iter()
        .any(|p| p.words.start > that && p.words.start < trigger && !p.placeish)
    {
        return None;
    }
    let pi = t
        .parties
        .iter()
        .rposition(|p| p.words.end <= that && p.governor.is_none() && !p.placeish)?;
    let p = &t.parties[pi];
    (that - p.words.end <= 12 && armed(&p.actor) && !reporter(&p.actor) && !p.both).then_some(pi)
}

/// A family name by nisba ("الصرخي", "المساري", "الشمري"): a definite word of five letters or
/// more ending in ي that is no common adjective of time, order or kind.
fn nisba_surname(w: &str) -> bool {
    w.starts_with("ال")
        && w.ends_with('ي')
        && w.chars().count() >= 5
        && !matches!(
            w,
            "الماضي"
                | "الحالي"
                | "الثاني"
                | "التالي"
                | "الجاري"
                | "الدولي"
                | "الاخري"
                | "الامني"
                | "الرسمي"
                | "المحلي"
                | "السياسي"
                | "العسكري"
        )
}

/// أن/إن (or أنه) opening a reported clause, with و or ب before it: the bare form.
fn complementizer(word: &str) -> Option<&str> {
    Some(word.trim_start_matches(['و', 'ب'])).filter(|w| matches!(*w, "ان" | "انه"))
}

/// Strikes named as such after أن: the reporting government's own.
static OWN_STRIKES: WordSet = WordSet::new(&[
    "الغاره",
    "الغارات",
    "الضربه",
    "الضربات",
    "غاره",
    "غارات",
    "ضربات",
    "طايرات",
    "الطايرات",
    "قواتنا",
]);

/// Nouns that محكمة ("tight") qualifies.
static TIGHT_HEADS: WordSet = WordSet::new(&[
    "كماين",
    "كمين",
    "كمينا",
    "خطه",
    "خطط",
    "قبضه",
    "سيطره",
    "اجراءات",
    "رقابه",
    "حراسه",
    "سياج",
    "اغلاق",
    "حصار",
    "حصارا",
    "عمليه",
    "عمليات",
    "بطريقه",
    "بصوره",
    "بخطه",
]);
/// Verbs that take an act noun as object ("نفذت المقاومة … كمائن", "شن التحالف … غارات").
static LIGHT_VERBS: WordSet = WordSet::new(&[
    "نفذ",
    "نفذت",
    "ونفذ",
    "ونفذت",
    "شن",
    "شنت",
    "وشن",
    "وشنت",
    "خاض",
    "خاضت",
    "وخاض",
    "وخاضت",
]);
/// Verbs two parties named before an act of force share as one side ("تخوضان معارك", "قضى على
/// ما تبقى منها في مواجهات", "تكبدت … خسائر في معارك").
static SHARED_VERBS: WordSet = WordSet::new(&[
    "تخوض",
    "يخوض",
    "تخوضان",
    "يخوضان",
    "خاضا",
    "خاضتا",
    "قضي",
    "قضت",
    "تكبد",
    "تكبدت",
    "شارك",
    "شاركت",
    "يشارك",
    "تشارك",
    "يشاركان",
    "تشاركان",
    "ساند",
    "ساندت",
]);
/// Weapons named with ب between a verb of force and its object ("قصفت بالمدفعية عربات ومواقع
/// حوثية", "قصف الحوثيون … بالدبابات حي الإخوة").
static INSTRUMENTS: WordSet = WordSet::new(&[
    "بالمدفعيه",
    "بالدبابات",
    "بالصواريخ",
    "بالهاون",
    "بقذايف",
    "بالقذايف",
    "بالطايرات",
    "بالرصاص",
    "بالاسلحه",
    "بالبراميل",
]);
/// Sectors that do not coerce: civilians, legal opposition, media, NGOs, business, education,
/// refugees.
fn unarmed(sector: &str) -> bool {
    matches!(
        sector,
        "CVL" | "OPP" | "MED" | "NGO" | "BUS" | "EDU" | "REF"
    )
}

/// Time adverbs that close a long subject before the object ("… الربيعة، أمس، وزيرة الإعلام").
static TIME_ADVERBS: WordSet = WordSet::new(&["امس", "اليوم", "صباح", "مساء", "ظهر"]);
/// Adverbs that may stand between a verb (or its subject) and its object.
static OBJECT_ADVERBS: WordSet = WordSet::new(&[
    "ايضا",
    "كذلك",
    "بشده",
    "بقوه",
    "امس",
    "اليوم",
    "مجددا",
    "بدوره",
    "بدورها",
    "بدورهم",
]);
/// Journalists: coded by the outlet named after them ("المذيع في قناة الجزيرة").
static JOURNALISTS: WordSet = WordSet::new(&[
    "صحفي",
    "الصحفي",
    "صحافي",
    "الصحافي",
    "الصحفية",
    "مراسل",
    "المراسل",
    "مراسلة",
    "مذيع",
    "المذيع",
    "المذيعة",
    "الاعلامي",
    "اعلامي",
]);
/// Demonstratives that point back to an act already told ("هذا العمل الإجرامي", "لهذه الجريمة").
static DEMONSTRATIVES: WordSet = WordSet::new(&[
    "هذا", "هذه", "لهذا", "لهذه", "بهذا", "بهذه", "ذلك", "تلك", "لذلك", "لتلك",
]);
/// Relative pronouns: the verb after one has its antecedent as subject.
static RELATIVES: WordSet = WordSet::new(&[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
]);
/// Head nouns standing for the body named after them with ل ("الأمانة العامة لمجلس التعاون",
/// "المجلس التنسيقي للمقاومة").
static SECRETARIAT: WordSet = WordSet::new(&[
    "العامه",
    "الامانه",
    "المجلس",
    "اللجنه",
    "الهيئه",
    "القياده",
    "المكتب",
    "الجناح",
    "الذراع",
]);
/// CAMEO roots of verbal events: an act named in their object is embedded in them.
const VERBAL_ROOTS: &[&str] = &["01", "02", "03", "05", "10", "11", "12", "13"];
/// Verbs whose subject is the agent of the act a relative clause describes.
static REL_AGENT: WordSet = WordSet::new(&[
    // "في قصف نسب إلى الحوثيين": attributed to.
    "نسب",
    "نسبت",
    "المنسوب",
    "المنسوبة",
    "نفذه",
    "نفذها",
    "نفذته",
    "ارتكبه",
    "ارتكبها",
    "ترتكبها",
    "يرتكبها",
    "شنه",
    "شنها",
    "شنته",
    "شنتها",
    "شنوها",
    "تشنها",
    "تشنه",
    "يشنه",
    // "في هجمات تبنى بعضها تنظيم داعش", "الهجوم الذي تبناه التنظيم": claimed by.
    "تبني",
    "تبنت",
    "تبناه",
    "تبناها",
    "تبنته",
    "تبنتها",
    // "التصريحات التي أدلى بها نوري المالكي".
    "ادلي",
    "ادلت",
    // "من براميل أسقطها النظام", "قذائف أطلقها الحوثيون".
    "اسقطها",
    "اسقطتها",
    "القاها",
    "القتها",
    "اطلقها",
    "اطلقتها",
    "اطلقته",
    "اسقطته",
    "القته",
    "اطلقه",
    "اطلقوه",
    "اطلقوها",
    "يشنها",
    "قام",
    "تقوم",
    "يقوم",
    "نفذتها",
    // "أشاد بالجهود التي تبذلها المملكة", "الدعم الذي تقدمه".
    "تبذلها",
    "يبذلها",
    "بذلتها",
    "بذلها",
    "يبذله",
    "تبذله",
    "تقدمه",
    "يقدمه",
    "قدمته",
    "قدمه",
    "تقدمها",
    "يقدمها",
    "قدمتها",
    "قدمها",
]);
/// Nouns of an act whose author is named right after them in construct ("أدانت … قرار ميليشيات
/// الحوثي", "جرائم الاحتلال").
static ACT_NOUNS: WordSet = WordSet::new(&[
    "قرار",
    "جرائم",
    "الجرائم",
    "ممارسات",
    "انتهاكات",
    "اعتداءات",
    "هجمات",
    "هجوم",
    "عدوان",
    "اعتداء",
    "تصريحات",
    "مزاعم",
    "ادعاءات",
    "اتهامات",
    "تهديدات",
    "اساءات",
    "تدخل",
    "تدخلات",
    "سياسات",
    "سياسه",
    "قصف",
    "غارات",
    "احراق",
    "استهداف",
    "اجراءات",
    "ارهاب",
]);
/// "وطالب التحالف أنصاره", "دعا … أنصاره إلى الاحتشاد": the source's own supporters, named by
/// a noun with a pronoun right where the object stands: a body of the source's country and
/// sector.
fn supporters_of(t: &Tagged, start: usize, src: &Actor) -> Option<Actor> {
    let w = t.word(start);
    if !SUPPORTERS.has(w) {
        return None;
    }
    let country = src.country.as_deref().filter(|c| c.len() == 3)?;
    Some(Actor {
        text: w.to_string(),
        name: None,
        name_ar: None,
        country: Some(country.to_string()),
        sector: src.sector.clone(),
        code: src.code.clone(),
        role: Some("supporters".into()),
        entry: Some(format!("supporters-of:{}", src.party_key())),
    })
}

/// A body's own followers, named by a noun with a pronoun (slot `after`, see [`supporters_of`]).
static SUPPORTERS: WordSet = WordSet::new(&[
    "انصاره",
    "انصارها",
    "انصارهم",
    "مويديه",
    "مويديها",
    "مويديهم",
    "اتباعه",
    "اتباعها",
    "انصارهما",
]);

/// Prisons, after which a nisba or a genitive names who holds the prisoners (slot `holder`).
static PRISONS: WordSet = WordSet::new(&[
    "السجون",
    "سجون",
    "المعتقلات",
    "معتقلات",
    "السجن",
    "سجن",
    "الزنازين",
]);
/// Words after which the party named is the one killed or hurt.
static VICTIM_WORDS: WordSet = WordSet::new(&[
    "مقتل",
    "قتل",
    "استشهاد",
    "إصابة",
    "اصابه",
    "مصرع",
    "قتلى",
    "ومقتل",
    "واصابه",
    "بمقتل",
    "حرق",
    "احراق",
    "وحرق",
    "جرح",
    "وجرح",
    // "غارة جوية أمريكية … قتلت قياديا كبيرا بتنظيم القاعدة".
    "قتلت",
    "وقتلت",
]);
/// Words, decisions and policies: what هاجم right before them attacks in words.
static WORDS_ATTACKED: WordSet = WordSet::new(&[
    "قرار",
    "قرارا",
    "القرار",
    "تصريحات",
    "التصريحات",
    "سياسه",
    "سياسات",
    "السياسه",
    "الاتفاق",
    "اتفاق",
    "موقف",
    "مواقف",
    "الموقف",
    "قانون",
    "القانون",
    "خطاب",
    "الخطاب",
    "تقرير",
    "التقرير",
]);
/// Words that open an adverbial phrase before the main clause ("خلال استقباله …، أكد").
static ADVERBIAL_OPENERS: WordSet = WordSet::new(&["خلال", "لدي", "اثناء", "عند", "في"]);
/// Members named as the agents of an act, right after its verb and before من + their body
/// ("واستهدف انتحاري من تنظيم داعش"; the nominative plural "مسلحون من"): the body is the source.
static AGENT_MEMBERS: WordSet =
    WordSet::new(&["انتحاري", "انتحاريان", "انتحاريون", "مسلحون", "مقاتلون"]);
/// Members of a body: "قياديا في تنظيم القاعدة" names the body as the object (see `after`).
static MEMBERS: WordSet = WordSet::new(&[
    "قياديا",
    "قياديين",
    "قيادي",
    "قادة",
    "عنصرا",
    "عناصر",
    "عضوا",
    "عضو",
    "اعضاء",
    "مقاتلا",
    "مقاتلين",
    "مسلحا",
    "مسلحين",
    "افراد",
    "زعيما",
    "ناشطا",
    "ناشطين",
]);
/// Members in construct with the body they belong to ("مسلحي التنظيم", "عناصر داعش").
static CONSTRUCT_MEMBERS: WordSet = WordSet::new(&[
    "مسلحي",
    "عناصر",
    "مقاتلي",
    "اعضاء",
    "افراد",
    "قيادات",
    "انصار",
    "مناصري",
]);
/// Verbs of death and injury read as passives when a count follows them ("قتل ١٠ من الحوثيين",
/// "وأصيب ثلاثة من أفراد المقاومة").
static PASSIVE_DEATH: WordSet = WordSet::new(&["قتل", "وقتل", "اصيب", "واصيب", "جرح", "وجرح"]);
/// Nouns of death and injury: the party in construct with one is a victim ("مقتل سبعة جنود").
static DEATH_NOUNS: WordSet = WordSet::new(&[
    "مقتل",
    "ومقتل",
    "بمقتل",
    "لمقتل",
    "استشهاد",
    "واستشهاد",
    "اصابه",
    "واصابه",
    "مصرع",
    "ومصرع",
]);

/// An indefinite nisba adjective ("حوثي", "سعودية", "إسرائيلية"): no article, the ending ي/ية.
fn nisba_adjective(word: &str) -> bool {
    let w = word.trim_start_matches('و');
    !w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")) && w.chars().count() >= 4
}

/// Is party `pi` joined by و to a victim before it ("قتل ١٠ من الحوثيين وقوات صالح")?
fn victim_listed(t: &Tagged, pi: usize) -> bool {
    let mut k = pi;
    while k > 0 && t.parties[k].and {
        k -= 1;
        if killed(t, t.parties[k].words.start) {
            return true;
        }
    }
    false
}

/// Is the party starting at word `w` in construct with a noun of death or injury, a number
/// perhaps between ("مقتل سبعة جنود")?
fn killed(t: &Tagged, w: usize) -> bool {
    // Between: numbers and partitives ("بمقتل اثنين من كبار قادة تنظيم داعش").
    let counted = |x: &str| {
        is_quantifier(x)
            || x.chars().all(|c| c.is_ascii_digit())
            || matches!(
                x,
                "من" | "كبار"
                    | "ابرز"
                    | "اثنين"
                    | "اثنان"
                    | "نحو"
                    | "حوالي"
                    | "مقاتلي"
                    | "عناصر"
                    | "افراد"
                    | "جنود"
                    | "منتسبي"
                    // "أصيب ضابطا شرطة مصريان": members in construct with their body.
                    | "ضابطا"
                    | "ضابطان"
                    | "ضابطين"
                    | "ضباط"
                    | "عنصرا"
                    | "عنصران"
                    | "عنصرين"
            )
    };
    // "عشرات المتمردين لقوا مصرعهم في غارات": the party before its death or wounds.
    if let Some(p) = t.parties.iter().find(|p| p.words.start == w) {
        let next = t.word(p.words.end);
        let death = (p.words.end + 1..(p.words.end + 3).min(t.words.len()))
            .any(|k| t.word(k).starts_with("مصرع") || t.word(k).starts_with("حتف"));
        if matches!(next, "لقوا" | "لقي" | "لقيت" | "لقيا") && death
            || matches!(next, "قضوا" | "اصيبوا" | "اصيب" | "اصيبت")
        {
            return true;
        }
    }
    // "لقي جنديان سعوديان مصرعهما": the party between لقي and its death.
    if w > 0
        && matches!(
            t.word(w - 1),
            "لقي" | "ولقي" | "لقيت" | "ولقيت" | "لقوا" | "ولقوا"
        )
        && (w + 1..(w + 5).min(t.words.len())).any(|k| t.word(k).starts_with("مصرع"))
    {
        return true;
    }
    (1..=6)
        .take_while(|&k| k <= w)
        .map(|k| (k, t.word(w - k)))
        .try_for_each(|(k, x)| {
            // "قتل ١٠ من الحوثيين": a passive verb of death with a count before the party (the
            // active "قتل الجيش" has its subject right after it).
            // So does an indefinite party right after it ("وقتل جنود أتراك في هجوم"): the
            // active verb's subject is definite.
            if DEATH_NOUNS.has(x) || PASSIVE_DEATH.has(x) && (k > 1 || !t.word(w).starts_with("ال"))
            {
                Err(true)
            } else if counted(x) {
                Ok(())
            } else {
                Err(false)
            }
        })
        .err()
        .unwrap_or(false)
}

/// Words of football and other sports: clubs, coaches, matches. (Not "اللاعب": "اللاعب الرئيسي في
/// الملف" is a power; not "الدوري": "الرئيس الدوري" is rotating.)
static SPORTS: WordSet = WordSet::new(&[
    "نادي",
    "النادي",
    "لنادي",
    "المدرب",
    "مدرب",
    "المباراه",
    "مباراه",
    "مباريات",
    "المباريات",
    // (Not "اللاعب الرئيسي", "اللاعبين الإقليميين": powers in politics.)
    "لاعبي",
    "لاعبو",
    "منتخب",
    "المنتخبات",
    "منتخبات",
    "الدوري",
    // "رئيس اللجنة الأولمبية العربية السعودية", "الاتحاد البوليفي لكرة القدم". (Not a
    // stadium blown up: "بتفجير الملعب الأولمبي".)
    "الاولمبيه",
    "لكره",
]);

/// Is the trigger an imperfect verb right after an indefinite accusative noun, which it
/// describes ("موقعا ينتقد", "بيانا تطالب فيه")?
fn described_noun(t: &Tagged, tw: &Range<usize>) -> bool {
    if tw.start == 0 || !t.word(tw.start).starts_with(['ي', 'ت']) {
        return false;
    }
    // "أصدرت المقاومة بيانا تطالب فيه الحكومة": a statement in which its issuer demands.
    if matches!(t.word(tw.end), "فيه" | "فيها") {
        return false;
    }
    let prev = t.word(tw.start - 1);
    // Not a conjunction, adverb or pronoun in ـا: عندما, بينما, لماذا, هكذا, أيضا, أنها.
    prev.ends_with('ا')
        && !prev.ends_with("وا")
        && !prev.ends_with("ما")
        && !prev.ends_with("ها")
        && !matches!(
            prev.trim_start_matches(['و', 'ف']),
            "لماذا"
                | "ماذا"
                | "هكذا"
                | "اذا"
                | "لذا"
                | "حاليا"
                | "دائما"
                | "غالبا"
                | "احيانا"
        )
        && prev.chars().count() >= 4
        && !prev.starts_with("ال")
        && !OBJECT_ADVERBS.has(prev)
        && !t.parties.iter().any(|p| p.words.contains(&(tw.start - 1)))
}

/// Does an indefinite act of force stand right before `w`, or before its adjective and where it
/// happened ("بعد ثلاثة أيام على هجوم انتحاري في سوروتش (جنوب) استهدف مجموعة ناشطين")?
fn after_force_act(t: &Tagged, w: usize) -> bool {
    let mut k = w;
    while k > 0 && w - k < 6 {
        k -= 1;
        let word = t.word(k);
        if FORCE_ACTS.has(word) {
            return true;
        }
        let place = t.places.iter().any(|(gi, _)| {
            let g = &t.groups[*gi].span;
            t.word_at(g.start) <= k && k <= t.word_at(g.end.saturating_sub(1))
        });
        let adjective = !word.starts_with("ال") && word.ends_with('ي') && word.chars().count() >= 4;
        let between_ok = place
            || adjective
            || matches!(word, "في" | "قرب" | "بالقرب" | "من")
            || DIRECTIONS.has(word);
        if !between_ok || t.mark_after(k, &['،', ',', '.']) {
            return false;
        }
    }
    false
}

/// Head nouns of bodies ("مجلس محافظة الأنبار", "نقابة الصحفيين", "قيادة المقاومة"): one right
/// after a verb of speech is its subject, the body named after it if any (slot `carry`).
static BODY_HEADS: WordSet = WordSet::new(&[
    "قياده",
    "قيادات",
    "مجلس",
    "نقابه",
    "اتحاد",
    "منظمه",
    "جمعيه",
    "رابطه",
    "هيئه",
    "لجنه",
    "حركه",
    "جماعه",
]);

/// Strikes and weapons that hit, after ب right after a verb of force: "استهدف بضربة جوية" is
/// a passive.
static WEAPONS_STRUCK: WordSet = WordSet::new(&[
    "ضربه",
    "غاره",
    "صاروخ",
    "قذيفه",
    "عبوه",
    "رصاص",
    "رصاصه",
    "طلقات",
    "قصف",
]);

/// Those who did an act already told ("مرتكبي الأعمال الإرهابية", "منفذي الهجوم").
static PERPETRATORS: WordSet = WordSet::new(&["مرتكبي", "منفذي", "الجناه", "المسوولين"]);

/// Nouns of relation: "حلفاء تركيا" are Turkey's allies, not Turkey.
static RELATIONS: WordSet = WordSet::new(&[
    "حلفاء",
    "حليف",
    "اعداء",
    "خصوم",
    "منتقدو",
    "منتقدي",
    "معارضو",
    "معارضي",
    "منافسو",
    "منافسي",
]);

/// Does the party at word `w` stand in construct with a noun of relation?
fn related(t: &Tagged, w: usize) -> bool {
    w > 0 && RELATIONS.has(t.word(w - 1).trim_start_matches(['و', 'ف']))
}

/// Verbs of saying that open a sentence (and its quote): no dateline starts with one.
static SPEECH_OPENERS: WordSet = WordSet::new(&[
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "اضاف",
    "واضاف",
    "اضافت",
    "واضافت",
    "تابع",
    "وتابع",
    "اكد",
    "واكد",
    "اكدت",
    "واكدت",
    "اوضح",
    "واوضح",
    "اوضحت",
    "واوضحت",
    "اعلن",
    "واعلن",
    "اعلنت",
    "واعلنت",
    "ذكر",
    "وذكر",
    "ذكرت",
    "وذكرت",
    "يقول",
    "ويقول",
    "تقول",
    "وتقول",
]);
/// Verbs of reporting another's words ("نقلت … عن").
static REPORTING: WordSet = WordSet::new(&["نقل", "نقلت", "ونقل", "ونقلت", "نقلا", "نقلته"]);
/// Nouns that introduce a place name ("العاصمة طرابلس"), and buildings ("في ديوان الوزارة":
/// the ministry is where, not whom).
static PLACE_NOUNS: WordSet = WordSet::new(&[
    "ديوان",
    "مكتب",
    "قصر",
    "مبني",
    "فندق",
    "قاعه",
    "العاصمه",
    "مدينه",
    "بلده",
    "محافظه",
    "ولايه",
    "منطقه",
    "عاصمه",
    "قريه",
    "مقر",
    "فرع",
    "ميناء",
    "مطار",
    "اقليم",
]);
/// Quantifiers before a partitive من ("ثلاثة من", "عدد من", "17 من").
static QUANTIFIERS: WordSet = WordSet::new(&[
    "عدد",
    "عشرات",
    "العشرات",
    "مئات",
    "المئات",
    "الاف",
    "الوف",
    "بعض",
    "احد",
    "احدي",
    "معظم",
    "غالبيه",
    "اغلب",
    "جميع",
    "اثنين",
    "اثنان",
    "ثلاثه",
    "اربعه",
    "خمسه",
    "سته",
    "سبعه",
    "ثمانيه",
    "تسعه",
    "عشره",
    "عشرين",
    "ثلاثين",
    "اربعين",
    "خمسين",
    "مئه",
    "الف",
]);

fn is_quantifier(w: &str) -> bool {
    QUANTIFIERS.has(w) || (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit()))
}

/// Words of direction or nearness that place what follows ("غرب مدينة تعز", "قرب الحدود").
static DIRECTIONS: WordSet = WordSet::new(&[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
    "قرب",
    "بالقرب",
]);
/// Words that open the list of those present at an event.
static ATTENDANCE: WordSet = WordSet::new(&["بحضور", "وبحضور", "بمشاركه", "وبمشاركه"]);
/// Words that open a subordinate time clause: a date after them is not the event's.
static SUBORDINATORS: WordSet = WordSet::new(&["عقب", "بعد", "قبل", "منذ", "اثر", "وبعد", "وقبل"]);
/// Complementizers (أن/إن and their clitic forms) opening the clause a verb of saying reports.
static COMPLEMENTIZERS: WordSet = WordSet::new(&[
    "ان",
    "انه",
    "انها",
    "انهم",
    "بان",
    "بانه",
    "بانها",
    "وان",
    "وانه",
    "وانها",
    "لان",
]);
/// Copulas a negation may stand on ("لم تكن").
static COPULAS: WordSet = WordSet::new(&["تكن", "يكن", "تكون", "يكون", "كان", "كانت"]);
static NEGATIONS: WordSet = WordSet::new(&[
    "لم", "لن", "لا", "ما", "ليس", "ليست", "عدم", "دون", "نفي", "ينفي",
]);
/// Nouns of acts condemned, praised or rejected, right after the verb ("أدانت تشكل وزيرة
/// القضاء …", "رفض مصادقة الكنيست"): their genitive is the act's doer, not the speaker.
static ACT_OBJECTS: WordSet = WordSet::new(&[
    "تشكل",
    "تشكيل",
    "مصادقه",
    "قرار",
    "تصريحات",
    "دعوه",
    "خطاب",
    "زياره",
    "تدخل",
    // "رفضت أوامر الرئيس المخلوع", "رفض طلب الحكومة": what was asked or proposed.
    "اوامر",
    "طلب",
    "مطالب",
    "مطالبات",
    "عرض",
    "مبادره",
    "مقترح",
    "مقترحات",
    "اقتراح",
    "شروط",
    "تصريح",
    "اتهامات",
    "مزاعم",
]);
/// Nouns before an act of force that make it no act told here: pictures of it, stopping or
/// preventing it ("صور تفجير انتحاري", "بمنع الضربات الجوية", "بوقف القصف العشوائي"), a
/// charge ("بتهمة تعذيب محام").
static NOT_ACT_HEADS: WordSet = WordSet::new(&[
    "تهمه",
    "تهم",
    "صور",
    "صوره",
    "مقطع",
    "مقاطع",
    "فيديو",
    "ذكري",
    "منع",
    "وقف",
    "ايقاف",
    "تجنب",
    "تفادي",
]);
/// Documents that speak: "واتهم التقرير قوات حكومية", "ودان البيان".
static REPORT_NOUNS: WordSet = WordSet::new(&[
    "التقرير",
    "البيان",
    "الرساله",
    "الدراسه",
    "المصدر",
    // "وانتقدت افتتاحية صحيفة غارديان": an editorial or a paper the dictionary lacks.
    "افتتاحية",
    "افتتاحيات",
    "الافتتاحية",
    "صحيفة",
    "صحف",
    "مجلة",
]);
/// Bodies the dictionary cannot place, right after a verb of speech: the verb's own subject, so
/// no subject is carried from an earlier sentence ("وفيما دان المجلس العملية", "ودانت دول
/// ومنظمات التفجير").
static UNNAMED_SPEAKERS: WordSet = WordSet::new(&[
    "بعض",
    "وسائل",
    "صحف",
    "الصحف",
    "مراقبون",
    "محللون",
    "خبراء",
    "الخبراء",
    "شهود",
    "مسؤولون",
    "وكالات",
    "معارضون",
    "المعارضون",
    "المجلس",
    "القناة",
    "الصحيفة",
    "الحركة",
    "الحركتان",
    "الهيئة",
    "اللجنة",
    "دول",
    "الدول",
    "منظمات",
    "المنظمات",
    "المنظمة",
    "الحزب",
    "الأحزاب",
    "الجبهة",
    "الرابطة",
    "الاتحاد",
    "الجمعية",
    "المركز",
    "الجماعة",
    "الكتلة",
    "الكتل",
    "الائتلاف",
    "النقابة",
    "المرصد",
    "ناشطون",
    "نشطاء",
    "الناشطون",
    "سكان",
    "الأهالي",
    "أهالي",
    "مغردون",
    "علماء",
    "العلماء",
]);

/// The actor a definite body noun points back to: the last one named with that noun ("المجلس"
/// → "المجلس الوطني الفلسطيني", "الحركتان" → a movement); none for an indefinite one ("دول").
fn body_antecedent(word: &str, history: &[Actor]) -> Option<Actor> {
    let stem = word.strip_prefix("ال")?;
    // Duals and plurals: "الحركتان" → "حركه", "الكتل" stays.
    let stem = stem
        .strip_suffix("تان")
        .or_else(|| stem.strip_suffix("تين"))
        .map(|s| format!("{s}ه"))
        .unwrap_or_else(|| stem.to_string());
    history
        .iter()
        .rev()
        .take(12)
        .find(|a| {
            rasid_text::normalize_str(&a.text).split(' ').any(|w| {
                w.trim_start_matches(['و', 'ل', 'ب'])
                    .trim_start_matches("ال")
                    == stem
            })
        })
        .cloned()
}

/// Auxiliaries of the impersonal passive ("تم القبض", "جرى ترحيل"), see `Slot::Authority`.
static IMPERSONAL: WordSet = WordSet::new(&["تم", "يتم", "سيتم", "جري", "يجري", "تمت"]);
/// Words that open another clause: the object of a verb is never found past them.
static CLAUSE_BREAKS: WordSet = WordSet::new(&[
    "الا",
    "لكن",
    "ولكن",
    "لكنه",
    "لكنها",
    "بينما",
    "وبينما",
    "فيما",
    "حيث",
    "غير",
]);
/// A definite plural in the nominative ("المسلمون", "المعتقلون"): a subject, whether or not the
/// dictionary knows it.
fn nominative_plural(w: &str) -> bool {
    w.starts_with("ال") && w.ends_with("ون") && w.chars().count() > 5
}

/// Does the trigger come right after a relative pronoun ("الذي اتهم", "التي استهدفت"), or
/// after one and كان ("المتظاهرين الذين كانوا يدينون تنظيم داعش")?
fn after_relative(t: &Tagged, tw: &Range<usize>) -> bool {
    tw.start > 0 && RELATIVES.has(t.word(tw.start - 1))
        || tw.start > 1
            && matches!(t.word(tw.start - 1), "كان" | "كانت" | "كانوا")
            && RELATIVES.has(t.word(tw.start - 2))
}

/// Circumstantial participles of speech acts ("متهما", "محملة", "مطالبا"): their subject is the
/// main clause's.
static PARTICIPLES: WordSet = WordSet::new(&[
    "متهما",
    "متهمة",
    "محملا",
    "محملة",
    "مطالبا",
    "مطالبة",
    "مؤكدا",
    "مؤكدة",
    "معربا",
    "معربة",
    "داعيا",
    "داعية",
    "مشيدا",
    "مشيدة",
    "منددا",
    "مندده",
    "محذرا",
    "محذرة",
    "مهددا",
    "مهددة",
    "مثمنا",
    "مثمنة",
    "رافضا",
    "رافضة",
    "مستنكرا",
    "مستنكرة",
    "مدينا",
    "مدينة",
    "منتقدا",
    "منتقدة",
    "مرحبا",
    "مرحبة",
]);

/// Allegiance declared to a party ("أعلنت ولاءها لداعش").
static ALLEGIANCE: WordSet = WordSet::new(&["ولاءها", "ولاءه", "ولاءهم", "ولايها", "ولايه", "ولايهم"]);
/// "القوات الموالية لـ…", "المسلحون التابعون لـ…": a body loyal to someone.
static LOYAL: WordSet = WordSet::new(&[
    "الموالية",
    "الموالي",
    "الموالين",
    "الموالون",
    "التابعة",
    "التابع",
    "التابعين",
    "التابعون",
]);

/// A body whose country only came from context ("القوات" in a sentence naming the United States)
/// followed by "الموالية ل…"/"التابعة ل…" and a party: the country of the one it is loyal to
/// ("والقوات الموالية للرئيس عبدربه منصور هادي" are Yemeni); a delegation followed by "من …": the
/// country it comes from.
fn loyal_to(t: &mut Tagged) {
    for i in 0..t.parties.len().saturating_sub(1) {
        let (p, q) = (&t.parties[i], &t.parties[i + 1]);
        let from_context = context_guessed(&p.actor);
        let loyal = q.governor.as_deref() == Some("ل")
            && q.words.start == p.words.end + 1
            && LOYAL.has(t.word(p.words.end));
        // "وفد رفيع من وزارة النقل المصرية": a delegation is of the body it comes from.
        let delegation = p.actor.role.as_deref() == Some("delegation")
            && q.governor.as_deref() == Some("من")
            && q.words.start <= p.words.end + 3;
        if !from_context || p.actor.is_person() || !(loyal || delegation) {
            continue;
        }
        let Some(c) = q.actor.country.clone() else {
            continue;
        };
        recountry(&mut t.parties[i].actor, c, "loyal");
    }
}

/// "المتحدث باسم المقاومة": a spokesman whose body the dictionary did not join to him speaks
/// for that body; the two parties become one, the body's, in the spokesman's role.
fn spokesman_of(t: &mut Tagged) {
    let mut i = 0;
    while i + 1 < t.parties.len() {
        let (p, q) = (&t.parties[i], &t.parties[i + 1]);
        if t.word(p.words.end.saturating_sub(1)) == "باسم"
            && q.words.start == p.words.end
            && q.governor.is_none()
            && !q.placeish
            && !q.actor.is_person()
        {
            let mut actor = q.actor.clone();
            actor.text = format!("{} {}", p.actor.text, q.actor.text);
            actor.role = p.actor.role.clone();
            let end = q.words.end;
            t.parties[i].actor = actor;
            t.parties[i].words.end = end;
            t.parties.remove(i + 1);
        }
        i += 1;
    }
}

/// Police or a court named again without its country ("والقت الشرطة القبض" after "الشرطة في
/// منطقة ريتشموند بولاية كاليفورنيا الأمريكية"): the country it had when last named (which a
/// mention in between inherited the same way).
fn named_before(a: &Actor, history: &[Actor]) -> Option<String> {
    let entry = a.entry.as_deref()?;
    // Police and courts only: there is one of each to a story, while forces, resistance and
    // governments come in several ("قوات التحالف" … "قوات صالح").
    let institution = matches!(a.sector.as_deref(), Some("COP" | "JUD"));
    if !entry.contains("context:") || a.is_person() || !institution {
        return None;
    }
    let agent = entry.split('+').find(|x| x.starts_with("agent:"))?;
    history
        .iter()
        .rev()
        .take(20)
        .find(|h| {
            h.entry
                .as_deref()
                .is_some_and(|e| e.split('+').any(|x| x == agent))
        })
        .and_then(|h| h.country.clone())
}

/// "طالبت جبهة النصرة … . جاء ذلك في مقابلة أجرتها محطة «ام تي في» أمس الأول": a sentence
/// opening with "جاء ذلك" tells when (and where) the last sentence's events happened: its first
/// date of a day.
fn day_of_what_came_before(
    mt: &MatchText,
    found: &[dates::DateMatch],
    article: Option<Date>,
) -> Option<(Date, Precision)> {
    let mut words = mt.text.split_whitespace();
    let opens = matches!(words.next(), Some("جاء" | "وجاء" | "جاءت" | "وجاءت"))
        && matches!(words.next(), Some("ذلك" | "هذا" | "ذلك،" | "تلك" | "هذه"));
    if !opens {
        return None;
    }
    found
        .iter()
        .filter_map(|d| dates::resolve(&d.expr, article, false))
        .find(|(_, p)| *p == Precision::Day)
}

/// Give the events of the last sentence left with the article's date the day a "جاء ذلك"
/// sentence tells ([`day_of_what_came_before`]).
fn date_what_came_before(
    mt: &MatchText,
    found: &[dates::DateMatch],
    article: Option<Date>,
    told: &mut [Event],
) {
    let Some((day, prec)) = day_of_what_came_before(mt, found, article) else {
        return;
    };
    for e in told {
        if e.date_status == "article" && e.modality == "actual" {
            e.date = Some(day.to_string());
            e.date_status = "relative".into();
            e.date_precision = Some(precision_name(prec));
        }
    }
}

/// Note the day of a statement told with a deictic day ("قال مسؤولون أمس إن", "أعلنت الوزارة
/// اليوم"): a speech verb of the sentence (a name and three more words may stand between).
fn note_said_on(st: &mut State, mt: &MatchText, found: &[dates::DateMatch], article: Option<Date>) {
    if !found
        .iter()
        .any(|d| matches!(d.expr, DateExpr::Yesterday | DateExpr::Today))
    {
        return;
    }
    let words = mt.words();
    for d in found {
        if !matches!(d.expr, DateExpr::Yesterday | DateExpr::Today) {
            continue;
        }
        let at = words.partition_point(|(r, _)| r.end <= d.span.start);
        let spoken = (at.saturating_sub(5)..at).any(|w| SPEECH_OPENERS.has(words[w].1));
        if spoken {
            if let Some((day, _)) = dates::resolve(&d.expr, article, false) {
                st.said_on = Some(day);
                return;
            }
        }
    }
}

/// Give an actor whose country came from context the country `c` found for it, the entry saying
/// why (`how:c` in place of `context:…`).
fn recountry(a: &mut Actor, c: String, how: &str) {
    if a.country.as_deref() == Some(c.as_str()) {
        return;
    }
    a.entry = a.entry.as_deref().map(|e| {
        e.split('+')
            .map(|x| {
                if x.starts_with("context:") {
                    format!("{how}:{c}")
                } else {
                    x.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("+")
    });
    a.code = Some(format!("{c}{}", a.sector.as_deref().unwrap_or("")));
    a.country = Some(c);
}

/// Words that open a contrasting clause with a subject of its own ("فيما هاجمت الكتل", "بينما
/// قصف طيران التحالف"); "غير"/"إلا" only before أن ("غير المبررة" is an adjective). Unlike
/// "حيث" ("وصل إلى دمشق حيث التقى") or "لكنه" (its pronoun is the subject before), they never
/// continue the subject before them.
static CONTRASTS: WordSet = WordSet::new(&["فيما", "وفيما", "بينما", "وبينما", "لكن", "ولكن"]);

/// Does a contrasting clause open among these words?
fn contrast_between(t: &Tagged, mut words: Range<usize>) -> bool {
    words.any(|w| {
        let word = t.word(w);
        CONTRASTS.has(word) || matches!(word, "غير" | "الا") && t.word(w + 1).starts_with("ان")
    })
}

/// Calls and demands whose complement is the act asked for (see `requested_act`).
static REQUEST_HEADS: WordSet = WordSet::new(&[
    "دعا",
    "دعت",
    "دعوا",
    "يدعو",
    "تدعو",
    "ندعو",
    "يدعون",
    "داعيا",
    "داعية",
    "داعين",
    "دعوة",
    "الدعوة",
    "دعوته",
    "دعوتها",
    "طالب",
    "طالبت",
    "طالبوا",
    "يطالب",
    "تطالب",
    "نطالب",
    "يطالبون",
    "مطالبا",
    "مطالبة",
    "مطالبين",
    "المطالبة",
    "للمطالبة",
    "مطالبته",
    "مطالبتها",
    "ناشد",
    "ناشدت",
    "يناشد",
    "تناشد",
    "مناشدا",
    "مناشدة",
    "حث",
    "حثت",
    "يحث",
    "تحث",
    "حاثا",
    "طلب",
    "طلبت",
    "يطلب",
    "تطلب",
]);
static FUTURE_MARKERS: WordSet = WordSet::new(&[
    "سوف",
    "المقرر",
    "يعتزم",
    "تعتزم",
    "يستعد",
    "تستعد",
    "المزمع",
    "المرتقب",
    "يرتقب",
    "سيتم",
    // Light verbs in the future before a noun trigger ("سيعقد اجتماعا", "ستجري محادثات").
    "سيعقد",
    "ستعقد",
    "سيجري",
    "ستجري",
    "سيقوم",
    "ستقوم",
    "سيشارك",
    "ستشارك",
    // A future copula before a noun ("ستكون هذه أول سفينة يستأجرها برنامج الأغذية العالمي").
    "سيكون",
    "ستكون",
    "سيشهد",
    "ستشهد",
]);
/// Nouns that refer back to a meeting already reported ("اللقاء الذي عقد في طرابلس").
static MEETING_NOUNS: WordSet =
    WordSet::new(&["اللقاء", "الاجتماع", "المباحثات", "المحادثات", "الزياره"]);

/// The event coder: dictionaries, ontology and patterns, ready to code articles.
#[derive(Debug)]
pub struct Coder {
    pub dict: Dictionary,
    pub ontology: Ontology,
    pub patterns: Patterns,
    version: String,
    /// Place index by (normalized Arabic name, country), to put coordinates on capitals.
    places_by_name: HashMap<(String, String), usize>,
    /// First words of the dictionary's people's full names ("فيصل", "محمد"), normalized.
    given_names: HashSet<String>,
}

/// A party in a sentence: a resolved actor with its position and what governs it.
#[derive(Debug, Clone)]
struct Party {
    group: usize,
    /// Word range (start inclusive, end exclusive), the clitic's word included.
    words: Range<usize>,
    /// The preposition governing it (ب, ل, في, مع …), if any.
    governor: Option<String>,
    /// Joined to what precedes by و.
    and: bool,
    actor: Actor,
    both: bool,
    /// A place-like group (capital or city, possibly with an adjective): a location when governed by في.
    placeish: bool,
}

impl Party {
    /// Can this party be a clause's subject: not after a preposition, not a place, not
    /// "الجانبان", not a news outlet that only reports, and named by the text (its country not
    /// only guessed from context)?
    fn is_named_subject(&self) -> bool {
        self.governor.is_none()
            && !self.placeish
            && !self.both
            && !reporter(&self.actor)
            && !context_guessed(&self.actor)
    }
}

/// Per-article state of the second pass.
#[derive(Default)]
struct State {
    ctx: ArticleContext,
    last_subject: Option<Actor>,
    last_pair: Option<(Actor, Actor)>,
    /// The two countries of the last event between two countries (any kind): "البلدين" later.
    last_countries: Option<(Actor, Actor)>,
    /// The last two parties of an act of force: "الطرفين" of a later fight.
    last_fight: Option<(Actor, Actor)>,
    /// The last party told striking from the air (CAMEO 195): an unnamed "الطيران" later.
    last_air: Option<Actor>,
    /// The source of the first event in the current sentence (subject carry-over fallback).
    sentence_subject: Option<Actor>,
    /// The last date anchored by a deictic expression (weekday, اليوم, أمس): (date, precision).
    anchor: Option<(Date, Precision)>,
    /// Whose event set the anchor ([`Actor::party_key`]): only that party's later acts inherit it.
    anchor_by: Option<String>,
    /// The agent of the last violent act named (an attacker, or the agent of a crime condemned):
    /// the target of a later condemnation of "هذا العمل" ([`Slot::PriorAgent`]).
    last_agent: Option<Actor>,
    /// The place of the article's dateline ("واس – المنامة:", "عين اليوم – أديس أبابا"): where
    /// its country's own acts happen when their sentence names no place.
    dateline_place: Option<Location>,
    /// The day a statement was made ("قال مسؤولون أمس إن …"): what "قبل أربعة أيام" in what
    /// follows counts back from.
    said_on: Option<Date>,
    /// The last two armed bodies named joined by و ("مقاتلون من الطوارق وقبيلة تبو"): "الطرفين"
    /// of a later fight when no fight was coded before.
    last_joined: Option<(Actor, Actor)>,
}

impl State {
    /// Carry the subject to the next sentence: its first bare party, else its first event's source.
    fn end_sentence(&mut self, t: &Tagged) {
        // Only a party the text names is carried, not one whose country was only guessed from context.
        let subject = t
            .parties
            .iter()
            .find(|p| p.is_named_subject())
            .map(|p| p.actor.clone());
        if let Some(s) = subject.or(self.sentence_subject.take()) {
            self.last_subject = Some(s);
        }
        self.sentence_subject = None;
        let armed = |a: &Actor| matches!(a.sector.as_deref(), Some("MIL" | "REB" | "UAF" | "COP"));
        if let Some(w) = t.parties.windows(2).rev().find(|w| {
            w[1].and
                && w[1].words.start <= w[0].words.end + 2
                && !w[0].placeish
                && !w[1].placeish
                && armed(&w[0].actor)
                && armed(&w[1].actor)
                && w[0].actor.party_key() != w[1].actor.party_key()
        }) {
            self.last_joined = Some((w[0].actor.clone(), w[1].actor.clone()));
        }
    }
}

/// An article after the first pass ([`Coder::read`]).
struct Reading<'a> {
    text: &'a str,
    sentence_ranges: Vec<Range<usize>>,
    article_date: Option<Date>,
    date_source: Option<&'static str>,
    prepared: Vec<MatchText>,
    mentions: Vec<Vec<Mention>>,
    st: State,
}

/// What a source slot needs to know of the trigger's clause.
#[derive(Clone, Copy, Default)]
struct Clause {
    /// A verb of speech or attitude (CAMEO 01–16 but the material ones).
    verbal: bool,
    /// A physical act named by a noun inside a prepositional phrase.
    in_phrase: bool,
    /// A meeting or visit (CAMEO 04).
    meeting: bool,
    /// The pattern's object takes ب ("أشاد ب", "رحب ب").
    bi_object: bool,
    /// An act of force (CAMEO 18–20).
    violent: bool,
    /// Coercion (CAMEO 17: arrests, raids, expulsions).
    coercive: bool,
    /// A finite verb joined by و/ف to what precedes it ("وضبطت").
    conjoined: bool,
    /// Aid (CAMEO 07): ل after its noun marks the recipient.
    aid: bool,
}

/// A sentence ready for slot filling.
struct Tagged<'a> {
    mt: &'a MatchText,
    words: Vec<(Range<usize>, &'a str)>,
    groups: Vec<ActorGroup>,
    parties: Vec<Party>,
    /// Location candidates: (group index, governor).
    places: Vec<(usize, Option<String>)>,
    /// Words that open a finite verb trigger joined by و/ف ("وسيطر"): another clause.
    joined_verbs: Vec<usize>,
    /// Words that open an indefinite noun trigger joined by و ("وانسحاب"): a masdar whose
    /// genitive is its own.
    joined_masdars: Vec<usize>,
    /// The triggers in the sentence (one automaton pass, read by the tagger and the slots).
    triggers: Vec<TriggerHit>,
}

/// Is party `pi` joined by و to a party governed by a preposition ("إلى أميركا وفرنسا")?
fn governed_by_coordination(t: &Tagged, pi: usize) -> bool {
    let mut k = pi;
    while k > 0 && t.parties[k].and {
        k -= 1;
        if t.parties[k].governor.is_some() {
            return true;
        }
    }
    false
}

impl Tagged<'_> {
    /// Index of the word containing or following byte `b`.
    fn word_at(&self, b: usize) -> usize {
        self.words.partition_point(|(r, _)| r.end <= b)
    }
    fn word(&self, i: usize) -> &str {
        self.words.get(i).map(|(_, w)| *w).unwrap_or("")
    }
    /// Does punctuation from `marks` stand between word `i` and the next?
    fn mark_after(&self, i: usize, marks: &[char]) -> bool {
        let Some((r, _)) = self.words.get(i) else {
            return false;
        };
        let end = self
            .words
            .get(i + 1)
            .map_or(self.mt.text.len(), |(n, _)| n.start);
        // (Read in the normalized sentence: the match text drops quote marks.)
        self.mt.normalized_between(r.end..end).contains(marks)
    }
}

impl Coder {
    /// A coder over the bundled dictionaries and tables.
    pub fn embedded() -> Result<Self, CoderError> {
        Self::new(Dictionary::embedded()?)
    }

    /// Does the trigger read a clitic off a known person's first name? "فيصل" is Faisal, not
    /// ف + يصل ("then he arrives"); "ودان" is still و + دان ("and condemned").
    fn name_read_as_clitic(&self, t: &Tagged, trig: &TriggerHit) -> bool {
        let core = t
            .word(t.word_at(trig.span.start))
            .trim_start_matches(['و', 'ل', 'ب']);
        let bare = &t.mt.text[trig.span.start + trig.prefix.len()..trig.span.end];
        core != bare && self.given_names.contains(core)
    }

    /// The actor groups of a sentence, none inside a date: a name there is the month's
    /// ("وآب/أغسطس 2014" is August, not the Yemeni city of Ibb).
    fn sentence_groups(
        &self,
        mt: &MatchText,
        mentions: &[Mention],
        ctx: &ArticleContext,
        dates_here: &[DateMatch],
    ) -> Vec<ActorGroup> {
        self.dict
            .groups(mt, mentions, ctx)
            .into_iter()
            .filter(|g| {
                !dates_here
                    .iter()
                    .any(|d| d.span.start <= g.span.start && g.span.end <= d.span.end)
            })
            .collect()
    }

    /// A coder over the given dictionaries and the bundled patterns.
    pub fn new(dict: Dictionary) -> Result<Self, CoderError> {
        let ontology = Ontology::embedded()?;
        let patterns = Patterns::embedded(&ontology)?;
        Self::assemble(dict, ontology, patterns)
    }

    /// A coder over the given dictionaries and pattern tables (texts in the order of
    /// [`crate::patterns::FILES`]), e.g. an edited copy read by the caller.
    pub fn with_tables(dict: Dictionary, tables: &[&str; 4]) -> Result<Self, CoderError> {
        let ontology = Ontology::embedded()?;
        let patterns = Patterns::from_texts(tables, &ontology)?;
        Self::assemble(dict, ontology, patterns)
    }

    fn assemble(
        dict: Dictionary,
        ontology: Ontology,
        patterns: Patterns,
    ) -> Result<Self, CoderError> {
        let version = format!(
            "rasid-coder/{}+dict.{}+patterns.{}",
            env!("CARGO_PKG_VERSION"),
            dict.digest,
            patterns.digest
        );
        let mut places_by_name = HashMap::new();
        for (i, p) in dict.places.iter().enumerate() {
            for n in &p.names_ar {
                places_by_name
                    .entry((phrase_key(n), p.country.clone()))
                    .or_insert(i);
            }
        }
        let given_names = dict
            .people
            .iter()
            .flat_map(|p| &p.names_ar)
            .filter_map(|n| {
                let key = phrase_key(n);
                let (first, _) = key.split_once(' ')?;
                Some(first.to_string())
            })
            .collect();
        Ok(Coder {
            dict,
            ontology,
            patterns,
            version,
            places_by_name,
            given_names,
        })
    }

    /// `rasid-coder/<version>+dict.<digest>+patterns.<digest>`: changes when any table changes.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Code one article. Pure: same input, same output.
    pub fn code(&self, article: &Article) -> Coded {
        let Reading {
            text,
            sentence_ranges,
            article_date,
            date_source,
            prepared,
            mentions,
            mut st,
        } = self.read(article);
        let chars = CharIndex::new(text);

        let mut events: Vec<Event> = Vec::new();
        let mut weak: Vec<bool> = Vec::new();
        // The events of the last sentence that coded any.
        let mut last_told = 0..0;
        for ((range, mt), ms) in sentence_ranges.iter().zip(&prepared).zip(&mentions) {
            if furniture(&mt.text) {
                continue;
            }
            let sentence = &text[range.clone()];
            let dates_here = dates::find_dates(&mt.text);
            let groups = self.sentence_groups(mt, ms, &st.ctx, &dates_here);
            note_said_on(&mut st, mt, &dates_here, article_date);
            let sentence_date = dates_here
                .iter()
                .find_map(|d| dates::resolve(&d.expr, article_date, false).map(|x| x.0))
                .or(article_date);
            let tagged = self.tag(mt, groups, sentence_date, &mut st, sentence);
            let before = events.len();
            for (trig, fired) in self.fire_sentence(&tagged, &dates_here, article_date, &mut st) {
                for ev in fired {
                    weak.push(ev.inherited);
                    events.push(self.finish(ev, article, sentence, range, &chars, &tagged, &trig));
                }
            }
            // Meetings and visits told in one sentence share their scene.
            let scene = events[before..]
                .iter()
                .filter(|e| e.cameo.starts_with("04"))
                .find_map(|e| e.location.clone());
            for e in &mut events[before..] {
                if e.location.is_none() && e.cameo.starts_with("04") {
                    e.location = scene.clone();
                }
            }
            if events.len() == before {
                self.back_reference(&tagged, &dates_here, article_date, &mut events, &mut st);
            }
            date_what_came_before(
                mt,
                &dates_here,
                article_date,
                &mut events[last_told.clone()],
            );
            if events.len() > before {
                last_told = before..events.len();
            }
            st.end_sentence(&tagged);
        }
        let events = merge_repeats(events, weak);
        Coded {
            article_id: article.id.clone(),
            article_date: article_date.map(|d| d.to_string()),
            article_date_source: date_source.map(str::to_string),
            events,
            sentences: sentence_ranges.len(),
        }
    }

    /// A human-readable trace of how the coder reads a text: per sentence, the actor groups
    /// (with what governs them), the triggers and the events. For dictionary and pattern editors.
    pub fn explain(&self, article: &Article) -> String {
        use std::fmt::Write;
        let Reading {
            text,
            sentence_ranges: ranges,
            article_date,
            prepared,
            mentions,
            mut st,
            ..
        } = self.read(article);
        let mut out = String::new();
        for ((range, mt), ms) in ranges.iter().zip(&prepared).zip(&mentions) {
            let sentence = &text[range.clone()];
            let _ = writeln!(out, "── {sentence}");
            if furniture(&mt.text) {
                let _ = writeln!(out, "   page furniture, chronology or question: not coded");
                continue;
            }
            let dates_here = dates::find_dates(&mt.text);
            let groups = self.sentence_groups(mt, ms, &st.ctx, &dates_here);
            note_said_on(&mut st, mt, &dates_here, article_date);
            for d in &dates_here {
                let _ = writeln!(out, "   date  {:?} «{}»", d.expr, &mt.text[d.span.clone()]);
            }
            if let Some((day, _)) = day_of_what_came_before(mt, &dates_here, article_date) {
                let _ = writeln!(
                    out,
                    "   «جاء ذلك»: events of the sentence before with the article's date take {day}"
                );
            }
            let t = self.tag(mt, groups, article_date, &mut st, sentence);
            for (gi, g) in t.groups.iter().enumerate() {
                let party = t.parties.iter().find(|p| p.group == gi);
                let place = t.places.iter().any(|(i, _)| *i == gi);
                let what = match party {
                    Some(p) => format!(
                        "party {} gov={:?}{}{} entry={}",
                        crate_label(&p.actor),
                        p.governor,
                        if p.and { " و" } else { "" },
                        if p.both { " both-sides" } else { "" },
                        p.actor.entry.as_deref().unwrap_or("-")
                    ),
                    None if place => "place".to_string(),
                    None => "dropped (no country or name)".to_string(),
                };
                let _ = writeln!(
                    out,
                    "   group «{}{}» {what}",
                    g.clitic,
                    &mt.text[g.span.clone()]
                );
            }
            for (trig, fired) in self.fire_sentence(&t, &dates_here, article_date, &mut st) {
                let ids: Vec<&str> = trig
                    .patterns
                    .iter()
                    .map(|&p| self.patterns.patterns[p].id.as_str())
                    .collect();
                let _ = writeln!(
                    out,
                    "   trigger «{}» {}",
                    &mt.text[trig.span.clone()],
                    ids.join(",")
                );
                for d in fired {
                    let _ = writeln!(
                        out,
                        "     → {} {} → {} [{}] date={:?} {}",
                        self.patterns.patterns[d.pattern].cameo,
                        crate_label(&d.source),
                        d.target
                            .as_ref()
                            .map(crate_label)
                            .unwrap_or_else(|| "—".into()),
                        d.rule,
                        d.date.map(|x| x.to_string()),
                        d.status
                    );
                }
            }
            st.end_sentence(&t);
        }
        out
    }

    /// First pass over an article: clean, split, prepare each sentence for matching, find its
    /// mentions, note who is named in full, and settle the article date (given, else dateline).
    fn read<'a>(&self, article: &'a Article) -> Reading<'a> {
        let text = article.text.as_str();
        let cleaned = rasid_text::clean(text);
        let sentence_ranges = rasid_text::sentences(text, &cleaned.blocks);
        let (article_date, date_source) = match article.date.as_deref().and_then(parse_date) {
            Some(d) => (Some(d), Some("given")),
            None => match self.dateline(text, &cleaned.blocks) {
                Some(d) => (Some(d), Some("dateline")),
                None => (None, None),
            },
        };
        let prepared: Vec<MatchText> = sentence_ranges
            .iter()
            .map(|r| MatchText::new(&text[r.clone()]))
            .collect();
        let mentions: Vec<Vec<Mention>> =
            prepared.iter().map(|mt| self.dict.mentions(mt)).collect();
        let mut st = State::default();
        for m in &mentions {
            st.ctx.note_full_names(&self.dict, m);
        }
        Reading {
            text,
            sentence_ranges,
            article_date,
            date_source,
            prepared,
            mentions,
            st,
        }
    }

    /// The article date from a dateline near the top of the kept text.
    fn dateline(&self, text: &str, blocks: &[Range<usize>]) -> Option<Date> {
        blocks.iter().take(4).find_map(|b| {
            let n = rasid_text::normalize_str(&text[b.clone()]);
            let m = dates::find_dateline(&n)?;
            dates::resolve(&m.expr, None, false).map(|x| x.0)
        })
    }

    /// Resolve the sentence's groups into parties and places, in order, noting each in the
    /// article context (for "نظيره", "الوزير الأمريكي").
    fn tag<'a>(
        &self,
        mt: &'a MatchText,
        groups: Vec<ActorGroup>,
        date: Option<Date>,
        st: &mut State,
        sentence: &str,
    ) -> Tagged<'a> {
        let words = mt.words();
        let mut t = Tagged {
            mt,
            words,
            groups: Vec::new(),
            parties: Vec::new(),
            places: Vec::new(),
            joined_verbs: Vec::new(),
            joined_masdars: Vec::new(),
            triggers: self.patterns.triggers(&mt.text),
        };
        t.joined_masdars = t
            .triggers
            .iter()
            .filter(|h| h.kind == Kind::Noun && !h.definite && h.prefix.starts_with('و'))
            .map(|h| t.word_at(h.span.start))
            .collect();
        // (Not a name read as one, "فيصل", nor a possessed noun, "وتقديره".)
        t.joined_verbs = t
            .triggers
            .iter()
            .filter(|h| !self.name_read_as_clitic(&t, h))
            .filter(|h| {
                !groups
                    .iter()
                    .any(|g| g.span.start < h.span.end && h.span.start < g.span.end)
            })
            .map(|h| (h, t.word_at(h.span.start)))
            .filter(|&(h, w)| {
                let first = t.word(w).trim_start_matches(['و', 'ف']);
                joined_verb(h, first)
                    && !possessed_noun(first)
                    && !noun_with_pronoun(first)
                    // ("الأمير فيصل بن عبدالله": a name before بن.)
                    && !matches!(t.word(w + 1), "بن" | "ابن" | "بنت")
            })
            .map(|(_, w)| w)
            .collect();
        st.ctx
            .set_sentence_country(&self.dict, &mt.text, &groups, date);
        t.groups = groups;
        // An agency dateline ("واس - جدة:", "الرياض - أ ف ب:") names no party of the sentence.
        let dateline_end = mt
            .text
            .char_indices()
            .take_while(|(i, _)| *i < 60)
            .find(|(_, c)| *c == ':')
            .map(|(i, _)| i)
            .filter(|&i| t.word_at(i) <= 5)
            // "وقال أمام الكنيست الإسرائيلي: «…»" opens a quote, not a dateline.
            .filter(|_| t.words.first().is_none_or(|(_, w)| !SPEECH_OPENERS.has(w)));
        // A line of its own that only names the source and the place ("عين اليوم – أديس أبابا").
        let dateline_line = t.words.len() <= 6 && mt.text.contains(['–', '-']);
        let mut prev_end_word: Option<usize> = None;
        for (gi, g) in t.groups.iter().enumerate() {
            let in_dateline = dateline_end.is_some_and(|e| g.span.end <= e);
            if (in_dateline || dateline_line) && st.dateline_place.is_none() {
                st.dateline_place = self.place_of(&t, g);
            }
            let first_word = t.word_at(g.span.start);
            let last_word = t.word_at(g.span.end.saturating_sub(1)) + 1;
            let clitic = g.clitic.trim_start_matches(['و', 'ف']);
            let governor = if let Some(c) = clitic.chars().next().filter(|c| "بلك".contains(*c))
            {
                Some(c.to_string())
            } else if first_word > 0 {
                // "في العاصمة التركية أنقرة": look past a place noun for the preposition; so
                // past جانب ("إلى جانب الكويت").
                let mut k = first_word - 1;
                // So past وجه ("في وجه الحكومة الشيعية": in the face of it, not its subject).
                if k > 0
                    && (PLACE_NOUNS.has(t.word(k))
                        || t.word(k) == "جانب" && t.word(k - 1) == "الي"
                        || t.word(k) == "وجه" && t.word(k - 1) == "في")
                {
                    k -= 1;
                }
                // "بفخامة الرئيس": the preposition sits on the honorific.
                let mut via_honorific = None;
                while k > 0 && HONORIFICS.has(t.word(k).trim_start_matches(['و', 'ب', 'ل'])) {
                    let w = t.word(k).trim_start_matches('و');
                    if let Some(c) = w.chars().next().filter(|c| *c == 'ب' || *c == 'ل') {
                        if !HONORIFICS.has(w) {
                            via_honorific = Some(c.to_string());
                            break;
                        }
                    }
                    k -= 1;
                }
                let w = t.word(k);
                // "عقوبات على ثلاثة من زعماء حزب الله": after a governed quantifier the
                // partitive من is transparent; the party is governed as the quantifier is.
                let governed_quantifier = (w == "من" && k >= 2 && is_quantifier(t.word(k - 1)))
                    .then(|| t.word(k - 2))
                    .filter(|q| PREPS.has(q));
                // "استقبل … كلاً من رئيس ديوان المراقبة": "each of" lists the object itself.
                let each_of = w == "من" && k >= 1 && matches!(t.word(k - 1), "كلا" | "كل");
                // "عمليات ضد مسلحي التنظيم", "بين مسلحي الحوثي والمقاومة": a party in construct
                // with members is governed as they are (not by من/في: "قتل 10 من عناصر داعش"
                // counts the members themselves; nor by an attached ل: "مواقع لعناصر داعش" are
                // theirs).
                let member_governor = CONSTRUCT_MEMBERS
                    .has(w.trim_start_matches('و'))
                    .then(|| t.word(k.saturating_sub(1)).trim_start_matches('و'))
                    .filter(|p| k > 0 && PREPS.has(p) && !matches!(*p, "من" | "في"));
                if let Some(q) = governed_quantifier {
                    Some(q.trim_start_matches('و').to_string())
                } else if let Some(m) = member_governor {
                    Some(m.to_string())
                } else if each_of {
                    None
                } else {
                    via_honorific
                        .or_else(|| PREPS.has(w).then(|| w.trim_start_matches('و').to_string()))
                }
            } else {
                None
            };
            // "جماعات أعلنت ولاءها لداعش سبق لها أن هددت": allegiance to a party, by a group the
            // dictionary does not name, makes that party the one who acts. (Not "التابعة ل":
            // "قاعدة تابعة للناتو" is a thing owned.)
            let governor = if governor.as_deref() == Some("ل")
                && first_word > 0
                && ALLEGIANCE.has(t.word(first_word - 1))
                && prev_end_word != Some(first_word - 1)
            {
                None
            } else {
                governor
            };
            let and = g.clitic.starts_with('و')
                || (first_word > 0
                    && t.word(first_word - 1).starts_with('و')
                    // (Not "ودعت واشنطن السلطات": the word before is the previous party's own.)
                    && prev_end_word
                        .is_some_and(|e| first_word.saturating_sub(e) <= 2 && e < first_word)
                    && !PREPS.has(t.word(first_word - 1)));
            prev_end_word = Some(last_word);
            let placeish = (g.place.is_some() || g.capital.is_some())
                && g.person.is_none()
                && g.surname.is_none()
                && g.office.is_none()
                && g.organization.is_none()
                && g.agent.is_none();
            let governed_in = matches!(governor.as_deref(), Some("في") | Some("ب") | Some("من"));
            // "جنوب غرب اليمن، موضحة بأن الغارات", "مواقع جبلية شمال العراق": a country right
            // after a direction word places the phrase; it is no one who acts (a place-like
            // party: never a source, not the scene of where the phrase's target is).
            let directed = g.is_bare_country()
                && g.clitic.is_empty()
                && first_word > 0
                && DIRECTIONS.has(t.word(first_word - 1).trim_start_matches(['و', 'ف']));
            if placeish && (governed_in || g.capital.is_none()) {
                t.places.push((gi, governor.clone()));
                if governed_in || g.place.is_some() && g.capital.is_none() {
                    continue;
                }
            }
            // "ويصادر الأراضي الفلسطينية": the territory is land, no one who acts.
            let territory = g.is_bare_country()
                && matches!(
                    t.word(first_word).trim_start_matches(['و', 'ف']),
                    "الاراضي" | "اراضي"
                );
            let placeish = placeish || directed || territory;
            // "كمائن محكمة", "خطة محكمة": after such nouns محكمة is "tight", no court; "غير
            // مسؤولة" / "لا مسؤولة" / "غير المسؤولة" is "irresponsible", no official.
            let tight = last_word == first_word + 1
                && first_word > 0
                && (t.word(first_word) == "محكمه"
                    && TIGHT_HEADS.has(t.word(first_word - 1).trim_start_matches('و'))
                    || matches!(
                        t.word(first_word),
                        "مسووله"
                            | "مسوول"
                            | "مسيوله"
                            | "مسيول"
                            | "المسووله"
                            | "المسوول"
                            | "المسيوله"
                            | "المسيول"
                    ) && matches!(t.word(first_word - 1), "غير" | "لا"));
            if in_dateline || tight || self.qualifies_a_name(&t, g, first_word) {
                continue;
            }
            let orig = mt.original_range(g.span.clone());
            let surface = sentence[orig].to_string();
            let mut actor = self.dict.resolve(g, date, &st.ctx, surface);
            if let Some(c) = named_before(&actor, &st.ctx.history) {
                recountry(&mut actor, c, "antecedent");
            }
            if !g.both_sides && actor.country.is_none() && actor.name.is_none() {
                continue;
            }
            st.ctx.history.push(actor.clone());
            // "المذيع البارز في قناة «الجزيرة» أحمد منصور": a journalist is coded by the outlet
            // named after him, which then stands where he does (not governed by في/ب/من/ل).
            let journalist = reporter(&actor)
                && matches!(governor.as_deref(), Some("في" | "ب" | "من" | "ل" | "لدي"))
                && (first_word.saturating_sub(4)..first_word).any(|w| JOURNALISTS.has(t.word(w)));
            let governor = if journalist { None } else { governor };
            t.parties.push(Party {
                group: gi,
                words: first_word..last_word,
                governor,
                and,
                actor,
                both: g.both_sides,
                placeish,
            });
        }
        loyal_to(&mut t);
        spokesman_of(&mut t);
        self.located_in(&mut t);
        t
    }

    /// An armed body whose country only came from context, placed right after by في/ب in a place
    /// of another country, is of that country: "مواقع المتمردين في أبين" are Yemeni rebels even in
    /// a story about the Saudi-led coalition. So is one drawn from a body named after من.
    fn located_in(&self, t: &mut Tagged) {
        for i in 0..t.parties.len() {
            let p = &t.parties[i];
            let from_context = context_guessed(&p.actor);
            // Armed bodies only: an embassy or a consulate "في هونج كونج" is of the state it
            // represents.
            let armed = matches!(
                p.actor.sector.as_deref(),
                Some("REB" | "MIL" | "COP" | "UAF")
            );
            if !from_context || !armed || p.actor.is_person() || p.placeish {
                continue;
            }
            let end = p.words.end;
            let here = |start: usize, gov: Option<&str>| {
                matches!(gov, Some("في" | "ب")) && start == end
                    || gov == Some("في") && start == end + 1 && t.word(end) == "في"
            };
            let place = t
                .places
                .iter()
                .find(|(gi, gov)| here(t.word_at(t.groups[*gi].span.start), gov.as_deref()))
                .map(|(gi, _)| *gi)
                .or_else(|| {
                    t.parties
                        .iter()
                        .find(|q| q.placeish && here(q.words.start, q.governor.as_deref()))
                        .map(|q| q.group)
                });
            // "قوات مدججة من جيش الاحتلال": forces drawn from a body named right after من (an
            // adjective may stand between) are that body's.
            let body = t
                .parties
                .iter()
                .find(|q| {
                    q.governor.as_deref() == Some("من")
                        && !q.placeish
                        && !q.actor.is_person()
                        // (A body, not a country of origin: "مسلحين قدموا من سوريا".)
                        && q.actor.sector.is_some()
                        && !context_guessed(&q.actor)
                        && (q.words.start == end + 1
                            || q.words.start == end + 2
                                && !PREPS.has(t.word(end))
                                // ("القوات المدعومة من السعودية" are not Saudi.)
                                && !BACKED.has(t.word(end)))
                })
                .and_then(|q| q.actor.country.clone());
            if let Some(c) = body {
                recountry(&mut t.parties[i].actor, c, "drawn-from");
                continue;
            }
            let Some(c) = place.and_then(|gi| self.group_country(&t.groups[gi])) else {
                continue;
            };
            recountry(&mut t.parties[i].actor, c, "located");
        }
    }

    /// Fire every trigger of a sentence, in order. A trigger inside an actor's name is part of
    /// the name (except crowds named by the act, "متظاهرون"); a material act named inside a
    /// verbal event ("أدانت المملكة الهجوم الذي استهدف …") is *embedded*: it takes its agent
    /// only from its own phrase.
    fn fire_sentence(
        &self,
        t: &Tagged,
        dates_here: &[DateMatch],
        article_date: Option<Date>,
        st: &mut State,
    ) -> Vec<(TriggerHit, Vec<Draft>)> {
        let mut out = Vec::new();
        // Sports results and administration (transfers, clubs' decisions) are not coded
        // (eval/dev/GUIDELINES.md §1): a sentence about clubs, coaches or matches has no event.
        // (A player, "اللاعب", unless a power in politics: "اللاعب الرئيسي في المنطقة".)
        let player = |i: usize| {
            t.word(i).trim_start_matches(['و', 'ل']) == "اللاعب"
                && !matches!(
                    t.words.get(i + 1).map(|(_, w)| *w),
                    Some(
                        "الرييسي"
                            | "الاساسي"
                            | "الابرز"
                            | "الاهم"
                            | "الاكبر"
                            | "الاقليمي"
                            | "الدولي"
                            | "السياسي"
                            | "الاقوي"
                    )
                )
        };
        if t.words.iter().enumerate().any(|(i, (_, w))| {
            SPORTS.has(w.trim_start_matches(['و', 'ف', 'ب', 'ل']))
                || SPORTS.has(w.trim_start_matches(['و', 'ف']))
                || player(i)
        }) {
            return out;
        }
        let mut verbal_end: Option<usize> = None;
        for trig in t.triggers.iter().cloned() {
            let crowd = trig
                .patterns
                .iter()
                .any(|&p| self.patterns.patterns[p].source.contains(&Slot::Crowd));
            if !crowd
                && t.groups
                    .iter()
                    .any(|g| g.span.start < trig.span.end && trig.span.start < g.span.end)
            {
                continue;
            }
            let tw_start = t.word_at(trig.span.start);
            if self.name_read_as_clitic(t, &trig) {
                continue;
            }
            // "وقد تدعو دول أوبك الأفقر …", "قد يستنكر البعض": قد before an imperfect verb
            // says what may happen. (Not the pluperfect "وكانت إيران قد توجهت", "وكان قد
            // توجه": a perfect of the forms V and VI begins with ت too.)
            let verb = t.word(tw_start).trim_start_matches(['و', 'ف']);
            if trig.kind == Kind::Verb
                && tw_start > 0
                && matches!(t.word(tw_start - 1), "قد" | "وقد" | "فقد")
                && verb.starts_with(['ي', 'ت'])
                && !verb.ends_with('ت')
                && !verb.ends_with("وا")
                && !(tw_start.saturating_sub(4)..tw_start - 1)
                    .any(|w| t.word(w).trim_start_matches(['و', 'ف']).starts_with("كان"))
            {
                continue;
            }
            // (The attack in words is tried only after an attack by a politician: the trigger
            // stays one of force until that row fires.)
            let material = trig.patterns.iter().all(|&p| {
                let p = &self.patterns.patterns[p];
                !VERBAL_ROOTS.contains(&&p.cameo[..2]) || p.id == ATTACK_IN_WORDS
            });
            // A verbal noun reaches further back than a verb: "أشاد … بأداء رجال الداخلية … إثر
            // الإعلان عن تفكيك خلايا … واعتقال 431" praises the arrest, it does not make it.
            let reach = if verbal_noun(trigger_stem(t, tw_start, &trig)) {
                30
            } else {
                12
            };
            let embedded =
                material && verbal_end.is_some_and(|e| tw_start >= e && tw_start - e <= reach);
            // "خلال الاشتباكات", "في الاشتباكات": a definite noun of fighting after a preposition
            // refers back to fighting already reported (like "اللقاء" for meetings).
            let violent = trig.patterns.iter().all(|&p| {
                let p = &self.patterns.patterns[p];
                matches!(&p.cameo[..2], "18" | "19" | "20") || p.id == ATTACK_IN_WORDS
            });
            let before = tw_start.checked_sub(1).map(|i| t.word(i)).unwrap_or("");
            if violent
                && trig.definite
                && (PREPS.has(before) || matches!(before, "اثناء" | "جراء" | "اثر"))
            {
                continue;
            }
            // "صور تفجير انتحاري", "بمنع الضربات الجوية", "بوقف القصف": an act of force named
            // as what a picture shows or what is stopped is no act here.
            if violent
                && tw_start > 0
                && NOT_ACT_HEADS.has(t.word(tw_start - 1).trim_start_matches(['و', 'ب', 'ل']))
            {
                continue;
            }
            // "لمن يفجر ويقتل الأبرياء": a verb after the relative من names whoever does it, no
            // one in particular.
            if generic_agent(t, tw_start, &trig) {
                continue;
            }
            // "القبض على 4336 متهمًا بالانضمام": a counted متهم is a noun, "suspects".
            if tw_start > 0
                && trigger_stem(t, tw_start, &trig).starts_with("متهم")
                && is_quantifier(t.word(tw_start - 1))
            {
                continue;
            }
            // "دعا إلى الإفراج عن", "طالب بالإفراج", "داعين الكونغرس إلى رفض الاتفاق": the act is
            // what someone asks for (the request is the event), not something that happened.
            if requested_act(t, tw_start, &trig) {
                continue;
            }
            let fired = self.fire(t, &trig, dates_here, article_date, st, embedded);
            // A verb of saying or attitude opens what is said even when it makes no event of
            // its own (its target not found): "أشاد … بأداء رجال الداخلية … واعتقال 431".
            let speech = !material && trig.kind == Kind::Verb && !embedded && {
                // … when it is that verb: "تحمل مساعدات" carries aid, it blames no one.
                let tw = tw_start..t.word_at(trig.span.end.saturating_sub(1)) + 1;
                let word = |i: usize| t.words.get(i).map(|(_, w)| *w);
                trig.patterns.iter().any(|&p| {
                    self.patterns
                        .context_holds(&self.patterns.patterns[p], word, &tw, &trig.prefix)
                })
            };
            if speech
                || fired
                    .iter()
                    .any(|d| VERBAL_ROOTS.contains(&&self.patterns.patterns[d.pattern].cameo[..2]))
            {
                verbal_end = Some(t.word_at(trig.span.end.saturating_sub(1)) + 1);
            }
            out.push((trig, fired));
        }
        out
    }

    /// Try the patterns of one trigger in order; the first whose slots fill yields its events.
    fn fire(
        &self,
        t: &Tagged,
        trig: &TriggerHit,
        dates_here: &[DateMatch],
        article_date: Option<Date>,
        st: &mut State,
        embedded: bool,
    ) -> Vec<Draft> {
        let tw = t.word_at(trig.span.start)..t.word_at(trig.span.end.saturating_sub(1)) + 1;
        let mut out = Vec::new();
        // "تعرضوا لهجوم", "تعرض منزله لقذيفة", "تعرض لانتقادات": the subject suffers the act;
        // its agent is only one named with it ("لهجوم شنه مقاتلون").
        // ("وتتعرض لأذى كبير وتهديدات بالقتل": so is an act joined to the one suffered.)
        let suffered = (trig.prefix.trim_start_matches(['و', 'ف']).starts_with('ل')
            || trig.prefix == "و")
            && (tw.start.saturating_sub(4)..tw.start).any(|w| {
                let w = t.word(w).trim_start_matches(['و', 'ف', 'ل', 'ب']);
                ["تعرض", "يتعرض", "تتعرض", "نتعرض"]
                    .iter()
                    .any(|f| w.starts_with(f))
            });
        // "شن السيناتور هجوما عنيفا على الاتفاق": set when `assault.attack` found a politician
        // as the subject of هاجم/هجوم; `criticize.attack_words` then codes the attack in words.
        let mut attack_in_words = false;
        for &pi in &trig.patterns {
            let p = &self.patterns.patterns[pi];
            if p.id == ATTACK_IN_WORDS && !attack_in_words {
                continue;
            }
            // The pattern's context column ("بناء على طلب" is no request; "طرد" expels diplomats).
            let word = |i: usize| t.words.get(i).map(|(_, w)| *w);
            if !self.patterns.context_holds(p, word, &tw, &trig.prefix) {
                continue;
            }
            // A subject from an earlier sentence only for a verb of speech or attitude that
            // opens its sentence (see `Slot::Carry` in `find_source`).
            let verbal = VERBAL_ROOTS.contains(&p.cameo.get(..2).unwrap_or(""));
            // So may a meeting verb that opens its sentence ("وسيلتقي، اليوم، نظيره المصري"):
            // the one met follows, the one meeting was named before.
            // (Not "يتصل", which also means "is connected", nor after "وعندما".)
            let meeting_verb =
                p.cameo.starts_with("04") && p.cameo != "041" && trig.kind == Kind::Verb;
            // Only when what follows the verb is its object or an adverb: a name the dictionary
            // lacks right after it ("والتقى المقدشي", "واستقبل أهالي البرك") is its own subject.
            let object_follows = tw.end >= t.words.len() || {
                let w = t.word(tw.end);
                PREPS.has(w)
                    || w.starts_with("بال")
                    || TIME_ADVERBS.has(w)
                    || w == "ايضا"
                    || t.parties.iter().any(|p| p.words.start == tw.end)
            };
            // A subject the dictionary lacks, right after a verb whose object takes ب ("وأشاد
            // العواضي بما وفرته", "ونوه المهندس محمد المخرج، …، برعاية"), after a title, or a
            // nominative plural: the verb has its own subject, none is carried.
            let bi_object = p
                .target
                .iter()
                .any(|s| matches!(s, Slot::Prep(x) if x == "ب"));
            let unknown_subject = || {
                let w = t.word(tw.end);
                !t.parties.iter().any(|p| p.words.contains(&tw.end))
                    && (HONORIFICS.has(w)
                        || TITLES.has(w)
                        // "ويرفض المعتقلون الآخرون أن يتم تسليمهم": a definite plural in -ون
                        // is nominative, the verb's own subject.
                        || nominative_plural(w)
                        // "وطالب أبو زيد البرلمان العراقي": a name by kunya or patronymic.
                        || matches!(w, "ابو" | "ابن" | "بن")
                        // "وطالب الصرخي بإصدار قرار", "واتهم المساري كتلا نيابية": a family
                        // name by nisba the dictionary lacks.
                        || nisba_surname(w)
                        || bi_object
                            && w.starts_with("ال")
                            && !OBJECT_ADVERBS.has(w)
                            && !DAY_WORDS.has(w))
            };
            let may_carry = tw.start <= 1 && verbal && !unknown_subject()
                || tw.start == 0 && meeting_verb && object_follows;
            // A physical act named by a noun inside a prepositional phrase takes no clause subject.
            let in_phrase = !verbal && governed_trigger(t, &tw, &trig.prefix);
            let meeting = p.cameo.starts_with("04");
            // Acts two parties do together: those named as subjects act with each other.
            let symmetric = matches!(&p.cameo[..2], "03" | "04" | "05" | "06");
            // Subjects barred whatever the slot:
            // * "… على كشف ملابسات الجريمة، والقبض على الجناة", "نتج عنها اعتقال الكثير": a verbal
            //   noun of a physical act names the act, not who does it (not the verb ألقى: "وألقت
            //   القبض على");
            // * "حجبت السلطات الماليزية موقعا ينتقد رئيس الوزراء": an imperfect verb right after an
            //   indefinite accusative noun describes that noun (a relative clause without الذي);
            // * "ويتهم حلفاء تركيا": the verb names its subject, a relation of a party;
            // * "أن مجهولين قاموا بتفجير 6 سيارات", "اغتال مجهولون …": the agent is said to be
            //   unknown, and no party nearby stands in for it.
            let first = t.word(tw.start).trim_start_matches(['و', 'ف']);
            // ("ومحاولة اغتيال سمو الأمير": the attempt of a verbal noun is one too.)
            let attempt_of = matches!(first, "محاوله" | "محاولات");
            let masdar = matches!(&p.cameo[..2], "08" | "17" | "18" | "19" | "20")
                && (first.starts_with("ال") && !matches!(first, "القي" | "القت" | "القوا")
                    || verbal_noun(first)
                    || attempt_of);
            // A finite verb joined by و/ف ("وضبطت"), or a circumstantial participle ("هاجم …
            // نوري المالكي متهما إياه"): the party right before it closes the clause before.
            let conjoined = joined_verb(trig, first) || PARTICIPLES.has(first);
            // "بعد ساعات على تفجيرات استهدفت سيارات ناشطين": a verb right after an indefinite
            // act of force describes it (the act hit them); its author is not the clause's.
            let described = described_noun(t, &tw)
                || trig.kind == Kind::Verb
                    && tw.start > 0
                    && after_force_act(t, tw.start)
                    && !t.word(tw.start).starts_with(['و', 'ف']);
            let related_subject = RELATIONS.has(t.word(tw.end));
            let violent_code = matches!(&p.cameo[..2], "18" | "19" | "20");
            let unknown = |r: Range<usize>| r.into_iter().any(|w| t.word(w).starts_with("مجهول"));
            let unknown_before = violent_code && unknown(tw.start.saturating_sub(3)..tw.start);
            let unknown_after = violent_code && unknown(tw.end..tw.end + 2);
            // "كانت ترقب تطور المفاوضات بين الغرب وإيران", "تعثر مباحثات الإنقاذ المالي بين
            // الحكومة اليونانية ودائنيها": a noun whose sides follow بين (its genitive and
            // adjective between) names its parties there, not before it (the watchers) nor
            // earlier in the article.
            let sides_after = trig.kind != Kind::Verb
                && (tw.end..(tw.end + 3).min(t.words.len()))
                    .take_while(|&w| {
                        !t.parties.iter().any(|p| p.words.contains(&w))
                            && (w == tw.end || !t.mark_after(w - 1, PHRASE_ENDS))
                    })
                    .any(|w| t.word(w) == "بين");
            // The first source slot whose actor also finds a target wins.
            let mut chosen: Option<Chosen> = None;
            for slot in &p.source {
                if sides_after && matches!(slot, Slot::Near | Slot::Carry) {
                    continue;
                }
                // An act named inside what someone said ("أدانت المملكة الهجوم الذي استهدف …") takes
                // its agent only from its own phrase, never from the speaker.
                if embedded && !matches!(slot, Slot::Gen | Slot::GenL | Slot::Pair | Slot::Agent) {
                    continue;
                }
                // (The subjects barred above.)
                if (masdar || related_subject) && matches!(slot, Slot::Carry) {
                    continue;
                }
                // "حملات اعتقال ليلية لمنازل الفلسطينيين", "اغتيال القيادي": the party right after
                // a verbal noun of a derived form is its object (its genitive), not its agent.
                if masdar && (verbal_noun(first) || attempt_of) && matches!(slot, Slot::After) {
                    continue;
                }
                if (described || suffered) && matches!(slot, Slot::Near | Slot::After | Slot::Carry)
                {
                    continue;
                }
                if matches!(slot, Slot::Near | Slot::Carry | Slot::Doer) && unknown_before
                    || matches!(slot, Slot::After) && unknown_after
                {
                    continue;
                }
                let Some((src, src_party, paired)) = self.find_source(
                    t,
                    &tw,
                    slot,
                    Clause {
                        verbal,
                        in_phrase,
                        meeting,
                        bi_object,
                        violent: violent_code,
                        coercive: p.cameo.starts_with("17"),
                        conjoined,
                        aid: p.cameo.starts_with("07"),
                    },
                    may_carry,
                    st,
                ) else {
                    continue;
                };
                // A politician's attack is in words; not that of "قوات صالح", the forces of one,
                // nor "هجوما مسلحا".
                // Nor is one on a decision, a statement or a policy ("هاجم قرارا صدر عن مجلس
                // الأمن"), whoever makes it.
                let on_words = (tw.end..(tw.end + 2).min(t.words.len()))
                    .find(|&w| t.word(w) != "بشده")
                    .is_some_and(|w| WORDS_ATTACKED.has(t.word(w)));
                if matches!(p.id.as_str(), "assault.attack" | "assault.attack.of")
                    && ["هاجم", "هجوم", "هجمات"]
                        .iter()
                        .any(|f| t.word(tw.start).contains(f))
                    && (on_words
                        || politician(&src)
                            && !t.word(tw.end).starts_with("مسلح")
                            && !src_party.is_some_and(|i| {
                                let start = t.parties[i].words.start;
                                start > 0
                                    && FORCE_HEADS.iter().any(|h| {
                                        t.word(start - 1).trim_start_matches('و').starts_with(h)
                                    })
                            }))
                {
                    attack_in_words = true;
                    break;
                }
                // A monitor or a rights group reports acts of force; it does not commit them
                // ("وقال المرصد السوري لحقوق الإنسان: فجر انتحاري نفسه").
                if violent_code && matches!(src.sector.as_deref(), Some("NGO" | "HRI")) {
                    continue;
                }
                // Coercion (arrests, curfews, repression) is done by authorities and armed
                // groups: "واعتقل الناشطون" is passive, the activists are those arrested.
                if p.cameo.starts_with("17") && src.sector.as_deref().is_some_and(unarmed) {
                    continue;
                }
                // A news outlet reports meetings and visits; it does not hold them.
                if meeting && reporter(&src) {
                    continue;
                }
                // "تخفيف العقوبات على إيران": the one relieved does not relieve itself.
                if p.cameo.starts_with("08")
                    && t.parties.iter().any(|q| {
                        q.words.start >= tw.end
                            && q.words.start <= tw.end + 4
                            && matches!(q.governor.as_deref(), Some("علي" | "عن"))
                            && q.actor.country.is_some()
                            && q.actor.country == src.country
                    })
                {
                    continue;
                }
                let mut targets: Vec<Option<Actor>> = Vec::new();
                let mut target_slot = None;
                // The one who suffers the act ("عناصر الحوثيين التي فرت أثناء تعرضها لغارات
                // جوية شنتها مقاتلات التحالف"): its target.
                let sufferer = suffered
                    .then(|| {
                        t.parties.iter().rev().find(|q| {
                            q.words.end <= tw.start
                                && tw.start - q.words.end <= 6
                                && !q.placeish
                                && q.actor.party_key() != src.party_key()
                        })
                    })
                    .flatten();
                if let Some(b) = paired {
                    targets.push(Some(b));
                } else if let Some(q) = sufferer {
                    targets.push(Some(q.actor.clone()));
                    target_slot = Some(Slot::Victim);
                } else {
                    for tslot in &p.target {
                        let found = self.find_targets(
                            t,
                            &tw,
                            tslot,
                            (&src, src_party, symmetric),
                            trig.definite,
                            st,
                        );
                        let found: Vec<Actor> = found
                            .into_iter()
                            .filter(|a| not_self(a, &src) && !(meeting && reporter(a)))
                            // Condolences and aid go abroad: the scene is not the giver's own
                            // people, nor is any other party of its country the recipient ("جسرا
                            // جويا لنقل المساعدات التي يقدمها مركز الملك سلمان").
                            .filter(|a| {
                                !((*tslot == Slot::Scene && p.cameo.starts_with("01")
                                    || p.cameo.starts_with("07"))
                                    && a.country == src.country)
                            })
                            // "ورطت تونس في معارك لا شأن لنا بها", "تدرس حكومة المحافظين …
                            // في مستهل معركة": with no side named, only an armed body fights
                            // where it is; for anyone else a battle is a figure of speech.
                            // ("معارك عدن": the battles of a place are fought there.)
                            .filter(|_| {
                                *tslot != Slot::Scene
                                    || p.id != "fight.clash_noun"
                                    || armed(&src)
                                    || src.entry.as_deref().is_some_and(|e| {
                                        e.starts_with("capital:") || e.starts_with("place:")
                                    })
                            })
                            .map(|mut a| {
                                // "طيران التحالف الدولي … أسفرت عن مقتل 24 إرهابيا": a force
                                // named does not strike its own country's men by the context's
                                // guess; they are the article's country's.
                                if violent_code
                                    && context_guessed(&a)
                                    && !context_guessed(&src)
                                    && a.country.is_some()
                                    && a.country == src.country
                                {
                                    if let Some(d) = st
                                        .ctx
                                        .dominant_country()
                                        .filter(|d| Some(*d) != src.country.as_deref())
                                    {
                                        recountry(&mut a, d.to_string(), "scene");
                                    }
                                }
                                a
                            })
                            .collect();
                        if !found.is_empty() {
                            targets = found.into_iter().map(Some).collect();
                            target_slot = Some(tslot.clone());
                            break;
                        }
                        if *tslot == Slot::None {
                            targets.push(None);
                            break;
                        }
                    }
                }
                targets.retain(|tg| tg.as_ref().is_none_or(|a| not_self(a, &src)));
                // A subject named right after its verb ("وتعهد أوباما …") with no target found:
                // no event. Trying a carried subject next would make that subject the target.
                // (But "ويكلف مجلس الأمن الوكالة …، ويطالب إيران بالتعاون": a verb joined after
                // a comma shares the subject named before; the party after it is its object.)
                let shares_subject = || {
                    conjoined
                        && tw.start > 0
                        && t.mark_after(tw.start - 1, &[',', '،'])
                        && t.parties
                            .iter()
                            .any(|q| q.words.end < tw.start && q.is_named_subject())
                };
                let named_after = *slot == Slot::After
                    && src_party.is_some_and(|i| t.parties[i].words.start == tw.end);
                if targets.is_empty() && named_after && !shares_subject() {
                    break;
                }
                // Unnamed authorities act on someone: "تم الإفراج عنه", "قبل أن يتم الإفراج عن
                // أي أموال" tell no one who was released.
                if *slot == Slot::Authority {
                    targets.retain(Option::is_some);
                }
                if !targets.is_empty() {
                    chosen = Some(Chosen {
                        src,
                        targets,
                        target_slot,
                        // A subject from an earlier sentence says so in the rule: `…:carried`.
                        slot: if *slot == Slot::Carry && src_party.is_none() {
                            "carried".into()
                        } else {
                            slot_name(slot)
                        },
                        after_party: src_party.filter(|_| *slot == Slot::After),
                    });
                    break;
                }
            }
            let Some(Chosen {
                src,
                targets,
                target_slot,
                slot: source_slot,
                after_party,
            }) = chosen
            else {
                continue;
            };
            // "ستكون هناك معركة بينه وبين نتنياهو وأعضاء الكونجرس", "اتحاد العملة الذي تقوده
            // ألمانيا سوف يعود ليقاتل": a fight with no armed side is a figure of speech, unless
            // two countries fight each other.
            if p.id.starts_with("fight.clash") {
                let tg = targets.first().cloned().flatten();
                let bare = |a: &Actor| a.sector.is_none() && a.country.is_some();
                let interstate = tg
                    .as_ref()
                    .is_some_and(|tg| bare(&src) && bare(tg) && src.country != tg.country);
                // ("معارك عدن": the battles of a place are fought there.)
                let place = src
                    .entry
                    .as_deref()
                    .is_some_and(|e| e.starts_with("capital:") || e.starts_with("place:"));
                if !armed(&src) && !tg.as_ref().is_some_and(armed) && !interstate && !place {
                    continue;
                }
            }
            // "أدانت الحكومتان الألمانية والإسبانية": coordinated subjects, one event each.
            let mut sources = vec![src.clone()];
            if let Some(sp) = after_party {
                sources.extend(
                    coordinated(t, sp)
                        .into_iter()
                        .map(|i| t.parties[i].actor.clone())
                        .filter(|a| {
                            targets.iter().all(|tg| {
                                tg.as_ref().is_none_or(|x| x.party_key() != a.party_key())
                            })
                        }),
                );
            }
            let mut qual = qualify(t, &tw, trig);
            let (date, status, precision, inherited) = self.event_date(
                t,
                &tw,
                dates_here,
                article_date,
                &qual,
                Some((&src, &p.cameo)),
                st,
            );
            // "عقد جلسة … الثلاثاء بناء على طلب تركيا": the request came earlier, on a day the
            // sentence does not tell; its dates belong to the act done on request.
            let (date, status, precision) = if p.id == "request.reason" {
                (None, "unresolved", None)
            } else {
                (date, status, precision)
            };
            if qual.imperfect && qual.modality == "actual" && !inherited && date > article_date {
                qual.modality = "planned";
            }
            if matches!(&p.cameo[..2], "18" | "19" | "20") {
                if let Some(Some(tg)) = targets.first() {
                    st.last_fight = Some((src.clone(), tg.clone()));
                }
            }
            if let Some(Some(tg)) = targets.first() {
                if src.country.is_some() && tg.country.is_some() && src.country != tg.country {
                    st.last_countries = Some((src.clone(), tg.clone()));
                }
            }
            // "الجانبان" later means the last two parties who met: people before governments.
            if p.cameo.starts_with("04") || p.cameo.starts_with("03") {
                if let Some(Some(tg)) = targets.first() {
                    let persons = |a: &Actor, b: &Actor| {
                        usize::from(a.is_person()) + usize::from(b.is_person())
                    };
                    let weaker = st.last_pair.as_ref().is_some_and(|(a, b)| {
                        persons(a, b) > persons(&src, tg)
                            && (same_party(a, &src)
                                || same_party(b, &src)
                                || same_party(a, tg)
                                || same_party(b, tg))
                    });
                    if !weaker {
                        st.last_pair = Some((src.clone(), tg.clone()));
                    }
                }
            }
            // (A row tried with the next ones leaves the subject to them: the attack a speaker
            // attributes is not the speaker's sentence.)
            if st.sentence_subject.is_none() && !p.also {
                st.sentence_subject = Some(src.clone());
            }
            // (Rebels and civilians fly no raids: "تسعة متمردين قتلوا في غارة جوية" names the
            // dead; nor does a body whose country is only guessed.)
            if p.cameo == "195"
                && !qual.negated
                && !matches!(source_slot.as_str(), "air" | "carried")
                && !matches!(src.sector.as_deref(), Some("REB" | "CVL" | "UAF"))
                && !context_guessed(&src)
            {
                st.last_air = Some(src.clone());
            }
            // The agent of a violent act, for a later condemnation of it.
            if matches!(&p.cameo[..2], "18" | "19" | "20") && !qual.negated {
                st.last_agent = Some(src.clone());
            }
            if let Some(Some(a)) = targets.first().filter(|_| target_slot == Some(Slot::Agent)) {
                st.last_agent = Some(a.clone());
            }
            // No place in the sentence: a party acting at home acts where the dateline is.
            let location = self
                .location(t, &tw, targets.first().and_then(|x| x.as_ref()), &p.cameo)
                .or_else(|| {
                    st.dateline_place
                        .clone()
                        .filter(|l| src.country.as_deref() == Some(l.country.as_str()))
                });
            let attendees = attendees(t, &tw);
            let mut dyads: Vec<(Actor, Option<Actor>)> = sources
                .iter()
                .flat_map(|s| targets.iter().map(move |tg| (s.clone(), tg.clone())))
                .collect();
            // Two-sided fighting ("اشتباكات بين A و B", "اشتبك A و B") is coded in both
            // directions, one event each (GUIDELINES §2).
            if p.cameo == "190" && source_slot == "pair" {
                if let [(a, Some(b))] = dyads.as_slice() {
                    dyads.push((b.clone(), Some(a.clone())));
                }
            }
            let drafts = dyads.into_iter().map(|(source, target)| Draft {
                pattern: pi,
                rule: format!("{}:{}", p.id, source_slot),
                source,
                target,
                date,
                status,
                precision,
                inherited,
                qual,
                location: location.clone(),
                attendees: attendees
                    .iter()
                    .filter(|a| a.party_key() != src.party_key())
                    .cloned()
                    .collect(),
            });
            out.extend(drafts);
            if !p.also {
                break;
            }
        }
        out
    }

    /// Fill a source slot: the actor, its party index, and for `pair`/both-sides the partner.
    fn find_source(
        &self,
        t: &Tagged,
        tw: &Range<usize>,
        slot: &Slot,
        Clause {
            verbal,
            in_phrase,
            meeting,
            bi_object,
            violent,
            coercive,
            conjoined,
            aid,
        }: Clause,
        may_carry: bool,
        st: &State,
    ) -> Option<(Actor, Option<usize>, Option<Actor>)> {
        let expand = |pi: usize| -> Option<(Actor, Option<usize>, Option<Actor>)> {
            let p = &t.parties[pi];
            if p.both {
                // "بين قيادتي البلدين" with no meeting told before: the article's two main
                // countries (each named at least twice).
                let main_pair = || {
                    let mut counts: Vec<(&String, &usize)> = st
                        .ctx
                        .country_counts
                        .iter()
                        .filter(|(c, n)| c.len() == 3 && **n >= 2)
                        .collect();
                    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                    let [(a, _), (b, _)] = counts.get(..2)? else {
                        return None;
                    };
                    let both = |c: &str| {
                        country_actor(
                            &self.dict,
                            c,
                            Some("GOV"),
                            p.actor.text.clone(),
                            format!("coref:both-main:{c}"),
                        )
                    };
                    Some((both(a)?, both(b)?))
                };
                let (a, b) = if p.actor.text.contains("بلد") {
                    st.last_countries
                        .clone()
                        .or_else(|| st.last_pair.clone())
                        .or_else(main_pair)?
                } else if violent {
                    // "الاشتباكات تفجرت بين الطرفين": those who fought last, else the last two
                    // armed bodies named together.
                    st.last_fight.clone().or_else(|| st.last_joined.clone())?
                } else if p.actor.text.contains("رئيس") || p.actor.text.contains("وزير") {
                    // "الرئيسان", "الوزيران": two people who met last, else no one ("وعاد
                    // وزيران … وشارك الوزيران في اجتماع" after a delegation's trip).
                    st.last_pair
                        .clone()
                        .filter(|(a, b)| a.is_person() && b.is_person())?
                } else {
                    st.last_pair.clone()?
                };
                let (a, b) = if p.actor.text.contains("بلد") {
                    (
                        country_level(&self.dict, &a)?,
                        country_level(&self.dict, &b)?,
                    )
                } else {
                    (a, b)
                };
                Some((a, Some(pi), Some(b)))
            } else {
                Some((p.actor.clone(), Some(pi), None))
            }
        };
        match slot {
            Slot::Near => {
                // A country named right after the verb is its subject ("حيث تدعم روسيا"); a
                // person there may be its object ("حيث التقى وزير الخارجية").
                let subject_follows = t.parties.iter().any(|p| {
                    p.words.start == tw.end
                        && p.governor.is_none()
                        && !p.placeish
                        && p.actor.sector.is_none()
                        && !p.actor.is_person()
                });

                // "لنائب الرئيس العراقي نوري المالكي الذي اتهم": a verb right after a relative
                // pronoun has the antecedent as its subject, whatever governs the antecedent.
                // An antecedent that is no party ("الاعتداء الانتحاري الذي استهدف") leaves the
                // verb without one: the agent, if any, is named elsewhere (`agent`).
                if after_relative(t, tw) {
                    // "المسؤول الرياضي البوليفي، الذي ألقي القبض عليه": a pronoun after the
                    // trigger pointing back to the antecedent makes it the object (a passive).
                    if matches!(
                        t.word(tw.end),
                        "عليه" | "عليها" | "عليهم" | "عنه" | "عنها" | "عنهم"
                    ) {
                        return None;
                    }
                    // (The pronoun sits right before the verb, or before كان: "الذين كانوا".)
                    let pronoun = if RELATIVES.has(t.word(tw.start - 1)) {
                        tw.start - 1
                    } else {
                        tw.start - 2
                    };
                    let pi = t
                        .parties
                        .iter()
                        .position(|p| p.words.end == pronoun && !p.placeish)?;
                    return expand(pi);
                }
                // "لقي جنديان سعوديان مصرعهما في قصف حوثي": an act of force with an indefinite
                // nisba right after it is that party's, whoever is named before.
                if violent {
                    if let Some(pi) = t.parties.iter().position(|p| {
                        p.words.start == tw.end
                            && p.words.len() == 1
                            && p.governor.is_none()
                            && !p.placeish
                            && p.actor.sector.as_deref() != Some("CVL")
                            && nisba_adjective(t.word(tw.end))
                    }) {
                        return expand(pi);
                    }
                }
                // "تمكنت قوات الأمن المركزي المصرية بقطاع وسط سيناء من القبض على": the subject
                // of تمكن/نجح is the act's; places and days between do not count.
                let managed_at = [1, 2]
                    .into_iter()
                    .filter(|&k| tw.start >= k)
                    .map(|k| tw.start - k)
                    .find(|&w| {
                        (w + 1 == tw.start || matches!(t.word(w + 1), "من" | "في"))
                            && self
                                .patterns
                                .list("managed")
                                .is_some_and(|m| m.contains(t.word(w)))
                    });
                let listed = listed_noun(t, tw);
                let pi = t
                    .parties
                    .iter()
                    .enumerate()
                    .filter(|&(pi, p)| {
                        p.words.end <= tw.start
                            // After a light verb ("نفذت المقاومة الشعبية بمحافظة إب فجر أمس
                            // كمائن"), places and days between do not count.
                            && (tw.start - p.words.end <= 4
                                || managed_at.is_some_and(|m| {
                                    p.words.end <= m
                                        && m - p.words.end <= 10
                                        && adjunct_free(t, p.words.end..m) <= 3
                                })
                                || tw.start - p.words.end <= 10
                                    && p.words.start > 0
                                    && LIGHT_VERBS.has(t.word(p.words.start - 1))
                                    && adjunct_free(t, p.words.end..tw.start) <= 3
                                // "التحالف العربي الذي شن ليلا حوالى 15 غارة": so after the
                                // relative and its light verb.
                                || tw.start - p.words.end <= 10
                                    && RELATIVES.has(t.word(p.words.end))
                                    && LIGHT_VERBS.has(t.word(p.words.end + 1))
                                    && adjunct_free(t, p.words.end + 2..tw.start) <= 3)
                            && p.governor.is_none()
                            && !p.placeish
                            // "أشارت السلطات التركية إلى أنه فجر نفسه": the speaker is not the
                            // agent of an act of force told after أن.
                            && !(violent && speaker_before_that(t, p, tw.start))
                            // "… سليم الجبوري فيما هاجمت الكتل": not across a contrast;
                            // nor across حيث when the verb names its own subject ("القضية
                            // الفلسطينية، حيث تدعم روسيا").
                            && !contrast_between(t, p.words.end..tw.start)
                            && !(subject_follows
                                && (p.words.end..tw.start).any(|w| t.word(w) == "حيث"))
                            // "بعد أيام على مقتل سبعة جنود في هجوم": the dead are its victims.
                            && !killed(t, p.words.start)
                            && !victim_listed(t, pi)
                            && !related(t, p.words.start)
                            // "نجحت في اختراق الإرهابيين وضبطت أصحاب …": a party right before a
                            // verb joined by و ends the clause before it, as its object; the
                            // joined verb shares that clause's subject.
                            && !(conjoined && p.words.end == tw.start)
                            // Nor the subject of a clause after أن across a comma: "وقال كوركر
                            // أن إيران بلد ينتهك حقوق الإنسان، وأتهم وزير الخارجية جون كيري"
                            // joins the clause of the one quoted.
                            && !(conjoined
                                && p.words.start > 0
                                && matches!(t.word(p.words.start - 1), "ان" | "بان")
                                && (p.words.end.saturating_sub(1)..tw.start)
                                    .any(|w| t.mark_after(w, &['،', ','])))
                            && !(listed && comma_between(t, p.words.end..tw.start))
                    })
                    .map(|(i, _)| i)
                    .next_back()?;
                // "رسالتي تهديد إلى أميركا وفرنسا، ودعا": a party joined to a governed one is
                // governed too.
                if governed_by_coordination(t, pi) {
                    return None;
                }
                expand(pi)
            }
            // Verb–subject order: the subject follows its verb closely.
            Slot::After => {
                // "العمل الذي استهدف مسجدا": a verb right after a relative pronoun has the
                // antecedent as its subject, never what follows it; unless a pronoun on the verb
                // points back to the antecedent, its object ("الساعدي الذي سلمته النيجر إلى
                // ليبيا").
                let resumptive = {
                    let w = t.word(tw.end - 1);
                    w.chars().count() >= 5
                        && (w.ends_with('ه') || w.ends_with("ها") || w.ends_with("هم"))
                };
                if after_relative(t, tw) && !resumptive {
                    return None;
                }
                // "والقبض على أولئك الإرهابيين", "تحقق في فضيحة شملت مسؤولين": a trigger that ends
                // in a preposition governs what follows it, its object, never its subject.
                if tw.end > tw.start + 1
                    && matches!(
                        t.word(tw.end - 1),
                        "علي" | "عن" | "في" | "الي" | "ضد" | "مع"
                    )
                {
                    return None;
                }
                // "أن حشدا غاضبا هاجم الجيش": a crowd right before the verb (or before its
                // adjective) is its subject; the party after it is the object.
                let crowd = |w: usize| {
                    self.patterns
                        .list("crowds")
                        .is_some_and(|c| c.contains(t.word(w).trim_start_matches('و')))
                };
                if tw.start >= 1 && crowd(tw.start - 1)
                    || tw.start >= 2
                        && crowd(tw.start - 2)
                        && !t.word(tw.start - 1).starts_with("ال")
                        && t.word(tw.start - 1).ends_with(['ا', 'ه'])
                {
                    return None;
                }
                // "وكان الفضلي قد استهدف بضربة جوية أمريكية": a verb with the weapon right after
                // it is a passive; the nisba of the weapon is no subject.
                if t.word(tw.end)
                    .strip_prefix('ب')
                    .is_some_and(|w| WEAPONS_STRUCK.has(w))
                {
                    return None;
                }
                // "وهو يهاجم أمريكا": a pronoun right before the verb is its subject.
                if tw.start > 0
                    && matches!(
                        t.word(tw.start - 1).trim_start_matches(['و', 'ف']),
                        "هو" | "هي" | "هم" | "هما"
                    )
                {
                    return None;
                }
                // "لاتهام تركيا باضطهاد المسلمين": the genitive of the verbal noun, with the charge
                // after it, is the one accused.
                // So is the party right after a finite اتهم when the charge follows it directly
                // ("المالكي يتهم السعودية بدعم الإرهاب"): the subject stood before the verb.
                let accuse_word = t.word(tw.start).trim_start_matches(['و', 'ف', 'ل', 'ب']);
                if accuse_word.starts_with("اتهام")
                    || matches!(accuse_word, "اتهم" | "يتهم" | "تتهم" | "اتهمت")
                {
                    // (Not an adjective agreeing with it: "اتهامات أمريكية بالاحتيال" are the
                    // United States'.)
                    if let Some(p) = t.parties.iter().find(|p| p.words.start == tw.end) {
                        let adjective = p.words.len() == 1 && t.word(p.words.start).ends_with("يه");
                        if t.word(p.words.end).starts_with('ب') && !adjective {
                            return None;
                        }
                    }
                }
                // "…، متهما الرئيس المعزول علي عبد الله صالح": a circumstantial participle shares
                // the main clause's subject; the party after it is its object.
                if PARTICIPLES.has(t.word(tw.start).trim_start_matches(['و', 'ف'])) {
                    return None;
                }
                // "وأشاد بجهود ولي العهد": a ب-phrase right after a verb whose object takes ب
                // is that object; the subject was named before.
                let next = t.word(tw.end);
                if bi_object
                    && next.starts_with('ب')
                    && next.chars().count() > 3
                    && !OBJECT_ADVERBS.has(next)
                    && !t.parties.iter().any(|p| p.words.start == tw.end)
                {
                    return None;
                }
                // "ويتهم المسلمون الحكومة": a definite plural in the nominative (ـون) right after
                // the verb is its subject, though no actor; the party after it is the object. So
                // is a report or a body named by its kind ("واتهم التقرير قوات حكومية").
                let next = t.word(tw.end);
                if (nominative_plural(next)
                    || REPORT_NOUNS.has(next)
                    // "اتهمت منظمة دولية قوات جيش جنوب السودان": a body the dictionary cannot
                    // place is the subject, the party after it the object.
                    || verbal && matches!(next, "منظمه" | "منظمات" | "جهات" | "اطراف"))
                    && !t.parties.iter().any(|p| p.words.contains(&tw.end))
                {
                    return None;
                }
                // "كما أدانت تشكل وزيرة القضاء الإسرائيلية لجنة": a verbal noun right after a
                // verb of speech is its object, and the party after it that object's genitive.
                if verbal
                    && ACT_OBJECTS.has(next)
                    && t.parties.iter().any(|p| p.words.start == tw.end + 1)
                {
                    return None;
                }
                // "ودعت واشنطن السلطات الإيرانية": a capital right after a verb of speech or
                // attitude is the seat of government speaking (GUIDELINES §7), not a place; after
                // a verb of motion it is the destination ("وصل الرياض وزير …").
                if verbal {
                    if let Some(pi) = t.parties.iter().position(|p| {
                        p.words.start == tw.end
                            && p.placeish
                            && p.governor.is_none()
                            && t.groups[p.group].capital.is_some()
                    }) {
                        return expand(pi);
                    }
                }
                let pi = after(t, tw.end, &[])?;
                // "كما أحرق مبنى البلدية", "استهدف مقر الحوثيين": a party in construct with a
                // building or a position right after an act of force owns what was hit; it is
                // not the one who hit it.
                if violent
                    && t.parties[pi].words.start == tw.end + 1
                    && t.parties[pi].governor.is_none()
                    && (POSITIONS.has(t.word(tw.end)) || BUILDINGS.has(t.word(tw.end)))
                {
                    return None;
                }
                // "استهدف عناصر من الحشد الشعبي": members named after a verb are mostly its
                // object; a subject is their body's only as the object (see `after`).
                // (Unless the members are named as agents: "واستهدف انتحاري من تنظيم داعش",
                // the nominative "مسلحون من".)
                if matches!(t.parties[pi].governor.as_deref(), Some("في" | "من"))
                    && !(t.parties[pi].words.start == tw.end + 2
                        && AGENT_MEMBERS.has(t.word(tw.end)))
                {
                    return None;
                }
                // "ويتهم حلفاء تركيا … أنقرة": Turkey's allies are not Turkey.
                if related(t, t.parties[pi].words.start) {
                    return None;
                }
                // Titles of address ("صاحب السمو الملكي الأمير …") do not count.
                let between = (tw.end..t.parties[pi].words.start)
                    .filter(|&w| !HONORIFICS.has(t.word(w)))
                    .count();
                // A name the dictionary lacks before the title that follows it ("أشاد أحمد بن
                // محمد الجروان رئيس البرلمان العربي"): the title is the subject's.
                let unknown_name =
                    between <= 5 && (tw.end..t.parties[pi].words.start).any(|w| t.word(w) == "بن");
                // "يصل إلى العاصمة السودانية الخرطوم يوم الأحد المقبل، وفد رفيع": before the
                // subject of a visit or a meeting, only its destination and its day. (Not for
                // other acts: "قصفت المقاتلات مواقع للحوثيين وقوات صالح" has its object there.)
                let adjuncts_only =
                    meeting && adjunct_free(t, tw.end..t.parties[pi].words.start) <= 2;
                // "انتقد عضو لجنة الأمن والدفاع في مجلس النواب العراقي": a member of a body
                // (or of its committee) speaks for it.
                let member = between <= 8 && MEMBER_HEADS.has(t.word(tw.end));
                // "قصفت الطائرات المقاتلة التابعة للتحالف العربي": the owner of the planes.
                let start = t.parties[pi].words.start;
                let owner = between <= 4
                    && t.parties[pi].governor.as_deref() == Some("ل")
                    && OWNED.has(t.word(start - 1));
                if between > 2 && !unknown_name && !adjuncts_only && !member && !owner {
                    return None;
                }
                expand(pi)
            }
            Slot::Gen => {
                let pi = gen(t, tw.end)?;
                // "لزيارة مدينة عدن": a city after a visit is where the visit goes.
                if meeting && t.parties[pi].placeish {
                    return None;
                }
                // "750 شخصا قتلوا في معارك عدن": a capital right after an act of fighting names
                // where it was fought: the fighters are of that country, not its government.
                if violent
                    && t.parties[pi].words.start == tw.end
                    && t.groups[t.parties[pi].group].capital.is_some()
                    && t.parties[pi].governor.is_none()
                {
                    let mut people = country_level(&self.dict, &t.parties[pi].actor)?;
                    // (Still named by its capital: see the `scene` target of `fight.clash_noun`.)
                    people.entry = t.parties[pi].actor.entry.clone();
                    return Some((people, Some(pi), None));
                }
                // "مساعدات إنسانية للاجئين السوريين": aid goes to a ل-phrase, not from it
                // (unless owned: "مساعدات إنسانية تابعة للأمم المتحدة").
                let start = t.parties[pi].words.start;
                if aid
                    && t.parties[pi].governor.as_deref() == Some("ل")
                    && !(start > 0 && OWNED.has(t.word(start - 1)))
                {
                    return None;
                }
                expand(pi)
            }
            Slot::Of => {
                // A capital in construct with an act noun is its government ("برفض واشنطن").
                let pi = t.parties.iter().position(|p| {
                    p.words.start == tw.end
                        && p.governor.is_none()
                        && (!p.placeish || t.groups[p.group].capital.is_some())
                        && !p.both
                })?;
                expand(pi)
            }
            Slot::GenL => {
                let g = gen(t, tw.end)?;
                let l = t.parties.iter().position(|p| {
                    p.words.start >= t.parties[g].words.end
                        && p.words.start - t.parties[g].words.end <= 2
                        && p.governor.as_deref() == Some("ل")
                })?;
                Some((
                    t.parties[g].actor.clone(),
                    Some(g),
                    Some(t.parties[l].actor.clone()),
                ))
            }
            Slot::Pair => {
                // The sides named after بين from the party at `next`: "بين X و Y", or marked
                // "بين الجيش والمقاومة الشعبية من جهة، وعناصر من جماعة الحوثي من جهة أخرى" (the
                // other side follows the first "من جهة"; or "من طرف، … من طرف آخر").
                let between_sides = |next: usize| -> Option<(Actor, Option<usize>, Option<Actor>)> {
                    let p = &t.parties[next];
                    if p.governor.as_deref() != Some("بين") {
                        return None;
                    }
                    // (Past those joined to it: "بين المسلحين الحوثيين وقوات الرئيس المخلوع علي
                    // عبدالله صالح من جهة والمقاومة الشعبية من جهة أخرى".)
                    let mut last = next;
                    while t
                        .parties
                        .get(last + 1)
                        .is_some_and(|q| q.and && q.words.start == t.parties[last].words.end)
                    {
                        last += 1;
                    }
                    let end = t.parties[last].words.end;
                    let side = (end..(end + 6).min(t.words.len()))
                        .find(|&w| matches!(t.word(w), "جهه" | "طرف") && t.word(w - 1) == "من");
                    if let Some(side) = side {
                        let other = t.parties.iter().find(|o| {
                            o.words.start > side && o.words.start - side <= 6 && !o.placeish
                        })?;
                        return Some((p.actor.clone(), Some(next), Some(other.actor.clone())));
                    }
                    let q = t.parties.get(next + 1)?;
                    q.and
                        .then(|| (p.actor.clone(), Some(next), Some(q.actor.clone())))
                };
                // "ووقعت اشتباكات بين عناصر المقاومة الشعبية والحوثيين": sides named right after
                // the noun win over two parties before it ("الحوثيين وقوات صالح قصفت").
                if let Some(found) = t
                    .parties
                    .iter()
                    .position(|p| {
                        p.words.start >= tw.end
                            && p.words.start - tw.end <= 2
                            && (tw.end..p.words.start).all(|w| !t.mark_after(w, PHRASE_ENDS))
                    })
                    .and_then(between_sides)
                {
                    return Some(found);
                }
                // X و Y before the trigger.
                let before: Vec<usize> = (0..t.parties.len())
                    .filter(|&i| {
                        let p = &t.parties[i];
                        p.words.end <= tw.start
                            && tw.start - p.words.end <= 16
                            && p.governor.is_none()
                            && !p.placeish
                            // ("فوق العراق وسورية": joined to a governed party, governed too.)
                            && !governed_by_coordination(t, i)
                    })
                    .collect();
                // "قوات الجيش الوطني والمقاومة الشعبية تخوضان معارك عنيفة مع ميليشيات التمرد":
                // with an opponent named after the trigger, the two before it are one side.
                let opponent_after = violent
                    && t.parties.iter().any(|p| {
                        p.words.start >= tw.end
                            && p.words.start - tw.end <= 6
                            && matches!(p.governor.as_deref(), Some("مع" | "ضد"))
                    });
                // Nor, for an act of force, are two named before it that share a verb: "وأن
                // المقاومة والجيش الوطني … قضى على ما تبقى منها في مواجهات عنيفة" fought
                // together; the sides of a fight are named after بين.
                let one_side = violent
                    && before.windows(2).next_back().is_some_and(|w| {
                        (t.parties[w[1]].words.end..tw.start).any(|k| {
                            let k = t.word(k);
                            LIGHT_VERBS.has(k)
                                || SHARED_VERBS.has(k.trim_start_matches('و'))
                                // A dual verb: "المقاومة الشعبية والجيش يتقدمان".
                                || k.starts_with(['ي', 'ت'])
                                    && k.ends_with("ان")
                                    && k.chars().count() >= 5
                        })
                    });
                // "لدى لقاء وزير الدفاع الأمريكي بالملك سلمان": a trigger with its own genitive
                // (or subject) right after it names its own side.
                // "يقدم ظريف وصالحي … تقريرهما حول محصلة المباحثات": a trigger named as a topic
                // is not what the two before it do.
                let topic = (tw.start.saturating_sub(2)..tw.start)
                    .any(|w| matches!(t.word(w), "حول" | "بشان" | "بخصوص" | "عن"));
                let sides_elsewhere = topic
                    || t.parties
                        .iter()
                        .any(|p| p.words.start == tw.end && p.governor.is_none() && !p.placeish);
                for w in before
                    .windows(2)
                    .rev()
                    .filter(|_| !opponent_after && !one_side && !sides_elsewhere)
                {
                    let (a, b) = (&t.parties[w[0]], &t.parties[w[1]]);
                    // "المباحثات بين إدارة الرئيس أوباما وخادم الحرمين … منذ توقيع الاتفاقية":
                    // the sides after an earlier بين are that noun's.
                    let earlier_between = (a.words.start.saturating_sub(2)..a.words.start)
                        .any(|k| t.word(k) == "بين");
                    if b.and
                        && !earlier_between
                        && b.words.start - a.words.end <= 2
                        && !a.both
                        && !b.both
                        // "كلا من فاروفاكيس وتسيبراس سوف يقولان …، إلا أن بقية الاتحاد سوف تناقش".
                        && !contrast_between(t, b.words.end..tw.start)
                    {
                        // "أصيب نحو 3 من مقاتلي المقاومة الشعبية والجيش في مواجهات": the
                        // wounded, not the two sides.
                        if killed(t, a.words.start) {
                            return None;
                        }
                        return Some((a.actor.clone(), Some(w[0]), Some(b.actor.clone())));
                    }
                }
                // بين X و Y, or "الجانبين" right after the trigger.
                // "اتصالات على مستوى عال جرت بين قيادتي البلدين": both sides after بين reach
                // further when no meeting was told before (then they are the article's two main
                // countries).
                let next = t.parties.iter().position(|p| {
                    p.words.start >= tw.end
                        && (p.words.start - tw.end <= 3
                            // "تبادل خطير لإطلاق النار أمس بين الجيش التركي وتنظيم داعش".
                            || violent
                                && p.governor.as_deref() == Some("بين")
                                && p.words.start - tw.end <= 6
                                && (tw.end..p.words.start).all(|w| !t.mark_after(w, PHRASE_ENDS))
                            // (For a noun, "البلدين" reaches as far whatever met before:
                            // "اتصالات على مستوى عال جرت بين قيادتي البلدين".)
                            || (st.last_pair.is_none() || !verbal && p.actor.text.contains("بلد"))
                                && p.both
                                && p.words.start - tw.end <= 8
                                && (p.words.start.saturating_sub(2)..p.words.start)
                                    .any(|w| t.word(w) == "بين"))
                })?;
                if t.parties[next].both {
                    return expand(next);
                }
                between_sides(next)
            }
            Slot::Prep(prep) => {
                let pi = prep_party(t, tw.end, prep, 12)?;
                expand(pi)
            }
            Slot::Carry => {
                // Reported speech "نقلت الوزارة عن الوزير … «إشادته»": the one quoted speaks.
                if let Some(pi) = t.parties.iter().position(|p| {
                    p.words.end <= tw.start
                        && p.governor.as_deref() == Some("عن")
                        && p.words.start >= 2
                        && (p.words.start.saturating_sub(4)..p.words.start)
                            .any(|w| REPORTING.has(t.word(w)))
                }) {
                    return Some((t.parties[pi].actor.clone(), Some(pi), None));
                }
                // The clause's own subject before the trigger ("وعرض السراج …، وأشاد"), else the
                // subject carried from earlier sentences, but only for a verb of speech or
                // attitude that opens its sentence ("ونوه بالدعم …"): deeper in a sentence, or for
                // a physical act, a subjectless verb is mostly passive ("واعتقل الناشطون") or has
                // a subject the dictionary does not know. On the dev gold, carried subjects of
                // other verbs were right 7 times in 71.
                // A physical act named by a noun inside a prepositional phrase ("تتهمها باعتقال
                // ناشطين", "أمام تفجير", "لاعتداء جسدي") is not done by the clause's subject.
                if in_phrase {
                    return None;
                }
                // "الاعتداء الانتحاري الذي استهدف مدينة سوروتش": the relative clause's subject is
                // its antecedent (see `near`), never the main clause's.
                if after_relative(t, tw) {
                    return None;
                }
                let listed = listed_noun(t, tw);
                // "أوضحت خلية الإعلام الحربي أن القوات الأمنية واصلت … وقتلت": the subject of
                // the clause أن opens (also for arrests: "قال شاهد فلسطيني إن القوات
                // الإسرائيلية دخلت قرية برقين … للقيام بحملة اعتقالات").
                let forceful = violent || coercive;
                if forceful {
                    let that = (0..tw.start)
                        .rev()
                        .find(|&w| complementizer(t.word(w)) == Some("ان"));
                    if let Some(pi) = that.and_then(|a| {
                        t.parties.iter().position(|p| {
                            // (A head noun may stand before the party: "إن قوات التحالف".)
                            (p.words.start == a + 1 || p.words.start == a + 2)
                                && p.words.end <= tw.start
                                && p.governor.is_none()
                                && !p.placeish
                        })
                    }) {
                        return Some((t.parties[pi].actor.clone(), Some(pi), None));
                    }
                    if let Some(pi) = own_deed_speaker(t, tw.start) {
                        return Some((t.parties[pi].actor.clone(), Some(pi), None));
                    }
                }
                // "طالب مجلس محافظة الأنبار، الولايات المتحدة": a body named by its head noun
                // right after the verb is its own subject, though the dictionary lacks it.
                if verbal
                    && BODY_HEADS.has(t.word(tw.end))
                    && !t.parties.iter().any(|p| p.words.contains(&tw.end))
                    && !t
                        .parties
                        .iter()
                        .any(|p| p.words.start == tw.end + 1 && !p.placeish)
                {
                    return None;
                }
                if let Some(pi) = t.parties.iter().position(|p| {
                    p.words.end <= tw.start
                        && p.is_named_subject()
                        && !contrast_between(t, p.words.end..tw.start)
                        // "شهدت الكويت … جريمة إرهابية، حيث استهدف مسجد": حيث opens a clause
                        // of its own.
                        && !(p.words.end..tw.start).any(|w| t.word(w) == "حيث")
                        // "أكد مصدر أمني … أن مجموعة إرهابية اغتالت": the speaker does not do
                        // the act of force reported after أن (see `speaker_before_that`).
                        && !(forceful && speaker_before_that(t, p, tw.start))
                        // "قتل العشرات من عناصر تنظيم داعش واعتقل سبعة": the dead do not arrest.
                        && !(forceful && killed(t, p.words.start))
                        && !(listed && comma_between(t, p.words.end..tw.start))
                        // "مع المنظمات المتطرفة التي تقاتل النظام السوري واتهمت الحكومة": a
                        // party inside a relative clause is not the main clause's subject.
                        && !(p.words.start.saturating_sub(3)..p.words.start)
                            .any(|w| matches!(t.word(w), "التي" | "الذي" | "الذين"))
                }) {
                    return Some((t.parties[pi].actor.clone(), Some(pi), None));
                }
                // "ويتهم المسلمون الحكومة", "ويتهم الجمهوريون أوباما": a people named by a
                // nominative plural the dictionary lacks, right after a verb opening its clause,
                // is its subject: civilians of where the sentence is set, else of the article's
                // main country.
                let next = t.word(tw.end);
                if tw.start <= 1
                    && verbal
                    && nominative_plural(next)
                    && !t.parties.iter().any(|p| p.words.contains(&tw.end))
                {
                    let country = self.setting_country(t, st)?;
                    let mut people = country_actor(
                        &self.dict,
                        &country,
                        Some("CVL"),
                        next.to_string(),
                        format!("people:{country}"),
                    )?;
                    people.name = None;
                    people.name_ar = None;
                    return Some((people, None, None));
                }
                if !may_carry {
                    return None;
                }
                // "وفيما دان المجلس العملية": a body named right after the verb is its subject:
                // the actor it points back to ("المجلس" → the council named before), or none.
                if let Some(w) = t.words.get(tw.end).map(|_| t.word(tw.end)) {
                    if REPORT_NOUNS.has(w) {
                        return None;
                    }
                    if UNNAMED_SPEAKERS.has(w) {
                        return body_antecedent(w, &st.ctx.history).map(|a| (a, None, None));
                    }
                    // "ودعت قيادة المقاومة", "وتطالب حركة المستوطنين": a body's head noun with
                    // the body right after it names the subject.
                    if BODY_HEADS.has(w) {
                        if let Some(pi) = t.parties.iter().position(|p| {
                            p.words.start == tw.end + 1 && p.governor.is_none() && !p.placeish
                        }) {
                            return Some((t.parties[pi].actor.clone(), Some(pi), None));
                        }
                    }
                    // "وحثت سارة ليا ويتسن … الولايات المتحدة": a given name right after the verb
                    // opens its own subject, a person the dictionary does not know.
                    // (Not a particle that is also a name once normalized: على/علي, بأن/بان.)
                    if !w.starts_with("ال")
                        && !matches!(w, "علي" | "بان" | "ان" | "من" | "عن" | "ما")
                        && self.given_names.contains(w)
                    {
                        return None;
                    }
                }
                st.last_subject.clone().map(|a| (a, None, None))
            }
            Slot::Crowd => {
                // Unnamed protesters: civilians of the country the sentence is set in.
                let country = t
                    .places
                    .iter()
                    .find_map(|(gi, _)| self.group_country(&t.groups[*gi]))
                    .or_else(|| {
                        t.parties.iter().find_map(|p| {
                            (p.actor.sector.is_none())
                                .then(|| p.actor.country.clone())
                                .flatten()
                        })
                    })?;
                let mut crowd = country_actor(
                    &self.dict,
                    &country,
                    Some("CVL"),
                    t.word(tw.start).to_string(),
                    format!("crowd:{country}"),
                )?;
                crowd.name = None;
                crowd.name_ar = None;
                crowd.role = Some("protesters".into());
                Some((crowd, None, None))
            }
            Slot::Agent => {
                // "الجريمة التي نفذها مستوطنون إسرائيليون": the agent of the act the noun names,
                // in the relative clause right after it.
                let pi = party_after_cue(t, tw.end, &REL_AGENT, 6, 2)?;
                expand(pi)
            }
            Slot::Authority => {
                // "وأضاف البيان أنه تم القبض على الجاني": the impersonal passive right before
                // the trigger; the authorities of where the sentence is set act.
                // Or a bare perfect verb opening the sentence whose subject slot holds no actor
                // ("واعتقل المتهمون …", "واعتقل رضايان في طهران"): read as a passive.
                let opening = tw.start == 0 && {
                    let w = t.word(0).trim_start_matches(['و', 'ف']);
                    !w.starts_with(['ي', 'ت', 'ن', 'س']) && !w.starts_with("ال") && !verbal_noun(w)
                };
                let passive = opening
                    || (tw.start.saturating_sub(2)..tw.start)
                        .any(|w| IMPERSONAL.has(t.word(w).trim_start_matches(['و', 'ف'])));
                if !passive {
                    return None;
                }
                let country = self.setting_country(t, st)?;
                let mut authority = country_actor(
                    &self.dict,
                    &country,
                    Some("GOV"),
                    String::new(),
                    format!("authority:{country}"),
                )?;
                authority.role = Some("authorities".into());
                Some((authority, None, None))
            }
            Slot::By => {
                let w = (tw.end..(tw.end + 8).min(t.words.len())).find(|&w| {
                    let prev = w.checked_sub(1).map(|p| t.word(p)).unwrap_or("");
                    match t.word(w) {
                        "بواسطه" => true,
                        "قبل" => prev == "من",
                        "يد" | "ايدي" => prev == "علي",
                        _ => false,
                    }
                })?;
                // (Not across a comma, nor across the noun's own agent: "حصار الحوثيين للمدينة
                // قبل دحرهم من قبل المقاومة" names who routed them, not who laid the siege.)
                if (tw.end.saturating_sub(1)..w).any(|k| t.mark_after(k, PHRASE_ENDS))
                    || t.parties.iter().any(|p| {
                        p.words.start >= tw.end && p.words.end <= w && p.governor.is_none()
                    })
                {
                    return None;
                }
                let pi = t
                    .parties
                    .iter()
                    .position(|p| p.words.start == w + 1 && p.governor.is_none() && !p.placeish)?;
                expand(pi)
            }
            Slot::Air => {
                let air = self.patterns.list("air_force")?;
                let named = |w: usize| t.parties.iter().any(|p| p.words.contains(&w));
                // (Not one whose owner is named within a few words, "الطائرات المقاتلة التابعة
                // للتحالف", nor helicopters, which drop a regime's barrel bombs, not a
                // coalition's.)
                let unnamed_air = (tw.start.saturating_sub(2)..tw.start)
                    .chain(tw.end..tw.end + 1)
                    .any(|w| {
                        air.contains(t.word(w).trim_start_matches('و'))
                            && !(w..w + 4).any(named)
                            && !(w..w + 2).any(|k| t.word(k).contains("مروحي"))
                    });
                if !unnamed_air {
                    return None;
                }
                st.last_air.clone().map(|a| (a, None, None))
            }
            Slot::Doer => {
                let doing = self.patterns.list("doing")?;
                let d = (tw.start.saturating_sub(6)..tw.start)
                    .rev()
                    .find(|&w| doing.contains(t.word(w)))?;
                let pi = t
                    .parties
                    .iter()
                    .position(|p| p.words.start == d + 1 && p.governor.is_none() && !p.placeish)
                    .or_else(|| {
                        t.parties
                            .iter()
                            .rposition(|p| p.words.end == d && p.governor.is_none() && !p.placeish)
                    })?;
                // "مليشيات الحوثي وصالح قامت": the first of the joined subjects.
                let pi = (0..pi)
                    .rev()
                    .take_while(|&j| t.parties[j + 1].and)
                    .last()
                    .unwrap_or(pi);
                expand(pi)
            }
            Slot::Main => {
                // "وخلال استقباله وزير الخارجية البريطاني، أكد الرئيس المصري": the noun opens the
                // sentence after خلال/لدى/أثناء/عند/في; the one who hosts or calls is the subject
                // of the verb right after the comma.
                let opener = (1..=3).contains(&tw.start)
                    && ADVERBIAL_OPENERS.has(t.word(0).trim_start_matches('و'));
                if !opener {
                    return None;
                }
                let comma = (tw.start..(tw.end + 14).min(t.words.len()))
                    .find(|&w| t.mark_after(w, &['،', ',']))?;
                let pi = t.parties.iter().position(|p| {
                    p.words.start > comma + 1
                        && p.words.start <= comma + 2
                        && p.governor.is_none()
                        && !p.placeish
                })?;
                expand(pi)
            }
            // The sentence's own subject, or those killed before the trigger ("17 من ميليشيا
            // الحوثي قتلوا خلال مواجهات مع المقاومة"); never the last sentence's.
            // An armed body only: "وقال وزير الدفاع إن الاشتباكات مع الحوثيين" is no fight of
            // the minister's.
            Slot::Subject => {
                let before = |p: &Party| p.words.end <= tw.start && !p.placeish && !p.both;
                let pi = t
                    .parties
                    .iter()
                    .position(|p| before(p) && killed(t, p.words.start))
                    .or_else(|| {
                        t.parties.iter().position(|p| {
                            // (Or counted: "17 من ميليشيا الحوثي".)
                            let counted = p.governor.as_deref() == Some("من")
                                && p.words.start >= 2
                                && is_quantifier(t.word(p.words.start - 2));
                            before(p)
                                && (p.governor.is_none() || counted)
                                && matches!(
                                    p.actor.sector.as_deref(),
                                    Some("REB" | "MIL" | "COP" | "UAF")
                                )
                        })
                    })?;
                expand(pi)
            }
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
            | Slot::LPhrase => None,
        }
    }

    /// Fill a target slot (several actors for `after+coord`).
    fn find_targets(
        &self,
        t: &Tagged,
        tw: &Range<usize>,
        slot: &Slot,
        (src, src_party, symmetric): (&Actor, Option<usize>, bool),
        definite: bool,
        st: &State,
    ) -> Vec<Actor> {
        let scene = st.ctx.dominant_country();
        // "اللقاء"/"الاجتماع" names a meeting already reported unless مع/بين follows closely.
        if definite && !matches!(slot, Slot::Prep(_)) {
            return Vec::new();
        }
        let reach = if definite { 6 } else { 12 };
        // Where the object starts: after a subject that follows the verb ("أشاد الجروان … بأداء
        // رجال الداخلية", "استنكر … الزياني بشدة تصريحات …"), else right after the trigger.
        // (The subject's name in apposition to its title is the subject too: "الأمين العام لمجلس
        // التعاون د. عبداللطيف الزياني بشدة تصريحات …".)
        // (Not a subject across a comma: "وخلال استقباله وزير الخارجية البريطاني، أكد الرئيس
        // المصري" names the main clause's.)
        let obj_start = src_party
            .filter(|&i| {
                t.parties[i].words.start >= tw.end
                    && (tw.end.saturating_sub(1)..t.parties[i].words.start.saturating_sub(1))
                        .all(|w| !t.mark_after(w, PHRASE_ENDS))
            })
            .map(|i| {
                let mut end = t.parties[i].words.end;
                let subject = &t.parties[i];
                for q in &t.parties[i + 1..] {
                    // "واستقبل وزير العدل، الشيخ وليد الصمعاني، في ديوان الوزارة، رئيس ديوان
                    // المظالم": a bare name of the same country after an unnamed title.
                    let g = &t.groups[q.group];
                    let named_title = subject.actor.name.is_none()
                        && (g.person.is_some() || g.surname.is_some())
                        && g.agent.is_none()
                        && g.office.is_none()
                        && q.actor.country.is_some()
                        && q.actor.country == subject.actor.country;
                    if q.words.start > end + 1
                        || q.governor.is_some()
                        || !(named_title
                            || q.actor.name.is_some() && q.actor.name == subject.actor.name)
                    {
                        break;
                    }
                    end = q.words.end;
                }
                end
            })
            .unwrap_or(tw.end);
        // A relative clause right after the subject names its own parties, never the object:
        // its subject after a verb with a resumptive pronoun ("دعا تحالف دعم الإخوان الذي
        // تتزعمه جماعة الإخوان أنصاره") and its object counted after its verb ("طالبت جبهة
        // النصرة التي تحتجز عددا من عناصر الجيش وقوى الأمن اللبنانيين"), with those joined to
        // them; the object is looked for after them.
        let obj_start = if obj_start > tw.end && RELATIVES.has(t.word(obj_start)) {
            let verb = obj_start + 1;
            let own = if noun_with_pronoun(t.word(verb)) {
                Some(verb + 1)
            } else if (is_quantifier(t.word(verb + 1))
                || is_quantifier(t.word(verb + 1).trim_end_matches('ا')))
                && t.word(verb + 2) == "من"
            {
                Some(verb + 3)
            } else {
                None
            };
            // (A head of members may stand before the party: "عددا من عناصر الجيش".)
            own.and_then(|w| {
                t.parties.iter().position(|p| {
                    p.words.start == w || p.words.start == w + 1 && CONSTRUCT_MEMBERS.has(t.word(w))
                })
            })
            .map_or(obj_start, |mut i| {
                while t
                    .parties
                    .get(i + 1)
                    .is_some_and(|q| q.and && q.words.start == t.parties[i].words.end)
                {
                    i += 1;
                }
                t.parties[i].words.end
            })
        } else {
            obj_start
        };
        // A subject after the verb takes the party joined to it ("قصف الحوثيون وقوات صالح
        // بالدبابات حي الإخوة"): a co-subject, not the object. (Not for acts done together:
        // "التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف" met each other.)
        let mut skip: Vec<usize> = src_party.into_iter().collect();
        let mut obj_after_cosubject = None;
        if let Some(i) = src_party.filter(|&i| !symmetric && t.parties[i].words.start >= tw.end) {
            // (Also past one adjective of the subject: "في هجوم للمقاومة الشعبية والجيش الموالي".)
            let end = t.parties[i].words.end;
            if t.parties.get(i + 1).is_some_and(|q| {
                q.and
                    && (q.words.start == end
                        || q.words.start == end + 1
                            && t.word(end).starts_with("ال")
                            && !t.mark_after(end - 1, PHRASE_ENDS)
                            && !t.mark_after(end, PHRASE_ENDS))
            }) {
                skip.push(i + 1);
                // (The object is looked for after it: "دعا وزراء خارجية الاتحاد الأوروبي والممثل
                // الأعلى لسياسة الأمن … فيديريكا موغيريني المؤتمر الوطني العام الليبي".)
                obj_after_cosubject = Some(t.parties[i + 1].words.end);
            }
        }
        let one = |pi: Option<usize>| -> Vec<Actor> {
            pi.filter(|&i| !t.parties[i].both)
                .map(|i| vec![t.parties[i].actor.clone()])
                .unwrap_or_default()
        };
        match slot {
            Slot::After => {
                let start = obj_after_cosubject.unwrap_or(obj_start);
                // "قصفت المدفعية مواقع لحزب العمال الكردستاني": whose positions are struck,
                // when named before any other party.
                let positions = t.parties.iter().position(|p| {
                    p.words.start > start
                        && p.words.start - start <= 10
                        && p.governor.as_deref() == Some("ل")
                        && (POSITIONS.has(t.word(p.words.start - 1))
                            || p.words.start > start + 1
                                && (OWNED.has(t.word(p.words.start - 1))
                                    // "تعزيزات حربية للحوثيين": one adjective between.
                                    || t.word(p.words.start - 1).ends_with(['ه', 'ي'])
                                        && !t.word(p.words.start - 1).starts_with("ال"))
                                && POSITIONS.has(t.word(p.words.start - 2)))
                });
                let found = capital_object(t, tw, start, &skip)
                    .or_else(|| after(t, start, &skip))
                    .or_else(|| after_time_adverb(t, start, &skip));
                let found = [positions, found]
                    .into_iter()
                    .flatten()
                    .min_by_key(|&i| t.parties[i].words.start);
                // "خلال لقائه رياض ياسين": the object of a possessed noun follows it at once
                // (titles of address aside), not "خلال اجتماعه الأسبوعي … برئاسة محلب".
                if start == tw.end && possessed_noun(t.word(tw.end - 1)) {
                    let close = |pi: &usize| {
                        (tw.end..t.parties[*pi].words.start)
                            .filter(|&w| !HONORIFICS.has(t.word(w)))
                            .count()
                            == 0
                    };
                    return one(found.filter(close));
                }
                if found.is_none() {
                    return supporters_of(t, start, src).into_iter().collect();
                }
                one(found)
            }
            Slot::AfterCoord => {
                let start = obj_after_cosubject.unwrap_or(obj_start);
                let Some(first) =
                    capital_object(t, tw, start, &skip).or_else(|| after(t, start, &skip))
                else {
                    return supporters_of(t, start, src).into_iter().collect();
                };
                let mut out = one(Some(first));
                out.extend(
                    coordinated(t, first)
                        .into_iter()
                        .filter(|&j| !guessed_own_side(t, j, first, src))
                        .flat_map(|i| one(Some(i))),
                );
                out
            }
            Slot::Coord => src_party
                .map(|s| {
                    coordinated(t, s)
                        .into_iter()
                        .take(1)
                        .flat_map(|i| one(Some(i)))
                        .collect()
                })
                .unwrap_or_default(),
            Slot::Prep(prep) if prep != "بين" => {
                // "على الولايات المتحدة وفرنسا": the governed party and those joined to it. After
                // a subject that follows the verb, the phrase opens after the subject ("أشاد
                // الجروان … بأداء رجال الداخلية في المملكة", "الغارات التركية على مواقع تنظيم
                // داعش").
                let Some(pi) = prep_party(t, tw.end, prep, reach)
                    .or_else(|| {
                        (matches!(prep.as_str(), "ب" | "علي" | "مع") && obj_start > tw.end)
                            .then(|| prep_party(t, obj_start, prep, reach))
                            .flatten()
                    })
                    .filter(|i| Some(*i) != src_party)
                else {
                    return Vec::new();
                };
                let mut out = one(Some(pi));
                out.extend(
                    coordinated(t, pi)
                        .into_iter()
                        .filter(|&j| !guessed_own_side(t, j, pi, src))
                        .flat_map(|i| one(Some(i))),
                );
                out
            }
            Slot::Prep(prep) => {
                // (After a subject that follows the verb, as above: "أشاد خادم الحرمين …،
                // بتميز العلاقات الأخوية التي تربط بين المملكة العربية السعودية ومصر".)
                let pi = prep_party(t, tw.end, prep, reach)
                    .or_else(|| prep_party(t, obj_start, prep, reach))
                    .filter(|i| Some(*i) != src_party);
                if prep == "بين" {
                    // بين X و Y: the member that is not the source (nor its country).
                    if let Some(i) = pi {
                        let p = &t.parties[i];
                        if p.actor.party_key() == src.party_key()
                            || p.actor.country.is_some() && p.actor.country == src.country
                        {
                            if let Some(q) = t.parties.get(i + 1).filter(|q| q.and) {
                                return vec![q.actor.clone()];
                            }
                        }
                    }
                }
                one(pi)
            }
            Slot::Gen => one(gen(t, tw.end)),
            // "تلقى X اتصالا من Y": the receiver, found as a source would be.
            Slot::Near | Slot::Carry | Slot::Main => self
                .find_source(t, tw, slot, Clause::default(), true, st)
                .map(|(a, _, _)| vec![a])
                .unwrap_or_default(),
            // The agent of a relative clause, and those killed or hurt.
            // (After a subject that follows the verb: "استنكر الأمين العام لمجلس التعاون …
            // الزياني بشدة تصريحات … نوري المالكي".)
            Slot::Agent => one(party_after_cue(t, tw.end, &REL_AGENT, 14, 2)
                .or_else(|| genitive_after_cue(t, obj_start, &ACT_NOUNS, 6))),
            // Only for an act pointed back to ("هذا العمل", "لهذه الجريمة"): "أدان التفجير الذي وقع
            // يوم الاثنين" names an act of its own.
            Slot::Home => src
                .country
                .as_deref()
                // Civilians and the unarmed opposition address their government; armed groups
                // and governments have opponents of their own.
                .filter(|_| src.sector.as_deref().is_none_or(unarmed))
                .and_then(|c| {
                    country_actor(
                        &self.dict,
                        c,
                        Some("GOV"),
                        String::new(),
                        format!("home:{c}"),
                    )
                })
                .into_iter()
                .collect(),
            Slot::PriorAgent => {
                // "هذا العمل", "لهذه الجريمة"; or those who did it ("بمعاقبة مرتكبي الأعمال
                // الإرهابية").
                let pointed = (tw.end..tw.end + 6).any(|w| {
                    DEMONSTRATIVES.has(t.word(w))
                        || PERPETRATORS.has(t.word(w).trim_start_matches(['و', 'ب', 'ل']))
                });
                st.last_agent
                    .clone()
                    .filter(|_| pointed)
                    .into_iter()
                    .collect()
            }
            Slot::Victim => one(party_after_cue(t, tw.end, &VICTIM_WORDS, 16, 4)),
            Slot::Holder => one(party_after_cue(t, obj_start, &PRISONS, 16, 1)),
            Slot::LPhrase => one(l_phrase(t, obj_start, &skip)),
            Slot::Subject => {
                // "وذكر مسؤولون باكستانيون … ان اربعة مدنيين قتلوا بنيران هندية": the subject is
                // the reported clause's, after أن; its speaker is not.
                // (The first أن: "إن خمسة جنود قُتلوا وإن ستة آخرين اصيبوا".)
                let that = (0..tw.start).find(|&w| complementizer(t.word(w)).is_some());
                let pi = t
                    .parties
                    .iter()
                    // (Or those killed, counted with a partitive: "قتل 6 من ميليشيات الحوثي".)
                    .position(|p| {
                        p.words.end <= tw.start
                            && that.is_none_or(|a| p.words.start > a)
                            && (p.is_named_subject() || killed(t, p.words.start) && !p.placeish)
                    });
                match pi {
                    Some(i) if !skip.contains(&i) => vec![t.parties[i].actor.clone()],
                    Some(_) => Vec::new(),
                    // (A reported clause whose subject the dictionary lacks: not the last
                    // sentence's, the next slot's.)
                    None if that.is_some() => Vec::new(),
                    None => st.last_subject.clone().into_iter().collect(),
                }
            }
            Slot::Object => {
                let start = obj_start;
                let mut w = start;
                while w < t.words.len() && w < start + 3 && OBJECT_ADVERBS.has(t.word(w)) {
                    w += 1;
                }
                let pi = t.parties.iter().position(|p| {
                    // "الحكومتان الألمانية والإسبانية": a party joined by و is a co-subject.
                    p.words.start == w && p.governor.is_none() && !p.placeish && !p.and
                });
                one(pi.filter(|i| !skip.contains(i)))
            }
            Slot::Scene => {
                // Police and courts act at home.
                let home = src
                    .country
                    .clone()
                    .filter(|_| matches!(src.sector.as_deref(), Some("COP" | "JUD")));
                // The place named right after the trigger ("سيطرت على حي التواهي"), else the
                // first one the sentence names that is no origin ("التي تزاول عملها من
                // الرياض"), else any.
                let after_trigger = t
                    .places
                    .iter()
                    .filter(|(gi, _)| {
                        let w = t.word_at(t.groups[*gi].span.start);
                        w >= tw.end && w - tw.end <= 4
                    })
                    .find_map(|(gi, _)| self.group_country(&t.groups[*gi]));
                let country = after_trigger
                    .or_else(|| {
                        t.places
                            .iter()
                            .filter(|(_, gov)| gov.as_deref() != Some("من"))
                            .find_map(|(gi, _)| self.group_country(&t.groups[*gi]))
                    })
                    .or_else(|| {
                        t.places
                            .iter()
                            .find_map(|(gi, _)| self.group_country(&t.groups[*gi]))
                    })
                    .or(home)
                    .or_else(|| scene.map(str::to_string));
                country
                    .and_then(|c| {
                        country_actor(
                            &self.dict,
                            &c,
                            Some("CVL"),
                            String::new(),
                            format!("scene:{c}"),
                        )
                    })
                    .into_iter()
                    .collect()
            }
            Slot::Place => {
                // The first place within reach after the trigger, as its country.
                let gi = t
                    .places
                    .iter()
                    .map(|(gi, _)| *gi)
                    .chain(t.parties.iter().filter(|p| p.placeish).map(|p| p.group))
                    .filter(|gi| {
                        let w = t.word_at(t.groups[*gi].span.start);
                        w >= tw.end && w - tw.end <= 8
                    })
                    .min_by_key(|gi| t.groups[*gi].span.start);
                gi.and_then(|gi| {
                    let c = self.group_country(&t.groups[gi])?;
                    let text = t.mt.text[t.groups[gi].span.clone()].to_string();
                    country_actor(&self.dict, &c, None, text, format!("place-of:{c}"))
                })
                .into_iter()
                .collect()
            }
            _ => Vec::new(),
        }
    }

    /// The event's date: the nearest date expression that belongs to the trigger's clause, else
    /// the narrative anchor when the party that set it acts again, else the article date.
    ///
    /// A date in the sentence is not the event's when it stands
    /// * behind a subordinator between it and the trigger ("بعد", "عقب" …): it dates the earlier
    ///   happening;
    /// * after the trigger, inside a relative or a reported clause ("أدان التفجير الذي وقع يوم
    ///   الاثنين", "… مبينا أنه تم وصول العمالة خلال شهر رمضان"): it dates that clause's own verb,
    ///   unless it is the article's own day (what happened today is reacted to today);
    /// * before the trigger, in the frame of a report ("قال المجلس في بيان نشرته اليوم: إن
    ///   الميليشيات استهدفت …"): the date of a statement is not the date of the act it reports,
    ///   except for verbal events, where the statement is the event.
    ///
    /// `who`: the event's source and CAMEO code (none for a back-reference to a meeting).
    #[allow(clippy::too_many_arguments)]
    fn event_date(
        &self,
        t: &Tagged,
        tw: &Range<usize>,
        dates_here: &[DateMatch],
        article_date: Option<Date>,
        qual: &Qual,
        who: Option<(&Actor, &str)>,
        st: &mut State,
    ) -> (Option<Date>, &'static str, Option<Precision>, bool) {
        let verbal =
            who.is_some_and(|(_, cameo)| VERBAL_ROOTS.contains(&cameo.get(..2).unwrap_or("")));
        // An imperfect verb looks forward to a day named after it, or to any day when it opens
        // the sentence ("يبحث الجبير … الاثنين"); not to the day of another verb before it
        // ("تبنى المجلس الاثنين قرارا يصادق …").
        let forward = |d: &DateMatch| {
            qual.future || qual.imperfect && (t.word_at(d.span.start) >= tw.end || tw.start <= 1)
        };
        let best = dates_here
            .iter()
            .filter(|d| {
                let dw = t.word_at(d.span.start);
                let after = dw >= tw.end;
                let (lo, hi) = if after { (tw.end, dw) } else { (dw, tw.start) };
                let between = |set: &WordSet| (lo..hi).any(|w| set.has(t.word(w)));
                if between(&SUBORDINATORS) {
                    return false;
                }
                if after {
                    let today = article_date.is_some()
                        && dates::resolve(&d.expr, article_date, forward(d)).map(|x| x.0)
                            == article_date;
                    today || !(between(&RELATIVES) || between(&COMPLEMENTIZERS))
                } else {
                    verbal || !between(&COMPLEMENTIZERS)
                }
            })
            .min_by_key(|d| {
                let dw = t.word_at(d.span.start);
                dw.abs_diff(tw.start)
            });
        if let Some(d) = best {
            let explicit = matches!(
                d.expr,
                DateExpr::Explicit(_) | DateExpr::MonthYear { .. } | DateExpr::Year(_)
            );
            let status = if explicit { "explicit" } else { "relative" };
            // "قال مسؤولون أمس إن الاشتباكات تفجرت قبل أربعة أيام": days back count from the
            // statement's day when the narrative has one; such a date anchors nothing after it.
            let days_ago = matches!(d.expr, DateExpr::DaysAgo { .. });
            let base = if days_ago {
                st.said_on.or(st.anchor.map(|(a, _)| a)).or(article_date)
            } else {
                article_date
            };
            return match dates::resolve(&d.expr, base, forward(d)) {
                Some((date, prec)) => {
                    if !explicit && !days_ago && prec == Precision::Day && qual.modality == "actual"
                    {
                        st.anchor = Some((date, prec));
                        st.anchor_by = who.map(|(a, _)| a.party_key());
                    }
                    (Some(date), status, Some(prec), false)
                }
                None => (None, "unresolved", None, false),
            };
        }
        if qual.modality == "reported_past" {
            return (None, "unresolved", None, false);
        }
        // No date of its own: the narrative's last deictic date, when the party that acted on that
        // day acts again ("تلقى … اتصالا أمس من ملك الأردن …. وعبر جلالته عن عزائه"); another
        // party's act in a later sentence is another occasion (weak, see merge_repeats).
        let same_party =
            who.is_some_and(|(a, _)| st.anchor_by.as_deref() == Some(a.party_key().as_str()));
        if let (Some((d, p)), true) = (st.anchor, same_party) {
            return (Some(d), "relative", Some(p), true);
        }
        // The article's own date is a fallback, as weak as an inherited one when merging repeats.
        match article_date {
            Some(d) => (Some(d), "article", Some(Precision::Day), true),
            None => (None, "unresolved", None, false),
        }
    }

    /// Where: a place governed by في/ب near the trigger, else the visited capital or country.
    fn location(
        &self,
        t: &Tagged,
        tw: &Range<usize>,
        target: Option<&Actor>,
        cameo: &str,
    ) -> Option<Location> {
        // A visit's destination: the capital or country after إلى/ل, or a capital right after
        // the verb, its object ("سيزور موسكو").
        if cameo.starts_with("042") {
            if let Some(p) = t.parties.iter().find(|p| {
                target.is_some_and(|a| a.text == p.actor.text)
                    && matches!(p.governor.as_deref(), Some("الي") | Some("ل"))
                    || p.placeish
                        && p.governor.is_none()
                        && t.groups[p.group].capital.is_some()
                        && p.words.start == tw.end
            }) {
                let g = &t.groups[p.group];
                if let Some(loc) = self.place_of(t, g) {
                    return Some(loc);
                }
                if let Some(c) = g.country {
                    let c = &self.dict.countries[c];
                    return Some(Location {
                        text: p.actor.text.clone(),
                        name: c.name.clone(),
                        country: c.code.clone(),
                        lat: None,
                        lon: None,
                    });
                }
            }
        }
        // Else the nearest place after في/ب within reach of the trigger (meetings reach further:
        // "بالاجتماع مع وزير الدفاع الأمريكي جون ماتيس في مقر وزارة الدفاع البنتاغون").
        let reach = if cameo.starts_with("04") { 14 } else { 6 };
        // Tiers: a place after في/ب/من or a place noun or direction ("غرب مدينة تعز"); a
        // building read as a party ("في … البنتاغون"); a capital visited ("زيارته لبروكسل"); a
        // place with no preposition.
        let mut cands: Vec<(usize, u8)> = t
            .places
            .iter()
            .map(|(gi, gov)| {
                (
                    *gi,
                    if gov.is_some() || self.locative(t, *gi) {
                        0
                    } else {
                        3
                    },
                )
            })
            .chain(t.parties.iter().filter_map(|p| {
                let g = &t.groups[p.group];
                match p.governor.as_deref() {
                    Some("في") if g.place_alt.is_some() => Some((p.group, 1)),
                    Some("ل") | Some("الي") if p.placeish => Some((p.group, 2)),
                    _ => None,
                }
            }))
            .filter(|(gi, tier)| {
                let w = t.word_at(t.groups[*gi].span.start);
                // A place the text marks as one may sit a little further from the trigger.
                let reach = if *tier == 0 { reach.max(10) } else { reach };
                w.abs_diff(tw.end) <= reach || w.abs_diff(tw.start) <= reach
            })
            .collect();
        cands.sort_by_key(|(gi, tier)| {
            let w = t.word_at(t.groups[*gi].span.start);
            (*tier, w < tw.start, w.abs_diff(tw.end))
        });
        if let Some((gi, _)) = cands.first() {
            return self.place_of(t, &t.groups[*gi]);
        }
        // Out of reach: the one place the sentence marks as a place, wherever it is ("… أوقع
        // 40 قتيلا … في سوق شمالي مدينة بعقوبة").
        let mut marked = t
            .places
            .iter()
            .filter(|(gi, gov)| gov.is_some() || self.locative(t, *gi))
            .filter_map(|(gi, _)| self.place_of(t, &t.groups[*gi]));
        if let Some(only) = marked.next() {
            if marked.all(|o| o.name == only.name) {
                return Some(only);
            }
            return None;
        }
        // Else a country named as a place, near the trigger ("في شمال العراق", "داخل سوريا"), for
        // acts of force only: near a statement it is the topic ("عرض تطورات الوضع في ليبيا").
        let material = cameo.get(..2).is_some_and(|r| r >= "14");
        if !material {
            return None;
        }
        t.parties.iter().find_map(|p| {
            let g = &t.groups[p.group];
            let bare = g.is_bare_country();
            let w = p.words.start;
            let near = w.abs_diff(tw.end) <= reach || w.abs_diff(tw.start) <= reach;
            let marked = p.governor.as_deref() == Some("في")
                || (w > 0 && DIRECTIONS.has(t.word(w - 1).trim_start_matches(['و', 'ف'])));
            let c = &self.dict.countries[g.country.filter(|_| bare && near && marked)?];
            Some(Location {
                text: t.mt.text[g.span.clone()].to_string(),
                name: c.name.clone(),
                country: c.code.clone(),
                lat: None,
                lon: None,
            })
        })
    }

    /// A bare country adjective that belongs to a name, not a party: a nom de guerre ("أبو خليل
    /// السوداني") or a place the gazetteer lacks ("في مدينة الريحانية التركية").
    fn qualifies_a_name(&self, t: &Tagged, g: &ActorGroup, first_word: usize) -> bool {
        let bare = g.is_bare_country() && g.clitic.is_empty();
        let place_noun = |k: usize| {
            let w = t.word(k);
            PLACE_NOUNS.has(w) || PLACE_NOUNS.has(w.trim_start_matches(['و', 'ب', 'ل']))
        };
        // "مدينة تركية", "في مدينة الريحانية التركية", "أبو خليل السوداني".
        bare && first_word >= 1 && place_noun(first_word - 1)
            || bare && first_word >= 2 && {
                let w2 = t.word(first_word - 2).trim_start_matches(['و', 'ب', 'ل']);
                w2 == "ابو" || place_noun(first_word - 2)
            }
    }

    /// A place introduced by a place noun or a direction word ("مدينة تعز", "شمال العراق").
    fn locative(&self, t: &Tagged, gi: usize) -> bool {
        let first = t.word_at(t.groups[gi].span.start);
        (first.saturating_sub(2)..first).any(|k| {
            let w = t.word(k).trim_start_matches('و');
            // (With ب/ل on the noun: "بمدينة لودر", "لمنطقة".)
            let bare = w.strip_prefix(['ب', 'ل']).unwrap_or(w);
            PLACE_NOUNS.has(w) || DIRECTIONS.has(w) || PLACE_NOUNS.has(bare)
        })
    }

    /// The country a place-like group is in.
    fn group_country(&self, g: &ActorGroup) -> Option<String> {
        if let Some(p) = g.place.or(g.place_alt) {
            return Some(self.dict.places[p].country.clone());
        }
        g.capital
            .or(g.country)
            .map(|c| self.dict.countries[c].code.clone())
    }

    fn place_of(&self, t: &Tagged, g: &ActorGroup) -> Option<Location> {
        let text = t.mt.text[g.span.clone()].to_string();
        // A place that is also a capital metonym is itself when it is in that capital's country
        // ("ميناء عدن": Aden, not the first-listed capital of Yemen).
        let same_country = |p: &usize| {
            g.capital
                .is_none_or(|c| self.dict.places[*p].country == self.dict.countries[c].code)
        };
        if let Some(p) = g.place.or(g.place_alt.filter(same_country)) {
            let p = &self.dict.places[p];
            return Some(Location {
                text,
                name: p.name.clone(),
                country: p.country.clone(),
                lat: p.lat,
                lon: p.lon,
            });
        }
        let c = g.capital?;
        let country = &self.dict.countries[c];
        let place = country
            .capitals_ar
            .iter()
            .find_map(|n| {
                self.places_by_name
                    .get(&(phrase_key(n), country.code.clone()))
            })
            .map(|&i| &self.dict.places[i]);
        Some(Location {
            text,
            name: place
                .map(|p| p.name.clone())
                .unwrap_or_else(|| country.capitals_ar.first().cloned().unwrap_or_default()),
            country: country.code.clone(),
            lat: place.and_then(|p| p.lat),
            lon: place.and_then(|p| p.lon),
        })
    }

    /// A sentence that only refers back to a meeting ("اللقاء الذي عقد في طرابلس، الاثنين")
    /// gives that meeting its place and date when it lacks them.
    fn back_reference(
        &self,
        t: &Tagged,
        dates_here: &[DateMatch],
        article_date: Option<Date>,
        events: &mut [Event],
        st: &mut State,
    ) {
        let Some(noun_word) = t
            .words
            .iter()
            .position(|(_, w)| MEETING_NOUNS.has(w.strip_prefix('و').unwrap_or(w)))
        else {
            return;
        };
        let Some(ev) = events.iter_mut().rev().find(|e| e.cameo.starts_with("04")) else {
            return;
        };
        let tw = noun_word..noun_word + 1;
        if ev.location.is_none() {
            if let Some((gi, _)) = t.places.iter().find(|(_, g)| g.is_some()) {
                ev.location = self.place_of(t, &t.groups[*gi]);
            }
        }
        if matches!(ev.date_status.as_str(), "article" | "unresolved") && ev.modality == "actual" {
            let qual = Qual::default();
            let (date, status, prec, _) =
                self.event_date(t, &tw, dates_here, article_date, &qual, None, st);
            if status != "article" && status != "unresolved"
                || (date.is_none() && status == "unresolved" && !dates_here.is_empty())
            {
                ev.date = date.map(|d| d.to_string());
                ev.date_status = status.to_string();
                ev.date_precision = prec.map(precision_name);
            }
        }
    }

    /// Where the sentence is set: the country of its first place, else the article's main one.
    fn setting_country(&self, t: &Tagged, st: &State) -> Option<String> {
        t.places
            .iter()
            .find_map(|(gi, _)| self.group_country(&t.groups[*gi]))
            // "على الأراضي التونسية": a country's territory is a place in it.
            .or_else(|| {
                t.parties
                    .iter()
                    .find(|p| {
                        p.words.start > 0
                            && TERRITORY.has(t.word(p.words.start - 1))
                            && p.actor.sector.is_none()
                    })
                    .and_then(|p| p.actor.country.clone())
            })
            .or_else(|| st.ctx.dominant_country().map(str::to_string))
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        d: Draft,
        article: &Article,
        sentence: &str,
        range: &Range<usize>,
        chars: &CharIndex,
        t: &Tagged,
        trig: &TriggerHit,
    ) -> Event {
        let p = &self.patterns.patterns[d.pattern];
        let cameo = self.patterns.refine(&p.cameo, &t.mt.text);
        let code = self.ontology.cameo(&cameo);
        let trigger_orig = t.mt.original_range(trig.span.clone());
        let start = chars.char_offset(range.start);
        let end = chars.char_offset(range.end);
        let mut topics = self.patterns.topics_in(&t.mt.text);
        topics.dedup();
        let mut h = Sha256::new();
        for part in [
            article.id.as_str(),
            &start.to_string(),
            &cameo,
            &d.source.party_key(),
            &d.target.as_ref().map(|a| a.party_key()).unwrap_or_default(),
            &d.rule,
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let digest = h.finalize();
        let event_id: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        Event {
            event_id,
            article_id: article.id.clone(),
            date: d.date.map(|x| x.to_string()),
            date_status: d.status.to_string(),
            date_precision: d.precision.map(precision_name),
            source: Some(d.source),
            target: d.target,
            goldstein: code.map(|c| c.goldstein).unwrap_or(0.0),
            quad_class: Ontology::quad_class(&cameo),
            plover: self.ontology.plover(&cameo),
            cameo,
            location: d.location,
            attendees: d.attendees,
            topics,
            negated: d.qual.negated,
            modality: d.qual.modality.to_string(),
            evidence: Evidence {
                sentence: sentence.to_string(),
                start,
                end,
                trigger: sentence[trigger_orig].to_string(),
            },
            rule: d.rule,
            coder_version: self.version.clone(),
        }
    }
}

/// The source a pattern settled on, its targets, and the slot that found it.
struct Chosen {
    src: Actor,
    targets: Vec<Option<Actor>>,
    /// The target slot that found the targets (none for a pair or no target).
    target_slot: Option<Slot>,
    slot: String,
    /// The source's party when found by `after` (its coordinated parties are sources too).
    after_party: Option<usize>,
}

/// An event before its record is written.
struct Draft {
    pattern: usize,
    rule: String,
    source: Actor,
    target: Option<Actor>,
    date: Option<Date>,
    status: &'static str,
    precision: Option<Precision>,
    /// The date was not stated for this event: inherited from the narrative or the article's.
    inherited: bool,
    qual: Qual,
    location: Option<Location>,
    attendees: Vec<Actor>,
}

/// Negation and modality of a trigger.
#[derive(Debug, Clone, Copy)]
struct Qual {
    negated: bool,
    /// Future tense or a plan marker (not a purpose clause): weekdays resolve forward.
    future: bool,
    /// An imperfect verb outside a past frame ("يبحث الجبير … الاثنين"): a weekday or day
    /// named with it resolves forward, and a day after the article's makes the event planned.
    imperfect: bool,
    modality: &'static str,
}

impl Default for Qual {
    fn default() -> Self {
        Qual {
            negated: false,
            future: false,
            imperfect: false,
            modality: "actual",
        }
    }
}

fn qualify(t: &Tagged, tw: &Range<usize>, trig: &TriggerHit) -> Qual {
    let before = |n: usize| (tw.start.saturating_sub(n)..tw.start).map(|w| t.word(w));
    // "ولم تتمكن الأمم المتحدة إلى حد بعيد من نقل مساعدات": a negated verb of ability reaches
    // the act further on.
    let unable = (tw.start.saturating_sub(10)..tw.start).any(|w| {
        NEGATIONS.has(t.word(w).trim_start_matches('و'))
            && [
                "تتمكن",
                "يتمكن",
                "تستطع",
                "يستطع",
                "تستطيع",
                "يستطيع",
                "تنجح",
                "ينجح",
            ]
            .contains(&t.word(w + 1))
    });
    // (Not "ما زالت تندد", "لا يزال يطالب": "still".)
    // A negated copula before a noun denies a predicate, not the act ("ولم تكن اتهامات المالكي
    // وليدة اليوم", "ولم تكن زيارة رسمية"); a negation answered by سوى/إلا restricts ("وليست
    // زيارة ولي ولي العهد … سوى ترجمة").
    // (Both looked at only once a negation is found: most triggers have none.)
    let predicate = |w: usize| {
        let neg = t.word(w).trim_start_matches(['و', 'ف']);
        (matches!(neg, "ليس" | "ليست")
            || w + 1 < tw.start && (w + 1..tw.start).all(|k| COPULAS.has(t.word(k))))
            && noun_trigger(t, tw, trig)
    };
    let restrictive = || (tw.end..tw.end + 12).any(|w| matches!(t.word(w), "سوي" | "الا"));
    // "لم تكن هناك زيارة رسمية": a negated "there is" reaches one word further.
    let reach = if tw.start >= 2 && matches!(t.word(tw.start - 1), "هناك" | "هنالك") {
        3
    } else {
        2
    };
    // (With و/ف on the particle too: "ولم يتهم بلاتر".)
    let negated = (tw.start.saturating_sub(reach)..tw.start).any(|w| {
        NEGATIONS.has(t.word(w).trim_start_matches(['و', 'ف']))
            && !predicate(w)
            && !restrictive()
            && !matches!(
                t.word(w + 1),
                "زال"
                    | "زالت"
                    | "زالوا"
                    | "يزال"
                    | "تزال"
                    | "يزالون"
                    | "انفك"
                    | "ينفك"
                    | "تنفك"
            )
    }) || unable;
    let prefix = trig.prefix.trim_start_matches(['و', 'ف']);
    // سيزور (future) and لبحث (purpose: "arrived to discuss") are not yet events.
    // ("اجتماعه المقرر في الـ3 من أغسطس", "زيارته المرتقبة": a noun with its plan after it.)
    let planned_after = trig.kind != Kind::Verb
        && (tw.end..tw.end + 2).any(|w| {
            matches!(
                t.word(w),
                "المقرر"
                    | "المقرره"
                    | "المرتقب"
                    | "المرتقبه"
                    | "المزمع"
                    | "المزمعه"
                    | "المقبل"
                    | "المقبله"
            )
        });
    let future =
        prefix.starts_with('س') || before(3).any(|w| FUTURE_MARKERS.has(w)) || planned_after;
    // (Not the object of a verb that takes ل: "تصدت المقاومة لهجوم الحوثيين", "تتعرض لإبادة".)
    // ("تصدت المقاومة والجيش، أمس، لهجمات شنها": the subject and an adverb may stand between.)
    let l_object = before(6).any(|w| {
        let w = w.trim_start_matches('و');
        ["تصد", "التصدي", "للتصدي", "تعرض", "يتعرض", "تتعرض"]
            .iter()
            .any(|f| w.starts_with(f))
    });
    let planned = future || prefix == "ل" && trig.kind == Kind::Verb && !l_object;
    // Background: "وكان X قد التقى" (كان earlier in the clause, قد right before), "سبق أن".
    let window: Vec<&str> = before(10).collect();
    let near3: Vec<&str> = before(3).collect();
    let kana = |w: &&str| matches!(w.trim_start_matches('و'), "كان" | "كانت" | "كانوا");
    // "كانت الحكومة التركية طالبت بعقد جلسة": كان with a perfect verb close after it.
    // Not the copula with its predicate ("كان محوريا، وقفت بجانب اليمن").
    let pluperfect = trig.kind == Kind::Verb
        && !trigger_stem(t, tw.start, trig).starts_with(['ي', 'ت', 'ن'])
        && (tw.start.saturating_sub(4)..tw.start)
            .any(|w| kana(&t.word(w)) && !t.word(w + 1).ends_with('ا'));
    // ("سبق أن", "سبق له أن", "سبق وأن"; not the newspaper's dateline "سبق- وكالات:".)
    let sabaq = (tw.start.saturating_sub(5)..tw.start).any(|w| {
        let next = t.word(w + 1);
        t.word(w).trim_start_matches('و') == "سبق"
            && !t.mark_after(w, &['-', ':', '–'])
            && (matches!(next, "ان" | "وان") || next.starts_with('ل'))
    });
    let past = sabaq || (window.iter().any(kana) && near3.contains(&"قد")) || pluperfect;
    let modality = if planned {
        "planned"
    } else if past {
        "reported_past"
    } else {
        "actual"
    };
    let imperfect = trig.kind == Kind::Verb
        && trigger_stem(t, tw.start, trig).starts_with('ي')
        && !window
            .iter()
            .any(|w| matches!(w.trim_start_matches('و'), "كان" | "كانت" | "كانوا" | "منذ"));
    Qual {
        negated,
        future,
        imperfect,
        modality,
    }
}

/// Is the trigger a bare verb right after the relative "whoever" ("لمن يفجر", "من يتهم")? After a
/// plain من only an imperfect verb; never a definite noun.
fn generic_agent(t: &Tagged, tw_start: usize, trig: &TriggerHit) -> bool {
    let word = t.word(tw_start);
    if trig.kind != Kind::Verb || !trig.prefix.is_empty() || word.starts_with("ال") {
        return false;
    }
    let Some(b) = tw_start.checked_sub(1) else {
        return false;
    };
    match t.word(b) {
        "لمن" | "ممن" | "فمن" => true,
        // After a plain من only an imperfect verb: "من تفجير", "من هجوم", "تمكنت من ضبط" are
        // "from the attack", "managed to arrest".
        "من" => word.starts_with('ي'),
        _ => false,
    }
}

/// The trigger's word at `w` without its clitic prefix ("وسيلتقي" → "يلتقي" when the prefix is
/// "وس"); empty when the word does not carry that prefix.
fn trigger_stem<'a>(t: &'a Tagged, w: usize, trig: &TriggerHit) -> &'a str {
    t.word(w).strip_prefix(trig.prefix.as_str()).unwrap_or("")
}

/// Is this trigger the complement of a call or demand a few words before it ("دعا ليون إلى
/// الإفراج", "وطالب معاليه المجتمع الدولي باتخاذ", "يحث على وقف")? Request triggers themselves
/// are not.
fn requested_act(t: &Tagged, tw_start: usize, trig: &TriggerHit) -> bool {
    let p = trig.prefix.trim_start_matches(['و', 'ف']);
    let before = tw_start.checked_sub(1).map(|i| t.word(i)).unwrap_or("");
    // "للمطالبة بعودة الرئيس المعزول محمد مرسي للحكم، والإفراج عن قياداته": a definite
    // verbal noun joined by و to a ب-phrase of the demand is demanded too.
    let joined = trig.prefix.starts_with('و')
        && t.word(tw_start).trim_start_matches('و').starts_with("ال")
        && (tw_start.saturating_sub(10)..tw_start).any(|w| {
            t.word(w).starts_with('ب')
                && w > 0
                && REQUEST_HEADS.has(t.word(w - 1).trim_start_matches('و'))
        });
    if joined {
        return true;
    }
    let governed = p.starts_with('ب') || matches!(before, "الي" | "علي");
    if !governed || REQUEST_HEADS.has(t.word(tw_start).trim_start_matches('و')) {
        return false;
    }
    (tw_start.saturating_sub(6)..tw_start).any(|w| {
        let word = t.word(w);
        REQUEST_HEADS.has(word) || word.strip_prefix('و').is_some_and(|x| REQUEST_HEADS.has(x))
    })
}

/// Is the trigger word inside a prepositional phrase: a preposition attached to it ("باعتقال",
/// "لهجمات") or standing before it ("أمام تفجير", "عن تفكيك")?
fn governed_trigger(t: &Tagged, tw: &Range<usize>, prefix: &str) -> bool {
    let p = prefix.trim_start_matches(['و', 'ف']);
    if p.starts_with('ب') || p.starts_with('ل') {
        return true;
    }
    let before = tw.start.checked_sub(1).map(|i| t.word(i)).unwrap_or("");
    PREPS.has(before) || matches!(before, "اثر" | "امام" | "عقب")
}

/// Heads of an armed body named by its leader ("قوات صالح", "مسلحي الحوثي").
const FORCE_HEADS: [&str; 7] = [
    "قوات",
    "ميليشيا",
    "مليشيا",
    "عناصر",
    "مقاتلي",
    "انصار",
    "مسلحي",
];

/// The row that codes هاجم/هجوم as criticism (111) when `assault.attack` found a politician as
/// its subject (see [`politician`]); never tried on its own.
const ATTACK_IN_WORDS: &str = "criticize.attack_words";

/// A politician, a ministry or a party: one who attacks in words ("شن السيناتور بوب كوركر هجوما
/// عنيفا عليه", "ليهاجم السعودية"), not with arms.
fn politician(a: &Actor) -> bool {
    let civil = matches!(
        a.sector.as_deref(),
        Some("GOV" | "LEG" | "JUD" | "PTY" | "OPP" | "MED" | "REL")
    );
    let role = a.role.as_deref().unwrap_or("");
    let single = a.is_person()
        || role.contains("minist") && !role.contains("interior") && !role.contains("defense")
        || matches!(
            role,
            "president"
                | "vice president"
                | "head of state"
                | "king"
                | "crown prince"
                | "emir"
                | "sultan"
                | "supreme leader"
                | "leader"
                | "legislator"
                | "speaker"
                | "party leader"
                | "opposition leader"
                | "adviser"
                | "diplomat"
                | "ambassador"
        );
    // The media attack only in words ("وشنت وسائل الإعلام الإيرانية هجوما على المملكة").
    civil && single || a.sector.as_deref() == Some("MED")
}

/// A news outlet (an organization of the media sector: "وكالة أنباء الشرق الأوسط", "رويترز"):
/// it reports events and is no party to a meeting or a visit (journalists named as persons are
/// coded by their outlet and stay parties).
fn reporter(a: &Actor) -> bool {
    a.sector.as_deref() == Some("MED") && !a.is_person()
}

/// A target is not the source itself, nor the source's own country named bare ("رفض ليبيا").
fn not_self(a: &Actor, src: &Actor) -> bool {
    // "بلاده" is the speaker's own country: never the other party of the speaker's act.
    let own = a
        .entry
        .as_deref()
        .is_some_and(|e| e.contains("coref:own-country"));
    a.party_key() != src.party_key()
        && !((a.sector.is_none() || own) && !a.is_person() && a.country == src.country)
}

/// First ungoverned party after word `from`: place phrases are skipped, any other
/// prepositional phrase ends the search ("نوه بالدعم الذي تقدمه عملية صوفيا" has none).
fn after(t: &Tagged, from: usize, skip: &[usize]) -> Option<usize> {
    let limit = from + 10;
    let mut w = from;
    while w < limit.min(t.words.len()) {
        if let Some(pi) = t.parties.iter().position(|p| p.words.start == w) {
            let p = &t.parties[pi];
            // "أدانت الأمانة العامة لمجلس التعاون": the body whose secretariat acts.
            // So does a council or committee of it, with one adjective ("المجلس التنسيقي
            // للمقاومة الشعبية").
            let secretariat = p.governor.as_deref() == Some("ل")
                && (p.words.start.saturating_sub(2)..p.words.start)
                    .any(|k| SECRETARIAT.has(t.word(k)));
            // "تصل إلى إيطاليا أو اليونان": an alternative of a governed party is governed too.
            let alternative = w > 0
                && t.word(w - 1) == "او"
                && t.parties[..pi]
                    .last()
                    .is_some_and(|q| q.words.end + 1 == w && q.governor.is_some());
            // "طائرات تابعة لقوات حفتر": the owner of planes or troops named after تابعة.
            let owner = p.governor.as_deref() == Some("ل")
                && p.words.start > 1
                && OWNED.has(t.word(p.words.start - 1))
                && OWNED_FORCES.has(t.word(p.words.start - 2));
            // "قتلت القوات الأمريكية قياديا في تنظيم القاعدة", "اعتقلت عضوا من حركة النهضة":
            // the body of the member named.
            let member = matches!(p.governor.as_deref(), Some("في" | "من"))
                && p.words.start >= from + 2
                && (MEMBERS.has(t.word(p.words.start - 2))
                    || AGENT_MEMBERS.has(t.word(p.words.start - 2)));
            // "لهجوم القوات النظامية مدعومة بعناصر حزب الله": a backer named after مدعومة is
            // neither the subject nor the object.
            let backer = (p.words.start.saturating_sub(2)..p.words.start)
                .any(|k| k >= from && BACKED.has(t.word(k).trim_start_matches('و')));
            if (p.governor.is_none() || secretariat || owner || member)
                && !alternative
                && !backer
                && !skip.contains(&pi)
                && !p.placeish
            {
                return Some(pi);
            }
            w = p.words.end.max(w + 1);
            continue;
        }
        if let Some((gi, _)) = t
            .places
            .iter()
            .find(|(gi, _)| t.word_at(t.groups[*gi].span.start) == w)
        {
            w = t.word_at(t.groups[*gi].span.end.saturating_sub(1)) + 1;
            continue;
        }
        let word = t.word(w);
        // "استهدفت الفضلي … إلا أن المسؤولين الأميركيين لم يؤكدوا": another clause, another
        // subject.
        // Nor past a verb of saying ("في هجمات المتمردين وتقول بعثة الأمم المتحدة"), nor past
        // a joined verb ("وقصفت المعارضة بلدات … وسيطر مقاتلون": the fighters are its subject).
        // Nor past "وأن", a second clause reported ("للقيام بحملة اعتقالات وأن السكان ألقوا
        // حجارة على الجنود").
        // Nor past a masdar joined by و, whose genitive is its own ("تمهيدا لوقف إطلاق النار
        // وانسحاب الحوثيين": the Houthis withdraw, they declare no truce).
        // Nor past a comma and a word joined by و that names no party: "رفضت موسكو الخطوات
        // التي أقدم عليها دوداييف، وقرر الرئيس السابق بوريس يلتسين" opens a clause of its own.
        let comma_and = w > from && word.starts_with('و') && t.mark_after(w - 1, &['،', ',']);
        if CLAUSE_BREAKS.has(word)
            || SPEECH_OPENERS.has(word)
            || t.joined_verbs.contains(&w)
            || word == "وان"
            || t.joined_masdars.contains(&w)
            || comma_and
        {
            return None;
        }
        if INSTRUMENTS.has(word) {
            w += 1;
            continue;
        }
        if PREPS.has(word) || word.starts_with("بال") || word.starts_with("لل") {
            // A preposition that governs a party or place is skipped with it; so is an adjunct of
            // time or place ("في قصر السلام"), unless it is the verb's own object right after it
            // ("نوه بالدعم الذي …"); any other prepositional phrase ends the search.
            // "إلى العاصمة السودانية الخرطوم": a place noun may stand between.
            let at = w + 1 + usize::from(PLACE_NOUNS.has(t.word(w + 1)));
            let governs = t.parties.iter().any(|p| p.words.start == at)
                || t.places
                    .iter()
                    .any(|(gi, _)| t.word_at(t.groups[*gi].span.start) == at);
            let adjunct = ADJUNCT_PREPS.has(word) || word.starts_with("بال") && w > from + 1;
            // "عصابة مؤلفة من ثلاثة قراصنة إنترنت نيجيريين": a partitive من before a number
            // goes on to what is counted.
            // So does "قتلت 223 عنصرا من مسلحي ميليشيا الحوثي": من before members of a body.
            let partitive = word == "من"
                && (is_quantifier(t.word(w + 1))
                    || MEMBERS.has(t.word(w + 1))
                    || FORCE_HEADS.contains(&t.word(w + 1)));
            if !(adjunct || partitive || PREPS.has(word) && governs) {
                return None;
            }
        }
        w += 1;
    }
    None
}

/// Words of a day ("يوم الأحد المقبل", "صباح أمس").
static DAY_WORDS: WordSet = WordSet::new(&[
    "يوم",
    "اليوم",
    "امس",
    "غدا",
    "صباح",
    "مساء",
    "ظهر",
    "فجر",
    "ليل",
    "ليله",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "المقبل",
    "الماضي",
    "الجاري",
]);

/// How many words of `words` are neither a party or place governed by a preposition (with the
/// preposition and a place noun before it: "إلى العاصمة السودانية الخرطوم") nor a day ("يوم
/// الأحد المقبل") nor a title of address.
fn adjunct_free(t: &Tagged, words: Range<usize>) -> usize {
    let governed = |w: usize| {
        t.parties
            .iter()
            .filter(|p| p.governor.is_some())
            .map(|p| p.words.clone())
            .chain(t.places.iter().filter(|(_, g)| g.is_some()).map(|(gi, _)| {
                let g = &t.groups[*gi].span;
                t.word_at(g.start)..t.word_at(g.end.saturating_sub(1)) + 1
            }))
            .any(|r| {
                r.contains(&w)
                    || r.start == w + 1
                    || r.start == w + 2 && PLACE_NOUNS.has(t.word(w + 1))
            })
    };
    words
        .filter(|&w| {
            let word = t.word(w);
            !(governed(w) || DAY_WORDS.has(word) || HONORIFICS.has(word))
        })
        .count()
}

/// "استقبل [the host, titles and all] أمس [the guest]": when the subject's long title ends the
/// plain search, the object is the first party after a time adverb.
fn after_time_adverb(t: &Tagged, from: usize, skip: &[usize]) -> Option<usize> {
    let w = (from..(from + 20).min(t.words.len())).find(|&w| TIME_ADVERBS.has(t.word(w)))?;
    let pi = after(t, w + 1, skip)?;
    (t.parties[pi].words.start <= w + 3).then_some(pi)
}

/// A capital standing right where the object goes, with no preposition: after a subject that
/// follows the verb ("ودعت باريس طهران إلى …") or after a verb that opens its sentence ("ودعت
/// طهران إلى …", the subject carried): the government it names. Elsewhere a capital is mostly a
/// place, or the agent of a verbal noun ("استقبال القاهرة لممثلي …"), and `after` skips it.
fn capital_object(t: &Tagged, tw: &Range<usize>, at: usize, skip: &[usize]) -> Option<usize> {
    if at == tw.end && tw.start > 1 {
        return None;
    }
    t.parties
        .iter()
        .position(|p| {
            p.words.start == at
                && p.governor.is_none()
                && p.placeish
                && p.actor
                    .entry
                    .as_deref()
                    .is_some_and(|e| e.starts_with("capital:"))
        })
        .filter(|i| !skip.contains(i))
}

/// A noun trigger with a pronoun on it ("زيارته", "لقائه", "اجتماعه"): its genitive is that
/// pronoun, and a party right after it is its object (the one visited or met).
/// Words for a country's territory before its name or nisba ("على الأراضي التونسية").
static TERRITORY: WordSet = WordSet::new(&["الاراضي", "اراضي", "بالاراضي"]);

/// A finite verb joined by و/ف ("وضبطت"): a verb trigger with that clitic whose word (`first`,
/// the clitic off) is no definite or plural noun nor a verbal noun.
fn joined_verb(trig: &TriggerHit, first: &str) -> bool {
    trig.kind == Kind::Verb
        && trig.prefix.starts_with(['و', 'ف'])
        && !first.starts_with("ال")
        && !first.ends_with("ات")
        && !verbal_noun(first)
}

/// Is the trigger at `tw` a noun joined by و: an item of a list ("والغزو العراقي للكويت 1990،
/// واعتداءات 11 سبتمبر 2001"), whose author is not the one of the item before it?
fn listed_noun(t: &Tagged, tw: &Range<usize>) -> bool {
    t.triggers.iter().any(|h| {
        h.prefix.starts_with('و') && t.word_at(h.span.start) == tw.start && noun_trigger(t, tw, h)
    })
}

/// Is the trigger a noun: one of a noun pattern, or a word with the article, a feminine plural
/// or a verbal noun (the kind of a trigger shared by verb and noun rows is the first row's)?
fn noun_trigger(t: &Tagged, tw: &Range<usize>, h: &TriggerHit) -> bool {
    let first = t.word(tw.start).trim_start_matches(['و', 'ف']);
    h.kind == Kind::Noun
        // (Not a verb of form VIII: "والتقى".)
        || first.starts_with("ال") && !first.starts_with("الت")
        || first.ends_with("ات")
        || verbal_noun(first)
}

/// Does a comma stand after one of the words of `r` (or the word before it)?
fn comma_between(t: &Tagged, r: Range<usize>) -> bool {
    (r.start.saturating_sub(1)..r.end).any(|w| t.mark_after(w, &['،', ',']))
}

/// A noun with a possessive pronoun among the verb triggers ("وتقديره", "شكره", "تضامنهم"),
/// not a verb ("ينوه", "توجه", "يتهم").
fn noun_with_pronoun(w: &str) -> bool {
    let n = w.chars().count();
    matches!(w, "شكره" | "شكرها" | "رفضه" | "رفضها" | "شجبه")
        || n >= 5 && ["ه", "ها", "هم", "هما"].iter().any(|s| w.ends_with(s)) && !w.ends_with("تهم")
}

fn possessed_noun(w: &str) -> bool {
    let w = w.trim_start_matches(['و', 'ف']);
    // (Not the verb اتهم.)
    w.chars().count() >= 5 && ["ته", "تها", "تهم", "تهما"].iter().any(|s| w.ends_with(s))
        || matches!(
            w,
            "لقايه" | "لقايها" | "لقايهم" | "اجتماعه" | "اجتماعها" | "اجتماعهم"
        )
}

/// An armed body: forces, police, rebels, militias, militant groups.
fn armed(a: &Actor) -> bool {
    matches!(
        a.sector.as_deref(),
        Some("MIL" | "REB" | "COP" | "UAF" | "SPY" | "INS")
    ) || a.country.as_deref() == Some("IMG")
        || a.code.as_deref().is_some_and(|c| c.starts_with("IMG"))
}

/// Acts of force named by an indefinite noun, which a verb right after describes ("تفجيرات
/// استهدفت سيارات ناشطين", "هجوم استهدف مسجدا").
static FORCE_ACTS: WordSet = WordSet::new(&[
    "تفجير",
    "تفجيرات",
    "انفجار",
    "انفجارات",
    "هجوم",
    "هجوما",
    "هجمات",
    "اعتداء",
    "اعتداءات",
    "غاره",
    "غارات",
    "ضربه",
    "ضربات",
    "قذيفه",
    "قذايف",
    "صاروخ",
    "صواريخ",
    "عبوه",
    "عبوات",
]);

/// Buildings and vehicles hit by an act of force ("أحرق مبنى البلدية").
static BUILDINGS: WordSet = WordSet::new(&[
    "مبني",
    "مباني",
    "منزل",
    "مكتب",
    "مكاتب",
    "سياره",
    "سيارات",
    "مسجد",
    "مدرسه",
    "مستشفي",
    "كنيسه",
    "محطه",
    "سفينه",
    "طايره",
    "مخيم",
]);

/// Places and forces of a party that are struck ("مواقع لحزب العمال", "تجمعات للحوثيين",
/// "حاجزا للجيش المصري", "نقطة تفتيش للشرطة").
static POSITIONS: WordSet = WordSet::new(&[
    "مواقع",
    "موقعا",
    "مقرات",
    "مقرا",
    "معاقل",
    "مراكز",
    "تجمعات",
    "تجمعا",
    "تجمع",
    "قاعده",
    "اهدافا",
    "اهداف",
    "معسكرات",
    "معسكرا",
    "مخازن",
    "منازل",
    "آليات",
    "اليات",
    "حاجزا",
    "حاجز",
    "تفتيش",
    "دوريه",
    "ثكنه",
    "مقر",
    "تعزيزات",
    "ثكنات",
    "تحصينات",
    "دوريات",
    "مستودعات",
]);

/// "تابعة ل": owned by.
static OWNED: WordSet = WordSet::new(&["تابعه", "التابعه", "تابع", "التابع", "تابعين", "التابعين"]);

/// Planes and troops whose owner is named after تابعة ("طائرات تابعة لقوات حفتر"), or the
/// adjective between them.
static OWNED_FORCES: WordSet = WordSet::new(&[
    "طائرات",
    "طايرات",
    "مقاتلات",
    "مروحيات",
    "قوات",
    "عناصر",
    "مسلحين",
    "ميليشيات",
    "زوارق",
    "بوارج",
    "دبابات",
    "وحدات",
    "الطايرات",
    "المقاتلات",
    "المروحيات",
    "الزوارق",
    "البوارج",
    // (An adjective between: "الطائرات المقاتلة التابعة للتحالف العربي".)
    "المقاتله",
    "الحربيه",
    "حربيه",
]);

/// Punctuation that ends a noun phrase.
const PHRASE_ENDS: &[char] = &['،', ',', ':', '.', '؛', ';'];

/// The genitive of a noun trigger: a party within two words after it, bare or with ل.
fn gen(t: &Tagged, from: usize) -> Option<usize> {
    let pi = t
        .parties
        .iter()
        .position(|p| p.words.start >= from && p.words.start - from <= 2)?;
    let p = &t.parties[pi];
    // Not past a comma ending the noun phrase, nor a verb ("غارات، استهدفت مواقع للحوثيين").
    let verb_like = |w: &str| w.ends_with('ت') && !w.ends_with("ات");
    // Nor inside a ب-phrase ("حكما بإعدام الرئيس المعزول محمد مرسي": the one sentenced).
    let bi_phrase = |w: &str| w.starts_with('ب') && w.chars().count() > 4;
    // Nor the genitive of a plural noun in a ل-phrase ("كمائن محكمة لتعزيزات الميليشيات": the
    // reinforcements are the militia's).
    let l_plural = |w: &str| w.starts_with('ل') && w.ends_with("ات");
    let between_ok = (from..p.words.start).all(|w| {
        !PREPS.has(t.word(w))
            && !verb_like(t.word(w))
            && !bi_phrase(t.word(w))
            && !l_plural(t.word(w))
            && !t.mark_after(w, PHRASE_ENDS)
    }) && (from == 0 || !t.mark_after(from - 1, PHRASE_ENDS));
    // "زيارته للسفاح بشار الأسد": a noun with a pronoun on it has its genitive already; a
    // party after it is its object.
    let possessed = from > 0 && possessed_noun(t.word(from - 1));
    let governor_ok = match p.governor.as_deref() {
        None => true,
        // "غارات جوية للتحالف", but not "غارات جوية تعزيزات للحوثيين", "كمائن لتعزيزات
        // للميليشيات": across a plural noun or another ل phrase, the ل phrase is that noun's.
        Some("ل") => {
            !p.placeish
                && (from..p.words.start).all(|w| {
                    let w = t.word(w);
                    !w.ends_with("ات") && !w.starts_with('ل')
                })
        }
        _ => false,
    };
    // "لمعركة القلمون بريف دمشق": a capital after a place names where that place is.
    let place_before = p.placeish
        && t.places.iter().any(|(gi, _)| {
            let w = t.word_at(t.groups[*gi].span.start);
            w >= from && w < p.words.start
        });
    (between_ok && governor_ok && !possessed && !place_before).then_some(pi)
}

/// The first party after `from` governed by `prep`; for ب/ل/علي/الي also a party inside the
/// phrase the preposition opens right after the trigger.
fn prep_party(t: &Tagged, from: usize, prep: &str, reach: usize) -> Option<usize> {
    // "على الحدود مع سوريا": a border shared, not a partner.
    let border = |p: &Party| {
        prep == "مع"
            && p.words.start >= 2
            && matches!(
                t.word(p.words.start - 2),
                "الحدود" | "حدود" | "حدودها" | "حدوده" | "الحدوديه" | "بالتزامن" | "تزامنا"
            )
    };
    // "قمة بريكس في اوفا بروسيا": a bare country after في and a place is where it is.
    let locative = |p: &Party| {
        prep == "ب"
            && p.actor.sector.is_none()
            && !p.actor.is_person()
            && p.words.start >= 2
            && t.word(p.words.start - 2) == "في"
    };
    let direct = t.parties.iter().position(|p| {
        p.words.start >= from
            && p.words.start - from <= reach
            && p.governor.as_deref() == Some(prep)
            && !border(p)
            && !locative(p)
    });
    if direct.is_some() {
        return direct;
    }
    // (A trigger may end with the preposition itself: "عقوبات على ثلاثة من قيادات حزب الله".)
    // "لاعتداءات وجرائم المستوطنين المتواصلة والمتفاقمة ضد أبناء الشعب الفلسطيني": ضد after the
    // noun's genitive and adjectives opens the phrase of the one the acts are against.
    if prep == "ضد" {
        let w = (from..(from + 6).min(t.words.len())).find(|&w| t.word(w) == prep)?;
        return t.parties.iter().position(|p| {
            p.words.start > w
                && p.words.start - w <= 4
                && !p.placeish
                && (w..p.words.start).all(|k| !t.mark_after(k, PHRASE_ENDS))
        });
    }
    let opens = match prep {
        // (Not a name that starts with the letter: "قمة بريكس".)
        "ب" | "ل" => {
            t.word(from).starts_with(prep) && !t.parties.iter().any(|p| p.words.start == from)
        }
        // (Or after one adjective: "هجوما مسلحا على مواقع المقاومة".)
        "علي" => {
            t.word(from) == prep
                || from > 0 && t.word(from - 1) == prep
                || from + 1 < t.words.len()
                    && t.word(from + 1) == prep
                    && !PREPS.has(t.word(from))
                    && !t.word(from).starts_with('و')
                    && !t.parties.iter().any(|p| p.words.contains(&from))
        }
        _ => t.word(from) == prep,
    };
    if !opens {
        return None;
    }
    // (Not past a comma, "تم القبض على عدد منهم، مبينا أن لدى المقاومة", unless the party
    // follows it in apposition: "المفاوضات مع المؤسسات، الاتحاد الأوروبي".)
    // Nor past a relative pronoun: "بتميز العلاقات الأخوية التي تربط بين المملكة ومصر" praises
    // relations, not Saudi Arabia.
    // (Nor one with a preposition of its own: "بعيد الفطر المبارك وذلك بحضور وزير التعليم".)
    t.parties.iter().position(|p| {
        p.words.start > from
            && p.words.start - from <= 6
            && !p.placeish
            && !p
                .governor
                .as_deref()
                .is_some_and(|g| g.starts_with('ب') && g != "ب" && g != "بين")
            // (Nor a country placing the phrase: "على مواقع جبلية شمال العراق".)
            && !DIRECTIONS.has(t.word(p.words.start - 1))
            && (from..p.words.start - 1).all(|w| !t.mark_after(w, PHRASE_ENDS))
            && (from..p.words.start).all(|w| !matches!(t.word(w), "التي" | "الذي" | "الذين"))
    })
}

/// The party of the ل-phrase that opens at `from` (after the noun's own genitive and
/// adjectives: "رفض مصر الكامل للتدخل الإيراني"): governed by ل within three words, or in
/// construct with the ل-noun, with no و, comma or relative pronoun between ("رفضه للاتفاق ووصف
/// إيران" rejects the deal, not Iran).
fn l_phrase(t: &Tagged, from: usize, skip: &[usize]) -> Option<usize> {
    let mut w = from;
    if let Some(p) = t
        .parties
        .iter()
        .find(|p| p.words.start == w && p.governor.is_none())
    {
        w = p.words.end;
    }
    while w < from + 4 && w < t.words.len() && !t.word(w).starts_with('ل') {
        if !t.word(w).starts_with("ال") {
            return None;
        }
        w += 1;
    }
    if w >= t.words.len() || !t.word(w).starts_with('ل') {
        return None;
    }
    t.parties
        .iter()
        .position(|p| {
            p.words.start >= w
                && p.words.start - w <= 3
                && !p.placeish
                && (p.words.start == w
                    || p.governor.is_none()
                    || p.governor.as_deref() == Some("ل"))
                && (w + 1..p.words.start).all(|k| {
                    !t.word(k).starts_with('و') && !matches!(t.word(k), "التي" | "الذي" | "الذين")
                })
                && (w..p.words.start.saturating_sub(1)).all(|k| !t.mark_after(k, PHRASE_ENDS))
        })
        .filter(|i| !skip.contains(i))
}

/// Parties joined by و after party `i` (each within two words of the previous).
fn coordinated(t: &Tagged, i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut last = i;
    for j in i + 1..t.parties.len() {
        let (a, b) = (&t.parties[last], &t.parties[j]);
        if b.and && b.words.start >= a.words.end && b.words.start - a.words.end <= 2 && !b.both {
            out.push(j);
            last = j;
        } else if b.words.start > a.words.end + 2
            // (A party governed by another preposition between ends the list: "مع طهران حول
            // اليمن وسوريا"; a genitive with ل does not: "ضد القوات المؤيدة للحكومة والمقاتلين
            // الأكراد", nor a place: "على مواقع تنظيم داعش في سورية وحزب العمال".)
            || b.governor.as_deref().is_some_and(|g| g != "ل" && g != "في") && !b.placeish
        {
            break;
        }
    }
    out
}

/// A party joined to the first target (`first`) whose country is only the context's guess and
/// is the source's own while the first target's is another: "غارات على مواقع الحوثيين والقوات
/// الموالية لصالح" does not strike the coalition's own forces.
fn guessed_own_side(t: &Tagged, j: usize, first: usize, src: &Actor) -> bool {
    let (b, a) = (&t.parties[j].actor, &t.parties[first].actor);
    context_guessed(b)
        && b.country.is_some()
        && b.country == src.country
        && a.country != src.country
}

/// The actor's country is only the context's guess (an agent with no adjective or name: entry
/// `…+context:YEM`).
fn context_guessed(a: &Actor) -> bool {
    a.entry.as_deref().is_some_and(|e| e.contains("context:"))
}

/// Parties listed after بحضور / بمشاركة, if the trigger comes before that word.
fn attendees(t: &Tagged, tw: &Range<usize>) -> Vec<Actor> {
    let Some(at) = (tw.end..t.words.len()).find(|&w| ATTENDANCE.has(t.word(w))) else {
        return Vec::new();
    };
    t.parties
        .iter()
        .filter(|p| p.words.start > at && !p.both && !p.placeish)
        .map(|p| p.actor.clone())
        .collect()
}

fn crate_label(a: &Actor) -> String {
    format!(
        "{} ({}/{}/{})",
        a.name.as_deref().unwrap_or(&a.text),
        a.country.as_deref().unwrap_or("-"),
        a.sector.as_deref().unwrap_or("-"),
        a.role.as_deref().unwrap_or("-")
    )
}

/// A country as an actor, with an optional sector (`YEM` + `CVL` → code `YEMCVL`); `entry`
/// says how it was inferred (`scene:YEM`, `country:LBY`).
fn country_actor(
    dict: &Dictionary,
    code: &str,
    sector: Option<&str>,
    text: String,
    entry: String,
) -> Option<Actor> {
    let c = dict.country(code)?;
    Some(Actor {
        text,
        name: Some(c.name.clone()),
        name_ar: c.names_ar.first().cloned(),
        country: Some(code.to_string()),
        sector: sector.map(str::to_string),
        code: Some(match sector {
            Some(s) => format!("{code}{s}"),
            None => code.to_string(),
        }),
        role: None,
        entry: Some(entry),
    })
}

/// An actor reduced to its country (for "البلدين": the two countries of the two parties).
fn country_level(dict: &Dictionary, a: &Actor) -> Option<Actor> {
    let code = a.country.clone()?;
    country_actor(dict, &code, None, a.text.clone(), format!("country:{code}"))
}

/// The first party at most `gap` words after a cue word found within `reach` words of `from`
/// ("الذي نفذه X", "أسفرت عن مقتل X").
/// The party in construct right after a cue word within `reach` words ("قرار ميليشيات الحوثي",
/// "جرائم الاحتلال"): the act's author. Not a party governed by a preposition ("الهجوم على
/// السفارة" names the victim).
fn genitive_after_cue(t: &Tagged, from: usize, cues: &WordSet, reach: usize) -> Option<usize> {
    // The cue with its clitics: "بالاعتداءات الإسرائيلية", "للتدخل الإيراني", "والتصريحات".
    let cued = |word: &str| cues.has(word) || cues.has(rasid_text::strip_noun_clitics(word));
    let w = (from..(from + reach).min(t.words.len())).find(|&w| cued(t.word(w)))?;
    // (Past one adjective, then bare or with ل: "التصريحات الأخيرة للمرشد الإيراني".)
    let adjective =
        t.word(w + 1).starts_with("ال") && !t.parties.iter().any(|p| p.words.start == w + 1);
    t.parties.iter().position(|p| {
        (p.words.start == w + 1 && p.governor.is_none()
            || adjective
                && p.words.start == w + 2
                && matches!(p.governor.as_deref(), None | Some("ل")))
            && !p.placeish
    })
}

fn party_after_cue(
    t: &Tagged,
    from: usize,
    cues: &WordSet,
    reach: usize,
    gap: usize,
) -> Option<usize> {
    let w = (from..(from + reach).min(t.words.len())).find(|&w| cues.has(t.word(w)))?;
    t.parties
        .iter()
        .position(|p| p.words.start > w && p.words.start - w <= gap && !p.placeish)
}

/// A sentence that states no news event: a footer left inside the text ("رابط الخبر بصحيفة …:
/// <headline>", the tag list "سمات …") or an entry of an on-this-day chronology ("1922 - بريطانيا
/// تعلن دستورا لفلسطين رفضه أهلها"), or a question ("لماذا رفضت الوزارة تخصيص وحدات سكنية
/// للمتقاعدين؟": a columnist's, or an interviewer's).
fn furniture(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    if t.starts_with("رابط الخبر") || t.starts_with("سمات ") {
        return true;
    }
    if t.trim_end_matches(|c: char| c.is_whitespace() || "\"'”“»«)]".contains(c))
        .ends_with(['؟', '?'])
    {
        return true;
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits == 4 && t[4..].trim_start().starts_with(['-', '–', '—'])
}

/// Several mentions of one meeting (headline, caption, body, "الجانبان") become one event:
/// same root 04, the same two parties in either order (a party named only by country and
/// sector matches a person of that country and sector). The most specific record is kept (a
/// code beyond 040, a place, attendees); on a tie the first mention, which is where a reporter
/// states the event (a later sentence naming the same two people is not more of an event).
/// Other exact repeats (same dyad and code) are dropped, and so are other codes of the same
/// dyad and PLOVER type in the same sentence.
fn merge_repeats(events: Vec<Event>, weak: Vec<bool>) -> Vec<Event> {
    let mut out: Vec<(Event, bool)> = Vec::new();
    for (e, w) in events.into_iter().zip(weak) {
        let dup = out.iter().position(|(o, ow)| same_event(o, &e, *ow || w));
        match dup {
            None => out.push((e, w)),
            Some(i) => {
                let (old, old_weak) = out[i].clone();
                let keep_new = specificity(&e) > specificity(&old);
                let (mut best, other, best_weak, other_weak) = if keep_new {
                    (e, old, w, old_weak)
                } else {
                    (old, e, old_weak, w)
                };
                if best.location.is_none() {
                    best.location = other.location.clone();
                }
                // A date stated for the event beats one inherited or taken from the article.
                let stated = |ev: &Event, weak: bool| {
                    ev.date.is_some()
                        && !weak
                        && matches!(ev.date_status.as_str(), "explicit" | "relative")
                };
                let mut now_weak = best_weak;
                if !stated(&best, best_weak)
                    && (stated(&other, other_weak) || best.date.is_none())
                    && other.date.is_some()
                {
                    best.date = other.date.clone();
                    best.date_status = other.date_status.clone();
                    best.date_precision = other.date_precision.clone();
                    now_weak = other_weak;
                }
                for a in other.attendees {
                    if !best
                        .attendees
                        .iter()
                        .any(|b| b.party_key() == a.party_key())
                    {
                        best.attendees.push(a);
                    }
                }
                for topic in other.topics {
                    if !best.topics.contains(&topic) {
                        best.topics.push(topic);
                    }
                }
                out[i] = (best, now_weak);
            }
        }
    }
    out.into_iter().map(|(e, _)| e).collect()
}

fn specificity(e: &Event) -> usize {
    usize::from(e.cameo != "040") * 4 + usize::from(e.location.is_some()) * 2 + e.attendees.len()
}

fn same_party(a: &Actor, b: &Actor) -> bool {
    if a.party_key() == b.party_key() {
        return true;
    }
    // A party named by country and sector only ("وزير الخارجية البلجيكي") may be the person
    // named elsewhere; a bare country is only ever the same bare country.
    match (a.is_person(), b.is_person()) {
        (true, true) => false,
        _ => {
            a.country.is_some()
                && a.country == b.country
                && a.sector.is_some()
                && a.sector == b.sector
        }
    }
}

/// Meetings (040, 043–046) are one kind of event; visits (042) and calls (041) stay apart.
fn meeting_code(c: &str) -> bool {
    matches!(c, "040" | "043" | "044" | "045" | "046")
}

/// Are two events of one article the same event? `weak_dates`: one date was only inherited.
fn same_event(a: &Event, b: &Event, weak_dates: bool) -> bool {
    let (Some(asrc), Some(bsrc)) = (&a.source, &b.source) else {
        return false;
    };
    if a.negated != b.negated {
        return false;
    }
    let dates_ok = weak_dates || a.date.is_none() || b.date.is_none() || a.date == b.date;
    let (Some(atgt), Some(btgt)) = (&a.target, &b.target) else {
        return a.cameo == b.cameo
            && asrc.party_key() == bsrc.party_key()
            && a.target.is_none()
            && b.target.is_none()
            && dates_ok;
    };
    // One sentence telling one dyad's act twice ("استنكار المملكة … محملاً سلطات الاحتلال
    // المسؤولية": a condemnation and a blame) is one event of its PLOVER type.
    let same_sentence = a.evidence.start == b.evidence.start && a.evidence.end == b.evidence.end;
    let same_type = a.plover.event_type.is_some() && a.plover.event_type == b.plover.event_type;
    let codes_ok = a.cameo == b.cameo
        || meeting_code(&a.cameo) && meeting_code(&b.cameo)
        || same_sentence && same_type;
    if !codes_ok || !dates_ok {
        return false;
    }
    if meeting_code(&a.cameo) {
        return (same_party(asrc, bsrc) && same_party(atgt, btgt))
            || (same_party(asrc, btgt) && same_party(atgt, bsrc));
    }
    if same_sentence && same_type && a.cameo != b.cameo {
        // The same speaker's act against one country, named twice (the settlers, then the
        // occupation authorities held responsible).
        return asrc.party_key() == bsrc.party_key() && atgt.country == btgt.country;
    }
    // Repeated strikes of one force on one country the same day ("شن طيران التحالف غارات على
    // مواقع الحوثيين … كما شن 4 غارات على صنعاء"): one occasion (GUIDELINES §2).
    if a.cameo == b.cameo
        && matches!(a.cameo.as_str(), "194" | "195")
        && a.date.is_some()
        && a.date == b.date
    {
        return asrc.party_key() == bsrc.party_key() && atgt.country == btgt.country;
    }
    asrc.party_key() == bsrc.party_key() && atgt.party_key() == btgt.party_key()
}

fn slot_name(s: &Slot) -> String {
    match s {
        Slot::Near => "near".into(),
        Slot::After => "after".into(),
        Slot::AfterCoord => "after+coord".into(),
        Slot::Gen => "gen".into(),
        Slot::GenL => "genl".into(),
        Slot::Of => "of".into(),
        Slot::Pair => "pair".into(),
        Slot::Coord => "coord".into(),
        Slot::Prep(p) => format!("prep:{p}"),
        Slot::Carry => "carry".into(),
        Slot::None => "none".into(),
        Slot::Place => "place".into(),
        Slot::Crowd => "crowd".into(),
        Slot::Authority => "authority".into(),
        Slot::Scene => "scene".into(),
        Slot::Agent => "agent".into(),
        Slot::Object => "object".into(),
        Slot::PriorAgent => "prior-agent".into(),
        Slot::Home => "home".into(),
        Slot::Subject => "subject".into(),
        Slot::Victim => "victim".into(),
        Slot::Holder => "holder".into(),
        Slot::LPhrase => "lphrase".into(),
        Slot::Main => "main".into(),
        Slot::Doer => "doer".into(),
        Slot::Air => "air".into(),
        Slot::By => "by".into(),
    }
}

fn precision_name(p: Precision) -> String {
    match p {
        Precision::Day => "day",
        Precision::Week => "week",
        Precision::Month => "month",
        Precision::Year => "year",
    }
    .to_string()
}

/// Parse `YYYY-MM-DD` (also the date part of an ISO timestamp).
pub fn parse_date(s: &str) -> Option<Date> {
    s.get(..10)?.parse().ok()
}
