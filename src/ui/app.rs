//! The root component: owns the state, runs the effects (URL, storage, clinic file, iframe
//! height, focus) and picks the screen.

use super::question_screen::{question_screen, QuestionProps};
use super::results::{results_screen, use_rendered, ResultsProps};
use super::start::{start_screen, StartProps};
use crate::clinic::ClinicConfig;
use crate::data::content::{Catalog, Msg};
use crate::model::answers::{label, step_title, DRUG};
use crate::model::profile::Screen;
use crate::model::questionnaire::{self, StepId};
use crate::model::screen::SectionId;
use crate::model::share_link::{decode, encode};
use crate::platform::{clinic_file, clipboard, embed, page, storage, url};
use crate::render::screens::act;
use crate::state::{reduce, Action, CopyStatus, State};
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

/// The state a visit starts with: answers from the link, else answers the person chose to keep
/// on this device, else nothing; and the clinic's settings if they are already here.
fn initial_state(clinic: Option<ClinicConfig>) -> State {
    let from_link = url::read();
    // A link we could not read at all still gets a kind message (on the start screen).
    let action = if from_link.recognised || !from_link.errors.is_empty() {
        Some(Action::LoadLink {
            decoded: from_link,
            remembered: storage::load().is_some(),
        })
    } else {
        storage::load().map(|saved| Action::LoadLink {
            decoded: decode(&saved),
            remembered: true,
        })
    };
    let s = match action {
        Some(a) => reduce(&State::default(), a),
        None => State::default(),
    };
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

/// One delegated click listener per screen, for the buttons and links inside markup: buttons
/// (`data-act`), in-page links (`data-jump`), "Change" buttons (`data-step`) and term help
/// (`data-term`).
fn on_click(d: UseReducerDispatcher<State>, link: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if let Ok(Some(link)) = el.closest("[data-jump]") {
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
        } else if let Ok(Some(button)) = el.closest("[data-act]") {
            let action = match button.get_attribute("data-act").as_deref() {
                Some(act::START) => Action::Start,
                Some(act::RESULTS) => Action::GoTo(Screen::Results),
                Some(act::FORGET) => Action::Forget,
                Some(act::BACK) => Action::Back,
                Some(act::SKIP) => Action::Skip,
                Some(act::PRINT) => return page::print(),
                Some(act::COPY) => {
                    let d = d.clone();
                    return clipboard::copy(link.clone(), move |ok| {
                        d.dispatch(Action::Copied(if ok {
                            CopyStatus::Copied
                        } else {
                            CopyStatus::Failed
                        }))
                    });
                }
                _ => return,
            };
            d.dispatch(action);
        }
    })
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
    // clinic.json was requested by the page's loader with the wasm and has usually arrived by now:
    // then the first render already uses it (no flash of the default colour, no layout jump).
    let early_clinic = use_mut_ref(clinic_file::ready);
    let state = use_reducer(|| initial_state(early_clinic.borrow().clone()));
    super::set_lang(state.profile.lang);
    let rendered = use_rendered(&state);
    let cat = Catalog::for_lang(state.profile.lang);

    // Keep the URL fragment (and, if asked, device storage) in step with the answers.
    // A new screen adds a history entry so Back/Forward work; answer changes replace it.
    {
        let last_screen = use_mut_ref(|| state.screen());
        use_effect_with(
            (state.profile.clone(), state.remember),
            move |(profile, remember)| {
                let screen = profile.screen.unwrap_or(Screen::Start);
                let new_entry = *last_screen.borrow() != screen;
                *last_screen.borrow_mut() = screen;
                if profile.is_blank() && profile.drug.is_none() && screen == Screen::Start {
                    url::clear();
                } else {
                    url::write(profile, new_entry);
                }
                if *remember {
                    storage::save(&encode(profile));
                } else {
                    storage::forget();
                }
            },
        );
    }

    // Once, on mount (one effect, as each effect type costs wasm):
    // - Back/Forward and edited links: read the fragment again;
    // - clinic settings (read once) and iframe auto-height;
    // - find-in-page revealed text in a folded part: keep that part open.
    {
        let dispatch = state.dispatcher();
        let pending = early_clinic.borrow().is_none();
        use_effect_with((), move |_| {
            let on_nav = {
                let dispatch = dispatch.clone();
                Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                    let decoded = url::read();
                    // In-page anchors like #sources are not answers; ignore them.
                    if decoded.recognised {
                        dispatch.dispatch(Action::LoadLink {
                            decoded,
                            remembered: false,
                        });
                    }
                })
            };
            let w = web_sys::window();
            if let Some(w) = &w {
                let f = on_nav.as_ref().unchecked_ref();
                let _ = w.add_event_listener_with_callback("popstate", f);
                let _ = w.add_event_listener_with_callback("hashchange", f);
            }
            // Clinic settings still on their way (a slow host): apply them when they arrive;
            // the app works meanwhile.
            if pending {
                let dispatch = dispatch.clone();
                clinic_file::load(move |config| {
                    apply_accent(&config);
                    dispatch.dispatch(Action::SetClinic(config));
                });
            }
            embed::start();
            let on_reveal = page::on_reveal(move |anchor| {
                if let Some(part) = SectionId::from_anchor(&anchor) {
                    dispatch.dispatch(Action::Open(part));
                }
            });
            move || {
                if let Some(w) = w {
                    let f = on_nav.as_ref().unchecked_ref();
                    let _ = w.remove_event_listener_with_callback("popstate", f);
                    let _ = w.remove_event_listener_with_callback("hashchange", f);
                }
                drop(on_nav);
                drop(on_reveal);
            }
        });
    }

    // A part that was just opened for a link: scroll to it once it is on screen.
    {
        let dispatch = state.dispatcher();
        use_effect_with(state.jump.clone(), move |jump| {
            if let Some(id) = jump {
                page::jump_to(id);
                dispatch.dispatch(Action::Jumped);
            }
        });
    }

    // Folded parts stay findable: `hidden="until-found"` (Yew writes a plain `hidden`).
    use_effect(page::hidden_until_found);

    // Move focus to the new screen's heading (not on first load) and start at the top.
    {
        let first = use_mut_ref(|| true);
        use_effect_with(state.screen(), move |_| {
            if *first.borrow() {
                *first.borrow_mut() = false;
            } else {
                page::scroll_to_top();
                page::focus("screen-title");
            }
        });
    }

    let onchange = {
        let d = state.dispatcher();
        Callback::from(move |p| d.dispatch(Action::SetProfile(p)))
    };
    let share_url = url::share_url(&state.profile);
    let onclick = on_click(state.dispatcher(), share_url.clone());
    // Forget needs no I/O here: it resets to a blank profile with `remember` off, and the effect
    // above then clears the link and device storage.
    let send = {
        let d = state.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };

    let screen = match state.screen() {
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
                onclick,
            })
        }
        Screen::Step(step) => question_screen(QuestionProps {
            step,
            profile: state.profile.clone(),
            onchange: onchange.clone(),
            age_text: state.age_text.clone(),
            ontypeage: send.reform(Action::TypeAge),
            onnext: {
                let d = state.dispatcher();
                Callback::from(move |()| d.dispatch(Action::Next))
            },
            onclick,
            to_results: state.seen_results,
        }),
        Screen::Results => match rendered {
            Some(rendered) => results_screen(ResultsProps {
                state: &state,
                rendered,
                dispatch: send,
                onclick,
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
