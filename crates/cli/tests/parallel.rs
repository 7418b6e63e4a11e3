//! `rasid extract --threads N` writes the same bytes, in input order, for any N.

mod common;

use common::{rasid, seed};

#[test]
fn output_is_the_same_bytes_on_one_and_several_threads() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for i in 0..60 {
        let n = ["000", "001", "002", "003", "004"][i % 5];
        let t = std::fs::read_to_string(seed(n)).unwrap();
        // Uneven sizes, so that workers finish out of order.
        let text = t.repeat(1 + i % 3);
        jsonl.push_str(&serde_json::json!({"id": format!("p{i:02}"), "text": text}).to_string());
        jsonl.push('\n');
        if i == 30 {
            jsonl.push_str("not json\n");
        }
    }
    let path = dir.path().join("many.jsonl");
    std::fs::write(&path, &jsonl).unwrap();
    let p = path.to_str().unwrap();
    let one = rasid(&["extract", "--threads", "1", p], None);
    assert_eq!(one.status.code(), Some(1), "the broken line fails");
    assert!(!one.stdout.is_empty());
    for n in ["2", "3", "8"] {
        let many = rasid(&["extract", "--threads", n, p], None);
        assert_eq!(many.status.code(), one.status.code());
        assert!(
            one.stdout == many.stdout,
            "--threads {n} changed the output"
        );
        assert_eq!(
            String::from_utf8_lossy(&one.stderr),
            String::from_utf8_lossy(&many.stderr)
        );
        let table1 = rasid(&["extract", "--threads", "1", "--format", "table", p], None);
        let table_n = rasid(&["extract", "--threads", n, "--format", "table", p], None);
        assert!(
            table1.stdout == table_n.stdout,
            "--threads {n} changed the table"
        );
    }
}
