//! Copy the share link. Portals may block the clipboard inside an iframe; the caller then shows
//! the link for copying by hand.

pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = w.navigator().clipboard().write_text(&text);
    super::when_settled(promise, move |r| done(r.is_ok()));
}
