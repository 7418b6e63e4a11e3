//! Triggers added from the dev set's misses, each on the real sentence that showed the gap
//! (eval/dev, CC BY-NC-SA 4.0, see eval/dev/LICENSE.md).

mod common;

use common::{code_on, dyad};
use rasid_coder::Event;

fn code(text: &str) -> Vec<Event> {
    code_on(text, "2015-08-03")
}

#[test]
fn a_court_sentencing_is_coded_when_a_penalty_follows() {
    let events = code("قضت محكمة إثيوبية، الاثنين، بحبس 17 ناشطا مسلما لمدد تتراوح بين سبع سنوات.");
    let e = events
        .iter()
        .find(|e| e.cameo == "116")
        .expect("a 116 event");
    assert_eq!(dyad(e), (Some("ETH"), Some("ETH")), "{events:?}");
    assert_eq!(e.source.as_ref().unwrap().sector.as_deref(), Some("JUD"));
    // قضت without a penalty is "spent".
    let events = code("وقضت وزيرة الخارجية الإثيوبية ثلاثة أيام في القاهرة.");
    assert!(events.iter().all(|e| e.cameo != "116"), "{events:?}");
}

#[test]
fn daanat_is_condemned() {
    let events = code("دانت مملكة البحرين أمس بشدة العمل الإجرامي الذي نتج منه استشهاد الرضيع.");
    assert!(
        events
            .iter()
            .any(|e| e.cameo == "111" && dyad(e).0 == Some("BHR")),
        "{events:?}"
    );
}

#[test]
fn an_attack_followed_by_a_description_is_criticism() {
    let events = code(
        "سبق- وكالات: هاجم نائب رئيس شرطة دبي الفريق ضاحي خلفان، الأمين العام لـ\"حزب الله\" \
         اللبناني حسن نصر الله، واصفاً إياه بأنه لا علم له بالسياسة.",
    );
    let e = events
        .iter()
        .find(|e| e.cameo.starts_with("11"))
        .expect("a 11x event");
    assert_eq!(e.cameo, "111", "{events:?}");
    assert_eq!(dyad(e), (Some("ARE"), Some("LBN")), "{events:?}");
    assert!(
        events.iter().all(|e| !e.cameo.starts_with("18")),
        "{events:?}"
    );
}

#[test]
fn summoning_an_envoy_named_a_few_words_later_is_a_protest() {
    let events = code(
        "استدعت وزارة خارجية مملكة البحرين مساء اليوم القائم بأعمال السفارة الإيرانية لدى مملكة \
         البحرين بالإنابة مرتضى صنوبري.",
    );
    let e = events
        .iter()
        .find(|e| e.cameo == "114")
        .expect("a 114 event");
    assert_eq!(dyad(e), (Some("BHR"), Some("IRN")), "{events:?}");
    // Summoning no envoy is something else ("استدعى الأمر").
    let events = code("استدعى الأمر تدخل وزارة الداخلية البحرينية.");
    assert!(events.iter().all(|e| e.cameo != "114"), "{events:?}");
}

#[test]
fn an_acre_is_no_condemnation() {
    let events = code(
        "وقالت هيئة الغابات الأمريكية إن هذا الحريق الذي شب بعد ظهر الجمعة اتسع نطاقه من 500 فدان \
         إلى 3500 فدان في غضون ساعات.",
    );
    assert!(events.iter().all(|e| e.cameo != "111"), "{events:?}");
}

#[test]
fn a_claim_of_responsibility_is_coded_as_the_attack_it_claims() {
    let events = code(
        "ارتفعت حصيلة ضحايا الهجوم الذي تم تنفيذه بسيارة مفخخة في سوق مزدحمة بمحافظة ديالى \
         العراقية الجمعة إلى 120 قتيلا على الأقل وأعلن تنظيم الدولة الإسلامية (داعش) مسؤوليته \
         عن الهجوم الأكثر دموية لهذا العام.",
    );
    let e = events
        .iter()
        .find(|e| e.rule.starts_with("claim.responsibility"))
        .expect("the claim makes an event");
    assert_eq!(e.cameo, "1832", "a car bomb: {events:?}");
    assert_eq!(dyad(e), (Some("IMG"), Some("IRQ")), "{events:?}");
    // Adopting a resolution is no claim.
    let events = code("تبنى مجلس الأمن الدولي أمس قرارا بالإجماع يصادق على الاتفاق النووي.");
    assert!(
        events.iter().all(|e| !e.cameo.starts_with("18")),
        "{events:?}"
    );
}

#[test]
fn holding_a_party_responsible_is_an_accusation() {
    // The speaker says B bears the responsibility.
    let events = code(
        "وقالت وزارة الخارجية البحرينية في بيان اليوم: إن مملكة البحرين تدين بشدة هذا العمل \
         الإجرامي، مؤكدة أن قوات الاحتلال الإسرائيلي تتحمَّل وحدها مسؤولية هذه الجريمة النكراء.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.cameo == "112" && dyad(e) == (Some("BHR"), Some("ISR"))),
        "{events:?}"
    );
    // "محملاً X المسؤولية" next to a condemnation of the same party: one ACCUSE event.
    let events = code(
        "وعبر معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير عن استنكار المملكة العربية \
         السعودية الشديد لهذا العمل الهمجي محملاً سلطات الاحتلال الإسرائيلية المسؤولية عن هذا \
         العمل الاجرامي ضد الفلسطينيين.",
    );
    let accuse: Vec<&Event> = events
        .iter()
        .filter(|e| e.plover.event_type.as_deref() == Some("ACCUSE") && e.target.is_some())
        .collect();
    assert_eq!(accuse.len(), 1, "{events:?}");
    assert_eq!(dyad(accuse[0]), (Some("SAU"), Some("ISR")));
    // Bearing responsibility with no one named, or carrying arms, accuses no one.
    for text in [
        "وأكد الوزير أن الجميع يتحمل مسؤولية حماية الوطن.",
        "وحمل المتظاهرون الأعلام السعودية في شوارع الرياض.",
    ] {
        let events = code(text);
        assert!(
            events.iter().all(|e| e.cameo != "112"),
            "{text}: {events:?}"
        );
    }
}

#[test]
fn meetings_in_the_plural_and_contacts_between_two_parties_are_consultations() {
    let events = code(
        "وأضافت أن لافروف سيعقد اجتماعات أيضا مع أمير قطر الشيخ تميم بن حمد آل ثاني ووزير \
         الخارجية القطري خالد العطية.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.cameo.starts_with("04") && dyad(e) == (Some("RUS"), Some("QAT"))),
        "{events:?}"
    );
    let events = code("وجرت اتصالات مكثفة بين الخرطوم وأنقرة توجت بعودة الطالبة.");
    assert!(
        events
            .iter()
            .any(|e| e.cameo == "040" && dyad(e) == (Some("SDN"), Some("TUR"))),
        "{events:?}"
    );
    // The telecoms building the Houthis shelled is no contact between them and Saleh's forces.
    let events = code("بعد قصف الحوثيين وقوات صالح لوحدة الاتصالات الرئيسية في مبنى الاتصالات في تعز.");
    assert!(events.iter().all(|e| e.cameo != "040"), "{events:?}");
}

#[test]
fn words_spelled_like_triggers_need_their_context() {
    // Dawn, teams, an explosion that happened, a price, an advance: no event.
    for text in [
        "وكانت قوات الاحتلال قد انسحبت من البلدة فجر اليوم الثلاثاء.",
        "وقامت فرق البحث والإنقاذ المتواجدة بالموقع بالتدخل وإنقاذهم.",
        "وقع الانفجار قرب بلدة باجو على مقربة من الحدود مع كوريا الشمالية.",
        "ويحاول رئيس الوزراء الإسرائيلي بنيامين نتنياهو عرقلة الاتفاق بأي ثمن.",
        "وقتل عشرات الحوثيين خلال مواجهات عنيفة وسط تقدم للمقاومة الشعبية في عدن.",
    ] {
        let events = code(text);
        assert!(
            events
                .iter()
                .all(|e| !matches!(&e.cameo[..2], "05" | "07" | "17" | "18")),
            "{text}: {events:?}"
        );
    }
    // The same words where they are events.
    let cases = [
        ("وقع وزيرا خارجية مصر والأردن اتفاقية للتعاون الأمني.", "057"),
        (
            "فرق الجيش المصري المتظاهرين في ميدان التحرير بالقاهرة.",
            "175",
        ),
        (
            "وفجر تنظيم داعش سيارة مفخخة في سوق ببغداد فقتل عشرين شخصا.",
            "18",
        ),
        ("وقدمت المملكة العربية السعودية مساعدات طبية لليمن.", "07"),
    ];
    for (text, code_prefix) in cases {
        let events = code(text);
        assert!(
            events.iter().any(|e| e.cameo.starts_with(code_prefix)),
            "{text}: {events:?}"
        );
    }
}

#[test]
fn stopping_a_thing_is_no_arrest_and_fighting_alongside_is_no_attack() {
    for text in [
        "وقالت الشركة إنها تبذل جهودا كي تجتذب تمويلا بعد أن أوقفت الحكومة الأسترالية دعمها لمزارع الرياح.",
        "وتمكنت سلطات الأمن بمطار القاهرة من ضبط 205 آلاف يورو مع راكب قبل سفره إلى ألمانيا.",
        "وقال التنظيم إن التفجيرين استهدفا مقاتلين في فصائل مسلحة تقاتل إلى جانب القوات الأمنية العراقية.",
    ] {
        let events = code(text);
        assert!(
            events
                .iter()
                .all(|e| !e.cameo.starts_with("17") && !e.cameo.starts_with("19")),
            "{text}: {events:?}"
        );
    }
    let events = code("أوقفت الشرطة الإسبانية رجلا من مليلية في إطار عملية مشتركة مع المغرب.");
    assert!(events.iter().any(|e| e.cameo == "173"), "{events:?}");
}
