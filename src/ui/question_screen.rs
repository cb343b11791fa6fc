//! One questionnaire step: progress, the step's questions, and Back / Next / Skip.

use super::catalog;
use super::steps::step_fields;
use crate::model::answers::step_title;
use crate::model::profile::Profile;
use crate::model::questionnaire::{self, StepId};
use crate::render::screens;
use yew::prelude::*;

pub struct QuestionProps {
    pub step: StepId,
    pub profile: Profile,
    pub onchange: Callback<Profile>,
    /// What the person typed in the age box on this screen (see `State::age_text`).
    pub age_text: Option<String>,
    pub ontypeage: Callback<String>,
    pub onnext: Callback<()>,
    /// The screen's delegated click listener (Back, Skip and "Back to my results" carry
    /// `data-act`).
    pub onclick: Callback<MouseEvent>,
    /// Offer a way straight back to the results (once the person has seen them).
    pub to_results: bool,
}

fn raw(markup: String) -> Html {
    Html::from_html_unchecked(markup.into())
}

/// A plain function rather than a component (no state of its own; every component type costs
/// wasm). One key for every step, so moving between steps patches the same form. Progress,
/// heading and buttons are markup (see `render::screens`); the questions are Yew views.
pub fn question_screen(p: QuestionProps) -> Html {
    let cat = catalog();
    let steps = questionnaire::steps(&p.profile);
    let total = steps.len();
    let n = questionnaire::position(&p.profile, p.step) + 1;
    let onsubmit = p.onnext.reform(|e: SubmitEvent| e.prevent_default());
    html! {
        <main key="question" id="main" class="page question" tabindex="-1">
            <form class="step" {onsubmit} onclick={p.onclick} novalidate=true>
                { raw(screens::progress(&cat, n, total)) }
                { raw(screens::title(cat.get(step_title(p.step)))) }
                { step_fields(p.step, &p.profile, &p.onchange, p.age_text.as_deref(), &p.ontypeage) }
                { raw(screens::step_nav(&cat, n == total, p.to_results)) }
            </form>
        </main>
    }
}
