//! A private, in-browser decision aid for people with alopecia areata considering an oral JAK
//! inhibitor.
//!
//! Layers, from the data out (a lower layer never imports an upper one):
//! - [`data`]: every figure with its source, and every word on screen (TOML compiled by build.rs).
//! - [`model`]: the answers — step ids, profile, which questions apply, the question table and
//!   the share-link format.
//! - [`engine`]: answers + evidence + text → an explanation; also the values exercise.
//! - [`render`]: explanation → accessible HTML markup, or plain text (pure, tested natively).
//! - [`clinic`], [`state`]: clinic settings and the app's pure reducer.
//! - [`ui`]: thin Yew views that show that markup, ask the questions and emit answers.
//! - `review` (native only): the clinician review pack, generated from the engine.
//! - [`platform`]: browser glue — URL fragment, storage, clipboard, iframe height, clinic file.
//!
//! Everything above `ui` and `platform` has no web types and is tested natively.

pub mod clinic;
pub mod data;
pub mod engine;
pub mod model;
pub mod platform;
pub mod render;
#[cfg(not(target_arch = "wasm32"))]
pub mod review;
pub mod state;
pub mod ui;

/// Mount the app over the static start screen in index.html once the words the start screen
/// and the questions need have arrived (the page's loader fetched them with the wasm, and
/// compiles and runs the wasm only once that screen has been painted: see Trunk.toml). If they
/// cannot be loaded, the static page says so kindly instead of "Getting the questions ready…".
pub fn start() {
    use data::content::Part;
    let lang = platform::text::page_lang();
    platform::text::load(lang, Part::Start, move |loaded| {
        if let Err(e) = loaded {
            return platform::text::show_failure(&e);
        }
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("app"))
        else {
            return;
        };
        // The static start screen showed while the wasm loaded; the app renders the same words.
        root.set_inner_html("");
        yew::Renderer::<ui::App>::with_root(root).render();
    });
}
