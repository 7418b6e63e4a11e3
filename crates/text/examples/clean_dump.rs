//! Print the kept blocks of a text file (debugging aid for the cleaner).
fn main() {
    for path in std::env::args().skip(1) {
        let bytes = std::fs::read(&path).expect("read");
        let d = rasid_text::decode(&bytes).expect("decode");
        let c = rasid_text::clean(&d.text);
        println!("=== {path} ({} blocks)", c.blocks.len());
        for b in c.texts(&d.text) {
            println!("  | {b}");
        }
    }
}
