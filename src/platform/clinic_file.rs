//! Read `clinic.json` once, from the same origin, and hand its raw fields to `clinic` for
//! validation. A missing file means defaults; a broken or oversized one logs a warning.

use crate::clinic::{check_size, ClinicConfig, Field, RawClinic};
use wasm_bindgen::JsCast;

fn field(obj: &js_sys::Object, key: &str) -> Field {
    let Ok(v) = js_sys::Reflect::get(obj, &key.into()) else {
        return Field::Missing;
    };
    if v.is_undefined() || v.is_null() {
        Field::Missing
    } else if let Some(s) = v.as_string() {
        Field::Text(s)
    } else if js_sys::Array::is_array(&v) {
        let arr: js_sys::Array = v.unchecked_into();
        let items: Option<Vec<String>> = arr.iter().map(|x| x.as_string()).collect();
        items.map_or(Field::WrongType, Field::List)
    } else {
        Field::WrongType
    }
}

/// Parse the file's text. `Err` carries a warning for the console.
pub fn parse(text: &str) -> Result<RawClinic, String> {
    let v = js_sys::JSON::parse(text)
        .map_err(|_| "clinic.json is not valid JSON; using defaults".to_owned())?;
    if !v.is_object() || js_sys::Array::is_array(&v) {
        return Err("clinic.json must hold one JSON object; using defaults".into());
    }
    let obj: js_sys::Object = v.unchecked_into();
    Ok(RawClinic {
        name: field(&obj, "name"),
        phone: field(&obj, "phone"),
        portal_url: field(&obj, "portal_url"),
        accent: field(&obj, "accent"),
        drugs: field(&obj, "drugs"),
        lang: field(&obj, "lang"),
        embed_origins: field(&obj, "embed_origins"),
    })
}

/// Fetch and validate, then call `done`. Never fails: problems become console warnings and
/// defaults (a missing file simply means defaults).
pub fn load(done: impl FnOnce(ClinicConfig) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(ClinicConfig::default());
    };
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    let Ok(req) = web_sys::Request::new_with_str_and_init("clinic.json", &init) else {
        return done(ClinicConfig::default());
    };
    super::when_settled(w.fetch_with_request(&req), move |resp| {
        let Ok(resp) = resp.map(|r| r.unchecked_into::<web_sys::Response>()) else {
            return done(ClinicConfig::default());
        };
        let Some(text) = resp.ok().then(|| resp.text().ok()).flatten() else {
            return done(ClinicConfig::default());
        };
        super::when_settled(text, move |text| {
            let text = text.ok().and_then(|t| t.as_string()).unwrap_or_default();
            // Too large to be a real settings file: not parsed at all.
            if let Err(w) = check_size(text.len()) {
                super::page::warn(&w);
                return done(ClinicConfig::default());
            }
            done(validate(&text));
        });
    });
}

fn validate(text: &str) -> ClinicConfig {
    match parse(text) {
        Ok(raw) => {
            let (config, warnings) = ClinicConfig::from_raw(&raw);
            for w in warnings {
                super::page::warn(&w);
            }
            config
        }
        Err(w) => {
            super::page::warn(&w);
            ClinicConfig::default()
        }
    }
}
