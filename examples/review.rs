//! Write the clinician review pack: one self-contained HTML file listing every rule ("when these
//! answers → this text appears", found by running the engine), every figure with its source,
//! and a sign-off block.
//!
//!   cargo run --release --example review [-- path/to/review-pack.html]

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/review-pack.html".to_owned());
    let start = std::time::Instant::now();
    let (html, ex) = aa_decision_aid::review::pack(aa_decision_aid::review::Effort::FULL);
    if let Some(dir) = std::path::Path::new(&out).parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(&out, html).expect("write the review pack");
    let exact = ex.rules.iter().filter(|r| r.matched == r.tried).count();
    println!(
        "Wrote {out}: {} rules ({exact} matched every answer set), {} answer sets, {:.1} s",
        ex.rules.len(),
        ex.answer_sets,
        start.elapsed().as_secs_f64()
    );
    if !ex.unreached.is_empty() {
        let keys: Vec<&str> = ex.unreached.iter().map(|m| m.key()).collect();
        println!("Texts never reached: {}", keys.join(", "));
    }
}
