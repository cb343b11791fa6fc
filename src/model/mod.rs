//! The answer model: what a person can answer and where they are.
//!
//! Layers, lowest first: `screen` (step ids) → `profile` (the answers) → `questionnaire` (which
//! steps and questions apply) → `answers` (the question table: link keys, wording, options) →
//! `share_link` (answers ↔ URL fragment).

pub mod answers;
pub mod profile;
pub mod questionnaire;
pub mod screen;
pub mod share_link;
