//! The root component: owns the state, runs the effects (URL, storage, clinic file, iframe
//! height, focus) and picks the screen.

use super::link_choice::link_choice;
use super::question_screen::{question_screen, QuestionProps};
use super::results::{results_screen, use_rendered, ResultsProps};
use super::start::{start_screen, StartProps};
use crate::data::content::{Catalog, Msg};
use crate::model::answers::{label, step_title, DRUG};
use crate::model::profile::Screen;
use crate::model::questionnaire;
use crate::model::share_link::{decode, encode};
use crate::platform::{clinic_file, clipboard, embed, offline, page, storage, url};
use crate::state::{self, reduce, Action, Arrival, CopyStatus, Entry, State};
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
/// on this device, else nothing (see `state::open_link` for a link opened over saved answers).
fn initial_state() -> State {
    reduce(&State::default(), Action::Arrive(arrival(true)))
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
                    ("n", &n.to_string()),
                    ("total", &total.to_string()),
                    ("title", cat.get(step_title(step))),
                ],
            )
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    super::set_lang(state.profile.lang);
    let rendered = use_rendered(&state);
    let cat = Catalog::for_lang(state.profile.lang);

    // Keep the URL fragment (and, if asked, device storage) in step with the answers.
    // A new screen adds a history entry so Back/Forward work; answer changes replace it.
    // While the person chooses between saved answers and a link's, storage is left alone.
    // After "Forget my answers", the new generation is kept for this tab, so that the history
    // entries written before it stay unreadable after a reload too.
    {
        let last_screen = use_mut_ref(|| state.screen());
        use_effect_with(
            (
                state.profile.clone(),
                state.remember,
                state.generation,
                state.saved_choice.is_some(),
            ),
            move |(profile, remember, generation, choosing)| {
                url::save_generation(*generation);
                let screen = profile.screen.unwrap_or(Screen::Start);
                let new_entry = *last_screen.borrow() != screen;
                *last_screen.borrow_mut() = screen;
                if profile.is_blank() && profile.drug.is_none() && screen == Screen::Start {
                    url::clear(*generation);
                } else {
                    url::write(profile, new_entry, *generation);
                }
                match (*choosing, *remember) {
                    (true, _) => {}
                    (false, true) => storage::save(&encode(profile)),
                    (false, false) => storage::forget(),
                }
            },
        );
    }

    // Back/Forward, links pasted into the address bar, and pages shown again from the
    // back/forward cache: read the address again (the reducer decides what it may show).
    // (popstate comes with every change of fragment, typed or traversed, so hashchange, which
    // follows it, is not needed. A page shown the normal way has not started the app yet at
    // `pageshow`; one restored from the cache may show answers forgotten since in this tab.)
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let on_nav = Closure::<dyn FnMut()>::new(move || {
                let arrived = arrival(false);
                let g = arrived.generation;
                match state::entry_kind(arrived.stamp, g) {
                    // A link opened here becomes this visit's own entry, so a later Forget
                    // covers it.
                    Entry::Fresh => url::mark(g),
                    // Scrub the forgotten answers from the address now: the state may not change
                    // (it is blank already), and then no effect would run to do it.
                    Entry::Stale => url::clear(g),
                    Entry::Own => {}
                }
                dispatch.dispatch(Action::Arrive(arrived));
            });
            if let Some(w) = web_sys::window() {
                let f = on_nav.as_ref().unchecked_ref();
                for e in ["popstate", "pageshow"] {
                    let _ = w.add_event_listener_with_callback(e, f);
                }
            }
            // App is the page's root and never unmounts: the listener lives as long as the page.
            on_nav.forget();
        });
    }

    // Clinic settings (read once), then iframe auto-height (only now is it known which portals
    // may receive it); and the offline copy, once the app is running.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            clinic_file::load(move |mut config| {
                if let Some(a) = &config.accent {
                    page::set_accent(a);
                }
                embed::start(config.embed_origins.take());
                dispatch.dispatch(Action::SetClinic(config));
            });
            offline::register();
        });
    }

    // Move focus to the new screen's heading (not on first load) and start at the top.
    {
        let first = use_mut_ref(|| true);
        use_effect_with((state.screen(), state.saved_choice.is_some()), move |_| {
            if *first.borrow() {
                *first.borrow_mut() = false;
            } else {
                page::scroll_to_top();
                page::focus("screen-title");
            }
        });
    }

    let dispatch = |a: fn() -> Action| {
        let d = state.dispatcher();
        Callback::from(move |()| d.dispatch(a()))
    };
    let onchange = {
        let d = state.dispatcher();
        Callback::from(move |p| d.dispatch(Action::SetProfile(p)))
    };
    let share_url = url::share_url(&state.profile);
    let oncopy = {
        let d = state.dispatcher();
        let link = share_url.clone();
        Callback::from(move |()| {
            let d = d.clone();
            clipboard::copy(link.clone(), move |ok| {
                d.dispatch(Action::Copied(if ok {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                }))
            });
        })
    };
    // Forget needs no I/O here: it resets to a blank profile with `remember` off, and the effect
    // above then clears the link and device storage.
    let send = {
        let d = state.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };

    let screen = match state.screen() {
        _ if state.saved_choice.is_some() => link_choice(&send),
        Screen::Start => {
            let focus_note = match state.profile.drug {
                Some(crate::model::profile::DrugFocus::One(d)) => Some(AttrValue::from(cat.fill(
                    Msg::ResultsClinicianFocus,
                    &[("drug", label(DRUG, d, &cat))],
                ))),
                _ => None,
            };
            start_screen(StartProps {
                onstart: dispatch(|| Action::Start),
                has_answers: !state.profile.is_blank(),
                onresults: dispatch(|| Action::GoTo(Screen::Results)),
                onreset: send.reform(|()| Action::Forget),
                focus_note,
                forgotten: state.forgotten,
                link_errors: state.link_errors.clone(),
            })
        }
        Screen::Step(step) => question_screen(QuestionProps {
            step,
            profile: state.profile.clone(),
            onchange: onchange.clone(),
            age_text: state.age_text.clone(),
            ontypeage: send.reform(Action::TypeAge),
            onnext: dispatch(|| Action::Next),
            onback: dispatch(|| Action::Back),
            onskip: dispatch(|| Action::Skip),
            onresults: state
                .seen_results
                .then(|| dispatch(|| Action::GoTo(Screen::Results))),
        }),
        Screen::Results => match rendered {
            Some(rendered) => results_screen(ResultsProps {
                state: &state,
                rendered,
                dispatch: send,
                oncopy,
                share_url: AttrValue::from(share_url),
            }),
            None => html! {},
        },
    };

    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); page::focus("main"); })}>
                { cat.get(Msg::AppSkipLink) }
            </a>
            { Html::from_html_unchecked(AttrValue::from(crate::render::SVG_DEFS)) }
            { screen }
            <div class="visually-hidden" role="status" aria-live="polite">{ announcement(&state, &cat) }</div>
        </>
    }
}
