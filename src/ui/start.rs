//! The first screen. Its text matches the static HTML in index.html, so nothing jumps when the
//! app takes over from the page that showed before the wasm loaded.

use super::catalog;
use crate::data::content::Msg;
use yew::prelude::*;

pub struct StartProps {
    pub onstart: Callback<()>,
    /// Answers already exist (a link or saved answers): offer to go straight to the results.
    pub has_answers: bool,
    pub onresults: Callback<()>,
    pub onreset: Callback<()>,
    /// A note from a clinician's link, if any.
    pub focus_note: Option<AttrValue>,
    pub forgotten: bool,
    /// Parts of an opened link that could not be read.
    pub link_errors: Vec<crate::model::share_link::DecodeError>,
}

/// A plain function rather than a component (no state of its own; every component type costs
/// wasm). Keyed so that changing screens replaces the page rather than patching it.
pub fn start_screen(p: StartProps) -> Html {
    let cat = catalog();
    html! {
        <main key="start" id="main" class="page start" tabindex="-1">
            <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::AppTitle) }</h1>
            <p class="lede">{ cat.get(Msg::AppLede) }</p>
            <ul class="promises">
                <li>{ cat.get(Msg::AppPrivate) }</li>
                <li>{ cat.get(Msg::AppNotAdvice) }</li>
                <li>{ cat.get(Msg::AppTime) }</li>
            </ul>
            { super::notices::link_notices(&p.link_errors, &cat) }
            if p.forgotten { <p class="notice" role="status">{ cat.get(Msg::ResultsForgotten) }</p> }
            if let Some(n) = &p.focus_note { <p class="notice">{ n.clone() }</p> }
            <div class="actions">
                <button type="button" class="primary" onclick={p.onstart.reform(|_| ())}>{ cat.get(Msg::AppStart) }</button>
                if p.has_answers {
                    <button type="button" class="secondary" onclick={p.onresults.reform(|_| ())}>{ cat.get(Msg::AppResume) }</button>
                    <button type="button" class="link" onclick={p.onreset.reform(|_| ())}>{ cat.get(Msg::AppStartOver) }</button>
                }
            </div>
            <p class="help">{ cat.get(Msg::AppForParent) }</p>
            <h2>{ cat.get(Msg::AppAboutTitle) }</h2>
            <p>{ cat.get(Msg::AppAboutAa) }</p>
            <p>{ cat.get(Msg::AppDecision) }</p>
        </main>
    }
}
