//! Read `clinic.json` once, from the same origin, and hand its raw fields to `clinic` for
//! validation. A missing file means defaults; a broken one logs a warning.

use crate::clinic::{ClinicConfig, Field, RawClinic};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
    })
}

/// Fetch and validate. Never fails: problems become console warnings and defaults.
pub async fn load() -> ClinicConfig {
    let Some(w) = web_sys::window() else {
        return ClinicConfig::default();
    };
    let init = web_sys::RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_mode(web_sys::RequestMode::SameOrigin);
    let Ok(req) = web_sys::Request::new_with_str_and_init("clinic.json", &init) else {
        return ClinicConfig::default();
    };
    let Ok(resp) = JsFuture::from(w.fetch_with_request(&req)).await else {
        return ClinicConfig::default();
    };
    let resp: web_sys::Response = resp.unchecked_into();
    if !resp.ok() {
        return ClinicConfig::default();
    }
    let Ok(promise) = resp.text() else {
        return ClinicConfig::default();
    };
    let Ok(text) = JsFuture::from(promise).await else {
        return ClinicConfig::default();
    };
    match parse(&text.as_string().unwrap_or_default()) {
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
