//! The form fields of each questionnaire step. Changes reach `App`'s delegated listeners, which
//! edit a copy of the profile; all medical logic (which steps apply, what answers mean) lives
//! outside the UI.

use super::controls::{check_group, keyed, radio_group, radios, CheckProps, RadioProps};
use super::{catalog, with_attrs};
use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::data::evidence::{Evidence, Fig};
use crate::model::answers::{choice_spec, matter_label, multi_spec, WEIGHT};
use crate::model::profile::*;
use crate::model::questionnaire::{self, Question, StepId};
use crate::render::screens;
use yew::prelude::*;

fn labels(options: &[(&str, Msg)], cat: &Catalog) -> Vec<AttrValue> {
    options
        .iter()
        .map(|(_, m)| AttrValue::from(cat.get(*m)))
        .collect()
}

/// One single-choice question, bound to its profile field.
fn one(c: Choice, profile: &Profile, cat: &Catalog) -> Html {
    let spec = choice_spec(c);
    let help = spec.help.map(|h| {
        if c == Choice::Travel {
            // The only help text with a number: how long counts as a long trip.
            let hours = Evidence::bundled().fig(Fig::FlightHours).whole().digits();
            AttrValue::from(cat.fill(h, &[("hours", &hours)]))
        } else {
            AttrValue::from(cat.get(h))
        }
    });
    let selected = profile.choice(c);
    radio_group(RadioProps {
        name: spec.key.into(),
        legend: cat.get(spec.question).into(),
        help,
        options: labels(spec.options, cat),
        selected,
        inline: false,
    })
}

/// A multi-select bound to its profile field, with an exclusive "None of these".
fn many(m: Multi, profile: &Profile, cat: &Catalog) -> Html {
    let spec = multi_spec(m);
    let current = profile.multi(m);
    let checked: Vec<bool> = (0..spec.options.len())
        .map(|i| current.as_ref().is_some_and(|c| c.contains(&i)))
        .collect();
    let none_checked = current.as_ref().is_some_and(Vec::is_empty);
    check_group(CheckProps {
        name: spec.key.into(),
        legend: cat.get(spec.question).into(),
        help: Some(cat.get(spec.help).into()),
        options: labels(spec.options, cat),
        checked,
        none_label: cat.get(spec.none).into(),
        none_checked,
    })
}

/// Tick or untick option `i` of a multi-select, or "None of these" for `None`.
pub fn toggle_multi(profile: &mut Profile, m: Multi, i: Option<usize>) {
    let now = profile.multi(m);
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
    profile.set_multi(m, next);
}

/// The questions of one step that apply to this person (see `questionnaire::questions`).
/// Each is keyed by question, so a follow-up appearing never makes Yew reuse the radio a
/// person just clicked (and focused) for a different question.
pub fn step_fields(step: StepId, profile: &Profile, age_text: Option<&str>) -> Html {
    let cat = catalog();
    html! {<>
        { for questionnaire::questions(step, profile).into_iter().map(|q| match q {
            Question::Age => age_field(profile, age_text),
            Question::One(c) => one(c, profile, &cat),
            Question::Many(m) => many(m, profile, &cat),
            Question::Values => values_scale(profile),
        }) }
    </>}
}

/// "What matters to you": a three-point radio scale per item (no sliders, no dragging). One
/// piece of markup: which items are shown does not depend on these answers, so answering never
/// replaces it (the ticks are set after the render, see `controls`).
pub fn values_scale(profile: &Profile) -> Html {
    let cat = catalog();
    // The scale and its labels come from the one weight table the summaries use too.
    let labels: Vec<&str> = WEIGHT.iter().map(|(_, m)| cat.get(*m)).collect();
    let intro = [cat.get(Msg::QValuesIntro), " ", cat.get(Msg::QValuesHelp)].concat();
    let mut markup = [
        "<div class=\"values-scale\">",
        &screens::el("p", "help", &intro),
    ]
    .concat();
    for m in crate::model::questionnaire::values(profile) {
        let selected = profile
            .weight(m)
            .and_then(|w| WEIGHT.iter().position(|(s, _)| *s == w));
        let position = Matter::ALL.iter().position(|x| *x == m).unwrap_or(0);
        let name = ["matter-", &position.digits()].concat();
        markup.push_str(&radios(
            &name,
            cat.get(matter_label(m)),
            None,
            &labels,
            selected,
            true,
        ));
    }
    markup.push_str("</div>");
    keyed("values", markup)
}

/// Age in whole years. Impossible values get a kind message and are not stored. `text` is what
/// the person typed on this screen, if anything (see `State::age_text`).
fn age_field(profile: &Profile, text: Option<&str>) -> Html {
    let cat = catalog();
    let error = text.is_some_and(|t| parse_age(t).is_none());
    let value = text.map_or_else(
        || profile.age.map(|a| a.digits()).unwrap_or_default(),
        str::to_owned,
    );
    let input = with_attrs(
        html! { <input {value} /> },
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
            Some("age".into()),
            Some("age".into()),
            Some("text".into()),
            Some("numeric".into()),
            Some("off".into()),
            Some("3".into()),
            Some(
                if error {
                    "age-help age-error"
                } else {
                    "age-help"
                }
                .into(),
            ),
            Some(if error { "true" } else { "false" }.into()),
            Some(if error { "age invalid" } else { "age" }.into()),
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
