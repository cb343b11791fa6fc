//! Small same-origin files the page's loader started fetching together with the wasm, so the app
//! never waits for another round trip once it runs.
//!
//! The loader (Trunk.toml `pattern_script`) calls its `get(path)` for each such file (today
//! `clinic.json`) and leaves `self.aaEarly = { v: {}, p: {} }`: `p[path]` is a promise of the text
//! (`null` if the file is missing or the fetch failed), and `v[path]` holds that result once it
//! has settled. Without a loader (component tests) or for a path it did not fetch, the app
//! fetches the file itself.

use wasm_bindgen::{JsCast, JsValue};

fn entry(kind: &str, path: &str) -> Option<JsValue> {
    let early = js_sys::Reflect::get(&js_sys::global(), &"aaEarly".into()).ok()?;
    if early.is_undefined() || early.is_null() {
        return None;
    }
    let table = js_sys::Reflect::get(&early, &kind.into()).ok()?;
    let v = js_sys::Reflect::get(&table, &path.into()).ok()?;
    (!v.is_undefined()).then_some(v)
}

/// The file's text if the loader's fetch has already settled: `Some(None)` if it is missing or
/// could not be read; `None` if it is still on its way (or was never asked for).
pub fn settled(path: &str) -> Option<Option<String>> {
    entry("v", path).map(|v| v.as_string())
}

/// Call `done` with the file's text (`None`: missing or unreadable): at once if the loader's
/// fetch has settled, else when it does; if the loader did not fetch it, fetch it now.
pub fn text(path: &str, done: impl FnOnce(Option<String>) + 'static) {
    if let Some(t) = settled(path) {
        return done(t);
    }
    if let Some(p) = entry("p", path).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        return super::when_settled(p, move |t| done(t.ok().and_then(|t| t.as_string())));
    }
    fetch_text(path, done);
}

/// Fetch a same-origin file's text ourselves (the loader's fallback).
fn fetch_text(path: &str, done: impl FnOnce(Option<String>) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(None);
    };
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    let Ok(req) = web_sys::Request::new_with_str_and_init(path, &init) else {
        return done(None);
    };
    super::when_settled(w.fetch_with_request(&req), move |resp| {
        let Ok(resp) = resp.map(|r| r.unchecked_into::<web_sys::Response>()) else {
            return done(None);
        };
        let Some(text) = resp.ok().then(|| resp.text().ok()).flatten() else {
            return done(None);
        };
        super::when_settled(text, move |t| done(t.ok().and_then(|t| t.as_string())));
    });
}
