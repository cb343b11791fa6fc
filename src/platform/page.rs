//! Small page effects: focus, scrolling, printing, the accent colour, console warnings.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Move keyboard and screen-reader focus to an element (headings have tabindex="-1").
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scroll an in-page target into view and focus it, without touching the URL fragment (which
/// holds the answers).
pub fn jump_to(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view();
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            if !h.has_attribute("tabindex") {
                let _ = h.set_attribute("tabindex", "-1");
            }
            let _ = h.focus();
        }
    }
}

pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Apply a validated clinic accent colour (CSSOM, which the CSP allows).
pub fn set_accent(colour: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        if let Ok(h) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = h.style().set_property("--accent", colour);
        }
    }
}

pub fn warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

/// Today's date as YYYY-MM-DD, for the printed summary.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
