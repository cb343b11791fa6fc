//! The clinician review pack: one self-contained HTML file a dermatologist can read in one
//! sitting, generated from the engine itself (`cargo run --example review`).
//!
//! - Every rule, as "when these answers → this text appears". The rules are not written by hand:
//!   the engine is run on sampled answer sets, each answer is changed one at a time to find which
//!   questions a text depends on, the combinations of those answers are tried in full where that
//!   is small enough, and the answer combinations that show the text are merged into readable
//!   clauses. Each rule says how well it matched every answer set tried.
//! - Every figure with its value, denominator, time frame, population, source, place in the
//!   source, confidence, and the texts that use it.
//! - A sign-off block to print, and the content dates.
//!
//! Native only (never in the wasm): it records which texts and figures the engine reads.

mod explore;
mod html;

pub use explore::{explore, is_rule, Answers, Exploration, Rule};

use crate::data::content::{Catalog, Lang};

/// How thoroughly to explore: more answer sets give surer rules and take longer.
#[derive(Clone, Copy, Debug)]
pub struct Effort {
    /// Random answer sets to start from (each answer of each is then changed one at a time).
    pub samples: usize,
    /// Largest number of answer combinations tried in full for one text.
    pub max_combinations: usize,
    /// Random backgrounds each combination is tried against.
    pub backgrounds: usize,
}

impl Effort {
    pub const FULL: Effort = Effort {
        samples: 400,
        max_combinations: 4000,
        backgrounds: 3,
    };
    /// Enough for tests to check that every rule and figure is listed.
    pub const QUICK: Effort = Effort {
        samples: 60,
        max_combinations: 400,
        backgrounds: 2,
    };
}

/// Build the review pack as one HTML page.
pub fn pack(effort: Effort) -> (String, Exploration) {
    let cat = Catalog::for_lang(Lang::En);
    let ex = explore(&cat, effort);
    (html::page(&ex, &cat), ex)
}
