//! Name rules applied once by the loader: عبد compounds match joined and apart whichever one
//! spelling the file lists, and which last words of a name are surnames comes from
//! data/actors/name_words.tsv, not from per-person short_ar entries.

use rasid_actors::check::Sources;
use rasid_actors::model::Hit;
use rasid_actors::{stats::who, ActorsError, Dictionary};

const PEOPLE: usize = 3;
const NAME_WORDS: usize = 8;

/// The bundled dictionary with these people (no roles needed to match) and name words.
fn with(people: &str, name_words: Option<&str>) -> Result<Dictionary, ActorsError> {
    let mut texts = Sources::embedded().texts();
    assert!(texts[PEOPLE].0.ends_with("actors/people.tsv"));
    assert!(texts[NAME_WORDS].0.ends_with("actors/name_words.tsv"));
    texts[PEOPLE].1 = format!("id\tname\tnames_ar\tshort_ar\tsource\n{people}");
    texts[5].1 = "person\toffice\tcountry\tsector\trole\tstart\tend\tsource\n".to_string();
    if let Some(w) = name_words {
        texts[NAME_WORDS].1 = format!("word_ar\trule\n{w}");
    }
    Dictionary::from_texts(&texts)
}

fn person_in(d: &Dictionary, text: &str) -> Option<String> {
    who(d, text, None).iter().find_map(|a| {
        a.entry.as_deref().and_then(|e| {
            e.split('+')
                .find_map(|p| p.strip_prefix("person:").map(str::to_string))
        })
    })
}

fn surnames(d: &Dictionary) -> Vec<String> {
    d.phrases()
        .into_iter()
        .filter(|(_, h)| matches!(h, Hit::Surname(_)))
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn abd_compounds_match_whichever_spelling_is_listed() {
    // The bundled file lists Abdullah al-Thani apart only.
    let d = Dictionary::embedded().expect("bundled dictionaries load");
    for text in ["التقى عبد الله الثني", "التقى عبدالله الثني"] {
        assert_eq!(
            person_in(&d, text).as_deref(),
            Some("abdullah-al-thani"),
            "{text}"
        );
    }
    // Listed joined only: matched apart too; the listed spelling stays the display name.
    let d = with("x-y\tX Y\tعبدالمجيد الفلاني\t\ttest\n", None).expect("loads");
    assert_eq!(
        d.people[0].names_ar,
        ["عبدالمجيد الفلاني", "عبد المجيد الفلاني"]
    );
    assert_eq!(
        person_in(&d, "قال عبد المجيد الفلاني").as_deref(),
        Some("x-y")
    );
}

#[test]
fn compound_tails_alone_and_generic_words_are_not_surnames() {
    let people = "badr\tBadr\tبدر عبد العاطي\t\ttest\n\
                  abdullah2\tAbdullah II\tعبد الله الثاني\t\ttest\n\
                  khalid\tKhalid\tخالد بن خليفة آل ثاني\t\ttest\n\
                  sarraj\tSarraj\tفائز السراج\t\ttest\n";
    let d = with(people, None).expect("loads");
    // The عبد compound is Badr's surname whole, in both spellings; its tail العاطي alone is not,
    // nor is anything of a dynasty (آل ثاني) or of عبد الله.
    assert_eq!(surnames(&d), ["عبد العاطي", "عبدالعاطي", "السراج"]);
    // The rules are the file's: without them the old generic surnames come back.
    let d = with(people, Some("")).expect("loads");
    let mut got = surnames(&d);
    got.sort();
    got.dedup();
    assert_eq!(got, ["الثاني", "السراج", "العاطي", "ثاني", "عبدالعاطي"]);
}

#[test]
fn a_surname_needs_the_full_name_in_the_article() {
    let d = with("sarraj\tSarraj\tفائز السراج\t\ttest\n", None).expect("loads");
    assert_eq!(
        person_in(&d, "وصل فائز السراج إلى روما وقال السراج").as_deref(),
        Some("sarraj")
    );
    assert_eq!(person_in(&d, "قال السراج"), None);
}

#[test]
fn bad_name_word_rows_are_rejected() {
    let err = with("", Some("عبد\tprefix\n"))
        .expect_err("unknown rule")
        .to_string();
    assert!(
        err.contains("name_words.tsv:2:") && err.contains("rule `prefix`"),
        "{err}"
    );
    let err = with("", Some("آل سعود\tparticle\n"))
        .expect_err("two words")
        .to_string();
    assert!(err.contains("more than one word"), "{err}");
}
