//! The personalisation engine: answers + evidence + text catalog → an [`Explanation`].
//!
//! Pure Rust with no web types, tested natively. Each section lives in its own module and skips
//! itself (returns no blocks) when it does not apply.

mod benefits;
mod brief;
mod checklist;
mod eligibility;
mod expect;
mod knowledge;
mod life_stage;
pub mod model;
mod options;
mod questions;
mod risk_profile;
mod risks;
mod summary;
pub mod trace;
pub mod values;
mod warning;
mod writer;

pub use eligibility::eligible;
pub use model::*;
pub use questions::ALL_IDS as QUESTION_IDS;
pub use risk_profile::{
    clot_factors, heart_cancer_low, is_low_risk, other_risks, shared_features, ClotFactor, Feature,
    OtherRisk,
};

use crate::data::content::{Catalog, Msg};
use crate::data::evidence::Evidence;
use crate::model::profile::{Drug, DrugFocus, Profile};
use writer::Writer;

/// The part of the answers the explanation depends on. Readiness answers, ticked questions, the
/// screen, and values other than eyebrows, eyelashes and body hair don't change it, so the UI
/// can skip recomputing when only those change.
pub fn explanation_inputs(p: &Profile) -> Profile {
    use crate::model::profile::{Matter, Weight};
    let mut key = Profile {
        sure: [None; 4],
        ask: Vec::new(),
        screen: None,
        matters: Vec::new(),
        matters_some: Vec::new(),
        matters_not: Vec::new(),
        ..p.clone()
    };
    for m in [Matter::Brows, Matter::Lashes, Matter::Body] {
        if matches!(p.weight(m), Some(Weight::ALot | Weight::ALittle)) {
            key.matters.push(m);
        }
    }
    key
}

/// Build the explanation for `profile`. `shown` lists the medicines the clinic chose to show
/// (all three by default).
pub fn explain(profile: &Profile, ev: &Evidence, cat: &Catalog, shown: &[Drug]) -> Explanation {
    // Answers hidden by other answers (pregnancy questions after "male") never shape the result.
    let mut pruned = profile.clone();
    crate::model::questionnaire::prune(&mut pruned);
    let profile = &pruned;
    let drugs = eligible(profile, shown);
    let mut w = Writer::new(profile, ev, cat, &drugs);

    let (focus, focus_note) = match profile.drug {
        Some(DrugFocus::One(d)) if drugs.contains(&d) => (
            Some(d),
            Some(w.f(Msg::ResultsClinicianFocus, &[("drug", w.drug_name(d))])),
        ),
        Some(DrugFocus::One(d)) => (
            None,
            Some(w.f(Msg::ResultsFocusNotEligible, &[("drug", w.drug_name(d))])),
        ),
        _ => (None, None),
    };

    let summary = summary::lines(&mut w);
    let brief = brief::build(&mut w);
    let parts = [
        (
            SectionId::Benefits,
            Msg::SecBenefits,
            benefits::blocks(&mut w),
        ),
        (SectionId::Warning, Msg::SecWarning, warning::blocks(&mut w)),
        (
            SectionId::LifeStage,
            Msg::SecLife,
            life_stage::blocks(&mut w),
        ),
        (SectionId::Risks, Msg::SecRisks, risks::blocks(&mut w)),
        (SectionId::Options, Msg::SecOptions, options::blocks(&mut w)),
        (
            SectionId::Checklist,
            Msg::SecChecklist,
            checklist::blocks(&mut w),
        ),
        (SectionId::Expect, Msg::SecExpect, expect::blocks(&mut w)),
        (
            SectionId::Questions,
            Msg::SecQuestions,
            questions::blocks(&mut w),
        ),
    ];
    let sections = parts
        .into_iter()
        .filter(|(_, _, blocks)| !blocks.is_empty())
        .map(|(id, title, blocks)| Section {
            id,
            title: w.t(title),
            blocks,
        })
        .collect();
    let quiz = knowledge::build(&mut w);

    Explanation {
        summary,
        brief,
        sections,
        sources: w.into_sources(),
        quiz,
        drugs,
        focus,
        focus_note,
    }
}
