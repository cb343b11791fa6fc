//! The Yew app: function components with typed props and `Callback`s, in the style of yew's
//! `examples/function_todomvc`. The state and what every answer means live in the pure
//! reducer (`crate::state`); effects run in `App`'s hooks and call `crate::platform`. The
//! component tree is the map of the screen:
//!
//! - [`App`] (`app.rs`): the state, the effects, the language switch and the screen;
//!   - [`start::StartScreen`], [`start::LinkChoice`];
//!   - [`question::QuestionScreen`]: progress, the step's questions ([`controls`]), Back / Next / Skip;
//!   - [`results::ResultsScreen`]: the first layer, the folded parts ([`results::Part`]) and the
//!     visit tools ([`values`], [`visit`]).
//!
//! The engine's explanation is a document: `crate::render` writes it as escaped [`Markup`], which
//! enters Yew in exactly one place, [`markup`].

pub mod app;
pub mod controls;
pub mod question;
pub mod results;
pub mod start;
pub mod values;
pub mod visit;

pub use app::App;

use crate::data::content::{Catalog, Lang};
use crate::render::Markup;
use crate::state::Action;
use yew::prelude::*;

/// The one place markup from `render` enters the page.
pub fn markup(m: &Markup) -> Html {
    Html::from_html_unchecked(AttrValue::from(m.shared()))
}

/// A button's click, as the action it asks for.
pub fn on_click(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |_: MouseEvent| action.clone())
}

/// The words of the page's language (`App` provides them to every component).
#[hook]
pub fn use_catalog() -> Catalog {
    use_context::<Catalog>().unwrap_or_else(|| Catalog::for_lang(Lang::default()))
}
