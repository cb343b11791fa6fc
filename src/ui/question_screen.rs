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
    /// What the person typed in the age box on this screen (see `State::age_text`).
    pub age_text: Option<String>,
    /// Offer a way straight back to the results (once the person has seen them).
    pub to_results: bool,
}

fn raw(markup: String) -> Html {
    Html::from_html_unchecked(markup.into())
}

/// A plain function rather than a component (no state of its own; every component type costs
/// wasm). One key for every step, so moving between steps patches the same form. Progress,
/// heading and buttons are markup (see `render::screens`); each question is keyed markup whose
/// ticks are set after the render (see `controls`), the typed age a Yew view. Clicks
/// (Back, Skip and "Back to my results" carry `data-act`), changes and the form's submit (Next)
/// reach `App`'s delegated listeners.
pub fn question_screen(p: QuestionProps) -> Html {
    let cat = catalog();
    let steps = questionnaire::steps(&p.profile);
    let total = steps.len();
    let n = questionnaire::position(&p.profile, p.step) + 1;
    html! {
        <main key="question" id="main" class="page question" tabindex="-1">
            <form class="step" novalidate=true>
                { raw(screens::progress(&cat, n, total)) }
                { raw(screens::title(cat.get(step_title(p.step)))) }
                { step_fields(p.step, &p.profile, p.age_text.as_deref()) }
                { raw(screens::step_nav(&cat, n == total, p.to_results)) }
            </form>
        </main>
    }
}
