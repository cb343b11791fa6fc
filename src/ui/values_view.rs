//! "What matters to you" on the results page (editable, with which way each value points) and
//! the SURE readiness check.

use super::controls::{radio_group, RadioProps};
use super::steps::values_scale;
use super::{catalog, raw_el, with_attrs};
use crate::data::content::Msg;
use crate::engine::values::{assess, sure_next_steps, Direction, SURE_QUESTIONS};
use crate::model::profile::{Drug, Profile};
use yew::prelude::*;

/// "What matters to you" (the body of its part of the results): which way each value points,
/// and the scale to change them.
pub fn values_view(profile: &Profile, drugs: &[Drug], onchange: &Callback<Profile>) -> Html {
    let cat = catalog();
    let fit = assess(profile, &cat, drugs);
    let group = |d: Direction, title: Msg, class: &'static str| {
        let items: Vec<_> = fit
            .considerations
            .iter()
            .filter(|c| c.direction == d)
            .collect();
        if items.is_empty() {
            return html! {};
        }
        let div = html! {
            <div>
                <h3>{ cat.get(title) }</h3>
                <ul>{ for items.iter().map(|c| html! {
                    <li>
                        if c.from_answers { <span class="tag">{ cat.get(Msg::ValuesFromAnswers) }</span>{" "} }
                        { c.text.clone() }
                    </li>
                }) }</ul>
            </div>
        };
        with_attrs(div, &["class"], vec![class.into()])
    };
    html! {
        <>
            { raw_el("p", "", cat.get(Msg::ValuesIntro)) }
            <div class="fit" aria-live="polite">
                <p class="leaning"><strong>{ fit.summary.clone() }</strong></p>
                { group(Direction::Toward, Msg::ValuesToward, "fit-group toward") }
                { group(Direction::Away, Msg::ValuesAway, "fit-group away") }
                { group(Direction::Discuss, Msg::ValuesNeutral, "fit-group discuss") }
            </div>
            { raw_el("h3", "", cat.get(Msg::ValuesChooseTitle)) }
            { values_scale(profile, onchange) }
        </>
    }
}

/// The SURE check. A plain function rather than a component (no state of its own).
pub fn sure_view(profile: &Profile, onchange: &Callback<Profile>) -> Html {
    let cat = catalog();
    let answers = profile.sure;
    let next = sure_next_steps(&answers, &cat);
    let all_yes = answers.iter().all(|a| *a == Some(true));
    let options = vec![
        AttrValue::from(cat.get(Msg::SureYes)),
        AttrValue::from(cat.get(Msg::SureNo)),
    ];
    html! {
        <>
            { raw_el("p", "", cat.get(Msg::SureIntro)) }
            { for SURE_QUESTIONS.iter().enumerate().map(|(i, q)| {
                let selected = answers[i].map(|yes| if yes { 0 } else { 1 });
                let (profile, on) = (profile.clone(), onchange.clone());
                let onchange = Callback::from(move |choice: usize| {
                    let mut np = profile.clone();
                    np.sure[i] = Some(choice == 0);
                    on.emit(np);
                });
                radio_group(RadioProps {
                    name: ["sure-", &i.to_string()].concat().into(),
                    legend: cat.get(*q).into(),
                    help: None,
                    options: options.clone(),
                    selected,
                    onchange,
                    inline: true,
                })
            }) }
            <div aria-live="polite">
                if all_yes { <p class="notice">{ cat.get(Msg::SureAllYes) }</p> }
                if !next.is_empty() {
                    <div class="notice">
                        <h3>{ cat.get(Msg::SureNextTitle) }</h3>
                        <ul>{ for next.iter().map(|n| html! { <li>{ n.clone() }</li> }) }</ul>
                    </div>
                }
            </div>
        </>
    }
}
