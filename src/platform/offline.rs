//! Offline after the first visit: register the service worker (`sw.js`, generated at build time
//! with the exact files of this build; see scripts/sw-precache.mjs). Called once the app has
//! started, so it never competes with the first load. Fails quietly where service workers are
//! missing (plain http, some private modes, `file:`): the widget then simply needs the network.

use wasm_bindgen::{JsCast, JsValue};

pub fn register() {
    let Some(w) = web_sys::window() else { return };
    // Missing outside secure contexts (plain http) and in some private modes.
    let nav = w.navigator();
    let Ok(container) = js_sys::Reflect::get(&nav, &JsValue::from_str("serviceWorker")) else {
        return;
    };
    if container.is_undefined() || container.is_null() {
        return;
    }
    let container: web_sys::ServiceWorkerContainer = container.unchecked_into();
    // Relative to this page, so the worker's scope is the widget's own folder. It keeps both
    // languages (see public/sw.js).
    super::when_settled(container.register("sw.js"), |r| {
        if r.is_err() {
            super::page::warn("sw.js not registered: no offline copy");
        }
    });
}
