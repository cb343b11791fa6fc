//! The visit summary that prints (hidden on screen): key answers, main results, the tailored
//! checklist, chosen questions, values, SURE answers, sources and review date. No name or
//! identifier is ever asked for or printed.

use super::blocks::visible;
use super::icon_array::IconArrayView;
use super::use_cat;
use crate::answers::{self, matter_label};
use crate::content::Msg;
use crate::engine::{BlockKind, Explanation, SectionId, SourceIdx};
use crate::evidence::Evidence;
use crate::platform::page;
use crate::profile::Profile;
use crate::state::DrugView;
use crate::values::{assess, SURE_QUESTIONS};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub profile: Profile,
    pub ex: Rc<Explanation>,
    pub view: DrugView,
}

fn marks(ex: &Explanation, list: &[SourceIdx]) -> String {
    list.iter()
        .filter_map(|s| ex.cite_number(*s))
        .map(|n| format!("[{n}]"))
        .collect()
}

#[function_component(PrintSummary)]
pub fn print_summary(p: &PrintProps) -> Html {
    let cat = use_cat();
    let ev = Evidence::bundled();
    let ex = &p.ex;
    let mut used: Vec<SourceIdx> = ex.summary.iter().flat_map(|t| t.cites.clone()).collect();

    // The main scalp result for each medicine in view: the first icon array per medicine.
    let mut arrays = Vec::new();
    if let Some(b) = ex.section(SectionId::Benefits) {
        let mut seen = Vec::new();
        for blk in b.blocks.iter().filter(|b| visible(b, p.view)) {
            if let (BlockKind::IconArray(a), Some(d)) = (&blk.kind, blk.drug) {
                if !seen.contains(&d) {
                    seen.push(d);
                    used.extend(a.cites.iter().copied());
                    arrays.push(a.clone());
                }
            }
        }
    }
    let checks: Vec<_> = ex
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter(|b| visible(b, p.view))
        .filter_map(|b| match &b.kind {
            BlockKind::Check(c) => Some(c.clone()),
            _ => None,
        })
        .collect();
    used.extend(checks.iter().flat_map(|c| c.cites.iter().copied()));
    let asked: Vec<_> = ex
        .questions()
        .filter(|q| p.profile.ask.iter().any(|a| a == q.id))
        .cloned()
        .collect();
    let lines = answers::lines(&p.profile, &cat);
    let fit = assess(&p.profile, &cat, &ex.drugs);
    let mut sources: Vec<(usize, SourceIdx)> = used
        .iter()
        .filter_map(|s| ex.cite_number(*s).map(|n| (n, *s)))
        .collect();
    sources.sort_unstable();
    sources.dedup();

    html! {
        <div class="print-only print-summary">
            <h1>{ cat.get(Msg::PrintTitle) }</h1>
            <p class="made">{ cat.fill(Msg::PrintMade, &[("date", &page::today())]) }</p>
            <ol class="summary-lines">
                { for ex.summary.iter().map(|t| html! { <li>{ t.text.clone() }{" "}{ marks(ex, &t.cites) }</li> }) }
            </ol>
            if !arrays.is_empty() {
                <div class="print-arrays">
                    { for arrays.into_iter().map(|a| html! { <IconArrayView array={a} ex={ex.clone()} /> }) }
                </div>
            }
            <h2>{ cat.get(Msg::PrintKeyAnswers) }</h2>
            <dl class="print-answers">
                { for lines.iter().map(|l| html! { <div><dt>{ l.label }</dt><dd>{ l.value.clone() }</dd></div> }) }
            </dl>
            if !checks.is_empty() {
                <h2>{ cat.get(Msg::PrintChecklist) }</h2>
                <ul class="print-checks">
                    { for checks.iter().map(|c| html! {
                        <li>
                            <span class="box" aria-hidden="true">{ if c.done { "☑" } else { "☐" } }</span>
                            <strong>{ c.title.clone() }</strong>{" "}{ marks(ex, &c.cites) }
                            if let Some(y) = &c.yours { {" "}{ y.clone() } }
                        </li>
                    }) }
                </ul>
            }
            <h2>{ cat.get(Msg::PrintQuestions) }</h2>
            if asked.is_empty() {
                <p>{ cat.get(Msg::PrintNoQuestions) }</p>
            } else {
                <ol>{ for asked.iter().map(|q| html! { <li>{ q.text.clone() }</li> }) }</ol>
            }
            <h2>{ cat.get(Msg::PrintValues) }</h2>
            <ul>
                { for crate::profile::Matter::ALL.iter().filter_map(|m| p.profile.weight(*m).map(|w| html! {
                    <li>{ cat.get(matter_label(*m)) }{": "}{ answers::label(answers::WEIGHT, w, &cat) }</li>
                })) }
            </ul>
            <p>{ fit.summary.clone() }</p>
            <h2>{ cat.get(Msg::PrintSure) }</h2>
            <ul>
                { for SURE_QUESTIONS.iter().zip(p.profile.sure).map(|(q, a)| html! {
                    <li>{ cat.get(*q) }{" "}<strong>{ match a {
                        Some(true) => cat.get(Msg::SureYes),
                        Some(false) => cat.get(Msg::SureNo),
                        None => cat.get(Msg::ResultsNotAnswered),
                    } }</strong></li>
                }) }
            </ul>
            <h2>{ cat.get(Msg::PrintNotes) }</h2>
            <div class="notes-lines" aria-hidden="true"></div>
            <h2>{ cat.get(Msg::ResultsSourcesTitle) }</h2>
            <ol class="print-sources">
                { for sources.iter().filter_map(|(n, s)| ev.sources.get(*s).map(|src| html! {
                    <li value={n.to_string()}>{ src.citation }</li>
                })) }
            </ol>
            <p class="small">
                { cat.fill(Msg::ResultsReviewed, &[("date", ev.meta.last_reviewed), ("next", ev.meta.next_review)]) }{" "}
                { cat.get(Msg::ResultsFunding) }
            </p>
        </div>
    }
}
