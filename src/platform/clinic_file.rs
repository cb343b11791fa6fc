//! Read `clinic.json` once, from the same origin, and hand its raw fields to `clinic` for
//! validation. A missing file means defaults; a broken or oversized one logs a warning. The
//! page's loader starts the fetch with the wasm's (see `early`), so the app never waits for it.

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

/// A field inside an object field (`"review": {"by": …}`).
fn nested(obj: &js_sys::Object, outer: &str, key: &str) -> Field {
    match js_sys::Reflect::get(obj, &outer.into()) {
        Ok(v) if v.is_object() && !js_sys::Array::is_array(&v) => {
            field(v.unchecked_ref::<js_sys::Object>(), key)
        }
        Ok(v) if v.is_undefined() || v.is_null() => Field::Missing,
        _ => Field::WrongType,
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
        review_by: nested(&obj, "review", "by"),
        review_role: nested(&obj, "review", "role"),
        review_date: nested(&obj, "review", "date"),
        embed_origins: field(&obj, "embed_origins"),
    })
}

const PATH: &str = "clinic.json";

/// The settings, if the page's loader has already fetched the file (the usual case: it is tiny
/// and was requested with the wasm). The first render then uses them: no change of colour or
/// layout afterwards. `None` while the file is still on its way.
pub fn ready() -> Option<ClinicConfig> {
    super::early::settled(PATH).map(validate)
}

/// Wait for the file (the loader's fetch, or our own), validate it, then call `done`. Never
/// fails: problems become console warnings and defaults (a missing file simply means defaults).
pub fn load(done: impl FnOnce(ClinicConfig) + 'static) {
    super::early::text(PATH, move |text| done(validate(text)));
}

fn validate(text: Option<String>) -> ClinicConfig {
    let Some(text) = text else {
        return ClinicConfig::default();
    };
    // Too large to be a real settings file: not parsed at all.
    if let Err(w) = check_size(text.len()) {
        super::page::warn(&w);
        return ClinicConfig::default();
    }
    match parse(&text) {
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
