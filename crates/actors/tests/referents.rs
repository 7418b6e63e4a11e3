//! Bare words resolved from the article's context, as data (data/actors/referents.tsv):
//! "المملكة" is the kingdom the article is about, "التحالف" the coalition fighting where the
//! article is. Read through `stats::who`, on the bundled file and on edited copies.

use rasid_actors::check::{check, Severity, Sources};
use rasid_actors::{stats::who, Actor, ActorsError, Dictionary};

const REFERENTS: usize = 7;

fn bundled() -> Dictionary {
    Dictionary::embedded().expect("bundled dictionaries load")
}

/// The bundled dictionary with referents.tsv replaced by `rows` (after its header).
fn with_referents(rows: &str) -> Result<Dictionary, ActorsError> {
    let mut texts = Sources::embedded().texts();
    assert!(texts[REFERENTS].0.ends_with("actors/referents.tsv"));
    texts[REFERENTS].1 = format!("phrase_ar\tkind\trefers_to\twhere\n{rows}");
    Dictionary::from_texts(&texts)
}

/// The actor read for `word` in `text` (the last one whose surface holds it).
fn actor_for(d: &Dictionary, text: &str, word: &str) -> Actor {
    let actors = who(d, text, None);
    actors
        .iter()
        .rev()
        .find(|a| a.text.contains(word))
        .cloned()
        .unwrap_or_else(|| panic!("no actor for «{word}» in «{text}»: {actors:#?}"))
}

#[test]
fn kingdom_is_the_one_the_article_is_about() {
    let d = bundled();
    let a = actor_for(&d, "أكد الأردن أن المملكة ترفض القرار", "المملكة");
    assert_eq!(a.country.as_deref(), Some("JOR"), "{a:?}");
    assert!(a
        .entry
        .as_deref()
        .unwrap_or("")
        .contains("coref:kingdom:JOR"));
    // France is not a monarchy: "المملكة" is the default candidate (`*`), Saudi Arabia.
    let a = actor_for(&d, "أكدت فرنسا أن المملكة ترفض القرار", "المملكة");
    assert_eq!(a.country.as_deref(), Some("SAU"), "{a:?}");
    // A kingdom the article named last still wins over the default.
    let a = actor_for(&d, "أكدت فرنسا وإسبانيا أن المملكة ترفض القرار", "المملكة");
    assert_eq!(a.country.as_deref(), Some("ESP"), "{a:?}");
}

#[test]
fn coalition_is_the_one_fighting_where_the_article_is() {
    let d = bundled();
    let a = actor_for(&d, "قصفت طائرات التحالف مواقع في اليمن", "التحالف");
    assert!(
        a.entry
            .as_deref()
            .unwrap_or("")
            .contains("org:SAU-COALITION"),
        "{a:?}"
    );
    let a = actor_for(&d, "قصفت طائرات التحالف مواقع في العراق", "التحالف");
    assert!(
        a.entry
            .as_deref()
            .unwrap_or("")
            .contains("org:USA-ANTIISIS"),
        "{a:?}"
    );
    // No coalition fights in Libya in the bundled file.
    let a = actor_for(&d, "قصفت طائرات التحالف مواقع في ليبيا", "التحالف");
    assert!(
        !a.entry.as_deref().unwrap_or("").contains("COALITION"),
        "{a:?}"
    );
}

#[test]
fn referents_come_from_the_file() {
    let d = with_referents(
        "المملكة\tcountry\tSAU\t\n\
         السلطنة\tcountry\tOMN\t\n\
         التحالف\torganization\tSAU-COALITION\tLBY\n",
    )
    .expect("edited referents load");
    // Jordan is no longer listed and no candidate is the default: "المملكة" stays unresolved.
    let a = actor_for(&d, "أكد الأردن أن المملكة ترفض القرار", "المملكة");
    assert_eq!(a.country, None, "{a:?}");
    // A new phrase, "السلطنة", and a new theatre for the coalition.
    let a = actor_for(&d, "أكدت سلطنة عمان أن السلطنة ترفض القرار", "السلطنة");
    assert_eq!(a.country.as_deref(), Some("OMN"), "{a:?}");
    let a = actor_for(&d, "قصفت طائرات التحالف مواقع في ليبيا", "التحالف");
    assert!(
        a.entry
            .as_deref()
            .unwrap_or("")
            .contains("org:SAU-COALITION"),
        "{a:?}"
    );
}

#[test]
fn bad_rows_are_rejected_with_their_line() {
    let cases = [
        (
            "المملكة\tstate\tSAU\t\n",
            "neither `country` nor `organization`",
        ),
        (
            "التحالف\torganization\tSAU-COALITION\t\n",
            "needs `where` countries",
        ),
        (
            "المملكة\tcountry\tSAU\t\nالمملكة\torganization\tSAU-COALITION\tYEM\n",
            "already a referent of another kind",
        ),
    ];
    for (rows, want) in cases {
        let err = with_referents(rows).expect_err(rows).to_string();
        assert!(err.contains(want), "{rows:?}: {err}");
        let line = rows.lines().count() + 1;
        assert!(
            err.contains(&format!("referents.tsv:{line}:")),
            "{rows:?}: {err}"
        );
    }
}

#[test]
fn unknown_targets_are_skipped_and_reported_by_check() {
    // A user's own organizations.tsv may lack the coalitions: the dictionary still loads.
    let rows = "المملكة\tcountry\tXYZ\t\n\
                التحالف\torganization\tNO-SUCH-ORG\tYEM\n\
                التحالف\torganization\tUSA-ANTIISIS\tIRQ|QQQ\n";
    let d = with_referents(rows).expect("loads without the unknown targets");
    let a = actor_for(&d, "قصفت طائرات التحالف مواقع في اليمن", "التحالف");
    assert!(!a.entry.as_deref().unwrap_or("").contains("org:"), "{a:?}");
    let a = actor_for(&d, "قصفت طائرات التحالف مواقع في العراق", "التحالف");
    assert!(
        a.entry
            .as_deref()
            .unwrap_or("")
            .contains("org:USA-ANTIISIS"),
        "{a:?}"
    );
    let mut s = Sources::embedded();
    let f = s
        .files
        .iter_mut()
        .find(|f| f.key == "actors/referents.tsv")
        .expect("referents file");
    f.text = format!("phrase_ar\tkind\trefers_to\twhere\n{rows}");
    let findings = check(&s);
    for (line, want) in [
        (2, "`XYZ` is not in countries.tsv"),
        (3, "`NO-SUCH-ORG` is not in organizations.tsv"),
        (4, "`where` country `QQQ`"),
    ] {
        assert!(
            findings.iter().any(|x| x.line == line
                && x.severity == Severity::Warning
                && x.file.ends_with("referents.tsv")
                && x.message.contains(want)),
            "{want}: {findings:#?}"
        );
    }
}
