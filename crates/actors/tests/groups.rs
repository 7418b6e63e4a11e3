//! How mentions group into parties on real phrases (eval/dev, CC BY-NC-SA 4.0, see
//! eval/dev/LICENSE.md): a people noun with a nationality adjective is a party of that country, a
//! definite agent does not swallow the next one, and the Houthi adjective names the movement.

use rasid_actors::{stats::who, Actor, Dictionary};

fn actors(text: &str) -> Vec<Actor> {
    let d = Dictionary::embedded().expect("bundled dictionaries load");
    who(&d, text, Some("2015-08-01".parse().expect("date")))
}

fn summary(a: &Actor) -> (String, Option<&str>, Option<&str>) {
    (a.text.clone(), a.country.as_deref(), a.sector.as_deref())
}

#[test]
fn people_noun_and_nationality_adjective_are_one_party() {
    let got = actors("أفرجت السلطات السودانية أول من أمس عن الصيادين المصريين");
    let got: Vec<_> = got.iter().map(summary).collect();
    assert!(
        got.contains(&("الصيادين المصريين".into(), Some("EGY"), Some("CVL"))),
        "{got:?}"
    );
}

#[test]
fn a_definite_agent_does_not_swallow_the_next_one() {
    let got = actors("واعتقلت الشرطة مواطنين سعوديين");
    let got: Vec<_> = got.iter().map(summary).collect();
    assert!(
        got.iter()
            .any(|(t, _, s)| t == "الشرطة" && *s == Some("COP")),
        "{got:?}"
    );
    assert!(
        got.contains(&("مواطنين سعوديين".into(), Some("SAU"), Some("CVL"))),
        "{got:?}"
    );
    // A construct is still one party: "رئيس المحكمة" is the court's president.
    let got = actors("قال رئيس المحكمة إن");
    assert_eq!(got.len(), 1, "{got:?}");
    // So is an apposition headed by an indefinite title (seed 000).
    let got = actors("استقبل نائب رئيس الوزراء وزير الشؤون الخارجية في مملكة بلجيكا ديديه رينديرز");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].country.as_deref(), Some("BEL"), "{got:?}");
}

#[test]
fn houthi_adjective_names_the_movement() {
    let got = actors("جاءت تلك المظاهرات بعد يومين من مطالبة قيادات حوثية للجنوبيين");
    assert!(
        got.iter().any(|a| a.country.as_deref() == Some("YEM")
            && a.sector.as_deref() == Some("REB")
            && a.entry
                .as_deref()
                .is_some_and(|e| e.contains("org:YEM-HOUTHI"))),
        "{got:?}"
    );
}

#[test]
fn a_title_in_construct_takes_the_country_named_after_it() {
    let got = actors("استدعت وزارة خارجية مملكة البحرين مساء اليوم القائم بأعمال السفارة الإيرانية");
    let first = got.first().expect("a party");
    assert_eq!(first.text, "وزارة خارجية مملكة البحرين", "{got:?}");
    assert_eq!(first.country.as_deref(), Some("BHR"), "{got:?}");
    assert_eq!(first.role.as_deref(), Some("foreign ministry"), "{got:?}");
}

#[test]
fn the_preposition_amam_is_no_imam() {
    // أمام and إمام normalize alike; only "الإمام" names a cleric.
    let got = actors("أكد وزير الخارجية الإيراني محمد جواد ظريف اليوم أمام مجلس الشورى الإسلامي");
    assert!(
        got.iter().all(|a| a.role.as_deref() != Some("imam")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|a| a
            .entry
            .as_deref()
            .is_some_and(|e| e.contains("org:IRN-MAJLIS"))),
        "{got:?}"
    );
}

#[test]
fn protesters_take_the_country_of_the_story() {
    let got = actors("ويتهم المحتجون الحكومة الإثيوبية بمحاولة فرض مذهب");
    let p = got
        .iter()
        .find(|a| a.text == "المحتجون")
        .expect("the protesters");
    assert_eq!(
        (p.country.as_deref(), p.sector.as_deref()),
        (Some("ETH"), Some("CVL"))
    );
    // Farmers named in passing do not.
    let got = actors("وقال المزارعون إن الحكومة الإثيوبية");
    let f = got
        .iter()
        .find(|a| a.text == "المزارعون")
        .expect("the farmers");
    assert_eq!(f.country, None, "{got:?}");
}

#[test]
fn a_news_agency_is_no_country_of_the_story() {
    let got = actors(
        "وقال مصور من وكالة فرانس برس أن قوات الأمن استخدمت الغاز المسيل للدموع والرصاص المطاطي \
         ضد موكب من 500 شخص تجمعوا في منطقة كاديكوي على الضفة الآسيوية لأكبر مدينة تركية",
    );
    let police = got
        .iter()
        .find(|a| a.text == "قوات الأمن")
        .expect("the police");
    assert_eq!(police.country.as_deref(), Some("TUR"), "{got:?}");
}
