//! One questionnaire step: progress, the step's questions, and Back / Next / Skip.

use super::catalog;
use super::steps::step_fields;
use crate::data::content::Msg;
use crate::model::answers::step_title;
use crate::model::profile::Profile;
use crate::model::questionnaire::{self, StepId};
use yew::prelude::*;

pub struct QuestionProps {
    pub step: StepId,
    pub profile: Profile,
    pub onchange: Callback<Profile>,
    /// What the person typed in the age box on this screen (see `State::age_text`).
    pub age_text: Option<String>,
    pub ontypeage: Callback<String>,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
    pub onskip: Callback<()>,
    /// Shown once the person has seen the results (e.g. after "Change").
    pub onresults: Option<Callback<()>>,
}

/// A plain function rather than a component (no state of its own; every component type costs
/// wasm). One key for every step, so moving between steps patches the same form.
pub fn question_screen(p: QuestionProps) -> Html {
    let cat = catalog();
    let steps = questionnaire::steps(&p.profile);
    let total = steps.len();
    let n = questionnaire::position(&p.profile, p.step) + 1;
    let last = n == total;
    let onsubmit = p.onnext.reform(|e: SubmitEvent| e.prevent_default());
    let step_of = cat.fill(
        Msg::NavStepOf,
        &[("n", &n.to_string()), ("total", &total.to_string())],
    );
    html! {
        <main key="question" id="main" class="page question" tabindex="-1">
            <form class="step" {onsubmit} novalidate=true>
                <div class="progress">
                    <p class="step-of">{ step_of }</p>
                    <progress max={total.to_string()} value={(n - 1).to_string()}
                        aria-label={cat.fill(Msg::A11yProgress, &[("n", &(n - 1).to_string()), ("total", &total.to_string())])}></progress>
                </div>
                <h1 id="screen-title" tabindex="-1">{ cat.get(step_title(p.step)) }</h1>
                { step_fields(p.step, &p.profile, &p.onchange, p.age_text.as_deref(), &p.ontypeage) }
                <div class="nav">
                    <button type="button" class="secondary" onclick={p.onback.reform(|_| ())}>{ cat.get(Msg::NavBack) }</button>
                    <button type="submit" class="primary">{ cat.get(if last { Msg::NavSeeResults } else { Msg::NavNext }) }</button>
                    <button type="button" class="link" onclick={p.onskip.reform(|_| ())}>{ cat.get(Msg::NavSkip) }</button>
                    if let Some(cb) = &p.onresults {
                        if !last {
                            <button type="button" class="link" onclick={cb.reform(|_| ())}>{ cat.get(Msg::NavToResults) }</button>
                        }
                    }
                </div>
            </form>
        </main>
    }
}
