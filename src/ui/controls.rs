//! Accessible form controls: native inputs inside fieldsets with visible legends. Options are
//! passed as labels and selected by index. Plain functions, not components: each Yew component
//! type costs its own lifecycle code in the wasm, and these hold no state of their own.
//! The fieldset is keyed by `name`, so a group is never reused for a different question.
//! No listeners of their own: `App`'s one delegated `change` listener reads a radio's `name`
//! and `value`, a checkbox's `id` (so Yew's listener machinery stays out of the wasm).

use super::{raw, raw_el, with_attrs};
use crate::data::digits::Digits;
use crate::render::screens;
use yew::prelude::*;

pub struct RadioProps {
    /// Unique name for the radio group (also the base of element ids).
    pub name: AttrValue,
    pub legend: AttrValue,
    pub help: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    pub selected: Option<usize>,
    /// Lay the options out in a row (short scales).
    pub inline: bool,
}

/// A group of radio buttons. Arrow keys move between options (native behaviour).
pub fn radio_group(p: RadioProps) -> Html {
    let help_id = [&*p.name, "-help"].concat();
    html! {
        <fieldset key={&*p.name} class="field" aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
            { raw(screens::legend(&p.legend, p.help.as_deref().map(|h| (&*help_id, h)))) }
            { with_attrs(html! { <div>
                { for p.options.iter().enumerate().map(|(i, label)| {
                    let id = [&*p.name, "-", &i.digits()].concat();
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="radio" id={id} name={p.name.clone()} value={i.digits()}
                                checked={p.selected == Some(i)} />
                            { raw_el("span", "", label) }
                        </label>
                    }
                }) }
            </div> }, &["class"], vec![if p.inline { "options inline" } else { "options" }.into()]) }
        </fieldset>
    }
}

pub struct CheckProps {
    pub name: AttrValue,
    pub legend: AttrValue,
    pub help: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    pub checked: Vec<bool>,
    /// Label of the exclusive "None of these" box.
    pub none_label: AttrValue,
    pub none_checked: bool,
}

/// Checkboxes with an exclusive "None of these".
pub fn check_group(p: CheckProps) -> Html {
    let help_id = [&*p.name, "-help"].concat();
    let none_id = [&*p.name, "-none"].concat();
    html! {
        <fieldset key={&*p.name} class="field" aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
            { raw(screens::legend(&p.legend, p.help.as_deref().map(|h| (&*help_id, h)))) }
            <div class="options">
                { for p.options.iter().enumerate().map(|(i, label)| {
                    let id = [&*p.name, "-", &i.digits()].concat();
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="checkbox" id={id} name={p.name.clone()}
                                checked={p.checked.get(i).copied().unwrap_or(false)} />
                            { raw_el("span", "", label) }
                        </label>
                    }
                }) }
                <label class="option none" for={none_id.clone()}>
                    <input type="checkbox" id={none_id} name={p.name.clone()} checked={p.none_checked} />
                    { raw_el("span", "", &p.none_label) }
                </label>
            </div>
        </fieldset>
    }
}
