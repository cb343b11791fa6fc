//! "What matters to you" (in the last step and, editable, on the results, with which way each
//! value points) and the SURE readiness check. Three-point radio scales: no sliders, nothing to
//! drag.

use super::controls::RadioGroup;
use super::use_catalog;
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::engine::values::{assess, sure_next_steps, Direction, SURE_QUESTIONS};
use crate::model::answers::{matter_label, WEIGHT};
use crate::model::profile::{Drug, Matter, Profile};
use crate::model::questionnaire;
use crate::state::Answer;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValuesScaleProps {
    pub profile: Profile,
    pub on_answer: Callback<Answer>,
}

/// A three-point scale for each thing that may matter (the items shown depend on other
/// answers, such as pregnancy plans, never on these).
#[function_component(ValuesScale)]
pub fn values_scale(p: &ValuesScaleProps) -> Html {
    let cat = use_catalog();
    // The scale and its labels come from the one weight table the summaries use too.
    let options: Vec<AttrValue> = WEIGHT.iter().map(|(_, m)| cat.get(*m).into()).collect();
    let intro = [cat.get(Msg::QValuesIntro), " ", cat.get(Msg::QValuesHelp)].concat();
    html! {
        <div class="values-scale">
            <p class="help">{ intro }</p>
            // A list of its own: items appearing (pregnancy plans) never shift the intro.
            <>{ for questionnaire::values(&p.profile).into_iter().map(|m| {
                let selected = p.profile.weight(m).and_then(|w| WEIGHT.iter().position(|(s, _)| *s == w));
                let position = Matter::ALL.iter().position(|x| *x == m).unwrap_or(0);
                let name: AttrValue = ["matter-", &position.digits()].concat().into();
                html! {
                    <RadioGroup key={name.to_string()} name={name.clone()} legend={cat.get(matter_label(m))}
                        options={options.clone()} {selected} inline=true
                        on_select={p.on_answer.reform(move |i| Answer::Weight(m, i))} />
                }
            }) }</>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ValuesPartProps {
    pub profile: Profile,
    /// The medicines this person's results cover.
    pub drugs: Vec<Drug>,
    pub on_answer: Callback<Answer>,
}

/// "What matters to you" on the results: which way each value points, then the scale to change
/// them.
#[function_component(ValuesPart)]
pub fn values_part(p: &ValuesPartProps) -> Html {
    let cat = use_catalog();
    let fit = assess(&p.profile, &cat, &p.drugs);
    let group = |d: Direction, title: Msg, class: &'static str| {
        let items: Vec<_> = fit
            .considerations
            .iter()
            .filter(|c| c.direction == d)
            .collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <div {class}>
                <h3>{ cat.get(title) }</h3>
                <ul>
                    { for items.into_iter().map(|c| html! {
                        <li>
                            if c.from_answers {
                                <span class="tag">{ cat.get(Msg::ValuesFromAnswers) }</span>{ " " }
                            }
                            { c.text.clone() }
                        </li>
                    }) }
                </ul>
            </div>
        }
    };
    html! {
        <>
            <p>{ cat.get(Msg::ValuesIntro) }</p>
            <div class="fit" aria-live="polite">
                <p class="leaning"><strong>{ fit.summary.clone() }</strong></p>
                { group(Direction::Toward, Msg::ValuesToward, "fit-group toward") }
                { group(Direction::Away, Msg::ValuesAway, "fit-group away") }
                { group(Direction::Discuss, Msg::ValuesNeutral, "fit-group discuss") }
            </div>
            <h3>{ cat.get(Msg::ValuesChooseTitle) }</h3>
            <ValuesScale profile={p.profile.clone()} on_answer={p.on_answer.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SureCheckProps {
    pub sure: [Option<bool>; 4],
    pub on_answer: Callback<Answer>,
}

/// The SURE check (Légaré 2010): four yes/no questions; any "no" points to what to do next.
#[function_component(SureCheck)]
pub fn sure_check(p: &SureCheckProps) -> Html {
    let cat = use_catalog();
    let next = sure_next_steps(&p.sure, &cat);
    let all_yes = p.sure.iter().all(|a| *a == Some(true));
    let options: Vec<AttrValue> = vec![cat.get(Msg::SureYes).into(), cat.get(Msg::SureNo).into()];
    html! {
        <>
            <p>{ cat.get(Msg::SureIntro) }</p>
            { for SURE_QUESTIONS.iter().enumerate().map(|(i, q)| {
                // Option 0 is "yes", option 1 "no".
                let selected = p.sure[i].map(|yes| if yes { 0 } else { 1 });
                let name: AttrValue = ["sure-", &i.digits()].concat().into();
                html! {
                    <RadioGroup key={name.to_string()} name={name.clone()} legend={cat.get(*q)} options={options.clone()}
                        {selected} inline=true on_select={p.on_answer.reform(move |o| Answer::Sure(i, o == 0))} />
                }
            }) }
            <div aria-live="polite">
                if all_yes {
                    <p class="notice">{ cat.get(Msg::SureAllYes) }</p>
                }
                if !next.is_empty() {
                    <div class="notice">
                        <h3>{ cat.get(Msg::SureNextTitle) }</h3>
                        <ul>{ for next.into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                    </div>
                }
            </div>
        </>
    }
}
