//! The root component: owns the state, runs the effects (address, storage, clinic file, iframe
//! height, focus) and picks the screen. Every effect is a hook here; the browser calls they make
//! live in `crate::platform`.

use super::markup;
use super::question::QuestionScreen;
use super::results::{use_rendered, ResultsScreen};
use super::start::{LinkChoice, StartScreen};
use crate::clinic::ClinicConfig;
use crate::data::content::Part;
use crate::data::content::{Catalog, Lang, Msg};
use crate::data::digits::Digits;
use crate::data::evidence::Evidence;
use crate::model::answers::{label, step_title, DRUG};
use crate::model::profile::{DrugFocus, Profile, Screen};
use crate::model::questionnaire;
use crate::model::screen::SectionId;
use crate::model::share_link::{decode, encode, in_language, named_lang, page_for};
use crate::platform::{clinic_file, clipboard, embed, offline, page, storage, text, url};
use crate::render::{Markup, SVG_DEFS};
use crate::state::{self, reduce, Action, Arrival, CopyStatus, Entry, State};
use gloo_events::{EventListener, EventListenerOptions};
use std::rc::Rc;
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
    let page = State {
        page_lang: text::page_lang(),
        ..State::default()
    };
    let s = reduce(&page, Action::Arrive(arrival(true)));
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

/// Keep the URL fragment (and, if asked, device storage) in step with the answers. A new
/// screen adds a history entry so Back/Forward work (`last_screen`: the one the address showed
/// before; none on the first render); answer changes replace it. While the person chooses
/// between saved answers and a link's, storage is left alone. After "Forget my answers", the
/// new generation is kept for this tab, so that the history entries written before it stay
/// unreadable after a reload too.
fn sync_address(
    profile: &Profile,
    remember: bool,
    generation: u32,
    choosing: bool,
    last_screen: Option<Screen>,
) {
    url::save_generation(generation);
    let screen = profile.screen.unwrap_or(Screen::Start);
    let new_entry = last_screen.is_some_and(|l| l != screen);
    if profile.is_blank() && profile.drug.is_none() && screen == Screen::Start {
        url::clear(generation);
    } else {
        url::write(profile, new_entry, generation);
    }
    match (choosing, remember) {
        (true, _) => {}
        (false, true) => storage::save(&encode(profile)),
        (false, false) => storage::forget(),
    }
}

/// Once, after the first render (the listeners live as long as the returned list):
/// - Back/Forward, links pasted into the address bar, and pages shown again from the
///   back/forward cache: read the address again (the reducer decides what it may show).
///   (popstate comes with every change of fragment, typed or traversed, so hashchange, which
///   follows it, is not needed.)
/// - clinic settings (read once), then iframe auto-height (only then is it known which
///   portals may receive it); the offline copy;
/// - find-in-page revealed text in a folded part: keep that part open;
/// - the words the results need (the loader already fetched them for a link to the results).
fn on_mount(
    dispatch: UseReducerDispatcher<State>,
    early_origins: Option<Option<String>>,
    lang: Lang,
) -> Vec<EventListener> {
    let mut listeners = Vec::new();
    let Some(w) = web_sys::window() else {
        return listeners;
    };
    for event in ["popstate", "pageshow"] {
        let dispatch = dispatch.clone();
        listeners.push(EventListener::new(&w, event, move |_| {
            // A link that names the other language, pasted into this page: open its page (the
            // loader does this for links that open a page).
            if let Some(other) = named_lang(&url::fragment()).filter(|l| *l != lang) {
                return page::replace(&[page_for(other), "#", &url::fragment()].concat());
            }
            let arrived = arrival(false);
            let g = arrived.generation;
            match state::entry_kind(arrived.stamp, g) {
                // A link opened here becomes this visit's own entry, so a later Forget covers it.
                Entry::Fresh => url::mark(g),
                // Scrub the forgotten answers from the address now: the state may not change
                // (it is blank already), and then no effect would run to do it.
                Entry::Stale => url::clear(g),
                Entry::Own => {}
            }
            dispatch.dispatch(Action::Arrive(arrived));
        }));
    }
    // Clinic settings still on their way (a slow host): apply them when they arrive; the app
    // works meanwhile.
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
    {
        let dispatch = dispatch.clone();
        text::load(lang, Part::Rest, move |loaded| {
            dispatch.dispatch(Action::ResultsText(loaded.is_ok()));
        });
    }
    offline::register();
    // `beforematch` does not bubble: listen in the capture phase.
    if let Some(doc) = w.document() {
        let options = EventListenerOptions::run_in_capture_phase();
        listeners.push(EventListener::new_with_options(
            &doc,
            "beforematch",
            options,
            move |e| {
                let id = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .map(|el| el.id())
                    .unwrap_or_default();
                if let Some(part) = id.strip_prefix("body-").and_then(SectionId::from_anchor) {
                    dispatch.dispatch(Action::Open(part));
                }
            },
        ));
    }
    listeners
}

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// This page's answers on the other language's page.
    pub href: AttrValue,
    pub lang: Lang,
    /// The browser prefers that language: say in it that the guide exists in it.
    pub offer: bool,
}

/// The other language's page with the same answers: on every screen, as in the static page.
#[function_component(LangSwitch)]
pub fn lang_switch(p: &LangSwitchProps) -> Html {
    let cat = super::use_catalog();
    let code = p.lang.code();
    html! {
        <p class="lang-switch">
            if p.offer {
                <span lang={code}>{ cat.get(Msg::AppLangOffer) }</span>{ " " }
            }
            <a href={p.href.clone()} hreflang={code} lang={code}>{ cat.get(Msg::AppLangSwitch) }</a>
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReviewDueProps {
    /// The device's date (ISO).
    pub today: AttrValue,
}

/// A calm notice on every screen once the date by which the content was due to be checked
/// again has passed (the guide keeps working: a person may still read it, and ask their clinic).
#[function_component(ReviewDue)]
pub fn review_due(p: &ReviewDueProps) -> Html {
    let cat = super::use_catalog();
    let meta = &Evidence::bundled().meta;
    if !meta.review_overdue(&p.today) {
        return html! {};
    }
    html! {
        <aside class="notice review-due" aria-label={cat.get(Msg::AppReviewDueLabel)}>
            <p>{ cat.fill(Msg::AppReviewDue, &[("date", &crate::render::date(&cat, meta.next_review))]) }</p>
        </aside>
    }
}

#[function_component(App)]
pub fn app() -> Html {
    // clinic.json was requested by the page's loader with the wasm and has usually arrived by
    // now: then the first render already uses it (no flash of the default colour).
    let early_clinic = use_memo((), |_| clinic_file::ready());
    let state = use_reducer({
        let early = early_clinic.clone();
        move || initial_state((*early).clone())
    });
    let cat = Catalog::for_lang(state.page_lang);
    let rendered = use_rendered(&state, cat, state.results_text == Some(true));
    let on_action = {
        let d = state.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };

    // The page's listeners and services, once.
    {
        let dispatch = state.dispatcher();
        let origins = early_clinic
            .as_ref()
            .as_ref()
            .map(|c| c.embed_origins.clone());
        let lang = cat.lang;
        use_effect_with((), move |_| {
            let listeners = on_mount(dispatch, origins, lang);
            move || drop(listeners)
        });
    }
    // The address (and, if asked, device storage) follows the answers. Forget needs no I/O of
    // its own: it resets to a blank profile with `remember` off, and this clears both.
    {
        let last_screen = use_mut_ref(|| None::<Screen>);
        let deps = (
            state.profile.clone(),
            state.remember,
            state.generation,
            state.saved_choice.is_some(),
        );
        use_effect_with(deps, move |(profile, remember, generation, choosing)| {
            let screen = profile.screen.unwrap_or(Screen::Start);
            let before = last_screen.borrow_mut().replace(screen);
            sync_address(profile, *remember, *generation, *choosing, before);
        });
    }
    // Scroll to (and focus) what a link, an in-page jump or an invalid age asked for; on the
    // results, once their words have arrived and the part is on the page.
    {
        let dispatch = state.dispatcher();
        let waiting = state.screen() == Screen::Results && state.results_text != Some(true);
        use_effect_with((state.jump.clone(), waiting), move |(jump, waiting)| {
            if let (Some(id), false) = (jump, waiting) {
                page::jump_to(id);
                dispatch.dispatch(Action::Jumped);
            }
        });
    }
    // A new screen: start at the top, focus its heading (not on first load).
    {
        let first = use_mut_ref(|| true);
        use_effect_with((state.screen(), state.saved_choice.is_some()), move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                page::scroll_to_top();
                page::focus("screen-title");
            }
        });
    }

    let copy = |done: fn(CopyStatus) -> Action| {
        let d = state.dispatcher();
        Callback::from(move |text: AttrValue| {
            let d = d.clone();
            clipboard::copy(text.to_string(), move |ok| {
                d.dispatch(done(if ok {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                }))
            });
        })
    };

    let screen = match state.screen() {
        _ if state.saved_choice.is_some() => html! { <LinkChoice on_action={on_action.clone()} /> },
        Screen::Start => {
            let focus_note = match state.profile.drug {
                Some(DrugFocus::One(d)) => Some(AttrValue::from(cat.fill(
                    Msg::ResultsClinicianFocus,
                    &[("drug", label(DRUG, d, &cat))],
                ))),
                _ => None,
            };
            html! {
                <StartScreen has_answers={!state.profile.is_blank()} {focus_note}
                    forgotten={state.forgotten} link_errors={state.link_errors.clone()}
                    on_action={on_action.clone()} />
            }
        }
        Screen::Step(step) => html! {
            <QuestionScreen {step} profile={state.profile.clone()}
                age_text={state.age_text.clone().map(AttrValue::from)}
                to_results={state.seen_results} on_action={on_action.clone()} />
        },
        Screen::Results => match rendered {
            _ if state.results_text != Some(true) => {
                let message = if state.results_text.is_none() {
                    Msg::AppResultsLoading
                } else {
                    Msg::AppResultsFailed
                };
                html! {
                    <main key="results-wait" id="main" class="page results" tabindex="-1">
                        <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::ResultsTitle) }</h1>
                        <p class="notice" role="status">{ cat.get(message) }</p>
                    </main>
                }
            }
            Some(rendered) => html! {
                <ResultsScreen state={state.clone()} {rendered}
                    share_url={url::share_url(&state.profile)} today={page::today()}
                    on_action={on_action.clone()} on_copy_link={copy(Action::Copied)}
                    on_copy_note={copy(Action::NoteCopied)} />
            },
            None => html! {},
        },
    };

    let other = cat.lang.other();
    html! {
        <ContextProvider<Catalog> context={cat}>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                page::focus("main");
            })}>
                { cat.get(Msg::AppSkipLink) }
            </a>
            <LangSwitch href={in_language(&state.profile, other)} lang={other} offer={page::prefers(other.code())} />
            <ReviewDue today={page::today()} />
            { markup(&Markup::fixed(SVG_DEFS)) }
            { screen }
            <div class="visually-hidden" role="status" aria-live="polite">{ announcement(&state, &cat) }</div>
        </ContextProvider<Catalog>>
    }
}
