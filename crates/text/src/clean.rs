//! stub
pub struct Cleaned {
    pub blocks: Vec<std::ops::Range<usize>>,
}
pub fn clean(text: &str) -> Cleaned {
    Cleaned {
        blocks: vec![0..text.len()],
    }
}
