//! The root component: owns the state, runs the effects (URL, storage, clinic file, iframe
//! height, focus) and picks the screen.

use super::link_choice::link_choice;
use super::question_screen::{question_screen, QuestionProps};
use super::raw;
use super::results::{results_screen, use_rendered, ResultsProps};
use super::start::{start_screen, StartProps};
use super::steps::toggle_multi;
use crate::clinic::ClinicConfig;
use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::model::answers::{choice_spec, label, multi_spec, step_title, DRUG, WEIGHT};
use crate::model::profile::{Choice, Matter, Multi, Screen};
use crate::model::questionnaire::{self, StepId};
use crate::model::screen::SectionId;
use crate::model::share_link::{decode, encode, in_language, page_for};
use crate::platform::{clinic_file, clipboard, embed, offline, page, storage, url};
use crate::render::screens::{self, act};
use crate::state::{self, reduce, Action, Arrival, CopyStatus, DrugView, Entry, State};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = reduce(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// What the address and this device hold now. `first`: the page has just opened.
fn arrival(first: bool) -> Box<Arrival> {
    Box::new(Arrival {
        stamp: url::stamp(),
        generation: url::generation(),
        link: url::read(),
        saved: storage::load().map(|saved| decode(&saved)),
        first,
    })
}

/// The state a visit starts with: answers from the link, else answers the person chose to keep
/// on this device, else nothing (see `state::open_link` for a link opened over saved answers);
/// and the clinic's settings if they are already here.
fn initial_state(clinic: Option<ClinicConfig>) -> State {
    let s = reduce(&State::default(), Action::Arrive(arrival(true)));
    match clinic {
        Some(c) => {
            apply_accent(&c);
            reduce(&s, Action::SetClinic(c))
        }
        None => s,
    }
}

fn apply_accent(c: &ClinicConfig) {
    if let Some(a) = &c.accent {
        page::set_accent(a);
    }
}

/// The page's delegated listeners (on the app's root element, added once; no Yew element has a listener
/// of its own, so Yew's listener machinery stays out of the wasm). Each render gives them the
/// state it shows, as Yew's per-element listeners had it.
fn on_event(
    state: UseReducerHandle<State>,
    rendered: Option<Rc<super::results::Rendered>>,
    link: String,
) -> Callback<web_sys::Event> {
    let d = state.dispatcher();
    Callback::from(move |e: web_sys::Event| {
        let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        match &*e.type_() {
            "click" => {}
            // Next (the step's form).
            "submit" => {
                e.prevent_default();
                return d.dispatch(Action::Next);
            }
            "input" => {
                if el.id() == "age" {
                    d.dispatch(Action::TypeAge(page::value("age")));
                }
                return;
            }
            _ => {
                if let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() {
                    let ex = rendered.as_ref().map(|r| &*r.ex);
                    if let Some(action) = on_change(&state, ex, &input) {
                        d.dispatch(action);
                    }
                }
                return;
            }
        }
        on_click(&d, &link, &e, &el);
    })
}

/// What a changed form control asks for: a radio by its `name` and `value` (the view switch's
/// by its `id`), a checkbox by its `id`.
fn on_change(
    s: &State,
    ex: Option<&crate::engine::Explanation>,
    input: &web_sys::HtmlInputElement,
) -> Option<Action> {
    let (name, id) = (input.name(), input.id());
    let mut p = s.profile.clone();
    if input.type_() == "radio" {
        if name == "view" {
            let i: usize = id.strip_prefix("view-")?.parse().ok()?;
            return Some(Action::SetView(match i.checked_sub(1) {
                None => DrugView::All,
                Some(i) => DrugView::One(*ex?.drugs.get(i)?),
            }));
        }
        let i: usize = input.value().parse().ok()?;
        if let Some(q) = name.strip_prefix("quiz-") {
            return Some(Action::Quiz(ex?.quiz.iter().find(|x| x.id == q)?.id, i));
        } else if let Some(n) = name.strip_prefix("matter-") {
            let m = *Matter::ALL.get(n.parse::<usize>().ok()?)?;
            p.set_weight(m, WEIGHT.get(i).map(|(w, _)| *w));
        } else if let Some(n) = name.strip_prefix("sure-") {
            *p.sure.get_mut(n.parse::<usize>().ok()?)? = Some(i == 0);
        } else {
            let c = *Choice::ALL.iter().find(|c| choice_spec(**c).key == name)?;
            p.set_choice(c, Some(i));
        }
    } else if id == "remember" {
        return Some(Action::SetRemember(!s.remember));
    } else if let Some(q) = id.strip_prefix(screens::ASK_ID) {
        match p.ask.iter().position(|a| a == q) {
            Some(i) => {
                p.ask.remove(i);
            }
            None => p.ask.push(q.to_owned()),
        }
    } else {
        let m = *Multi::ALL.iter().find(|m| multi_spec(**m).key == name)?;
        // `key-i`, or `key-none` for "None of these".
        let i = id.get(name.len() + 1..)?.parse().ok();
        toggle_multi(&mut p, m, i);
    }
    Some(Action::SetProfile(p))
}

/// Clicks: the skip link, and the buttons and links inside markup: buttons (`data-act`),
/// in-page links (`data-jump`), "Change" buttons (`data-step`), term help (`data-term`) and the
/// results' part headings (`.part-toggle`).
fn on_click(
    d: &UseReducerDispatcher<State>,
    link: &str,
    e: &web_sys::Event,
    el: &web_sys::Element,
) {
    {
        if el.class_name() == "skip-link" {
            e.prevent_default();
            page::focus("main");
        } else if let Ok(Some(link)) = el.closest("[data-jump]") {
            e.prevent_default();
            let target = link.get_attribute("data-jump").unwrap_or_default();
            // A citation opens the sources at its number; other links open their part.
            if let Some(n) = target.strip_prefix("src-").and_then(|n| n.parse().ok()) {
                d.dispatch(Action::JumpToSource(n));
            } else if let Some(part) = SectionId::from_anchor(&target) {
                d.dispatch(Action::Jump(part));
            } else {
                page::jump_to(&target);
            }
        } else if let Ok(Some(button)) = el.closest("[data-term]") {
            // Term help lives inside rendered markup: toggled in place, no re-render.
            page::toggle_term(&button);
        } else if let Ok(Some(button)) = el.closest("[data-step]") {
            let code = button.get_attribute("data-step").unwrap_or_default();
            if let Some(step) = StepId::from_code(&code) {
                d.dispatch(Action::GoTo(Screen::Step(step)));
            }
        } else if let Ok(Some(toggle)) = el.closest(".part-toggle") {
            // A part's heading button: its section's id names the part.
            if let Some(part) = toggle
                .closest("section")
                .ok()
                .flatten()
                .and_then(|s| SectionId::from_anchor(&s.id()))
            {
                d.dispatch(Action::Toggle(part));
            }
        } else if let Ok(Some(button)) = el.closest("[data-act]") {
            let action = match button.get_attribute("data-act").as_deref() {
                Some(act::START) => Action::Start,
                Some(act::RESULTS) => Action::GoTo(Screen::Results),
                Some(act::FORGET) => Action::Forget,
                Some(act::BACK) => Action::Back,
                Some(act::SKIP) => Action::Skip,
                Some(act::SHOW_ALL) => Action::ShowAll(true),
                Some(act::HIDE_ALL) => Action::ShowAll(false),
                Some(act::KEEP_SAVED) => Action::KeepSaved(true),
                Some(act::USE_LINK) => Action::KeepSaved(false),
                Some(act::PRINT) => return page::print(),
                // The link, or the note for the care team as shown in its box.
                Some(act) if act == act::COPY || act == act::NOTE_COPY => {
                    let note = act == act::NOTE_COPY;
                    let text = if note {
                        page::value("care-note")
                    } else {
                        link.to_owned()
                    };
                    let d = d.clone();
                    return clipboard::copy(text, move |ok| {
                        let status = if ok {
                            CopyStatus::Copied
                        } else {
                            CopyStatus::Failed
                        };
                        d.dispatch(if note {
                            Action::NoteCopied(status)
                        } else {
                            Action::Copied(status)
                        })
                    });
                }
                _ => return,
            };
            d.dispatch(action);
        }
    }
}

/// What the live region says after a screen change.
fn announcement(s: &State, cat: &Catalog) -> String {
    match s.screen() {
        Screen::Start => String::new(),
        Screen::Results => cat.get(Msg::NavResultsAnnounce).to_owned(),
        Screen::Step(step) => {
            let total = questionnaire::steps(&s.profile).len();
            let n = questionnaire::position(&s.profile, step) + 1;
            cat.fill(
                Msg::NavStepAnnounce,
                &[
                    ("n", &n.digits()),
                    ("total", &total.digits()),
                    ("title", cat.get(step_title(step))),
                ],
            )
        }
    }
}

/// What `App` keeps between renders (one cell: each hook type costs wasm).
struct Kept {
    /// clinic.json as it was when the app started, if it had arrived.
    early_clinic: Option<ClinicConfig>,
    /// The delegated listener's current handler (`on_event`, given the state of each render).
    handler: Callback<web_sys::Event>,
    /// What the last render showed.
    seen: Option<Seen>,
}

/// What a render showed, as far as the effects after it care.
#[derive(Clone, PartialEq)]
struct Seen {
    profile: crate::model::profile::Profile,
    remember: bool,
    generation: u32,
    /// The person is choosing between saved answers and a link's.
    choosing: bool,
    jump: Option<String>,
    screen: Screen,
}

impl Seen {
    fn of(s: &State) -> Seen {
        Seen {
            profile: s.profile.clone(),
            remember: s.remember,
            generation: s.generation,
            choosing: s.saved_choice.is_some(),
            jump: s.jump.clone(),
            screen: s.screen(),
        }
    }

    /// What the address and device storage follow.
    fn answers(&self) -> (&crate::model::profile::Profile, bool, u32, bool) {
        (&self.profile, self.remember, self.generation, self.choosing)
    }
}

/// Keep the URL fragment (and, if asked, device storage) in step with the answers. A new
/// screen adds a history entry so Back/Forward work (`last_screen`: the one the address showed
/// before; none on the first render); answer changes replace it. While the person chooses
/// between saved answers and a link's, storage is left alone. After "Forget my answers", the
/// new generation is kept for this tab, so that the history entries written before it stay
/// unreadable after a reload too.
fn sync_address(now: &Seen, last_screen: Option<Screen>) {
    let (profile, generation) = (&now.profile, now.generation);
    url::save_generation(generation);
    let screen = profile.screen.unwrap_or(Screen::Start);
    let new_entry = last_screen.is_some_and(|l| l != screen);
    if profile.is_blank() && profile.drug.is_none() && screen == Screen::Start {
        url::clear(generation);
    } else {
        url::write(profile, new_entry, generation);
    }
    match (now.choosing, now.remember) {
        (true, _) => {}
        (false, true) => storage::save(&encode(profile)),
        (false, false) => storage::forget(),
    }
}

/// Once, after the first render:
/// - Back/Forward, links pasted into the address bar, and pages shown again from the
///   back/forward cache: read the address again (the reducer decides what it may show).
///   (popstate comes with every change of fragment, typed or traversed, so hashchange, which
///   follows it, is not needed. A page shown the normal way has not started the app yet at
///   `pageshow`; one restored from the cache may show answers forgotten since in this tab.)
/// - clinic settings (read once), then iframe auto-height (only then is it known which
///   portals may receive it); the offline copy;
/// - find-in-page revealed text in a folded part: keep that part open;
/// - the delegated click, change, input and submit listeners (see `on_event`).
fn on_mount(
    dispatch: UseReducerDispatcher<State>,
    kept: Rc<std::cell::RefCell<Kept>>,
    cat_lang: crate::data::content::Lang,
) {
    let on_nav = {
        let dispatch = dispatch.clone();
        Closure::<dyn FnMut()>::new(move || {
            let arrived = arrival(false);
            // A link for the other language, pasted into this page: open its page (the
            // loader does this for links that open a page).
            let lang = arrived.link.profile.lang;
            if lang != cat_lang {
                return page::replace(&[page_for(lang), "#", &url::fragment()].concat());
            }
            let g = arrived.generation;
            match state::entry_kind(arrived.stamp, g) {
                // A link opened here becomes this visit's own entry, so a later Forget
                // covers it.
                Entry::Fresh => url::mark(g),
                // Scrub the forgotten answers from the address now: the state may not
                // change (it is blank already), and then no effect would run to do it.
                Entry::Stale => url::clear(g),
                Entry::Own => {}
            }
            dispatch.dispatch(Action::Arrive(arrived));
        })
    };
    // Taken out of the cell before it runs: a dispatch may render, which replaces it.
    let on_event = Closure::<dyn Fn(web_sys::Event)>::new({
        let kept = kept.clone();
        move |e| {
            let f = kept.borrow().handler.clone();
            f.emit(e)
        }
    });
    if let Some(w) = web_sys::window() {
        let f = on_nav.as_ref().unchecked_ref();
        for e in ["popstate", "pageshow"] {
            let _ = w.add_event_listener_with_callback(e, f);
        }
        // The element the app renders into (see `crate::start`).
        if let Some(root) = w.document().and_then(|d| d.get_element_by_id("app")) {
            let f = on_event.as_ref().unchecked_ref();
            for e in ["click", "change", "input", "submit"] {
                let _ = root.add_event_listener_with_callback(e, f);
            }
        }
    }
    // Clinic settings still on their way (a slow host): apply them when they arrive;
    // the app works meanwhile.
    let early_origins = kept
        .borrow()
        .early_clinic
        .as_ref()
        .map(|c| c.embed_origins.clone());
    match early_origins {
        Some(origins) => embed::start(origins),
        None => {
            let dispatch = dispatch.clone();
            clinic_file::load(move |mut config| {
                apply_accent(&config);
                embed::start(config.embed_origins.take());
                dispatch.dispatch(Action::SetClinic(config));
            });
        }
    }
    offline::register();
    let on_reveal = page::on_reveal(move |anchor| {
        if let Some(part) = SectionId::from_anchor(&anchor) {
            dispatch.dispatch(Action::Open(part));
        }
    });
    // App is the page's root and never unmounts: the listeners live as long as the page.
    on_nav.forget();
    on_event.forget();
    if let Some(r) = on_reveal {
        r.forget();
    }
}

#[function_component(App)]
pub fn app() -> Html {
    // clinic.json was requested by the page's loader with the wasm and has usually arrived by now:
    // then the first render already uses it (no flash of the default colour, no layout jump).
    let kept = use_mut_ref(|| Kept {
        early_clinic: clinic_file::ready(),
        handler: Callback::noop(),
        seen: None,
    });
    let state = use_reducer(|| initial_state(kept.borrow().early_clinic.clone()));
    super::controls::begin_render();
    super::set_lang(state.profile.lang);
    let rendered = use_rendered(&state);
    let cat = Catalog::for_lang(state.profile.lang);

    // After each render, one effect (each effect type costs wasm) does what the render asks of
    // the page, comparing with what the last render showed (`Kept::seen`):
    // - on the first render, the page's listeners and services (`on_mount`);
    // - keep the URL fragment (and, if asked, device storage) in step with the answers;
    // - scroll to a part that was just opened for a link;
    // - tick the boxes as the answers say (see `controls`);
    // - move focus to a new screen's heading (not on first load) and start at the top.
    {
        let state = state.clone();
        let kept = kept.clone();
        let lang = cat.lang;
        use_effect(move || {
            let now = Seen::of(&state);
            let before = kept.borrow_mut().seen.replace(now.clone());
            if before.is_none() {
                on_mount(state.dispatcher(), kept, lang);
            }
            if before.as_ref().map(Seen::answers) != Some(now.answers()) {
                sync_address(
                    &now,
                    before
                        .as_ref()
                        .map(|b| b.profile.screen.unwrap_or(Screen::Start)),
                );
            }
            if let Some(id) = now.jump.as_deref() {
                if before.as_ref().and_then(|b| b.jump.as_deref()) != Some(id) {
                    page::jump_to(id);
                    state.dispatch(Action::Jumped);
                }
            }
            super::controls::apply_ticks();
            if let Some(b) = before {
                if (b.screen, b.choosing) != (now.screen, now.choosing) {
                    page::scroll_to_top();
                    page::focus("screen-title");
                }
            }
        });
    }

    // Forget needs no I/O here: it resets to a blank profile with `remember` off, and the effect
    // above then clears the link and device storage.
    let share_url = url::share_url(&state.profile);
    kept.borrow_mut().handler = on_event(state.clone(), rendered.clone(), share_url.clone());

    let screen = match state.screen() {
        _ if state.saved_choice.is_some() => link_choice(),
        Screen::Start => {
            let focus_note = match state.profile.drug {
                Some(crate::model::profile::DrugFocus::One(d)) => Some(cat.fill(
                    Msg::ResultsClinicianFocus,
                    &[("drug", label(DRUG, d, &cat))],
                )),
                _ => None,
            };
            start_screen(StartProps {
                has_answers: !state.profile.is_blank(),
                focus_note: focus_note.as_deref(),
                forgotten: state.forgotten,
                link_errors: &state.link_errors,
            })
        }
        Screen::Step(step) => question_screen(QuestionProps {
            step,
            profile: state.profile.clone(),
            age_text: state.age_text.clone(),
            to_results: state.seen_results,
        }),
        Screen::Results => match rendered {
            Some(rendered) => results_screen(ResultsProps {
                state: &state,
                rendered,
                share_url: AttrValue::from(share_url),
            }),
            None => html! {},
        },
    };

    let other = cat.lang.other();
    html! {
        <>
            <a class="skip-link" href="#main">
                { cat.get(Msg::AppSkipLink) }
            </a>
            { raw(screens::lang_switch(&cat, &in_language(&state.profile, other), other.code(), page::prefers(other.code()))) }
            { Html::from_html_unchecked(AttrValue::from(crate::render::SVG_DEFS)) }
            { screen }
            <div class="visually-hidden" role="status" aria-live="polite">{ announcement(&state, &cat) }</div>
        </>
    }
}
