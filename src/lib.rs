//! A private, in-browser decision aid for people with alopecia areata considering an oral JAK
//! inhibitor.
//!
//! Layers, from the data out:
//! - [`evidence`]: every figure the widget may show, with its source (data in `src/evidence/`).
//! - [`content`]: all words, keyed by id (data in `src/content/`).
//! - [`profile`], [`share_link`], [`questionnaire`], [`engine`], [`values`], [`answers`],
//!   [`clinic`], [`state`]: pure logic with no web types, tested natively.
//! - [`render`]: explanation → accessible HTML markup (pure, tested natively).
//! - [`ui`]: thin Yew views that show that markup, ask the questions and emit answers.
//! - [`platform`]: browser glue — URL fragment, storage, clipboard, iframe height, clinic file.

pub mod answers;
pub mod clinic;
pub mod content;
pub mod engine;
pub mod evidence;
pub mod plain_text;
pub mod platform;
pub mod profile;
pub mod questionnaire;
pub mod render;
pub mod share_link;
pub mod state;
pub mod ui;
pub mod values;

/// Mount the app over the static start screen in index.html.
pub fn start() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        return;
    };
    // The static start screen showed while the wasm loaded; the app renders the same words.
    root.set_inner_html("");
    yew::Renderer::<ui::App>::with_root(root).render();
}
