//! The first screen. Its text matches the static HTML in index.html, so nothing jumps when the
//! app takes over from the page that showed before the wasm loaded.

use super::catalog;
use crate::model::share_link::DecodeError;
use crate::render::screens;
use yew::prelude::*;

pub struct StartProps<'a> {
    /// Answers already exist (a link or saved answers): offer to go straight to the results.
    pub has_answers: bool,
    /// A note from a clinician's link, if any.
    pub focus_note: Option<&'a str>,
    pub forgotten: bool,
    /// Parts of an opened link that could not be read.
    pub link_errors: &'a [DecodeError],
}

/// A plain function rather than a component (no state of its own; every component type costs
/// wasm). Keyed so that changing screens replaces the page rather than patching it. The screen
/// is markup (see `render::screens`): it changes only when its buttons (`data-act`, handled by
/// `App`'s delegated click listener) are pressed.
pub fn start_screen(p: StartProps) -> Html {
    let markup = screens::start(
        &catalog(),
        p.has_answers,
        p.forgotten,
        p.focus_note,
        p.link_errors,
    );
    html! {
        <main key="start" id="main" class="page start" tabindex="-1">
            { Html::from_html_unchecked(markup.into()) }
        </main>
    }
}
