//! `rasid dict import-petrarch` on a hand-written fixture in UniversalPetrarch format
//! (tests/fixtures/petrarch): what is kept, what is dropped and why, and that the written TSVs
//! load as rasid dictionaries.

use std::path::PathBuf;

use rasid_actors::check::Sources;
use rasid_actors::petrarch::{import, import_dir, DropReason};
use rasid_actors::Dictionary;

/// The bundled dictionary, with a fixed people list so that the test does not depend on how
/// many people data/actors holds today.
fn known() -> Dictionary {
    let mut texts = Sources::embedded().texts();
    texts[3].1 = "id\tname\tnames_ar\tshort_ar\tsource\n\
        nouri-al-maliki\tNouri al-Maliki\tنوري المالكي\t\ttest\n\
        fayez-al-sarraj\tFayez al-Sarraj\tفائز السراج\t\ttest\n\
        mohammed-bin-nayef\tMohammed bin Nayef\tمحمد بن نايف\t\ttest\n"
        .to_string();
    texts[5].1 = "person\toffice\tcountry\tsector\trole\tstart\tend\tsource\n".to_string();
    Dictionary::from_texts(&texts).expect("test dictionary loads")
}

fn fixture(name: &str) -> (String, String) {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/petrarch")
        .join(name);
    (
        name.to_string(),
        std::fs::read_to_string(&p).expect("fixture exists"),
    )
}

fn reason_of(imp: &rasid_actors::petrarch::Import, text: &str) -> Option<DropReason> {
    imp.dropped
        .iter()
        .find(|d| d.text.starts_with(text))
        .map(|d| d.reason)
}

#[test]
fn keeps_clean_people_with_dates_and_drops_junk_with_reasons() {
    let dict = known();
    let (an, at) = fixture("actor_dict_test.txt");
    let (gn, gt) = fixture("agents_test.txt");
    let imp = import(Some((&an, &at)), Some((&gn, &gt)), &dict);

    let people: Vec<&str> = imp.people.iter().map(|p| p.name_ar.as_str()).collect();
    assert_eq!(people, ["ديفيد كاميرون", "أحمد نظيف"], "{imp:#?}");
    // Cameron: two dated codes and a repeated entry whose code is merged in.
    let cameron = &imp.people[0];
    assert_eq!(cameron.roles.len(), 3);
    assert_eq!(cameron.roles[0].code(), "GBRGOV");
    assert_eq!(
        cameron.roles[0].start.map(|d| d.to_string()).as_deref(),
        Some("2010-05-11")
    );
    assert_eq!(
        cameron.roles[0].end.map(|d| d.to_string()).as_deref(),
        Some("2016-07-13")
    );
    assert_eq!(
        reason_of(&imp, "ديفيد كاميرون"),
        Some(DropReason::Duplicate)
    );
    // Nazif: the code that ends before it starts is dropped, the other kept.
    assert_eq!(imp.people[1].roles.len(), 1);
    assert_eq!(reason_of(&imp, "أحمد نظيف ["), Some(DropReason::BadDates));

    let orgs: Vec<&str> = imp
        .organizations
        .iter()
        .map(|o| o.name_ar.as_str())
        .collect();
    assert_eq!(orgs, ["منظمة بتسيلم"]);
    assert_eq!(imp.organizations[0].code.code(), "ISRCVLHRI");

    // Already known to rasid: Maliki, Sarraj, Mohammed bin Nayef (after the honorific أمير).
    assert_eq!(
        reason_of(&imp, "نوري المالكي"),
        Some(DropReason::AlreadyKnown)
    );
    assert_eq!(
        reason_of(&imp, "فائز السراج"),
        Some(DropReason::AlreadyKnown)
    );
    assert_eq!(
        reason_of(&imp, "محمد بن نايف"),
        Some(DropReason::AlreadyKnown)
    );
    assert_eq!(reason_of(&imp, "حركة حماس"), Some(DropReason::AlreadyKnown));
    // Junk.
    assert_eq!(
        reason_of(&imp, "وزارة دفاع أميركي"),
        Some(DropReason::Lemmatised)
    );
    assert_eq!(
        reason_of(&imp, "رئيس جمهورية باكستان"),
        Some(DropReason::TitlePhrase)
    );
    assert_eq!(reason_of(&imp, "ضحية"), Some(DropReason::SingleToken));
    assert_eq!(reason_of(&imp, "مبارك"), Some(DropReason::SingleToken));
    assert_eq!(reason_of(&imp, "جماعة"), Some(DropReason::SectorOnly));
    assert_eq!(reason_of(&imp, "شركة جي أي.بي"), Some(DropReason::Junk));
    assert_eq!(
        reason_of(&imp, "syria army"),
        Some(DropReason::LatinLetters)
    );
    assert_eq!(reason_of(&imp, "جلال حسنين"), Some(DropReason::InvalidCode));
    assert_eq!(reason_of(&imp, "وحدة"), Some(DropReason::NoCode));

    let agents: Vec<(&str, &str)> = imp
        .agents
        .iter()
        .map(|a| (a.phrase_ar.as_str(), a.sector.as_str()))
        .collect();
    assert!(agents.contains(&("جبهة تحرير", "REB")), "{agents:?}");
    assert!(agents.contains(&("قناص", "MIL")), "{agents:?}");
    assert_eq!(reason_of(&imp, "طائرة حربي"), Some(DropReason::Lemmatised));
    assert_eq!(reason_of(&imp, "مراقب في"), Some(DropReason::InvalidCode));
    assert_eq!(reason_of(&imp, "تطرف إسلامي"), Some(DropReason::InvalidCode));
    assert_eq!(
        reason_of(&imp, "وزير الخارجية"),
        Some(DropReason::AlreadyKnown)
    );
    assert!(imp.summary().contains("kept 2 people"), "{}", imp.summary());
}

#[test]
fn sentinel_dates_are_open_ends() {
    let dict = known();
    let text = "إياد_علاوي_\n\t[IRQGOV 20040628-22000101]\n\t[IRQELI 18000101-20040627]\n";
    let imp = import(Some(("t.txt", text)), None, &dict);
    let roles = &imp.people[0].roles;
    assert_eq!(roles[0].end, None);
    assert_eq!(roles[1].start, None);
    assert_eq!(
        roles[1].end.map(|d| d.to_string()).as_deref(),
        Some("2004-06-27")
    );
}

#[test]
fn written_files_load_as_rasid_dictionaries() {
    let dict = known();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/petrarch");
    let out = std::env::temp_dir().join(format!("rasid-petrarch-{}", std::process::id()));
    let imp = import_dir(&dir, &out, &dict).expect("import");
    assert_eq!(imp.people.len(), 2);
    for f in [
        "people.tsv",
        "roles.tsv",
        "organizations.tsv",
        "agents.tsv",
        "REPORT.md",
        "LICENSE-UniversalPetrarch",
    ] {
        assert!(out.join(f).exists(), "{f} written");
    }
    let report = std::fs::read_to_string(out.join("REPORT.md")).expect("report");
    assert!(report.contains("MIT"));
    assert!(report.contains("actor_dict_test.txt:"), "{report}");
    // The imported people, roles, organizations and agents replace the bundled ones and load.
    let mut texts = Sources::embedded().texts();
    for (i, name) in [
        (1, "organizations.tsv"),
        (2, "agents.tsv"),
        (3, "people.tsv"),
        (5, "roles.tsv"),
    ] {
        texts[i] = (
            name.to_string(),
            std::fs::read_to_string(out.join(name)).expect("written"),
        );
    }
    // roles.tsv of the bundled data refers to bundled people; only imported ones remain here,
    // and bundled offices have no holders, which is fine.
    let loaded = Dictionary::from_texts(&texts).expect("imported TSVs load");
    assert_eq!(loaded.people.len(), 2);
    assert_eq!(loaded.roles.len(), 4);
    let _ = std::fs::remove_dir_all(&out);
}
