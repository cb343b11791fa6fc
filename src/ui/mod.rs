//! Thin Yew views over the engine. They render an `Explanation` and emit answers; they hold no
//! medical logic and no patient-facing text of their own (all words come from the catalog).
//! `App` is the one component (it owns the hooks); screens and controls are plain functions
//! returning `Html`, because every component type adds its own lifecycle code to the wasm.

pub mod app;
pub mod controls;
pub mod link_choice;
pub mod note_view;
pub mod question_screen;
pub mod questions;
pub mod quiz_view;
pub mod results;
pub mod start;
pub mod steps;
pub mod values_view;

pub use app::App;

use crate::data::content::Catalog;
use crate::model::profile::Lang;
use std::cell::Cell;

thread_local! {
    /// The language chosen for this page. A plain cell rather than a Yew context: the catalog is
    /// a copyable pair of static slices, and the context machinery costs wasm bytes.
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Set the page language (by `App`, from the answers or the clinic's settings).
pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The text catalog for the current language.
pub fn catalog() -> Catalog {
    Catalog::for_lang(LANG.with(Cell::get))
}

/// Show markup from `render` as-is. Yew replaces it only when the markup changes.
pub fn raw(markup: String) -> yew::Html {
    yew::Html::from_html_unchecked(markup.into())
}

/// A fixed element with text: `<tag class="...">text</tag>`.
pub fn raw_el(tag: &'static str, class: &str, text: &str) -> yew::Html {
    raw(crate::render::screens::el(tag, class, text))
}

/// Give an element built by `html!` these attributes, in this order (`None`: absent). For
/// elements whose class is chosen at run time: `html!` turns a computed `class={..}` into Yew's
/// `Classes` (an IndexSet that splits and joins class names), and that code was in the wasm for
/// six such classes alone. `keys` in the order `html!` would set them (its class last), so the
/// page is the same. Also for values `html!` cannot write, such as `hidden="until-found"`.
pub fn with_attrs(
    mut node: yew::Html,
    keys: &'static [&'static str],
    values: Vec<Option<yew::AttrValue>>,
) -> yew::Html {
    use yew::virtual_dom::{AttributeOrProperty, Attributes, VNode};
    if let VNode::VTag(tag) = &mut node {
        if let Some(tag) = std::rc::Rc::get_mut(tag) {
            tag.attributes = Attributes::Dynamic {
                keys,
                values: values
                    .into_iter()
                    .map(|v| v.map(AttributeOrProperty::Attribute))
                    .collect(),
            };
        }
    }
    node
}
