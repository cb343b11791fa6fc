//! The results screen: summary, per-medicine view, the engine's sections, values, readiness,
//! questions, actions (print, link, remember), answers, sources and the about box.
//!
//! Static content comes as markup from `render`; in-page links (`data-jump`) and "Change"
//! buttons (`data-step`) are handled by one delegated click listener.

use super::catalog;
use super::notices::link_notices;
use super::questions::{questions_view, QuestionsProps};
use super::values_view::{sure_view, values_view};
use crate::data::content::{Catalog, Msg};
use crate::data::evidence::Evidence;
use crate::engine::{explain, explanation_inputs, Explanation, SectionId};
use crate::model::answers;
use crate::model::profile::{Drug, Screen};
use crate::model::questionnaire::StepId;
use crate::platform::page;
use crate::render;
use crate::state::{Action, CopyStatus, DrugView, State};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub struct ResultsProps<'a> {
    pub state: &'a State,
    /// From `use_rendered`.
    pub rendered: Rc<Rendered>,
    pub dispatch: Callback<Action>,
    pub oncopy: Callback<()>,
    pub share_url: AttrValue,
}

/// The explanation and its markup: the expensive part of the results.
pub struct Rendered {
    ex: Rc<Explanation>,
    /// The medicine view actually shown (a view that no longer applies falls back to all).
    view: DrugView,
    sections: Vec<(SectionId, AttrValue)>,
    sources: AttrValue,
}

/// Compute the explanation and its markup, again only when their inputs change (not when a
/// readiness answer, a ticked question or an unrelated value changes), and only while the
/// results are on screen.
#[hook]
pub fn use_rendered(s: &State) -> Option<Rc<Rendered>> {
    let key = explanation_inputs(&s.profile);
    let on_results = s.screen() == Screen::Results;
    let memo = use_memo(
        (on_results, key, s.clinic.drugs.clone(), s.view),
        |(on_results, profile, drugs, view)| {
            on_results.then(|| {
                let cat = catalog();
                let ex = Rc::new(explain(profile, &Evidence::bundled(), &cat, drugs));
                let view = match *view {
                    DrugView::One(dr) if !ex.drugs.contains(&dr) => DrugView::All,
                    v => v,
                };
                let sections = ex
                    .sections
                    .iter()
                    .map(|sec| {
                        (
                            sec.id,
                            AttrValue::from(render::section(sec, &ex, view, &cat)),
                        )
                    })
                    .collect();
                let sources = AttrValue::from(render::sources(&ex, &Evidence::bundled(), &cat));
                Rc::new(Rendered {
                    ex,
                    view,
                    sections,
                    sources,
                })
            })
        },
    );
    (*memo).clone()
}

fn raw(markup: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup))
}

/// One delegated listener for in-page links and "Change" buttons inside rendered markup.
fn on_click(dispatch: Callback<Action>) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let Some(el) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if let Ok(Some(link)) = el.closest("[data-jump]") {
            e.prevent_default();
            page::jump_to(&link.get_attribute("data-jump").unwrap_or_default());
        } else if let Ok(Some(button)) = el.closest("[data-step]") {
            let code = button.get_attribute("data-step").unwrap_or_default();
            if let Some(step) = StepId::from_code(&code) {
                dispatch.emit(Action::GoTo(Screen::Step(step)));
            }
        }
    })
}

/// The results screen. A plain function: its one hook (`use_rendered`) runs in `App`, so the
/// screen costs no component type of its own.
pub fn results_screen(p: ResultsProps) -> Html {
    let cat = catalog();
    let ev = Evidence::bundled();
    let s = p.state;
    let Rendered {
        ex,
        view,
        sections: sections_html,
        sources: sources_html,
    } = &*p.rendered;
    let (ex, view) = (ex.clone(), *view);
    let d = p.dispatch.clone();
    let onchange = d.reform(Action::SetProfile);
    let onask = {
        let (profile, d) = (s.profile.clone(), d.clone());
        Callback::from(move |id: &'static str| {
            let mut np = profile.clone();
            if let Some(i) = np.ask.iter().position(|a| a == id) {
                np.ask.remove(i);
            } else {
                np.ask.push(id.to_owned());
            }
            d.emit(Action::SetProfile(np));
        })
    };

    let mut toc: Vec<(&'static str, String)> = ex
        .sections
        .iter()
        .filter(|x| x.id != SectionId::Questions)
        .map(|x| (x.id.anchor(), x.title.clone()))
        .collect();
    toc.push(("values", cat.get(Msg::SecValues).into()));
    toc.push(("sure", cat.get(Msg::SecSure).into()));
    if let Some(q) = ex.section(SectionId::Questions) {
        toc.push(("questions", q.title.clone()));
    }
    toc.push(("sources", cat.get(Msg::ResultsSourcesTitle).into()));

    let markup = |id: SectionId| {
        sections_html
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, h)| h.clone())
    };
    let section = |id: SectionId| -> Html {
        match (ex.section(id), markup(id)) {
            (Some(sec), Some(intro)) if id == SectionId::Questions => {
                questions_view(QuestionsProps {
                    section: sec,
                    asked: &s.profile.ask,
                    onask: &onask,
                    intro,
                })
            }
            (Some(_), Some(h)) => html! {
                <section class={classes!("result-section", id.anchor())} id={id.anchor()}
                    aria-labelledby={format!("h-{}", id.anchor())}>
                    { Html::from_html_unchecked(h) }
                </section>
            },
            _ => html! {},
        }
    };

    html! {
        <main key="results" id="main" class="page results" tabindex="-1" onclick={on_click(d.clone())}>
            <div class="screen-only">
                <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::ResultsTitle) }</h1>
                <p class="intro">{ cat.get(Msg::ResultsIntro) }</p>
                { link_notices(&s.link_errors, &cat) }
                { raw(render::summary(&ex, &cat)) }
                if ex.drugs.len() > 1 { { view_switch(&ex.drugs, view, &d, &cat) } }
                { raw(render::toc(&toc, &cat)) }
                { for [SectionId::Benefits, SectionId::Warning, SectionId::LifeStage, SectionId::Risks,
                       SectionId::Options, SectionId::Checklist, SectionId::Expect].into_iter().map(section) }
                { values_view(&s.profile, &ex.drugs, &onchange, s.values_open) }
                { sure_view(&s.profile, &onchange) }
                { section(SectionId::Questions) }
                { actions(&p, &cat) }
                <section class="result-section answers" id="answers" aria-labelledby="h-answers">
                    { raw(render::answers(&s.profile, &cat)) }
                </section>
                <section class="result-section sources" id="sources" aria-labelledby="h-sources">
                    { Html::from_html_unchecked(sources_html.clone()) }
                </section>
                <section class="result-section about" id="about" aria-labelledby="h-about">
                    { raw(render::about(&ev, &cat)) }
                </section>
                { clinic_contact(s, &cat) }
            </div>
            <div class="print-only print-summary">
                { for render::print_summary(&s.profile, &ex, view, &cat, &page::today())
                    .into_iter()
                    .map(|part| html! { <div>{ raw(part) }</div> }) }
            </div>
        </main>
    }
}

fn view_switch(drugs: &[Drug], view: DrugView, d: &Callback<Action>, cat: &Catalog) -> Html {
    let mut options: Vec<(DrugView, &'static str)> =
        vec![(DrugView::All, cat.get(Msg::ResultsViewAll))];
    options.extend(
        drugs
            .iter()
            .map(|dr| (DrugView::One(*dr), answers::label(answers::DRUG, *dr, cat))),
    );
    html! {
        <fieldset class="view-switch">
            <legend>{ cat.get(Msg::ResultsViewLabel) }</legend>
            <div class="segmented">
                { for options.into_iter().enumerate().map(|(i, (v, label))| {
                    let id = format!("view-{i}");
                    html! {
                        <label for={id.clone()} class={classes!("segment", (v == view).then_some("selected"))}>
                            <input type="radio" name="view" id={id} checked={v == view}
                                onchange={d.reform(move |_: Event| Action::SetView(v))} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

fn actions(p: &ResultsProps, cat: &Catalog) -> Html {
    let s = p.state;
    let d = &p.dispatch;
    let remember = s.remember;
    html! {
        <section class="result-section actions-box" aria-label={cat.get(Msg::ResultsPrint)}>
            <div class="actions">
                <button type="button" class="primary" onclick={Callback::from(|_| page::print())}>{ cat.get(Msg::ResultsPrint) }</button>
                <button type="button" class="secondary" onclick={p.oncopy.reform(|_| ())}>{ cat.get(Msg::ResultsCopyLink) }</button>
            </div>
            <div aria-live="polite">
                if s.copy == Some(CopyStatus::Copied) { <p class="notice">{ cat.get(Msg::ResultsCopied) }</p> }
                if s.copy == Some(CopyStatus::Failed) {
                    <div class="notice warning">
                        <p>{ cat.get(Msg::ResultsCopyFailed) }</p>
                        <label class="visually-hidden" for="share-url">{ cat.get(Msg::ResultsCopyLink) }</label>
                        <input id="share-url" type="text" readonly=true value={p.share_url.clone()} class="share-url" />
                    </div>
                }
            </div>
            <p class="help">{ cat.get(Msg::ResultsLinkExplain) }</p>
            <div class="remember">
                <label class="option" for="remember">
                    <input type="checkbox" id="remember" checked={remember}
                        aria-describedby="remember-help"
                        onchange={d.reform(move |_: Event| Action::SetRemember(!remember))} />
                    <span>{ cat.get(Msg::ResultsRemember) }</span>
                </label>
                <p class="help" id="remember-help">{ cat.get(Msg::ResultsRememberHelp) }</p>
                <button type="button" class="secondary" onclick={d.reform(|_| Action::Forget)}>{ cat.get(Msg::ResultsForget) }</button>
            </div>
        </section>
    }
}

fn clinic_contact(s: &State, cat: &Catalog) -> Html {
    let c = &s.clinic;
    html! {
        <>
            if let (Some(name), Some(phone)) = (&c.name, &c.phone) {
                <p class="clinic">
                    { cat.fill(Msg::ResultsClinicContact, &[("clinic", name), ("phone", phone)]) }
                </p>
            }
            if let Some(url) = &c.portal_url {
                <p class="clinic">
                    <a href={url.clone()} rel="noreferrer noopener" target="_blank">
                        { cat.get(Msg::ResultsClinicPortal) }
                        <span class="visually-hidden">{" "}{ cat.get(Msg::A11yNewWindow) }</span>
                    </a>
                </p>
            }
        </>
    }
}
