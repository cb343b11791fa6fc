//! "What matters to you" on the results page (editable, with which way each value points) and
//! the SURE readiness check.

use super::catalog;
use super::controls::RadioGroup;
use super::steps::ValuesScale;
use crate::content::Msg;
use crate::profile::{Drug, Profile};
use crate::values::{assess, sure_next_steps, Direction, SURE_QUESTIONS};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ValuesProps {
    pub profile: Profile,
    pub drugs: Vec<Drug>,
    pub onchange: Callback<Profile>,
}

#[function_component(ValuesView)]
pub fn values_view(p: &ValuesProps) -> Html {
    let cat = catalog();
    let fit = assess(&p.profile, &cat, &p.drugs);
    // Open the editor at first if nothing is rated yet, then leave it to the person: binding
    // `open` to the answers would fold it shut under their cursor after the first choice.
    let open_at_first = use_state(|| fit.considerations.is_empty());
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
            <div class={classes!("fit-group", class)}>
                <h3>{ cat.get(title) }</h3>
                <ul>{ for items.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
            </div>
        }
    };
    html! {
        <section class="result-section values" id="values" aria-labelledby="h-values">
            <h2 id="h-values" tabindex="-1">{ cat.get(Msg::SecValues) }</h2>
            <p>{ cat.get(Msg::ValuesIntro) }</p>
            <div class="fit" aria-live="polite">
                <p class="leaning"><strong>{ fit.summary.clone() }</strong></p>
                { group(Direction::Toward, Msg::ValuesToward, "toward") }
                { group(Direction::Away, Msg::ValuesAway, "away") }
                { group(Direction::Discuss, Msg::ValuesNeutral, "discuss") }
            </div>
            <details class="edit-values" open={*open_at_first}>
                <summary>{ cat.get(Msg::ValuesChooseTitle) }</summary>
                <ValuesScale profile={p.profile.clone()} onchange={p.onchange.clone()} />
            </details>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SureProps {
    pub profile: Profile,
    pub onchange: Callback<Profile>,
}

#[function_component(SureView)]
pub fn sure_view(p: &SureProps) -> Html {
    let cat = catalog();
    let answers = p.profile.sure;
    let next = sure_next_steps(&answers, &cat);
    let all_yes = answers.iter().all(|a| *a == Some(true));
    let options = vec![
        AttrValue::from(cat.get(Msg::SureYes)),
        AttrValue::from(cat.get(Msg::SureNo)),
    ];
    html! {
        <section class="result-section sure" id="sure" aria-labelledby="h-sure">
            <h2 id="h-sure" tabindex="-1">{ cat.get(Msg::SecSure) }</h2>
            <p>{ cat.get(Msg::SureIntro) }</p>
            { for SURE_QUESTIONS.iter().enumerate().map(|(i, q)| {
                let selected = answers[i].map(|yes| if yes { 0 } else { 1 });
                let (profile, on) = (p.profile.clone(), p.onchange.clone());
                let onchange = Callback::from(move |choice: usize| {
                    let mut np = profile.clone();
                    np.sure[i] = Some(choice == 0);
                    on.emit(np);
                });
                html! {
                    <RadioGroup name={format!("sure-{i}")} legend={cat.get(*q)} options={options.clone()}
                        {selected} {onchange} inline=true />
                }
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
        </section>
    }
}
