//! The results screen, in two layers: first what a person reads in a few minutes (purpose, key
//! points, each medicine's main benefit and side effect, the urgent signs, the next steps);
//! then every detail one tap away, each part a disclosure (the engine's sections, values,
//! readiness, questions, keeping the answers, the answers, sources, about).
//!
//! Static content comes as markup from `render`; in-page links (`data-jump`), "Change" buttons
//! (`data-step`) and term help (`data-term`) are handled by one delegated click listener.

use super::note_view::{note_view, NoteProps};
use super::questions::{questions_view, QuestionsProps};
use super::quiz_view::quiz_view;
use super::values_view::{sure_view, values_view};
use super::{catalog, raw, raw_el, with_attrs};
use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::data::evidence::Evidence;
use crate::engine::{explain, explanation_inputs, quiz_score, Explanation, SectionId};
use crate::model::answers;
use crate::model::profile::{Drug, Screen};
use crate::render;
use crate::render::screens;
use crate::state::{CopyStatus, DrugView, State};
use std::rc::Rc;
use yew::prelude::*;

pub struct ResultsProps<'a> {
    pub state: &'a State,
    /// From `use_rendered`.
    pub rendered: Rc<Rendered>,
    pub share_url: AttrValue,
}

/// The explanation and its markup: the expensive part of the results.
pub struct Rendered {
    pub ex: Rc<Explanation>,
    key_points: AttrValue,
    glance: AttrValue,
    sections: Vec<(SectionId, AttrValue)>,
    sources: AttrValue,
}

/// Compute the explanation and its markup, again only when their inputs change (not when a
/// readiness answer, a ticked question, an unrelated value, the medicine view or an opened part
/// changes), and only while the results are on screen. The medicine view is a class on the
/// page (blocks carry `data-d`), so switching medicines re-renders nothing here.
#[hook]
pub fn use_rendered(s: &State) -> Option<Rc<Rendered>> {
    let key = explanation_inputs(&s.profile);
    let on_results = s.screen() == Screen::Results;
    let memo = use_memo(
        (on_results, key, s.clinic.drugs.clone()),
        |(on_results, profile, drugs)| {
            on_results.then(|| {
                let cat = catalog();
                let ex = Rc::new(explain(profile, &Evidence::bundled(), &cat, drugs));
                let sections = ex
                    .sections
                    .iter()
                    .map(|sec| (sec.id, AttrValue::from(render::section(sec, &ex, &cat))))
                    .collect();
                Rc::new(Rendered {
                    key_points: render::key_points(&ex, &cat).into(),
                    glance: render::glance(&ex, &cat).into(),
                    sources: render::sources(&ex, &Evidence::bundled(), &cat).into(),
                    ex,
                    sections,
                })
            })
        },
    );
    (*memo).clone()
}

/// The part heading's chevron (decorative).
const CHEV: &str = "<span class=\"chev\" aria-hidden=\"true\"></span>";

/// One part of the results: a heading that opens and closes it (the W3C disclosure pattern),
/// and its body. A closed body stays in the page as `hidden="until-found"` (written with
/// `with_attrs`: `html!` only knows `hidden` as on/off), so the browser's find-in-page can
/// still reach it and open it.
fn part(id: SectionId, title: &str, s: &State, body: Html) -> Html {
    let anchor = id.anchor();
    let open = s.open.contains(&id);
    let heading = ["h-", anchor].concat();
    let body_id = ["body-", anchor].concat();
    let section = html! {
        <section>
            <h2 id={heading.clone()}>
                <button type="button" class="part-toggle" aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={body_id.clone()}>
                    { title.to_owned() }{ raw(CHEV.to_owned()) }
                </button>
            </h2>
            { with_attrs(
                html! { <div>{ body }</div> },
                &["id", "class", "hidden"],
                vec![Some(body_id.into()), Some("part-body".into()), (!open).then(|| "until-found".into())],
            ) }
        </section>
    };
    let class = if open { "part open" } else { "part" };
    with_attrs(
        section,
        &["id", "aria-labelledby", "class"],
        vec![
            Some(anchor.into()),
            Some(heading.into()),
            Some(class.into()),
        ],
    )
}

/// The results screen. A plain function: its one hook (`use_rendered`) runs in `App`, so the
/// screen costs no component type of its own.
pub fn results_screen(p: ResultsProps) -> Html {
    let cat = catalog();
    let ev = Evidence::bundled();
    let s = p.state;
    let Rendered {
        ex,
        key_points,
        glance,
        sections,
        sources,
    } = &*p.rendered;
    // A view that no longer applies (the age changed) falls back to all medicines.
    let view = match s.view {
        DrugView::One(dr) if !ex.drugs.contains(&dr) => DrugView::All,
        v => v,
    };
    let view_class = match view {
        DrugView::All => "page results view-all",
        DrugView::One(dr) => match render::drug_code(dr) {
            "b" => "page results view-b",
            "r" => "page results view-r",
            _ => "page results view-d",
        },
    };
    let engine_part = |id: SectionId| -> Html {
        match (
            ex.section(id),
            sections.iter().find(|(x, _)| *x == id).map(|(_, h)| h),
        ) {
            (Some(sec), Some(h)) => part(id, &sec.title, s, Html::from_html_unchecked(h.clone())),
            _ => html! {},
        }
    };
    let questions = match (
        ex.section(SectionId::Questions),
        sections
            .iter()
            .find(|(x, _)| *x == SectionId::Questions)
            .map(|(_, h)| h),
    ) {
        (Some(sec), Some(intro)) => part(
            SectionId::Questions,
            &sec.title,
            s,
            questions_view(QuestionsProps {
                section: sec,
                asked: &s.profile.ask,
                intro: intro.clone(),
            }),
        ),
        _ => html! {},
    };
    let all_open = s.open.len() == SectionId::ALL.len();
    let review = s.clinic.review();
    let score = quiz_score(&ex.quiz, &s.quiz);
    let today = crate::platform::page::today();
    let quiz = (!ex.quiz.is_empty()).then(|| {
        part(
            SectionId::Quiz,
            cat.get(Msg::QuizTitle),
            s,
            quiz_view(ex, &s.quiz),
        )
    });
    let note = note_view(NoteProps {
        note: render::care_note::care_note(&s.profile, ex, &cat, &today, score),
        status: s.note_copy,
        portal_url: s.clinic.portal_url.as_deref(),
    });

    let main = html! {
        <main key="results">
            <div class="screen-only">
                { raw(screens::results_top(&cat, &s.link_errors)) }
                { raw_attr(key_points) }
                if ex.drugs.len() > 1 { { view_switch(&ex.drugs, view, &cat) } }
                { raw_attr(glance) }
                { raw(screens::next_steps(&cat, ex.section(SectionId::Questions).is_some(), !ex.quiz.is_empty())) }
                <div class="details-bar">
                    { raw_el("h2", "", cat.get(Msg::ResultsDetailsTitle)) }
                    <button type="button" class="secondary" data-act={if all_open { screens::act::HIDE_ALL } else { screens::act::SHOW_ALL }}>
                        { cat.get(if all_open { Msg::ResultsHideAll } else { Msg::ResultsShowAll }) }
                    </button>
                </div>
                { for [SectionId::Benefits, SectionId::Warning, SectionId::LifeStage, SectionId::Risks,
                       SectionId::Options, SectionId::Checklist, SectionId::Expect].into_iter().map(engine_part) }
                { for quiz }
                { part(SectionId::Values, cat.get(Msg::SecValues), s, values_view(&s.profile, &ex.drugs)) }
                { part(SectionId::Sure, cat.get(Msg::SecSure), s, sure_view(&s.profile)) }
                { questions }
                { part(SectionId::Note, cat.get(Msg::NoteTitle), s, note) }
                { part(SectionId::Keep, cat.get(Msg::ResultsKeepTitle), s, keep(&p, &cat)) }
                { part(SectionId::Answers, cat.get(Msg::ResultsAnswersTitle), s, raw(render::answers(&s.profile, &cat))) }
                { part(SectionId::Sources, cat.get(Msg::ResultsSourcesTitle), s, raw_attr(sources)) }
                { part(SectionId::About, cat.get(Msg::ResultsAboutTitle), s, raw(render::about(&ev, &cat, review))) }
                { raw(screens::clinic_contact(s.clinic.name.as_deref(), s.clinic.phone.as_deref(), s.clinic.portal_url.as_deref(), &cat)) }
            </div>
            <div class="print-only print-summary">
                { for render::print_summary(&s.profile, ex, &cat, &today, review, score)
                    .into_iter()
                    .map(|part| raw(["<div>", &part, "</div>"].concat())) }
            </div>
        </main>
    };
    with_attrs(
        main,
        &["id", "tabindex", "class"],
        vec![
            Some("main".into()),
            Some("-1".into()),
            Some(view_class.into()),
        ],
    )
}

fn raw_attr(markup: &AttrValue) -> Html {
    Html::from_html_unchecked(markup.clone())
}

fn view_switch(drugs: &[Drug], view: DrugView, cat: &Catalog) -> Html {
    let mut options: Vec<(DrugView, &'static str)> =
        vec![(DrugView::All, cat.get(Msg::ResultsViewAll))];
    options.extend(
        drugs
            .iter()
            .map(|dr| (DrugView::One(*dr), answers::label(answers::DRUG, *dr, cat))),
    );
    html! {
        <fieldset class="view-switch">
            { raw_el("legend", "", cat.get(Msg::ResultsViewLabel)) }
            <div class="segmented">
                { for options.into_iter().enumerate().map(|(i, (v, label))| {
                    let id = ["view-", &i.digits()].concat();
                    let label = html! {
                        <label>
                            <input type="radio" name="view" id={id.clone()} checked={v == view} />
                            { raw_el("span", "", label) }
                        </label>
                    };
                    let class = if v == view { "segment selected" } else { "segment" };
                    with_attrs(label, &["for", "class"], vec![Some(id.into()), Some(class.into())])
                }) }
            </div>
        </fieldset>
    }
}

/// Copy a link, remember on this device, forget.
fn keep(p: &ResultsProps, cat: &Catalog) -> Html {
    let s = p.state;
    super::controls::tick("remember".to_owned(), s.remember);
    html! {
        <>
            { raw(screens::copy_button(cat)) }
            <div aria-live="polite">
                { raw(screens::copy_notice(s.copy.map(|c| c == CopyStatus::Copied), &p.share_url, cat)) }
            </div>
            { raw(screens::link_explain(cat)) }
            { raw(screens::remember(cat)) }
        </>
    }
}
