//! Browser glue: the only part of the builder that touches the page. It mounts the view once the
//! clinic settings are read, and on every change reads the form, rebuilds the link, the QR code
//! and the handout. The form is the only state.

use crate::link::{self, Choice, LANGUAGES};
use crate::view::{self, from_code, Layout, Paper};
use aa_decision_aid::clinic::ClinicConfig;
use aa_decision_aid::model::profile::{Drug, Lang};
use aa_decision_aid::model::screen::StepId;
use aa_decision_aid::model::share_link::drug_code;
use aa_decision_aid::platform::{clinic_file, clipboard, page};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What every update needs: the validated clinic settings and the guide's address.
struct Ctx {
    clinic: ClinicConfig,
    base: String,
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    document()?.get_element_by_id(id)
}

fn set_html(id: &str, html: &str) {
    if let Some(el) = by_id(id) {
        el.set_inner_html(html);
    }
}

/// The `value` attribute of the first element matching `selector` (a checked radio or a
/// selected option).
fn value(selector: &str) -> Option<String> {
    document()?
        .query_selector(selector)
        .ok()??
        .get_attribute("value")
}

fn listen(id: &str, event: &str, f: impl FnMut() + 'static) {
    let Some(el) = by_id(id) else { return };
    let mut f = f;
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| f());
    let _ = el.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    // Lives as long as the page.
    cb.forget();
}

pub fn start() {
    let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) else {
        return;
    };
    let base = link::base(&href);
    // A missing or malformed clinic.json means defaults (with a console warning).
    clinic_file::load(move |clinic| {
        if let Some(accent) = &clinic.accent {
            page::set_accent(accent);
        }
        mount(Rc::new(Ctx { clinic, base }));
    });
}

fn mount(ctx: Rc<Ctx>) {
    set_html("app", &view::page(&ctx.clinic, LANGUAGES));
    update(&ctx);
    let c = ctx.clone();
    listen("main", "change", move || update(&c));
    listen("copy", "click", copy);
    listen("print", "click", page::print);
}

/// The form's current choices.
fn read() -> (Choice, Paper, Layout) {
    let drug = value("input[name=drug]:checked")
        .and_then(|v| Drug::ALL.into_iter().find(|d| drug_code(*d) == v));
    let lang = value("#lang option:checked")
        .and_then(|i| LANGUAGES.get(i.parse::<usize>().ok()?))
        .map_or(Lang::default(), |(l, _)| *l);
    let open = value("#open option:checked").and_then(|v| StepId::from_code(&v));
    let paper = value("input[name=paper]:checked")
        .and_then(|v| from_code(&Paper::ALL, &v, Paper::code))
        .unwrap_or_default();
    let layout = value("input[name=layout]:checked")
        .and_then(|v| from_code(&Layout::ALL, &v, Layout::code))
        .unwrap_or_default();
    (Choice { drug, lang, open }, paper, layout)
}

fn update(ctx: &Ctx) {
    let (choice, paper, layout) = read();
    let link = link::link(&ctx.base, &choice);
    if let Some(el) = by_id("link") {
        el.set_text_content(Some(&link));
    }
    if let Some(el) = by_id("preview") {
        let _ = el.set_attribute("href", &link);
    }
    set_html("qr", &view::qr(&link));
    if let Some(el) = by_id("sheet") {
        el.set_class_name(&format!("sheet {} {}", paper.code(), layout.code()));
        el.set_inner_html(&view::sheet(&ctx.clinic, &ctx.base, &link, &choice, layout));
    }
    set_html("copy-status", "");
}

/// Copy the link; if the browser refuses (a portal iframe, an old browser), show it selected in
/// a field for copying by hand.
fn copy() {
    let link = by_id("link")
        .and_then(|el| el.text_content())
        .unwrap_or_default();
    clipboard::copy(link.clone(), move |ok| {
        if ok {
            set_html("copy-status", &view::copied());
            return;
        }
        set_html("copy-status", &view::copy_failed(&link));
        if let Some(input) =
            by_id("manual-link").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            let _ = input.focus();
            input.select();
        }
    });
}
