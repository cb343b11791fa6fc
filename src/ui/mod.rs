//! Thin Yew components over the engine. They render an `Explanation` and emit answers; they hold
//! no medical logic and no patient-facing text of their own (all words come from the catalog).

pub mod app;
pub mod controls;
pub mod notices;
pub mod question_screen;
pub mod questions;
pub mod results;
pub mod start;
pub mod steps;
pub mod values_view;

pub use app::App;

use crate::content::Catalog;
use crate::profile::Lang;
use yew::prelude::*;

/// The text catalog for the current language (provided by `App`).
#[hook]
pub fn use_cat() -> Catalog {
    use_context::<Catalog>().unwrap_or_else(|| Catalog::for_lang(Lang::En))
}
