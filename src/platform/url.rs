//! The URL fragment holds the answers (never sent to a server). Answer changes replace the
//! current history entry; screen changes add one, so Back and Forward move between screens.
//! Every entry written here is stamped (`history.state`) with the Forget generation, which this
//! tab's session storage keeps after the first "Forget my answers" (see `state::Entry`).

use crate::data::digits::Digits;
use crate::model::profile::Profile;
use crate::model::share_link::{decode, encode, Decoded};
use wasm_bindgen::JsValue;

const GENERATION_KEY: &str = "aa-jak-decision-aid:forgets";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn session() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

/// The Forget generation kept for this tab (0 before the first Forget, or if session storage
/// is blocked; the page's own `State::generation` then still covers its Back and Forward).
pub fn generation() -> u32 {
    let stored = session().and_then(|s| s.get_item(GENERATION_KEY).ok().flatten());
    // JS reads the number (cheaper in the wasm than Rust's parser); junk reads as 0.
    stored.map_or(0, |v| js_sys::Number::parse_int(&v, 10) as u32)
}

/// Keep the generation for this tab, so that a reload or a page restored from the
/// back/forward cache knows it too. Only a number, never an answer, and only after a Forget.
pub fn save_generation(g: u32) {
    if let (true, Some(s)) = (g > 0, session()) {
        let _ = s.set_item(GENERATION_KEY, &g.digits());
    }
}

/// The stamp on the current history entry, if this app wrote it.
pub fn stamp() -> Option<u32> {
    let state = window()?.history().ok()?.state().ok()?;
    state.as_f64().map(|g| g as u32)
}

/// Stamp the current entry without changing the address.
pub fn mark(g: u32) {
    if let Some(Ok(h)) = window().map(|w| w.history()) {
        let _ = h.replace_state_with_url(&JsValue::from(g), "", None);
    }
}

/// The fragment without `#` ("" if none or unreadable).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.strip_prefix('#').unwrap_or(&h).to_owned())
        .unwrap_or_default()
}

pub fn read() -> Decoded {
    decode(&fragment())
}

/// Write the profile to the fragment, stamped with generation `g`. `new_entry` adds a history
/// entry (a new screen).
pub fn write(p: &Profile, new_entry: bool, g: u32) {
    let enc = encode(p);
    let same = enc == fragment();
    if same && stamp() == Some(g) {
        return;
    }
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let url = ["#", &enc].concat();
    let _ = if new_entry && !same {
        history.push_state_with_url(&JsValue::from(g), "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::from(g), "", Some(&url))
    };
}

/// This page's path and query, without the fragment.
fn path_and_search(loc: &web_sys::Location) -> String {
    loc.pathname().unwrap_or_default() + &loc.search().unwrap_or_default()
}

/// Remove the fragment (a blank start screen, e.g. after "Forget my answers"), stamped with
/// generation `g`.
pub fn clear(g: u32) {
    if fragment().is_empty() && stamp() == Some(g) {
        return;
    }
    let Some(w) = window() else { return };
    let url = path_and_search(&w.location());
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::from(g), "", Some(&url));
    }
}

/// The full address of this page with the answers, for "Copy a link", naming the evidence it
/// was made from (`ev=`, the content's review date), so that opened after the content changes
/// it can say so.
pub fn share_url(p: &Profile) -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let loc = w.location();
    [
        &*loc.origin().unwrap_or_default(),
        &path_and_search(&loc),
        "#",
        &encode(p),
        "&ev=",
        crate::data::evidence::Evidence::bundled()
            .meta
            .last_reviewed,
    ]
    .concat()
}
