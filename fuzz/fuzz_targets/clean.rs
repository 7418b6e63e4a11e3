//! Fuzz the reading stages of rasid-text: decode arbitrary bytes, extract HTML, clean,
//! split sentences and normalize; none may panic, and every range must index the text.
//!
//! `cargo +nightly fuzz run clean -- -max_total_time=60`
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = rasid_text::decode(data) else {
        return;
    };
    let doc = rasid_text::html_to_text(&decoded.text);
    for text in [decoded.text.as_str(), doc.text.as_str()] {
        let cleaned = rasid_text::clean(text);
        for b in &cleaned.blocks {
            assert!(text.get(b.clone()).is_some(), "block {b:?} is not a range of the text");
        }
        for r in rasid_text::sentences(text, &cleaned.blocks) {
            let s = &text[r];
            let n = rasid_text::normalize(s);
            let o = n.original_range(0..n.text.len());
            assert!(s.get(o).is_some());
        }
    }
});
