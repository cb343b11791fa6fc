//! Accessible form controls: native radios and checkboxes inside fieldsets with visible legends.
//! The checked state comes from the props (the answers); a choice is reported by position
//! through a typed callback. Arrow keys move through a radio group (native behaviour); nothing
//! needs dragging (WCAG 2.5.7). Each group is keyed by its name where it is used, so a follow-up
//! question appearing never makes Yew reuse a group for another question.

use crate::data::digits::Digits;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The id of option `i` of the group `name` (`None`: its "None of these" box).
pub fn option_id(name: &str, i: Option<usize>) -> AttrValue {
    match i {
        Some(i) => [name, "-", &i.digits()].concat().into(),
        None => [name, "-none"].concat().into(),
    }
}

/// A fieldset's legend and optional help (`help_id` ties the help to the fieldset).
fn legend_help(legend: &AttrValue, help: &Option<AttrValue>, help_id: &AttrValue) -> Html {
    html! {
        <>
            <legend>{ legend.clone() }</legend>
            if let Some(h) = help {
                <p class="help" id={help_id.clone()}>{ h.clone() }</p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct RadioGroupProps {
    /// Unique name of the group (also the base of its element ids).
    pub name: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    pub selected: Option<usize>,
    /// Lay the options out in a row (short scales).
    #[prop_or_default]
    pub inline: bool,
    /// The position of the option chosen.
    pub on_select: Callback<usize>,
}

/// One answer from a list: a group of radio buttons.
#[function_component(RadioGroup)]
pub fn radio_group(p: &RadioGroupProps) -> Html {
    let help_id: AttrValue = [&*p.name, "-help"].concat().into();
    html! {
        <fieldset class="field" aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
            { legend_help(&p.legend, &p.help, &help_id) }
            <div class={if p.inline { "options inline" } else { "options" }}>
                { for p.options.iter().enumerate().map(|(i, label)| {
                    let id = option_id(&p.name, Some(i));
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="radio" {id} name={p.name.clone()} value={i.digits()}
                                checked={p.selected == Some(i)}
                                onchange={p.on_select.reform(move |_: Event| i)} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct CheckGroupProps {
    pub name: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub help: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    /// Which options are ticked, by position.
    pub checked: Vec<bool>,
    /// The label of the exclusive "None of these" box.
    pub none_label: AttrValue,
    pub none_checked: bool,
    /// Option `i` was ticked or unticked (`None`: "None of these").
    pub on_toggle: Callback<Option<usize>>,
}

/// Any number of answers: checkboxes with an exclusive "None of these" (the reducer unticks
/// the others when it is ticked, and it when another is).
#[function_component(CheckGroup)]
pub fn check_group(p: &CheckGroupProps) -> Html {
    let help_id: AttrValue = [&*p.name, "-help"].concat().into();
    let boxed = |class: &'static str, i: Option<usize>, label: AttrValue, on: bool| {
        let id = option_id(&p.name, i);
        html! {
            <label {class} for={id.clone()}>
                <input type="checkbox" {id} name={p.name.clone()} checked={on}
                    onchange={p.on_toggle.reform(move |_: Event| i)} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset class="field" aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
            { legend_help(&p.legend, &p.help, &help_id) }
            <div class="options">
                { for p.options.iter().enumerate().map(|(i, label)| {
                    boxed("option", Some(i), label.clone(), p.checked.get(i).copied().unwrap_or(false))
                }) }
                { boxed("option none", None, p.none_label.clone(), p.none_checked) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct AgeFieldProps {
    pub label: AttrValue,
    pub help: AttrValue,
    /// What the box shows: the text typed on this screen, or the stored age.
    pub value: AttrValue,
    /// The kind message for an impossible age, when the text is not one.
    pub error: Option<AttrValue>,
    /// The text in the box after each keystroke.
    pub on_input: Callback<String>,
}

/// Age in whole years, typed. An impossible value shows its message; the reducer never stores
/// it (and keeps the person on the step when they press Next).
#[function_component(AgeField)]
pub fn age_field(p: &AgeFieldProps) -> Html {
    let invalid = p.error.is_some();
    html! {
        <div class="field">
            <label for="age" class="label">{ p.label.clone() }</label>
            <p class="help" id="age-help">{ p.help.clone() }</p>
            <input id="age" name="age" type="text" inputmode="numeric" autocomplete="off" maxlength="3"
                aria-describedby={if invalid { "age-help age-error" } else { "age-help" }}
                aria-invalid={if invalid { "true" } else { "false" }}
                class={if invalid { "age invalid" } else { "age" }}
                value={p.value.clone()}
                oninput={p.on_input.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value())} />
            if let Some(e) = &p.error {
                <p class="error" id="age-error" role="alert">{ e.clone() }</p>
            }
        </div>
    }
}
