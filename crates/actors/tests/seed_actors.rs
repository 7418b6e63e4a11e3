//! Every actor of the seed articles (samples/seeds, EXPECTED.md) resolves to the right person,
//! country, sector and role through `stats::who`, with the phrases as the articles write them.

use rasid_actors::{stats::who, Actor, Dictionary};

fn dict() -> Dictionary {
    Dictionary::embedded().expect("bundled dictionaries load")
}

/// The actor for `person` in `phrase` on `date`.
fn find(d: &Dictionary, phrase: &str, date: &str, person: &str) -> Actor {
    let actors = who(d, phrase, Some(date.parse().expect("date")));
    let key = format!("person:{person}");
    actors
        .iter()
        .find(|a| {
            a.entry
                .as_deref()
                .is_some_and(|e| e.split('+').any(|p| p == key))
        })
        .cloned()
        .unwrap_or_else(|| panic!("«{phrase}» on {date}: no {person} in {actors:?}"))
}

fn check(phrase: &str, date: &str, person: &str, country: &str, sector: &str, role: &str) {
    let d = dict();
    let a = find(&d, phrase, date, person);
    assert_eq!(a.country.as_deref(), Some(country), "{phrase}: {a:?}");
    assert_eq!(a.sector.as_deref(), Some(sector), "{phrase}: {a:?}");
    let r = a.role.as_deref().unwrap_or("");
    assert!(r.contains(role), "{phrase}: role {r:?} lacks {role:?}");
}

#[test]
fn sarraj_head_of_the_presidential_council() {
    check(
        "رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج",
        "2017-11-30",
        "fayez-al-sarraj",
        "LBY",
        "GOV",
        "Presidential Council",
    );
    check(
        "فايز السراج",
        "2017-11-30",
        "fayez-al-sarraj",
        "LBY",
        "GOV",
        "",
    );
}

#[test]
fn reynders_belgian_foreign_minister() {
    check(
        "وزير الخارجية البلجيكي ديديه رينديرز",
        "2017-01-15",
        "didier-reynders",
        "BEL",
        "GOV",
        "foreign minister",
    );
}

#[test]
fn attendees_siala_sunni_bugaighis() {
    check(
        "وزير الخارجية المفوض محمد سيالة",
        "2017-11-30",
        "mohamed-siala",
        "LBY",
        "GOV",
        "foreign minister",
    );
    check(
        "والمستشار السياسي للرئيس طاهر السني",
        "2017-11-30",
        "taher-al-sunni",
        "LBY",
        "GOV",
        "adviser",
    );
    check(
        "المستشار السياسي لرئيس المجلس الرئاسي الطاهر السني",
        "2017-11-30",
        "taher-al-sunni",
        "LBY",
        "GOV",
        "adviser",
    );
    check(
        "وسفيرة ليبيا لدى الولايات المتحدة وفاء بوقعيقيص",
        "2017-11-30",
        "wafa-bugaighis",
        "LBY",
        "GOV",
        "ambassador",
    );
}

#[test]
fn americans_mattis_trump_tillerson() {
    check(
        "وزير الدفاع الأمريكي جيمس ماتيس",
        "2017-11-30",
        "jim-mattis",
        "USA",
        "GOV",
        "secretary of defense",
    );
    check(
        "الرئيس الأمريكي دونالد ترامب",
        "2017-12-01",
        "donald-trump",
        "USA",
        "GOV",
        "president",
    );
    check(
        "وزير الخارجية الأمريكي ريكس تيلرسون",
        "2017-12-01",
        "rex-tillerson",
        "USA",
        "GOV",
        "secretary of state",
    );
}

#[test]
fn erdogan_turkish_president() {
    check(
        "الرئيس التركي رجب طيب أردوغان",
        "2024-01-10",
        "recep-tayyip-erdogan",
        "TUR",
        "GOV",
        "president",
    );
}

#[test]
fn nato_rigo_and_stoltenberg() {
    check(
        "دانييل ريجو المسؤول بإدارة الدبلوماسية العامة بحلف الناتو",
        "2017-03-02",
        "daniel-rigo",
        "NATO",
        "IGO",
        "",
    );
    check(
        "الأمين العام لحلف الناتو ينس ستولتنبرغ",
        "2017-03-02",
        "jens-stoltenberg",
        "NATO",
        "IGO",
        "secretary general",
    );
}

#[test]
fn interior_ministers_trabelsi_and_yerlikaya() {
    check(
        "وزير الداخلية المكلّف بحكومة «الوحدة الوطنية» الليبية المؤقتة عماد الطرابلسي",
        "2024-08-05",
        "emad-trabelsi",
        "LBY",
        "GOV",
        "interior minister",
    );
    check(
        "نظيره التركي علي يرلي كايا",
        "2024-08-05",
        "ali-yerlikaya",
        "TUR",
        "GOV",
        "interior minister",
    );
}

#[test]
fn saddam_haftar_fidan_guler() {
    check(
        "الفريق صدام، نجل المشير خليفة حفتر",
        "2024-08-01",
        "saddam-haftar",
        "LBY",
        "MIL",
        "Libyan National Army",
    );
    check(
        "وزير الخارجية التركي هاكان فيدان",
        "2024-08-01",
        "hakan-fidan",
        "TUR",
        "GOV",
        "foreign minister",
    );
    check(
        "ووزير الدفاع يشار غولر",
        "2024-08-01",
        "yasar-guler",
        "TUR",
        "GOV",
        "defense minister",
    );
}

#[test]
fn dbeibah_and_reynolds_uk() {
    check(
        "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة",
        "2024-12-02",
        "abdul-hamid-dbeibah",
        "LBY",
        "GOV",
        "prime minister",
    );
    check(
        "السفير البريطاني الجديد مارتن رينولدز",
        "2024-12-02",
        "martin-reynolds",
        "GBR",
        "GOV",
        "ambassador",
    );
}
