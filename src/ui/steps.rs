//! The form fields of each questionnaire step. Each control edits a copy of the profile and emits
//! it; all medical logic (which steps apply, what answers mean) lives outside the UI.

use super::controls::{check_group, radio_group, CheckProps, RadioProps};
use super::{catalog, with_attrs};
use crate::data::content::{Catalog, Msg};
use crate::data::evidence::{Evidence, Fig};
use crate::model::answers::{choice_spec, matter_label, multi_spec, WEIGHT};
use crate::model::profile::*;
use crate::model::questionnaire::{self, Question, StepId};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn labels(options: &[(&str, Msg)], cat: &Catalog) -> Vec<AttrValue> {
    options
        .iter()
        .map(|(_, m)| AttrValue::from(cat.get(*m)))
        .collect()
}

/// One single-choice question, bound to its profile field.
fn one(c: Choice, profile: &Profile, on: &Callback<Profile>, cat: &Catalog) -> Html {
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
    let selected = profile.choice(c);
    let (profile, on) = (profile.clone(), on.clone());
    let onchange = Callback::from(move |i: usize| {
        let mut np = profile.clone();
        np.set_choice(c, Some(i));
        on.emit(np);
    });
    radio_group(RadioProps {
        name: spec.key.into(),
        legend: cat.get(spec.question).into(),
        help,
        options: labels(spec.options, cat),
        selected,
        onchange,
        inline: false,
    })
}

/// A multi-select bound to its profile field, with an exclusive "None of these".
fn many(m: Multi, profile: &Profile, on: &Callback<Profile>, cat: &Catalog) -> Html {
    let spec = multi_spec(m);
    let current = profile.multi(m);
    let checked: Vec<bool> = (0..spec.options.len())
        .map(|i| current.as_ref().is_some_and(|c| c.contains(&i)))
        .collect();
    let none_checked = current.as_ref().is_some_and(Vec::is_empty);
    // Option `i`, or "None of these" for `None`.
    let emit = Callback::from({
        let (profile, on) = (profile.clone(), on.clone());
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
    check_group(CheckProps {
        name: spec.key.into(),
        legend: cat.get(spec.question).into(),
        help: Some(cat.get(spec.help).into()),
        options: labels(spec.options, cat),
        checked,
        none_label: cat.get(spec.none).into(),
        none_checked,
        ontoggle: emit.reform(Some),
        onnone: emit.reform(|()| None),
    })
}

/// The questions of one step that apply to this person (see `questionnaire::questions`).
/// Each is keyed by question, so a follow-up appearing never makes Yew reuse the radio a
/// person just clicked (and focused) for a different question.
pub fn step_fields(
    step: StepId,
    profile: &Profile,
    onchange: &Callback<Profile>,
    age_text: Option<&str>,
    ontypeage: &Callback<String>,
) -> Html {
    let cat = catalog();
    html! {<>
        { for questionnaire::questions(step, profile).into_iter().map(|q| match q {
            Question::Age => age_field(profile, age_text, ontypeage),
            Question::One(c) => one(c, profile, onchange, &cat),
            Question::Many(m) => many(m, profile, onchange, &cat),
            Question::Values => values_scale(profile, onchange),
        }) }
    </>}
}

/// "What matters to you": a three-point radio scale per item (no sliders, no dragging).
pub fn values_scale(profile: &Profile, onchange: &Callback<Profile>) -> Html {
    let cat = catalog();
    // The scale and its labels come from the one weight table the summaries use too.
    let labels: Vec<AttrValue> = WEIGHT
        .iter()
        .map(|(_, m)| AttrValue::from(cat.get(*m)))
        .collect();
    let shown = crate::model::questionnaire::values(profile);
    html! {
        <div key="values" class="values-scale">
            <p class="help">{ cat.get(Msg::QValuesIntro) }{" "}{ cat.get(Msg::QValuesHelp) }</p>
            { for shown.into_iter().map(|m| {
                let selected = profile.weight(m).and_then(|w| WEIGHT.iter().position(|(s, _)| *s == w));
                let (profile, on) = (profile.clone(), onchange.clone());
                let onchange = Callback::from(move |i: usize| {
                    let mut np = profile.clone();
                    np.set_weight(m, WEIGHT.get(i).map(|(w, _)| *w));
                    on.emit(np);
                });
                let position = Matter::ALL.iter().position(|x| *x == m).unwrap_or(0);
                radio_group(RadioProps {
                    name: ["matter-", &position.to_string()].concat().into(),
                    legend: cat.get(matter_label(m)).into(),
                    help: None,
                    options: labels.clone(),
                    selected,
                    onchange,
                    inline: true,
                })
            }) }
        </div>
    }
}

/// Age in whole years. Impossible values get a kind message and are not stored. `text` is what
/// the person typed on this screen, if anything (see `State::age_text`).
fn age_field(profile: &Profile, text: Option<&str>, ontype: &Callback<String>) -> Html {
    let cat = catalog();
    let error = text.is_some_and(|t| parse_age(t).is_none());
    let value = text.map_or_else(
        || profile.age.map(|a| a.to_string()).unwrap_or_default(),
        str::to_owned,
    );
    let ontype = ontype.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            ontype.emit(input.value());
        }
    });
    let input = with_attrs(
        html! { <input {value} {oninput} /> },
        &[
            "id",
            "name",
            "type",
            "inputmode",
            "autocomplete",
            "maxlength",
            "aria-describedby",
            "aria-invalid",
            "class",
        ],
        vec![
            "age".into(),
            "age".into(),
            "text".into(),
            "numeric".into(),
            "off".into(),
            "3".into(),
            if error {
                "age-help age-error"
            } else {
                "age-help"
            }
            .into(),
            if error { "true" } else { "false" }.into(),
            if error { "age invalid" } else { "age" }.into(),
        ],
    );
    html! {
        <div key="age" class="field">
            <label for="age" class="label">{ cat.get(Msg::QAboutAge) }</label>
            <p class="help" id="age-help">{ cat.get(Msg::QAboutAgeHelp) }</p>
            { input }
            if error {
                <p class="error" id="age-error" role="alert">{ cat.get(Msg::QAboutAgeError) }</p>
            }
        </div>
    }
}
