//! `rasid actors suggest` on constructed text: unknown names after titles, attendee cues and
//! event verbs are found and ranked; known actors and common words are not suggested.

use rasid_actors::suggest::Suggester;
use rasid_actors::Dictionary;

/// Filler sentences so that the corpus has a frequency profile (common words are frequent).
const FILLER: &str =
    "وأكد أن التعاون بين البلدين مهم في هذه المرحلة من أجل تحقيق الاستقرار والتنمية. \
وقال إن الحكومة تعمل على تطوير الخدمات في جميع المجالات خلال الفترة المقبلة. \
وأشار إلى أن الاجتماع تناول عددا من القضايا ذات الاهتمام المشترك بين الجانبين. ";

fn run(articles: &[String]) -> Vec<rasid_actors::suggest::Candidate> {
    let d = Dictionary::embedded().expect("bundled");
    let mut s = Suggester::new(&d);
    for a in articles {
        s.add_article(a);
    }
    s.finish(20, 2)
}

#[test]
fn finds_unknown_names_after_titles_attendee_cues_and_verbs() {
    let mut articles = Vec::new();
    for i in 0..6 {
        articles.push(format!(
            "{FILLER}استقبل وزير الخارجية السعودي زهير قرنفلي نظيره التركي في الرياض. \
             وجرى اللقاء بحضور السفير السعودي لدى تركيا مروان بشناق وعدد من المسؤولين. \
             وقال تيسير الكوهجي إن المباحثات كانت مثمرة. {FILLER} {i}"
        ));
    }
    let found = run(&articles);
    let names: Vec<&str> = found.iter().map(|c| c.name.as_str()).collect();
    for want in ["زهير قرنفلي", "مروان بشناق", "تيسير الكوهجي"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    let z = found
        .iter()
        .find(|c| c.name == "زهير قرنفلي")
        .expect("found");
    assert_eq!(z.count, 6);
    assert!(z.contexts.contains(&"title".to_string()), "{z:?}");
    assert!(!z.examples.is_empty() && z.examples.len() <= 2);
    assert!(z.examples[0].contains("زهير قرنفلي"));
    let line = z.people_line();
    assert_eq!(line.split('\t').count(), 5, "{line}");
    assert!(line.starts_with("zhyr-qrnfly\t\tزهير قرنفلي\t"), "{line}");
    let b = found
        .iter()
        .find(|c| c.name == "مروان بشناق")
        .expect("found");
    assert!(
        b.contexts.contains(&"title".to_string()) || b.contexts.contains(&"attendee".to_string())
    );
    let k = found
        .iter()
        .find(|c| c.name == "تيسير الكوهجي")
        .expect("found");
    assert_eq!(k.contexts, ["verb"]);
}

#[test]
fn known_actors_and_common_words_are_not_suggested() {
    let mut articles = Vec::new();
    for _ in 0..5 {
        articles.push(format!(
            "{FILLER}والتقى وزير الخارجية التركي هاكان فيدان في أنقرة. \
             وقال رئيس المجلس الرئاسي فائز السراج إن الاجتماع مهم. \
             وأكد أن التعاون مستمر. وبحث الجانبان سبل التعاون. {FILLER}"
        ));
    }
    let found = run(&articles);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn empty_input_gives_nothing() {
    assert!(run(&[]).is_empty());
    assert!(run(&[String::new()]).is_empty());
}
