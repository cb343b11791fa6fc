//! Accessible form controls: native inputs inside fieldsets with visible legends. Options are
//! passed as labels and selected by index. Plain functions, not components: each Yew component
//! type costs its own lifecycle code in the wasm, and these hold no state of their own.
//!
//! Each group is markup (`render::screens::choice_group`) that never says which boxes are ticked:
//! the view records the ticks here ([`tick`]) and `App` sets them once the render is on the page
//! ([`apply_ticks`]), as Yew would set a `checked` property. So an answer never changes a group's
//! markup, Yew never replaces it, and focus stays on the radio a person is moving through.
//! A group is keyed by its `name`, so a follow-up question appearing never makes Yew reuse a
//! group for a different question. No listeners of their own: `App`'s one delegated `change`
//! listener reads a radio's `name` and `value`, a checkbox's `id`.

use super::raw;
use crate::platform::page;
use crate::render::screens::{self, Kind};
use std::cell::RefCell;
use yew::prelude::*;
use yew::virtual_dom::VList;

thread_local! {
    /// The boxes the current render wants ticked or unticked, by element id.
    static TICKS: RefCell<Vec<(String, bool)>> = const { RefCell::new(Vec::new()) };
}

/// Start a render: the ticks recorded for the last one are done with.
pub fn begin_render() {
    TICKS.with(|t| t.borrow_mut().clear());
}

/// Record that the box with this id is ticked (`on`) or not in the render being built.
pub fn tick(id: String, on: bool) {
    TICKS.with(|t| t.borrow_mut().push((id, on)));
}

/// Once the render is on the page: tick and untick the boxes as the answers say.
pub fn apply_ticks() {
    for (id, on) in TICKS.with(|t| t.take()) {
        page::set_checked(&id, on);
    }
}

/// Markup for a group, keyed (see the module comment).
pub fn keyed(key: &str, markup: String) -> Html {
    VList::with_children(vec![raw(markup)], Some(key.into())).into()
}

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
    let labels: Vec<&str> = p.options.iter().map(|l| &**l).collect();
    let markup = radios(
        &p.name,
        &p.legend,
        p.help.as_deref(),
        &labels,
        p.selected,
        p.inline,
    );
    keyed(&p.name, markup)
}

/// A radio group's markup, with option `selected` recorded as ticked for this render (for
/// views that put several groups in one piece of markup).
pub fn radios(
    name: &str,
    legend: &str,
    help: Option<&str>,
    labels: &[&str],
    selected: Option<usize>,
    inline: bool,
) -> String {
    for i in 0..labels.len() {
        tick(screens::option_id(name, Some(i)), selected == Some(i));
    }
    screens::choice_group(Kind::Radio, name, legend, help, labels, inline, None)
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
    let labels: Vec<&str> = p.options.iter().map(|l| &**l).collect();
    for i in 0..labels.len() {
        let on = p.checked.get(i).copied().unwrap_or(false);
        tick(screens::option_id(&p.name, Some(i)), on);
    }
    tick(screens::option_id(&p.name, None), p.none_checked);
    keyed(
        &p.name,
        screens::choice_group(
            Kind::Checkbox,
            &p.name,
            &p.legend,
            p.help.as_deref(),
            &labels,
            false,
            Some(&p.none_label),
        ),
    )
}
