//! The words of the page's language, loaded from the text files `build.rs` writes (see
//! `data::content`). The page's loader starts fetching them with the wasm and names them, with
//! their content hashes, in `self.aaEarly.t` (`{ start: "text-en-start-….txt", rest: … }`).
//! Without a loader (component tests) the plain names are used.

use crate::data::content::{self, Lang, Part, TextError};
use wasm_bindgen::JsValue;

/// The page's language, from `<html lang>` (index.html is English, es.html Spanish).
pub fn page_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

/// Where a part's text file is.
fn path(lang: Lang, part: Part) -> String {
    let named = js_sys::Reflect::get(&js_sys::global(), &"aaEarly".into())
        .ok()
        .filter(|e| e.is_object())
        .and_then(|e| js_sys::Reflect::get(&e, &"t".into()).ok())
        .filter(JsValue::is_object)
        .and_then(|t| js_sys::Reflect::get(&t, &part.name().into()).ok())
        .and_then(|p| p.as_string());
    named.unwrap_or_else(|| ["text-", lang.code(), "-", part.name(), ".txt"].concat())
}

/// Load a part of `lang`'s words (once; at once if already loaded), then call `done`.
pub fn load(lang: Lang, part: Part, done: impl FnOnce(Result<(), TextError>) + 'static) {
    if content::has(lang, part) {
        return done(Ok(()));
    }
    super::early::text(&path(lang, part), move |file| {
        done(match file {
            Some(file) => content::install(lang, part, file),
            None => Err(TextError::NotATextFile),
        })
    });
}

/// The words could not be loaded (offline on a first visit, a broken upload): the static
/// page's kind message instead of "Getting the questions ready…".
pub fn show_failure(e: &TextError) {
    super::page::warn(&["The guide's words could not be loaded: ", &format!("{e:?}")].concat());
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(loading)) = doc.query_selector(".loading") {
        let _ = loading.set_attribute("hidden", "");
    }
    if let Ok(Some(failed)) = doc.query_selector(".load-failed") {
        let _ = failed.remove_attribute("hidden");
    }
}
