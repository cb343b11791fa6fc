//! The data the guide is made of, kept outside the code for reviewers: every figure with its
//! source (`evidence.toml`) and every word on screen (`en.toml`). `build.rs` compiles both into
//! typed Rust, so a typo is a compile error and the wasm carries no TOML parser.

pub mod content;
pub mod digits;
pub mod evidence;
