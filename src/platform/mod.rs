//! Browser glue: the only place that touches `window`. Each function fails quietly (a private
//! browsing mode without storage, a portal that blocks the clipboard) and the app keeps working.

pub mod clinic_file;
pub mod clipboard;
pub mod early;
pub mod embed;
pub mod offline;
pub mod page;
pub mod storage;
pub mod text;
pub mod url;

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Call `f` once when a promise settles. (Plain callbacks rather than an async executor: the
/// widget awaits only a few promises, and the executor would cost wasm bytes.)
pub fn when_settled(p: js_sys::Promise, f: impl FnOnce(Result<JsValue, JsValue>) + 'static) {
    let slot = Rc::new(RefCell::new(Some(f)));
    let slot2 = slot.clone();
    let ok = Closure::once(move |v: JsValue| {
        if let Some(f) = slot.borrow_mut().take() {
            f(Ok(v));
        }
    });
    let err = Closure::once(move |e: JsValue| {
        if let Some(f) = slot2.borrow_mut().take() {
            f(Err(e));
        }
    });
    let _ = p.then2(&ok, &err);
    // One of the two is never called; both are small and this runs a couple of times per visit.
    ok.forget();
    err.forget();
}
