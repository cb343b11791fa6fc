//! One questionnaire step: progress, the step's questions, and Back / Next / Skip. Which
//! questions apply, and what each answer means, is decided outside the UI
//! (`model::questionnaire`, `state::answer`).

use super::controls::{AgeField, CheckGroup, RadioGroup};
use super::use_catalog;
use super::values::ValuesScale;
use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::data::evidence::{Evidence, Fig};
use crate::model::answers::{choice_spec, multi_spec, step_title};
use crate::model::profile::{parse_age, Choice, Multi, Profile, Screen};
use crate::model::questionnaire::{self, Question, StepId};
use crate::state::{Action, Answer};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub step: StepId,
    pub profile: Profile,
    /// What the person typed in the age box on this screen (see `State::age_text`).
    pub age_text: Option<AttrValue>,
    /// Offer a way straight back to the results (once the person has seen them).
    pub to_results: bool,
    pub on_action: Callback<Action>,
}

fn labels(options: &[(&str, Msg)], cat: &Catalog) -> Vec<AttrValue> {
    options.iter().map(|(_, m)| cat.get(*m).into()).collect()
}

/// A step of the questionnaire. One key for every step, so moving between steps patches the
/// same form; each question is keyed by its own name.
#[function_component(QuestionScreen)]
pub fn question_screen(p: &QuestionScreenProps) -> Html {
    let cat = use_catalog();
    let steps = questionnaire::steps(&p.profile);
    let total = steps.len();
    let n = questionnaire::position(&p.profile, p.step) + 1;
    let last = n == total;
    let answer = p.on_action.reform(Action::Answer);
    let act = |a: Action| super::on_click(&p.on_action, a);
    let on_submit = p.on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    let fields = questionnaire::questions(p.step, &p.profile)
        .into_iter()
        .map(|q| match q {
            Question::Age => age(&p.profile, p.age_text.as_deref(), &p.on_action, &cat),
            Question::One(c) => one(c, &p.profile, &answer, &cat),
            Question::Many(m) => many(m, &p.profile, &answer, &cat),
            Question::Values => html! {
                <ValuesScale key="values" profile={p.profile.clone()} on_answer={answer.clone()} />
            },
        });
    let (done, n_text, total_text) = ((n - 1).digits(), n.digits(), total.digits());
    html! {
        <main key="question" id="main" class="page question" tabindex="-1">
            <form class="step" novalidate=true onsubmit={on_submit}>
                <div class="progress">
                    <p class="step-of">{ cat.fill(Msg::NavStepOf, &[("n", &n_text), ("total", &total_text)]) }</p>
                    <progress max={total_text.clone()} value={done.clone()}
                        aria-label={cat.fill(Msg::A11yProgress, &[("n", &done), ("total", &total_text)])}></progress>
                </div>
                <h1 id="screen-title" tabindex="-1">{ cat.get(step_title(p.step)) }</h1>
                // A list of its own, so questions appearing never shift the fixed parts around it.
                <>{ for fields }</>
                <div class="nav">
                    <button type="button" class="secondary" onclick={act(Action::Back)}>{ cat.get(Msg::NavBack) }</button>
                    <button type="submit" class="primary">
                        { cat.get(if last { Msg::NavSeeResults } else { Msg::NavNext }) }
                    </button>
                    <button type="button" class="link" onclick={act(Action::Skip)}>{ cat.get(Msg::NavSkip) }</button>
                    if p.to_results && !last {
                        <button type="button" class="link" onclick={act(Action::GoTo(Screen::Results))}>
                            { cat.get(Msg::NavToResults) }
                        </button>
                    }
                </div>
            </form>
        </main>
    }
}

/// The age box: what was typed on this screen, else the stored age.
fn age(profile: &Profile, typed: Option<&str>, on: &Callback<Action>, cat: &Catalog) -> Html {
    let error = typed
        .is_some_and(|t| parse_age(t).is_none())
        .then(|| AttrValue::from(cat.get(Msg::QAboutAgeError)));
    let value = typed.map_or_else(
        || profile.age.map(|a| a.digits()).unwrap_or_default(),
        str::to_owned,
    );
    html! {
        <AgeField key="age" label={cat.get(Msg::QAboutAge)} help={cat.get(Msg::QAboutAgeHelp)}
            value={value} {error} on_input={on.reform(Action::TypeAge)} />
    }
}

/// One single-choice question.
fn one(c: Choice, profile: &Profile, answer: &Callback<Answer>, cat: &Catalog) -> Html {
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
    html! {
        <RadioGroup key={spec.key} name={spec.key} legend={cat.get(spec.question)} {help}
            options={labels(spec.options, cat)} selected={profile.choice(c)}
            on_select={answer.reform(move |i| Answer::Choice(c, i))} />
    }
}

/// A "tick all that apply" question with an exclusive "None of these".
fn many(m: Multi, profile: &Profile, answer: &Callback<Answer>, cat: &Catalog) -> Html {
    let spec = multi_spec(m);
    let current = profile.multi(m);
    let checked = (0..spec.options.len())
        .map(|i| current.as_ref().is_some_and(|c| c.contains(&i)))
        .collect::<Vec<_>>();
    html! {
        <CheckGroup key={spec.key} name={spec.key} legend={cat.get(spec.question)}
            help={Some(AttrValue::from(cat.get(spec.help)))} options={labels(spec.options, cat)}
            {checked} none_label={cat.get(spec.none)}
            none_checked={current.as_ref().is_some_and(Vec::is_empty)}
            on_toggle={answer.reform(move |i| Answer::Multi(m, i))} />
    }
}
