//! The form fields of each questionnaire step. Each control edits a copy of the profile and emits
//! it; all medical logic (which steps apply, what answers mean) lives outside the UI.

use super::catalog;
use super::controls::{CheckGroup, RadioGroup};
use crate::answers::{self as opts, matter_label};
use crate::content::{Catalog, Msg};
use crate::profile::*;
use crate::questionnaire::StepId;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub step: StepId,
    pub profile: Profile,
    pub onchange: Callback<Profile>,
}

/// Sets a field from the index of the chosen option.
type Setter = Rc<dyn Fn(&mut Profile, usize)>;
/// Toggles option `i` of a set field, or "None of these" for `None`.
type Toggler = Rc<dyn Fn(&mut Profile, Option<usize>)>;

/// One single-choice question bound to a profile field. The generic part is kept tiny; the
/// markup is built once in `radio_core` (every generic copy costs wasm bytes).
#[allow(clippy::too_many_arguments)]
fn radio<T: Copy + PartialEq + 'static>(
    cat: &Catalog,
    name: &'static str,
    legend: Msg,
    help: Option<Msg>,
    opts: &'static [(T, Msg)],
    current: Option<T>,
    p: &StepProps,
    set: fn(&mut Profile, T),
) -> Html {
    let help = help.map(|h| AttrValue::from(cat.get(h)));
    radio_help(cat, name, legend, help, opts, current, p, set)
}

/// As `radio`, with help text already filled in.
#[allow(clippy::too_many_arguments)]
fn radio_help<T: Copy + PartialEq + 'static>(
    cat: &Catalog,
    name: &'static str,
    legend: Msg,
    help: Option<AttrValue>,
    opts: &'static [(T, Msg)],
    current: Option<T>,
    p: &StepProps,
    set: fn(&mut Profile, T),
) -> Html {
    let labels: Vec<Msg> = opts.iter().map(|(_, m)| *m).collect();
    let selected = current.and_then(|c| opts.iter().position(|(v, _)| *v == c));
    let setter = Rc::new(move |p: &mut Profile, i: usize| {
        if let Some((v, _)) = opts.get(i) {
            set(p, *v);
        }
    });
    radio_core(cat, name, legend, help, &labels, selected, p, setter)
}

#[allow(clippy::too_many_arguments)]
fn radio_core(
    cat: &Catalog,
    name: &'static str,
    legend: Msg,
    help: Option<AttrValue>,
    labels: &[Msg],
    selected: Option<usize>,
    p: &StepProps,
    set: Setter,
) -> Html {
    let profile = p.profile.clone();
    let on = p.onchange.clone();
    let onchange = Callback::from(move |i: usize| {
        let mut np = profile.clone();
        set(&mut np, i);
        on.emit(np);
    });
    html! {
        <RadioGroup name={name} legend={cat.get(legend)} {help}
            options={labels.iter().map(|m| AttrValue::from(cat.get(*m))).collect::<Vec<_>>()}
            {selected} {onchange} />
    }
}

fn yes_no(
    cat: &Catalog,
    name: &'static str,
    legend: Msg,
    current: Option<bool>,
    p: &StepProps,
    set: fn(&mut Profile, bool),
) -> Html {
    radio(cat, name, legend, None, opts::YES_NO, current, p, set)
}

/// A multi-select bound to a set field, with an exclusive "None of these".
#[allow(clippy::too_many_arguments)]
fn checks<T: Copy + PartialEq + Ord + 'static>(
    cat: &Catalog,
    name: &'static str,
    legend: Msg,
    help: Msg,
    none: Msg,
    opts: &'static [(T, Msg)],
    current: &Option<Vec<T>>,
    p: &StepProps,
    field: fn(&mut Profile) -> &mut Option<Vec<T>>,
) -> Html {
    let checked: Vec<bool> = opts
        .iter()
        .map(|(v, _)| current.as_ref().is_some_and(|c| c.contains(v)))
        .collect();
    let none_checked = current.as_ref().is_some_and(Vec::is_empty);
    // Toggle option `i`; `None` toggles "None of these".
    let toggle = Rc::new(move |np: &mut Profile, i: Option<usize>| {
        let f = field(np);
        match i.and_then(|i| opts.get(i)) {
            Some((v, _)) => {
                let set = f.get_or_insert_with(Vec::new);
                match set.iter().position(|x| x == v) {
                    Some(pos) => {
                        set.remove(pos);
                    }
                    None => insert_sorted(set, *v),
                }
                // Unticking the last box means "not answered", not "none".
                if set.is_empty() {
                    *f = None;
                }
            }
            None => {
                *f = if f.as_ref().is_some_and(Vec::is_empty) {
                    None
                } else {
                    Some(Vec::new())
                };
            }
        }
    });
    let labels: Vec<Msg> = opts.iter().map(|(_, m)| *m).collect();
    checks_core(
        cat,
        name,
        legend,
        help,
        none,
        &labels,
        checked,
        none_checked,
        p,
        toggle,
    )
}

#[allow(clippy::too_many_arguments)]
fn checks_core(
    cat: &Catalog,
    name: &'static str,
    legend: Msg,
    help: Msg,
    none: Msg,
    labels: &[Msg],
    checked: Vec<bool>,
    none_checked: bool,
    p: &StepProps,
    toggle: Toggler,
) -> Html {
    // Option `i`, or "None of these" for `None`.
    let emit = Callback::from({
        let (profile, on) = (p.profile.clone(), p.onchange.clone());
        move |i: Option<usize>| {
            let mut np = profile.clone();
            toggle(&mut np, i);
            on.emit(np);
        }
    });
    let ontoggle = emit.reform(Some);
    let onnone = emit.reform(|()| None);
    html! {
        <CheckGroup name={name} legend={cat.get(legend)} help={Some(AttrValue::from(cat.get(help)))}
            options={labels.iter().map(|m| AttrValue::from(cat.get(*m))).collect::<Vec<_>>()}
            {checked} none_label={cat.get(none)} {none_checked} {ontoggle} {onnone} />
    }
}

#[function_component(StepFields)]
pub fn step_fields(p: &StepProps) -> Html {
    let cat = catalog();
    let c = &cat;
    let pr = &p.profile;
    match p.step {
        StepId::About => html! {<>
            <AgeField profile={pr.clone()} onchange={p.onchange.clone()} />
            { radio(c, "sex", Msg::QAboutSex, Some(Msg::QAboutSexHelp),
                opts::SEX,
                pr.sex, p, |p, v| p.sex = Some(v)) }
        </>},
        StepId::Hair => html! {<>
            { radio(c, "aa", Msg::QHairAa, None,
                opts::AA,
                pr.aa, p, |p, v| p.aa = Some(v)) }
            { radio(c, "dur", Msg::QHairDur, Some(Msg::QHairDurHelp),
                opts::DUR,
                pr.dur, p, |p, v| p.dur = Some(v)) }
            { yes_no(c, "brows", Msg::QHairBrows, pr.brows, p, |p, v| p.brows = Some(v)) }
            { yes_no(c, "lashes", Msg::QHairLashes, pr.lashes, p, |p, v| p.lashes = Some(v)) }
        </>},
        StepId::Pregnancy => radio(
            c,
            "preg",
            Msg::QPregPreg,
            Some(Msg::QPregPregHelp),
            opts::PREG,
            pr.preg,
            p,
            |p, v| p.preg = Some(v),
        ),
        StepId::Contraception => radio(
            c,
            "contra",
            Msg::QContraContra,
            Some(Msg::QContraContraHelp),
            opts::CONTRA,
            pr.contra,
            p,
            |p, v| p.contra = Some(v),
        ),
        StepId::Menopause => html! {<>
            { radio(c, "meno", Msg::QMenoMeno, Some(Msg::QMenoMenoHelp),
                opts::MENO,
                pr.meno, p, |p, v| p.meno = Some(v)) }
            { radio(c, "hrt", Msg::QMenoHrt, Some(Msg::QMenoHrtHelp),
                opts::HRT,
                pr.hrt, p, |p, v| p.hrt = Some(v)) }
        </>},
        StepId::Smoking => html! {<>
            { radio(c, "smoke", Msg::QSmokeSmoke, Some(Msg::QSmokeSmokeHelp),
                opts::SMOKE,
                pr.smoke, p, |p, v| p.smoke = Some(v)) }
            if matches!(pr.smoke, Some(Smoking::Former | Smoking::Current)) {
                { radio(c, "packyrs", Msg::QSmokePackyrs, Some(Msg::QSmokePackyrsHelp),
                    opts::PACKYRS,
                    pr.packyrs, p, |p, v| p.packyrs = Some(v)) }
            }
            if pr.smoke == Some(Smoking::Former) {
                { yes_no(c, "quit15", Msg::QSmokeQuit15, pr.quit15, p, |p, v| p.quit15 = Some(v)) }
            }
        </>},
        StepId::Heart => {
            let hours = crate::evidence::Evidence::bundled()
                .fig(crate::evidence::Fig::FlightHours)
                .whole()
                .to_string();
            let travel_help = cat.fill(Msg::QHeartTravelHelp, &[("hours", &hours)]);
            html! {<>
                { checks(c, "cv", Msg::QHeartCv, Msg::QHeartCvHelp, Msg::QHeartCvNone,
                    opts::CV,
                    &pr.cv, p, |p| &mut p.cv) }
                { radio_help(c, "travel", Msg::QHeartTravel, Some(AttrValue::from(travel_help)), opts::TRAVEL, pr.travel, p, |p, v| p.travel = Some(v)) }
            </>}
        }
        StepId::Cancer => radio(
            c,
            "cancer",
            Msg::QCancerCancer,
            None,
            opts::CANCER,
            pr.cancer,
            p,
            |p, v| p.cancer = Some(v),
        ),
        StepId::Infections => html! {<>
            { checks(c, "inf", Msg::QInfInf, Msg::QInfInfHelp, Msg::QInfInfNone,
                opts::INF,
                &pr.inf, p, |p| &mut p.inf) }
            { yes_no(c, "eczema", Msg::QInfEczema, pr.eczema, p, |p, v| p.eczema = Some(v)) }
            if crate::questionnaire::asks_shingrix(pr) {
            { radio(c, "shingrix", Msg::QInfShingrix, None,
                opts::SHINGRIX,
                pr.shingrix, p, |p, v| p.shingrix = Some(v)) }
            }
        </>},
        StepId::Values => html! {
            <ValuesScale profile={pr.clone()} onchange={p.onchange.clone()} />
        },
    }
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
