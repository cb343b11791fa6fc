//! The results screen, in two layers: first what a person reads in a few minutes (purpose, key
//! points, each medicine's main benefit and side effect, the urgent signs, the next steps);
//! then every detail one tap away, each part a fold ([`Part`]): the engine's sections, the
//! knowledge check, values, readiness, questions, the note, keeping the answers, the answers,
//! sources, about. The engine's text is a document ([`Markup`] from `render`); the links and
//! term buttons inside it are handled by [`on_document_click`].

use super::controls::option_id;
use super::values::{SureCheck, ValuesPart};
use super::visit::{AnswersList, CareNote, Keep, NewTabLink, QuestionPicker, Quiz};
use super::{markup, start::LinkNotices, use_catalog};
use crate::data::content::{Catalog, Msg};
use crate::data::evidence::Evidence;
use crate::engine::{explain, explanation_inputs, quiz_score, Explanation, SectionId};
use crate::model::answers;
use crate::model::profile::{Drug, Screen};
use crate::platform::page;
use crate::render::{self, Markup};
use crate::state::{link_action, Action, DrugView, State};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The explanation and its markup: the expensive part of the results.
#[derive(PartialEq)]
pub struct Rendered {
    pub ex: Rc<Explanation>,
    key_points: Markup,
    glance: Markup,
    sections: Vec<(SectionId, Markup)>,
    sources: Markup,
}

/// Compute the explanation and its markup, again only when their inputs change (not when a
/// readiness answer, a ticked question, an unrelated value, the medicine view or an opened part
/// changes), and only while the results are on screen. The medicine view is a class on the
/// page (blocks carry `data-d`), so switching medicines re-renders no document.
#[hook]
pub fn use_rendered(s: &State, cat: Catalog, words: bool) -> Option<Rc<Rendered>> {
    let key = explanation_inputs(&s.profile);
    // (`words`: the results' texts have arrived.)
    let on_results = s.screen() == Screen::Results && words;
    let memo = use_memo(
        (on_results, key, s.clinic.drugs.clone(), cat),
        |(on_results, profile, drugs, cat)| {
            on_results.then(|| {
                let ex = Rc::new(explain(profile, &Evidence::bundled(), cat, drugs));
                let sections = ex
                    .sections
                    .iter()
                    .map(|sec| (sec.id, render::section(sec, &ex, cat)))
                    .collect();
                Rc::new(Rendered {
                    key_points: render::key_points(&ex, cat),
                    glance: render::glance(&ex, cat),
                    sources: render::sources(&ex, &Evidence::bundled(), cat),
                    ex,
                    sections,
                })
            })
        },
    );
    (*memo).clone()
}

/// Clicks on the document's own links and buttons: an in-page link (`data-jump`) opens its
/// part (or the sources at a citation's number) without touching the address; a term's button
/// shows its one-sentence explanation in place.
fn on_document_click(on_action: Callback<Action>) -> Callback<MouseEvent> {
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
            match link_action(&target) {
                Some(action) => on_action.emit(action),
                None => page::jump_to(&target),
            }
        } else if let Ok(Some(button)) = el.closest("[data-term]") {
            page::toggle_term(&button);
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct PartProps {
    pub id: SectionId,
    pub title: AttrValue,
    pub open: bool,
    pub on_toggle: Callback<SectionId>,
    #[prop_or_default]
    pub children: Html,
}

/// One part of the results: a heading that opens and closes it (the W3C disclosure pattern),
/// and its body. A closed body stays in the page as `hidden="until-found"`, so the browser's
/// find-in-page can still reach it and open it. (`html!` knows `hidden` only as on/off, so
/// the effect sets it.)
#[function_component(Part)]
pub fn part(p: &PartProps) -> Html {
    let body_ref = use_node_ref();
    {
        let body_ref = body_ref.clone();
        use_effect_with(p.open, move |open| {
            if let Some(el) = body_ref.cast::<web_sys::Element>() {
                page::fold(&el, !*open);
            }
        });
    }
    let anchor = p.id.anchor();
    let heading = ["h-", anchor].concat();
    let body = ["body-", anchor].concat();
    let id = p.id;
    html! {
        <section id={anchor} aria-labelledby={heading.clone()} class={if p.open { "part open" } else { "part" }}>
            <h2 id={heading}>
                <button type="button" class="part-toggle" aria-expanded={if p.open { "true" } else { "false" }}
                    aria-controls={body.clone()} onclick={p.on_toggle.reform(move |_: MouseEvent| id)}>
                    { p.title.clone() }<span class="chev" aria-hidden="true"></span>
                </button>
            </h2>
            <div id={body} class="part-body" ref={body_ref}>
                { p.children.clone() }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    pub drugs: Vec<Drug>,
    pub view: DrugView,
    pub on_select: Callback<DrugView>,
}

/// All medicines, or one: a segmented radio group.
#[function_component(ViewSwitch)]
pub fn view_switch(p: &ViewSwitchProps) -> Html {
    let cat = use_catalog();
    let mut options = vec![(DrugView::All, cat.get(Msg::ResultsViewAll))];
    options.extend(
        p.drugs
            .iter()
            .map(|d| (DrugView::One(*d), answers::label(answers::DRUG, *d, &cat))),
    );
    html! {
        <fieldset class="view-switch">
            <legend>{ cat.get(Msg::ResultsViewLabel) }</legend>
            <div class="segmented">
                { for options.into_iter().enumerate().map(|(i, (v, label))| {
                    let id = option_id("view", Some(i));
                    html! {
                        <label for={id.clone()} class={if v == p.view { "segment selected" } else { "segment" }}>
                            <input type="radio" name="view" {id} checked={v == p.view}
                                onchange={p.on_select.reform(move |_: Event| v)} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    /// "Questions to ask" and "Check what you know" are shown (a medicine applies).
    pub questions: bool,
    pub quiz: bool,
    pub on_jump: Callback<SectionId>,
    pub on_print: Callback<()>,
}

/// "What next": numbered links to the visit tools, and Print.
#[function_component(NextSteps)]
pub fn next_steps(p: &NextStepsProps) -> Html {
    let cat = use_catalog();
    let steps = [
        (SectionId::Values, Msg::ResultsNextValues, true),
        (SectionId::Sure, Msg::ResultsNextSure, true),
        (SectionId::Questions, Msg::ResultsNextQuestions, p.questions),
        (SectionId::Quiz, Msg::ResultsNextQuiz, p.quiz),
        (SectionId::Note, Msg::ResultsNextNote, true),
    ];
    html! {
        <nav class="next-steps" aria-labelledby="h-next">
            <h2 id="h-next">{ cat.get(Msg::ResultsNextTitle) }</h2>
            <ul>
                // Numbered in order, skipping the parts that are not shown.
                { for steps.into_iter().filter(|s| s.2).enumerate().map(|(i, (id, label, _))| {
                    let href = ["#", id.anchor()].concat();
                    let onclick = p.on_jump.reform(move |e: MouseEvent| {
                        e.prevent_default();
                        id
                    });
                    html! {
                        <li><a {href} {onclick}><span class="icon" aria-hidden="true">{ i + 1 }</span>{ cat.get(label) }</a></li>
                    }
                }) }
                <li>
                    <button type="button" class="primary" onclick={p.on_print.reform(|_: MouseEvent| ())}>
                        { cat.get(Msg::ResultsPrint) }
                    </button>
                </li>
            </ul>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsScreenProps {
    pub state: UseReducerHandle<State>,
    pub rendered: Rc<Rendered>,
    pub share_url: AttrValue,
    pub today: AttrValue,
    pub on_action: Callback<Action>,
    /// Copy this text to the clipboard (the share link).
    pub on_copy_link: Callback<AttrValue>,
    /// Copy this text to the clipboard (the note for the care team).
    pub on_copy_note: Callback<AttrValue>,
}

#[function_component(ResultsScreen)]
pub fn results_screen(p: &ResultsScreenProps) -> Html {
    let cat = use_catalog();
    let s = &*p.state;
    let ex = &p.rendered.ex;
    let on = &p.on_action;
    let on_toggle = on.reform(Action::Toggle);
    let on_answer = on.reform(Action::Answer);
    // A view that no longer applies (the age changed) falls back to all medicines.
    let view = match s.view {
        DrugView::One(d) if !ex.drugs.contains(&d) => DrugView::All,
        v => v,
    };
    let view_class = match view {
        DrugView::All => "page results view-all",
        DrugView::One(d) => match render::drug_code(d) {
            "b" => "page results view-b",
            "r" => "page results view-r",
            _ => "page results view-d",
        },
    };
    let fold = |id: SectionId, title: AttrValue, body: Html| {
        html! {
            <Part {id} {title} open={s.open.contains(&id)} on_toggle={on_toggle.clone()}>{ body }</Part>
        }
    };
    let section_markup = |id: SectionId| {
        p.rendered
            .sections
            .iter()
            .find(|(x, _)| *x == id)
            .map(|(_, m)| m)
    };
    let engine_part = |id: SectionId| match (ex.section(id), section_markup(id)) {
        (Some(sec), Some(m)) => fold(id, sec.title.clone().into(), markup(m)),
        _ => html! {},
    };
    let all_open = s.open.len() == SectionId::ALL.len();
    let review = s.clinic.review();
    let score = quiz_score(&ex.quiz, &s.quiz);
    let note = render::care_note::care_note(&s.profile, ex, &cat, &p.today, score);
    let has_questions = ex.section(SectionId::Questions).is_some();
    let ev = Evidence::bundled();

    html! {
        <main key="results" id="main" tabindex="-1" class={view_class}>
            <div class="screen-only" onclick={on_document_click(on.clone())}>
                <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::ResultsTitle) }</h1>
                <p class="intro">{ cat.get(Msg::ResultsPurpose) }</p>
                <LinkNotices errors={s.link_errors.clone()} />
                if let Some(then) = s.link_evidence.as_deref().filter(|v| *v != ev.meta.last_reviewed) {
                    <p class="notice">
                        { cat.fill(Msg::ResultsLinkEvidence, &[("then", &render::date(&cat, then)), ("now", &render::date(&cat, ev.meta.last_reviewed))]) }
                    </p>
                }
                { markup(&p.rendered.key_points) }
                if ex.drugs.len() > 1 {
                    <ViewSwitch drugs={ex.drugs.clone()} {view} on_select={on.reform(Action::SetView)} />
                }
                { markup(&p.rendered.glance) }
                <NextSteps questions={has_questions} quiz={!ex.quiz.is_empty()}
                    on_jump={on.reform(Action::Jump)} on_print={Callback::from(|()| page::print())} />
                <div class="details-bar">
                    <h2>{ cat.get(Msg::ResultsDetailsTitle) }</h2>
                    <button type="button" class="secondary" onclick={on.reform(move |_: MouseEvent| Action::ShowAll(!all_open))}>
                        { cat.get(if all_open { Msg::ResultsHideAll } else { Msg::ResultsShowAll }) }
                    </button>
                </div>
                { for [SectionId::Benefits, SectionId::Warning, SectionId::LifeStage, SectionId::Risks,
                       SectionId::Options, SectionId::Checklist, SectionId::Expect].into_iter().map(engine_part) }
                if !ex.quiz.is_empty() {
                    { fold(SectionId::Quiz, cat.get(Msg::QuizTitle).into(), html! {
                        <Quiz ex={ex.clone()} chosen={s.quiz.clone()} on_choose={on.reform(|(id, i)| Action::Quiz(id, i))} />
                    }) }
                }
                { fold(SectionId::Values, cat.get(Msg::SecValues).into(), html! {
                    <ValuesPart profile={s.profile.clone()} drugs={ex.drugs.clone()} on_answer={on_answer.clone()} />
                }) }
                { fold(SectionId::Sure, cat.get(Msg::SecSure).into(), html! {
                    <SureCheck sure={s.profile.sure} on_answer={on_answer.clone()} />
                }) }
                if let (Some(sec), Some(intro)) = (ex.section(SectionId::Questions), section_markup(SectionId::Questions)) {
                    { fold(SectionId::Questions, sec.title.clone().into(), html! {
                        <QuestionPicker ex={ex.clone()} intro={intro.clone()} asked={s.profile.ask.clone()} on_answer={on_answer.clone()} />
                    }) }
                }
                { fold(SectionId::Note, cat.get(Msg::NoteTitle).into(), html! {
                    <CareNote note={note} status={s.note_copy} portal_url={s.clinic.portal_url.clone().map(AttrValue::from)}
                        on_copy={p.on_copy_note.clone()} />
                }) }
                { fold(SectionId::Keep, cat.get(Msg::ResultsKeepTitle).into(), html! {
                    <Keep share_url={p.share_url.clone()} copy={s.copy} remember={s.remember}
                        on_copy={p.on_copy_link.clone()} on_remember={on.reform(Action::SetRemember)}
                        on_forget={on.reform(|()| Action::Forget)} />
                }) }
                { fold(SectionId::Answers, cat.get(Msg::ResultsAnswersTitle).into(), html! {
                    <AnswersList profile={s.profile.clone()} on_change={on.reform(|step| Action::GoTo(Screen::Step(step)))} />
                }) }
                { fold(SectionId::Sources, cat.get(Msg::ResultsSourcesTitle).into(), markup(&p.rendered.sources)) }
                { fold(SectionId::About, cat.get(Msg::ResultsAboutTitle).into(), markup(&render::about(&ev, &cat, review))) }
                if let (Some(name), Some(phone)) = (&s.clinic.name, &s.clinic.phone) {
                    <p class="clinic">{ cat.fill(Msg::ResultsClinicContact, &[("clinic", name), ("phone", phone)]) }</p>
                }
                if let Some(url) = &s.clinic.portal_url {
                    <p class="clinic"><NewTabLink href={url.clone()} label={cat.get(Msg::ResultsClinicPortal)} /></p>
                }
            </div>
            <div class="print-only print-summary">
                { for render::print_summary(&s.profile, ex, &cat, &p.today, review, score)
                    .iter()
                    .map(|part| html! { <div>{ markup(part) }</div> }) }
            </div>
        </main>
    }
}
