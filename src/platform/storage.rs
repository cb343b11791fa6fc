//! "Remember my answers on this device": off by default; only then is localStorage used.

const KEY: &str = "aa-jak-decision-aid:answers";

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Saved answers (a share-link fragment), if the person chose to remember them.
pub fn load() -> Option<String> {
    store()?.get_item(KEY).ok().flatten()
}

pub fn save(fragment: &str) {
    if let Some(s) = store() {
        let _ = s.set_item(KEY, fragment);
    }
}

pub fn forget() {
    if let Some(s) = store() {
        let _ = s.remove_item(KEY);
    }
}
