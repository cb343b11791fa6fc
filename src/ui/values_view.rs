//! "What matters to you" on the results page (editable, with which way each value points) and
//! the SURE readiness check.

use super::controls::radios;
use super::steps::values_scale;
use super::{catalog, raw, raw_el};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::engine::values::{assess, sure_next_steps, SURE_QUESTIONS};
use crate::model::profile::{Drug, Profile};
use crate::render::screens;
use yew::prelude::*;

/// "What matters to you" (the body of its part of the results): which way each value points,
/// and the scale to change them.
pub fn values_view(profile: &Profile, drugs: &[Drug]) -> Html {
    let cat = catalog();
    let fit = assess(profile, &cat, drugs);
    html! {
        <>
            { raw_el("p", "", cat.get(Msg::ValuesIntro)) }
            <div class="fit" aria-live="polite">
                { raw(screens::fit(&fit, &cat)) }
            </div>
            { raw_el("h3", "", cat.get(Msg::ValuesChooseTitle)) }
            { values_scale(profile) }
        </>
    }
}

/// The SURE check. A plain function rather than a component (no state of its own). The
/// questions are one piece of markup that answering never changes (ticks set after the render,
/// see `controls`); the next steps under them follow the answers.
pub fn sure_view(profile: &Profile) -> Html {
    let cat = catalog();
    let answers = profile.sure;
    let next = sure_next_steps(&answers, &cat);
    let all_yes = answers.iter().all(|a| *a == Some(true));
    let options = [cat.get(Msg::SureYes), cat.get(Msg::SureNo)];
    let mut questions = screens::el("p", "", cat.get(Msg::SureIntro));
    for (i, q) in SURE_QUESTIONS.iter().enumerate() {
        // Option 0 is "yes", option 1 "no".
        let selected = answers[i].map(|yes| if yes { 0 } else { 1 });
        questions.push_str(&radios(
            &["sure-", &i.digits()].concat(),
            cat.get(*q),
            None,
            &options,
            selected,
            true,
        ));
    }
    html! {
        <>
            { raw(questions) }
            <div aria-live="polite">
                { raw(screens::notice_list(all_yes.then(|| cat.get(Msg::SureAllYes)), cat.get(Msg::SureNextTitle), &next)) }
            </div>
        </>
    }
}
