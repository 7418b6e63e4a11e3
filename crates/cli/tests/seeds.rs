//! The seed articles (samples/seeds, EXPECTED.md): every event they state comes out of
//! `rasid extract`, with the right actors, codes, places, attendees and dates, and nothing
//! comes from page chrome.

mod common;

use common::{expect, extract, find, seed};
use serde_json::Value;

fn attendee_names(e: &Value) -> Vec<String> {
    e["attendees"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["name"].as_str().map(str::to_string))
        .collect()
}

#[test]
fn seed_000_sarraj_in_brussels() {
    let path = seed("000");
    let ev = extract(&[path.to_str().unwrap()]);
    // 1. Reynders hosts Sarraj in Brussels, Siala attending.
    let host = expect(&ev, "Reynders", "Sarraj", "043");
    assert_eq!(host["plover"]["event_type"], "CONSULT");
    assert_eq!(host["plover"]["mode"], "visit");
    assert_eq!(host["source"]["country"], "BEL");
    assert_eq!(host["source"]["sector"], "GOV");
    assert_eq!(host["target"]["country"], "LBY");
    assert_eq!(host["target"]["role"], "head of the Presidential Council");
    assert!(attendee_names(host).iter().any(|n| n.contains("Siala")));
    assert_eq!(host["location"]["name"], "Brussels");
    assert_eq!(host["goldstein"], 2.8);
    assert_eq!(host["quad_class"], 1);
    // 2. Sarraj asks Belgium and the EU: two dyads.
    expect(&ev, "Sarraj", "BEL", "02");
    expect(&ev, "Sarraj", "EU", "02");
    // 3. The two sides agree.
    expect(&ev, "Reynders", "Sarraj", "AGREE");
    // 4. Sarraj rejects settling migrants.
    expect(&ev, "Sarraj", "-", "12");
    // 5. Sarraj praises Operation Sophia (EU).
    let praise = expect(&ev, "Sarraj", "EU", "051");
    assert_eq!(praise["plover"]["event_type"], "SUPPORT");
    // 6. Reynders welcomes Sarraj's proposals.
    expect(&ev, "Reynders", "Sarraj", "051");
    // No date in the text and none given: nothing is dated.
    assert!(ev
        .iter()
        .all(|e| e["date"].is_null() && e["date_status"] == "unresolved"));
}

#[test]
fn seed_001_sarraj_in_washington() {
    let path = seed("001");
    let ev = extract(&["--date", "2017-12-01", path.to_str().unwrap()]);
    let visit = expect(&ev, "Sarraj", "USA", "042");
    assert_eq!(
        visit["date"], "2017-11-30",
        "الخميس before Friday 2017-12-01"
    );
    assert_eq!(visit["date_status"], "relative");
    let mattis = expect(&ev, "Sarraj", "Mattis", "04");
    assert_eq!(mattis["date"], "2017-11-30");
    assert_eq!(mattis["target"]["role"], "secretary of defense");
    let names = attendee_names(mattis);
    for who in ["Siala", "Sunni", "Bugaighis"] {
        assert!(
            names.iter().any(|n| n.contains(who)),
            "{who} attends: {names:?}"
        );
    }
    expect(&ev, "Mattis", "Sarraj", "051");
    expect(&ev, "Sarraj", "USA", "051");
    expect(&ev, "Sarraj", "Mattis", "AGREE");
    expect(&ev, "Sarraj", "Trump", "04");
    expect(&ev, "USA", "LBY GOV", "SUPPORT");
    let tillerson = expect(&ev, "Sarraj", "Tillerson", "04");
    assert_eq!(tillerson["date"], "2017-12-01", "اليوم");
    expect(&ev, "Tillerson", "Sarraj", "051");
    expect(&ev, "USA", "LBY", "REQUEST");
    // A diplomatic visit: no material conflict is coded ("معركة تحرير سرت" is past, told in a welcome).
    assert!(
        ev.iter().all(|e| e["quad_class"] != 4),
        "no material conflict in 001"
    );
    // Trump's election is background: no event has Trump as a party but the meeting.
    assert!(ev
        .iter()
        .filter(
            |e| common::actor_is(&e["target"], "Trump") || common::actor_is(&e["source"], "Trump")
        )
        .all(|e| e["cameo"].as_str().unwrap().starts_with("04")));
}

#[test]
fn seed_001_without_a_date_leaves_relative_dates_unresolved() {
    let path = seed("001");
    let ev = extract(&[path.to_str().unwrap()]);
    let visit = expect(&ev, "Sarraj", "USA", "042");
    assert!(visit["date"].is_null());
    assert_eq!(visit["date_status"], "unresolved");
    assert!(ev.iter().all(|e| e["date"].is_null()));
}

#[test]
fn seed_002_erdogan_and_sarraj_in_istanbul() {
    let path = seed("002");
    let ev = extract(&[path.to_str().unwrap()]);
    let meet = expect(&ev, "Erdo", "Sarraj", "04");
    assert_eq!(meet["location"]["name"], "Istanbul");
    assert_eq!(meet["source"]["role"], "president");
    expect(&ev, "Erdo", "Sarraj", "AGREE");
    // The 2019 memorandum keeps its own date, not the meeting's.
    let mou = expect(&ev, "TUR", "LBY", "057");
    assert_eq!(mou["date"], "2019-11-01");
    assert_eq!(mou["date_precision"], "month");
    assert_eq!(mou["date_status"], "explicit");
    assert!(meet["date"].is_null());
}

#[test]
fn seed_003_nato_on_sarrajs_request() {
    let path = seed("003");
    let ev = extract(&[path.to_str().unwrap()]);
    let req = expect(&ev, "Sarraj", "NATO", "02");
    assert_eq!(req["plover"]["event_type"], "REQUEST");
    // The dateline gives the article date.
    assert_eq!(req["date"], "2017-03-02");
    assert_eq!(req["date_status"], "article");
    expect(&ev, "NATO", "LBY GOV", "SUPPORT");
    expect(&ev, "NATO", "IRQ", "06");
    // Rigo speaks; he is not a party to the request.
    assert!(find(&ev, "Rigo", "NATO", "02").is_none());
    assert!(ev
        .iter()
        .all(|e| !common::actor_is(&e["source"], "Rigo") || e["cameo"] != "023"));
}

#[test]
fn seed_004_interior_ministers_in_tripoli() {
    let path = seed("004");
    let ev = extract(&[path.to_str().unwrap()]);
    let m = expect(&ev, "Trabelsi", "Yerlikaya", "04");
    assert_eq!(m["location"]["name"], "Tripoli");
    assert_eq!(
        m["location"]["country"], "LBY",
        "Libya's Tripoli, not Lebanon's"
    );
    assert!(m["location"]["lat"].as_f64().unwrap() < 33.5);
    assert_eq!(m["target"]["role"], "interior minister");
    assert_eq!(m["target"]["country"], "TUR");
    let visit = expect(&ev, "Yerlikaya", "LBY", "042");
    assert_eq!(visit["location"]["name"], "Tripoli");
    let fidan = expect(&ev, "Saddam Haftar", "Fidan", "04");
    assert_eq!(fidan["location"]["name"], "Ankara");
    assert_eq!(fidan["source"]["sector"], "MIL");
    assert_eq!(fidan["modality"], "reported_past");
    let guler = expect(&ev, "Saddam Haftar", "Güler", "04");
    assert_eq!(guler["target"]["role"], "defense minister");
    let uk = expect(&ev, "Dbeibah", "Reynolds", "04");
    assert_eq!(uk["target"]["country"], "GBR");
}

/// Every event's evidence is the exact text at its offsets, counted in code points.
#[test]
fn evidence_offsets_index_the_text_as_read() {
    for n in ["000", "001", "002", "003", "004"] {
        let path = seed(n);
        let text: Vec<char> = std::fs::read_to_string(&path).unwrap().chars().collect();
        let ev = extract(&[path.to_str().unwrap()]);
        assert!(!ev.is_empty(), "seed {n} has events");
        for e in &ev {
            let (s, t) = (
                e["evidence"]["start"].as_u64().unwrap() as usize,
                e["evidence"]["end"].as_u64().unwrap() as usize,
            );
            let slice: String = text[s..t].iter().collect();
            assert_eq!(
                slice,
                e["evidence"]["sentence"].as_str().unwrap(),
                "seed {n}"
            );
            let trigger = e["evidence"]["trigger"].as_str().unwrap();
            assert!(slice.contains(trigger), "trigger {trigger} in its sentence");
        }
    }
}

/// Nothing from page chrome: teasers, menus, related headlines, comment forms.
#[test]
fn no_evidence_from_page_chrome() {
    let chrome = [
        "حدود يناقش",
        "شاهد أيضاً",
        "اترك تعليقاً",
        "خطة أمريكية للتسوية",
        "لافروف",
        "وليد جنبلاط",
        "سوريا تعلن",
        "Please enter",
        "الرجوع الى أعلى الصفحة",
        "مدفيديف",
    ];
    for n in ["000", "001", "002", "003", "004"] {
        let ev = extract(&[seed(n).to_str().unwrap()]);
        for e in &ev {
            let s = e["evidence"]["sentence"].as_str().unwrap();
            for c in chrome {
                assert!(!s.contains(c), "seed {n}: evidence from chrome: {s}");
            }
        }
    }
}

#[test]
fn event_ids_are_stable_and_codes_are_strings() {
    let path = seed("000");
    let a = extract(&[path.to_str().unwrap()]);
    let b = extract(&[path.to_str().unwrap()]);
    let ids = |v: &[Value]| v.iter().map(|e| e["event_id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&a), ids(&b));
    for e in &a {
        assert!(e["cameo"].is_string());
        assert!(e["coder_version"]
            .as_str()
            .unwrap()
            .starts_with("rasid-coder/"));
        assert!(e["rule"].as_str().unwrap().contains(':'));
    }
}
