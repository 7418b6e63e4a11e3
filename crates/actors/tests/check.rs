//! `rasid actors check` on the bundled files and on copies with planted mistakes: each mistake
//! is reported at its file and line, errors and warnings apart.

use rasid_actors::check::{check, Finding, Severity, Sources};

fn with(key: &str, extra: &str) -> Sources {
    let mut s = Sources::embedded();
    let f = s
        .files
        .iter_mut()
        .find(|f| f.key == key)
        .expect("file exists");
    if !f.text.ends_with('\n') {
        f.text.push('\n');
    }
    f.text.push_str(extra);
    s
}

fn last_line(s: &Sources, key: &str) -> usize {
    s.files
        .iter()
        .find(|f| f.key == key)
        .map(|f| f.text.lines().count())
        .unwrap_or(0)
}

fn errors(f: &[Finding]) -> Vec<&Finding> {
    f.iter().filter(|x| x.severity == Severity::Error).collect()
}

#[test]
fn bundled_files_have_no_errors() {
    let f = check(&Sources::embedded());
    let errs = errors(&f);
    assert!(
        errs.is_empty(),
        "{}",
        errs.iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn two_holders_of_one_office_at_once() {
    let s = with(
        "actors/roles.tsv",
        "donald-trump\tUSA-SECSTATE\tUSA\tGOV\tsecretary of state\t2018-01-01\t2018-12-31\ttest\n",
    );
    let line = last_line(&s, "actors/roles.tsv");
    let f = check(&s);
    let hit = f
        .iter()
        .find(|x| x.line == line && x.message.contains("two holders of USA-SECSTATE"))
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(hit.severity, Severity::Error);
    assert!(hit.file.ends_with("actors/roles.tsv"));
    assert!(hit
        .to_string()
        .starts_with(&format!("data/actors/roles.tsv:{line}: error: ")));
}

#[test]
fn handover_day_is_not_an_overlap() {
    // Obama ends 2017-01-20, Trump starts 2017-01-20 in the bundled data: no finding.
    let f = check(&Sources::embedded());
    assert!(!f
        .iter()
        .any(|x| x.message.contains("USA-PRES") && x.message.contains("two holders")));
}

#[test]
fn same_person_twice_in_one_office_is_a_warning() {
    let s = with(
        "actors/roles.tsv",
        "hakan-fidan\tTUR-FM\tTUR\tGOV\tforeign minister\t2024-01-01\t\ttest\n",
    );
    let line = last_line(&s, "actors/roles.tsv");
    let f = check(&s);
    let hit = f
        .iter()
        .find(|x| x.line == line && x.message.contains("holds TUR-FM twice"))
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(hit.severity, Severity::Warning);
}

#[test]
fn unknown_country_codes() {
    let s = with(
        "actors/organizations.tsv",
        "TST-X\tTest org\tمنظمة الاختبار الوهمية\tXXQ\tGOV\tXXQGOV\n",
    );
    let line = last_line(&s, "actors/organizations.tsv");
    let f = check(&s);
    assert!(
        f.iter().any(|x| x.line == line
            && x.severity == Severity::Error
            && x.message.contains("`XXQ`")),
        "{f:#?}"
    );
    // IGO codes are fine.
    assert!(!f.iter().any(|x| x.message.contains("`NATO`")));
}

#[test]
fn colliding_names_across_kinds_name_both_places() {
    let s = with("actors/agents.tsv", "المجلس الرئاسي\tGOV\ttest collision\n");
    let line = last_line(&s, "actors/agents.tsv");
    let f = check(&s);
    let hit = f
        .iter()
        .find(|x| x.line == line && x.message.contains("collides across kinds"))
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(hit.severity, Severity::Warning);
    assert!(
        hit.message.contains("data/actors/organizations.tsv:"),
        "{hit}"
    );
}

#[test]
fn phrase_that_normalizes_to_nothing_and_person_without_role() {
    let s = with(
        "actors/people.tsv",
        "test-nobody\tNobody\tزيد عمرو|ـــ\t\ttest\n",
    );
    let line = last_line(&s, "actors/people.tsv");
    let f = check(&s);
    assert!(
        f.iter().any(|x| x.line == line
            && x.severity == Severity::Error
            && x.message.contains("normalizes to nothing")),
        "{f:#?}"
    );
    assert!(
        f.iter().any(|x| x.line == line
            && x.severity == Severity::Warning
            && x.message.contains("no role")),
        "{f:#?}"
    );
}

#[test]
fn a_file_that_does_not_load_gives_one_error_with_its_line() {
    let s = with(
        "actors/roles.tsv",
        "nobody-at-all\t\tLBY\tGOV\tx\t2020\t\ttest\n",
    );
    let line = last_line(&s, "actors/roles.tsv");
    let f = check(&s);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].line, line);
    assert!(f[0].message.contains("unknown person"));
}

#[test]
fn both_spellings_of_an_abd_compound_are_one_too_many() {
    let s = with(
        "actors/people.tsv",
        "abd-test\tAbd Test\tعبد الكريم الفلاني|عبدالكريم الفلاني\t\ttest\n",
    );
    let line = last_line(&s, "actors/people.tsv");
    let f = check(&s);
    assert!(
        f.iter().any(|x| x.line == line
            && x.severity == Severity::Warning
            && x.message.contains("the loader adds the other spelling")),
        "{f:#?}"
    );
}
