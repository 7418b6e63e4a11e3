//! Where events happen, on real sentences from the dev gold set (eval/dev, CC BY-NC-SA 4.0, see
//! eval/dev/LICENSE.md): places marked by a place noun or a direction word, a place out of the
//! trigger's reach when it is the only one the sentence marks, a country as a place, a city that
//! is also a seat of government, and common words that are no places.

mod common;

use common::code_on;
use rasid_coder::Event;

fn code(text: &str) -> Vec<Event> {
    code_on(text, "2015-07-25")
}

/// The location names of the events coded with `cameo` (prefix).
fn places(text: &str, cameo: &str) -> Vec<Option<String>> {
    let events = code(text);
    assert!(
        events.iter().any(|e| e.cameo.starts_with(cameo)),
        "no {cameo} event in {text}: {events:?}"
    );
    events
        .iter()
        .filter(|e| e.cameo.starts_with(cameo))
        .map(|e| e.location.as_ref().map(|l| l.name.clone()))
        .collect()
}

#[test]
fn a_place_noun_or_direction_marks_a_place_further_from_the_trigger() {
    let s = "وقال المجلس في بيان نشرته اليوم وكالة الأنباء اليمنية: إن المليشيات الانقلابية \
             استهدفت مخازن النفط واسطوانات الغاز المنزلي غرب مدينة تعز.";
    assert_eq!(places(s, "18"), vec![Some("Taiz".to_string())]);
}

#[test]
fn the_only_marked_place_of_the_sentence_is_the_events() {
    let s = "وفيما أعلن تنظيم «داعش» الارهابي مسؤوليته عن هجوم بسيارة ملغومة أوقع 40 قتيلا على \
             الأقل وأصاب 55 في سوق شمالي مدينة بعقوبة العراقية.";
    assert_eq!(places(s, "18"), vec![Some("Baqubah".to_string())]);
}

#[test]
fn a_country_after_a_direction_word_is_a_place() {
    let s = "وينفذ الطيران التركي غارات مكثفة على مواقع جبلية شمال العراق يتمركز فيها المتمردين \
             من الحزب الكردي.";
    let events = code(s);
    let strike = events.iter().find(|e| e.cameo.starts_with("19")).unwrap();
    let loc = strike.location.as_ref().expect("a location");
    assert_eq!((loc.name.as_str(), loc.country.as_str()), ("Iraq", "IRQ"));
}

#[test]
fn a_city_that_is_also_a_seat_of_government_is_itself() {
    // عدن is listed as a seat of Yemen's government; as a port it is Aden, not Sanaa.
    let s = "وصلت سفينة إغاثة إماراتية إلى ميناء عدن في اليمن البارحة الأولى، وعلى متنها مواد \
             غذائية وتموينية من أجل التخفيف من معاناة الشعب اليمني.";
    for name in places(s, "07") {
        assert_eq!(name.as_deref(), Some("Aden"));
    }
}

#[test]
fn common_words_are_no_places() {
    // "الهوية" (identity) once matched the Vietnamese city Huế (هوئه) and became a party.
    let s = "قال الادعاء العام الليبي في بيان اليوم الاثنين إنه يحقق في أمر حراس غير محددي \
             الهوية ظهروا في مقطع فيديو وهم يضربون الساعدي القذافي في سجن بطرابلس.";
    let events = code(s);
    assert!(
        events.iter().any(|e| e.cameo.starts_with("09")
            && e.source.as_ref().and_then(|a| a.country.as_deref()) == Some("LBY")),
        "the prosecutor's investigation is coded: {events:?}"
    );
    for e in events {
        let countries = [&e.source, &e.target]
            .iter()
            .filter_map(|a| a.as_ref().and_then(|a| a.country.clone()))
            .collect::<Vec<_>>();
        assert!(!countries.contains(&"VNM".to_string()), "{e:?}");
        assert_ne!(e.location.map(|l| l.country), Some("VNM".to_string()));
    }
}

#[test]
fn a_party_acting_at_home_acts_where_the_dateline_is() {
    let s = "واس– المنامة: استدعت وزارة خارجية مملكة البحرين مساء اليوم القائم بأعمال السفارة \
             الإيرانية لدى مملكة البحرين بالإنابة مرتضى صنوبري.";
    assert_eq!(places(s, "114"), vec![Some("Manama".to_string())]);
    // A dateline in another country is not where a foreign party acts.
    let s = "واس– الرياض: استدعت وزارة خارجية مملكة البحرين مساء اليوم القائم بأعمال السفارة \
             الإيرانية لدى مملكة البحرين بالإنابة مرتضى صنوبري.";
    assert_eq!(places(s, "114"), vec![None]);
}

#[test]
fn towns_under_a_hundred_thousand_are_places_too() {
    // Zabadani (≈30,000 people) came with the GeoNames towns kept for the region.
    let s = "وكانت قوات الاسد وحزب الله بدأت هجوما واسعا على مدينة الزبداني منذ اسبوع.";
    assert_eq!(places(s, "18"), vec![Some("Az Zabadānī".to_string())]);
}
