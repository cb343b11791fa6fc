//! Copy the share link. Portals may block the clipboard inside an iframe; the caller then shows
//! the link for copying by hand.

use wasm_bindgen_futures::{spawn_local, JsFuture};

pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let clipboard = w.navigator().clipboard();
    let promise = clipboard.write_text(&text);
    spawn_local(async move {
        done(JsFuture::from(promise).await.is_ok());
    });
}
