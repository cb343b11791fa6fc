//! The URL fragment holds the answers (never sent to a server). Answer changes replace the
//! current history entry; screen changes add one, so Back and Forward move between screens.

use crate::model::profile::Profile;
use crate::model::share_link::{decode, encode, Decoded};
use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The fragment without `#` ("" if none or unreadable).
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

pub fn read() -> Decoded {
    decode(&fragment())
}

/// Write the profile to the fragment. `new_entry` adds a history entry (a new screen).
pub fn write(p: &Profile, new_entry: bool) {
    let enc = encode(p);
    if enc == fragment() {
        return;
    }
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let url = format!("#{enc}");
    let _ = if new_entry {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// This page's path and query, without the fragment.
fn path_and_search(loc: &web_sys::Location) -> String {
    format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    )
}

/// Remove the fragment (a blank start screen, e.g. after "Forget my answers").
pub fn clear() {
    let Some(w) = window() else { return };
    let url = path_and_search(&w.location());
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// The full address of this page with the answers, for "Copy a link".
pub fn share_url(p: &Profile) -> String {
    let Some(w) = window() else {
        return String::new();
    };
    let loc = w.location();
    format!(
        "{}{}#{}",
        loc.origin().unwrap_or_default(),
        path_and_search(&loc),
        encode(p)
    )
}
