//! Accessible form controls: native inputs inside fieldsets with visible legends. Options are
//! passed as labels and selected by index. Plain functions, not components: each Yew component
//! type costs its own lifecycle code in the wasm, and these hold no state of their own.
//! The fieldset is keyed by `name`, so a group is never reused for a different question.

use yew::prelude::*;

pub struct RadioProps {
    /// Unique name for the radio group (also the base of element ids).
    pub name: AttrValue,
    pub legend: AttrValue,
    pub help: Option<AttrValue>,
    pub options: Vec<AttrValue>,
    pub selected: Option<usize>,
    pub onchange: Callback<usize>,
    /// Lay the options out in a row (short scales).
    pub inline: bool,
}

/// A group of radio buttons. Arrow keys move between options (native behaviour).
pub fn radio_group(p: RadioProps) -> Html {
    let help_id = [&*p.name, "-help"].concat();
    html! {
        <fieldset key={&*p.name} class="field" aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
            <legend>{ p.legend.clone() }</legend>
            if let Some(h) = &p.help { <p class="help" id={help_id.clone()}>{ h.clone() }</p> }
            <div class={if p.inline { "options inline" } else { "options" }}>
                { for p.options.iter().enumerate().map(|(i, label)| {
                    let onchange = p.onchange.reform(move |_: Event| i);
                    let id = [&*p.name, "-", &i.to_string()].concat();
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="radio" id={id} name={p.name.clone()} value={i.to_string()}
                                checked={p.selected == Some(i)} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
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
    pub ontoggle: Callback<usize>,
    pub onnone: Callback<()>,
}

/// Checkboxes with an exclusive "None of these".
pub fn check_group(p: CheckProps) -> Html {
    let help_id = [&*p.name, "-help"].concat();
    let none_id = [&*p.name, "-none"].concat();
    html! {
        <fieldset key={&*p.name} class="field" aria-describedby={p.help.as_ref().map(|_| help_id.clone())}>
            <legend>{ p.legend.clone() }</legend>
            if let Some(h) = &p.help { <p class="help" id={help_id.clone()}>{ h.clone() }</p> }
            <div class="options">
                { for p.options.iter().enumerate().map(|(i, label)| {
                    let onchange = p.ontoggle.reform(move |_: Event| i);
                    let id = [&*p.name, "-", &i.to_string()].concat();
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="checkbox" id={id} name={p.name.clone()}
                                checked={p.checked.get(i).copied().unwrap_or(false)} {onchange} />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
                <label class="option none" for={none_id.clone()}>
                    <input type="checkbox" id={none_id} name={p.name.clone()} checked={p.none_checked}
                        onchange={p.onnone.reform(|_: Event| ())} />
                    <span>{ p.none_label.clone() }</span>
                </label>
            </div>
        </fieldset>
    }
}
