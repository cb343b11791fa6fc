//! Inside an iframe, tell the host page how tall the widget is, so `embed.js` can size the iframe
//! and the patient never scrolls inside a box. Only the height is sent, never an answer; but the
//! height follows the answers (which steps apply, how long the results are), so a clinic can
//! name in clinic.json the portals allowed to receive it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Message `type` that public/embed.js listens for.
pub const MESSAGE_SOURCE: &str = "aa-jak-decision-aid";

/// Send the height to the parent window: to each allowed origin (the browser drops a message
/// whose target origin is not the parent's), or to any parent when the clinic named none.
fn post_height(height: f64, origins: Option<&str>) {
    let Some(w) = web_sys::window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"source".into(), &MESSAGE_SOURCE.into());
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"resize".into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.ceil().into());
    match origins {
        Some(list) => {
            for origin in list.split(' ') {
                let _ = parent.post_message(&msg, origin);
            }
        }
        // Who may embed the widget at all is decided by the host's frame-ancestors header.
        None => {
            let _ = parent.post_message(&msg, "*");
        }
    }
}

/// Start reporting the page height on every layout change. Call once, with the clinic's
/// `embed_origins` (space-separated; `None`: any parent).
pub fn start(origins: Option<String>) {
    let Some(w) = web_sys::window() else { return };
    let in_frame = w.parent().ok().flatten().is_some_and(|p| p != w);
    if !in_frame || origins.as_ref().is_some_and(String::is_empty) {
        return;
    }
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measure_root = root.clone();
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        post_height(f64::from(measure_root.scroll_height()), origins.as_deref());
    });
    if let Ok(obs) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        obs.observe(&root);
        if let Some(body) = w.document().and_then(|d| d.body()) {
            obs.observe(&body);
        }
    }
    // The observer lives as long as the page.
    cb.forget();
}
