//! The form fields of each questionnaire step. Each control edits a copy of the profile and emits
//! it; all medical logic (which steps apply, what answers mean) lives outside the UI.

use super::catalog;
use super::controls::{CheckGroup, RadioGroup};
use crate::answers::{choice_spec, matter_label, multi_spec};
use crate::content::{Catalog, Msg};
use crate::evidence::{Evidence, Fig};
use crate::profile::*;
use crate::questionnaire::{self, Question, StepId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub step: StepId,
    pub profile: Profile,
    pub onchange: Callback<Profile>,
}

fn labels(options: &[(&str, Msg)], cat: &Catalog) -> Vec<AttrValue> {
    options
        .iter()
        .map(|(_, m)| AttrValue::from(cat.get(*m)))
        .collect()
}

/// One single-choice question, bound to its profile field.
fn one(c: Choice, p: &StepProps, cat: &Catalog) -> Html {
    let spec = choice_spec(c);
    let help = spec.help.map(|h| {
        if c == Choice::Travel {
            // The only help text with a number: how long counts as a long trip.
            let hours = Evidence::bundled()
                .fig(Fig::FlightHours)
                .whole()
                .to_string();
            AttrValue::from(cat.fill(h, &[("hours", &hours)]))
        } else {
            AttrValue::from(cat.get(h))
        }
    });
    let (profile, on) = (p.profile.clone(), p.onchange.clone());
    let onchange = Callback::from(move |i: usize| {
        let mut np = profile.clone();
        np.set_choice(c, Some(i));
        on.emit(np);
    });
    html! {
        <RadioGroup key={spec.key} name={spec.key} legend={cat.get(spec.question)} {help}
            options={labels(spec.options, cat)} selected={p.profile.choice(c)} {onchange} />
    }
}

/// A multi-select bound to its profile field, with an exclusive "None of these".
fn many(m: Multi, p: &StepProps, cat: &Catalog) -> Html {
    let spec = multi_spec(m);
    let current = p.profile.multi(m);
    let checked: Vec<bool> = (0..spec.options.len())
        .map(|i| current.as_ref().is_some_and(|c| c.contains(&i)))
        .collect();
    let none_checked = current.as_ref().is_some_and(Vec::is_empty);
    // Option `i`, or "None of these" for `None`.
    let emit = Callback::from({
        let (profile, on) = (p.profile.clone(), p.onchange.clone());
        move |i: Option<usize>| {
            let mut np = profile.clone();
            let now = np.multi(m);
            let next = match i {
                Some(i) => {
                    let mut set = now.unwrap_or_default();
                    match set.iter().position(|x| *x == i) {
                        Some(pos) => {
                            set.remove(pos);
                        }
                        None => insert_sorted(&mut set, i),
                    }
                    // Unticking the last box means "not answered", not "none".
                    (!set.is_empty()).then_some(set)
                }
                None if now.as_ref().is_some_and(Vec::is_empty) => None,
                None => Some(Vec::new()),
            };
            np.set_multi(m, next);
            on.emit(np);
        }
    });
    html! {
        <CheckGroup key={spec.key} name={spec.key} legend={cat.get(spec.question)}
            help={Some(AttrValue::from(cat.get(spec.help)))} options={labels(spec.options, cat)}
            {checked} none_label={cat.get(spec.none)} {none_checked}
            ontoggle={emit.reform(Some)} onnone={emit.reform(|()| None)} />
    }
}

/// The questions of one step that apply to this person (see `questionnaire::questions`).
/// Keyed by question, so a follow-up appearing never makes Yew reuse the radio a person just
/// clicked (and focused) for a different question.
#[function_component(StepFields)]
pub fn step_fields(p: &StepProps) -> Html {
    let cat = catalog();
    html! {<>
        { for questionnaire::questions(p.step, &p.profile).into_iter().map(|q| match q {
            Question::Age => html! {
                <AgeField key="age" profile={p.profile.clone()} onchange={p.onchange.clone()} />
            },
            Question::One(c) => one(c, p, &cat),
            Question::Many(m) => many(m, p, &cat),
            Question::Values => html! {
                <ValuesScale key="values" profile={p.profile.clone()} onchange={p.onchange.clone()} />
            },
        }) }
    </>}
}

#[derive(Properties, PartialEq)]
pub struct ValuesProps {
    pub profile: Profile,
    pub onchange: Callback<Profile>,
}

/// "What matters to you": a three-point radio scale per item (no sliders, no dragging).
#[function_component(ValuesScale)]
pub fn values_scale(p: &ValuesProps) -> Html {
    let cat = catalog();
    let scale = [Weight::NotMuch, Weight::ALittle, Weight::ALot];
    let labels: Vec<AttrValue> = [
        Msg::QValuesScaleNot,
        Msg::QValuesScaleLittle,
        Msg::QValuesScaleLot,
    ]
    .iter()
    .map(|m| AttrValue::from(cat.get(*m)))
    .collect();
    let shown: Vec<Matter> = Matter::ALL
        .into_iter()
        .filter(|m| *m != Matter::Pregnancy || p.profile.may_be_pregnant())
        .collect();
    html! {
        <div class="values-scale">
            <p class="help">{ cat.get(Msg::QValuesIntro) }{" "}{ cat.get(Msg::QValuesHelp) }</p>
            { for shown.into_iter().map(|m| {
                let selected = p.profile.weight(m).and_then(|w| scale.iter().position(|s| *s == w));
                let (profile, on) = (p.profile.clone(), p.onchange.clone());
                let onchange = Callback::from(move |i: usize| {
                    let mut np = profile.clone();
                    np.set_weight(m, scale.get(i).copied());
                    on.emit(np);
                });
                let name = format!("matter-{}", Matter::ALL.iter().position(|x| *x == m).unwrap_or(0));
                html! {
                    <RadioGroup name={name} legend={cat.get(matter_label(m))} options={labels.clone()}
                        {selected} {onchange} inline=true />
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AgeProps {
    pub profile: Profile,
    pub onchange: Callback<Profile>,
}

/// Age in whole years. Impossible values get a kind message and are not stored.
#[function_component(AgeField)]
pub fn age_field(p: &AgeProps) -> Html {
    let cat = catalog();
    let raw = use_state(|| p.profile.age.map(|a| a.to_string()).unwrap_or_default());
    let error = use_state(|| false);
    {
        // Keep the box in step with the profile when it changes elsewhere (a link, Back).
        let raw = raw.clone();
        let error = error.clone();
        use_effect_with(p.profile.age, move |v| {
            if let Some(a) = v {
                if raw.trim() != a.to_string() {
                    raw.set(a.to_string());
                    error.set(false);
                }
            }
        });
    }
    let oninput = {
        let (raw, error, profile, on) = (
            raw.clone(),
            error.clone(),
            p.profile.clone(),
            p.onchange.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let text = input.value();
            let t = text.trim();
            let parsed = if t.is_empty() {
                Some(None)
            } else if t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
                t.parse::<u8>().ok().filter(|a| *a <= MAX_AGE).map(Some)
            } else {
                None
            };
            raw.set(text.clone());
            match parsed {
                Some(age) => {
                    error.set(false);
                    let mut np = profile.clone();
                    np.age = age;
                    on.emit(np);
                }
                None => error.set(true),
            }
        })
    };
    html! {
        <div class="field">
            <label for="age" class="label">{ cat.get(Msg::QAboutAge) }</label>
            <p class="help" id="age-help">{ cat.get(Msg::QAboutAgeHelp) }</p>
            <input id="age" name="age" type="text" inputmode="numeric" autocomplete="off" maxlength="3"
                class={classes!("age", (*error).then_some("invalid"))}
                aria-describedby={if *error { "age-help age-error" } else { "age-help" }}
                aria-invalid={if *error { "true" } else { "false" }}
                value={(*raw).clone()} {oninput} />
            if *error {
                <p class="error" id="age-error" role="alert">{ cat.get(Msg::QAboutAgeError) }</p>
            }
        </div>
    }
}
