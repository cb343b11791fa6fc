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
        if let Ok(h) = el.clone().dyn_into::<web_sys::HtmlElement>() {
            if !h.has_attribute("tabindex") {
                let _ = h.set_attribute("tabindex", "-1");
            }
            // Focus without its own scroll: a second scroll would fight the smooth one below.
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = h.focus_with_options(&opts);
        }
        el.scroll_into_view();
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
/// Whether the browser's first language is `code` (to offer that language, never to force it).
pub fn prefers(code: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .is_some_and(|l| l.get(..2).is_some_and(|l| l.eq_ignore_ascii_case(code)))
}

/// Open another page in place of this one (no history entry for this page's address).
pub fn replace(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(href);
    }
}

pub fn today() -> String {
    use crate::data::digits::Digits;
    let d = js_sys::Date::new_0();
    // Two digits for month and day (ISO 8601, as `render::date` reads it).
    let two = |n: u32| [if n < 10 { "0" } else { "" }, &n.digits()].concat();
    [
        d.get_full_year().digits(),
        two(d.get_month() + 1),
        two(d.get_date()),
    ]
    .join("-")
}

/// Fold a part's body away (`hidden="until-found"`: find-in-page can still reach its text and
/// open it, where the browser supports it; elsewhere it is simply hidden) or show it.
pub fn fold(body: &web_sys::Element, folded: bool) {
    let _ = if folded {
        body.set_attribute("hidden", "until-found")
    } else {
        body.remove_attribute("hidden")
    };
}

/// Show or hide a term's explanation, in place (the button says whether it is open).
pub fn toggle_term(button: &web_sys::Element) {
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    let _ = button.set_attribute("aria-expanded", if open { "false" } else { "true" });
    if let Some(def) = button
        .get_attribute("aria-controls")
        .and_then(|id| document()?.get_element_by_id(&id))
    {
        let _ = if open {
            def.set_attribute("hidden", "")
        } else {
            def.remove_attribute("hidden")
        };
    }
}
