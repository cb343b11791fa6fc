//! Rendering of the engine's typed blocks. No medical logic here: only layout.

use super::icon_array::IconArrayView;
use crate::content::{Catalog, Msg};
use crate::engine::{Block, BlockKind, Bran, Explanation, Section, SourceIdx};
use crate::platform::page;
use crate::state::DrugView;
use std::rc::Rc;
use yew::prelude::*;

/// Superscript links to the numbered sources. They move focus without changing the URL fragment
/// (which holds the answers).
pub fn cites(ex: &Explanation, list: &[SourceIdx], cat: &Catalog) -> Html {
    html! {
        { for list.iter().filter_map(|s| ex.cite_number(*s)).map(|n| {
            let target = format!("src-{n}");
            let onclick = {
                let target = target.clone();
                Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    page::jump_to(&target);
                })
            };
            html! {
                <sup class="cite">
                    <a href={format!("#{target}")} {onclick}
                        aria-label={cat.fill(Msg::A11yCite, &[("n", &n.to_string())])}>{ format!("[{n}]") }</a>
                </sup>
            }
        }) }
    }
}

pub fn visible(b: &Block, view: DrugView) -> bool {
    match (b.drug, view) {
        (None, _) | (_, DrugView::All) => true,
        (Some(d), DrugView::One(v)) => d == v,
    }
}

fn tag(t: Bran, cat: &Catalog) -> &'static str {
    cat.get(match t {
        Bran::Benefit => Msg::AskTagBenefit,
        Bran::Risk => Msg::AskTagRisk,
        Bran::Alternative => Msg::AskTagAlternative,
        Bran::Nothing => Msg::AskTagNothing,
        Bran::Practical => Msg::AskTagPractical,
    })
}

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub section: Section,
    pub ex: Rc<Explanation>,
    pub view: DrugView,
    /// Ids of ticked questions.
    pub asked: Vec<String>,
    pub onask: Callback<&'static str>,
    pub cat: Catalog,
}

#[function_component(SectionView)]
pub fn section_view(p: &SectionProps) -> Html {
    let s = &p.section;
    let cat = &p.cat;
    let ex = &p.ex;
    let blocks: Vec<&Block> = s.blocks.iter().filter(|b| visible(b, p.view)).collect();
    let (questions, rest): (Vec<&Block>, Vec<&Block>) = blocks
        .into_iter()
        .partition(|b| matches!(b.kind, BlockKind::Question(_)));
    let (checks, rest): (Vec<&Block>, Vec<&Block>) = rest
        .into_iter()
        .partition(|b| matches!(b.kind, BlockKind::Check(_)));
    let heading_id = format!("h-{}", s.id.anchor());
    html! {
        <section class={classes!("result-section", s.id.anchor())} id={s.id.anchor()} aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} tabindex="-1">{ s.title.clone() }</h2>
            { for rest.iter().map(|b| block(b, ex, cat)) }
            if !checks.is_empty() {
                <ul class="checklist">
                    { for checks.iter().filter_map(|b| match &b.kind {
                        BlockKind::Check(c) => Some(html! {
                            <li class={classes!("check", c.done.then_some("done"))}>
                                <span class="check-status">{ cat.get(if c.done { Msg::CheckStatusDone } else { Msg::CheckStatusTodo }) }</span>
                                <strong class="check-title">{ c.title.clone() }</strong>
                                <span class="check-why">{ c.why.clone() }{ cites(ex, &c.cites, cat) }</span>
                                if let Some(y) = &c.yours { <span class="check-yours">{ y.clone() }</span> }
                            </li>
                        }),
                        _ => None,
                    }) }
                </ul>
            }
            if !questions.is_empty() {
                <fieldset class="questions">
                    <legend class="visually-hidden">{ s.title.clone() }</legend>
                    { for questions.iter().filter_map(|b| match &b.kind {
                        BlockKind::Question(q) => {
                            let id = q.id;
                            let onchange = p.onask.reform(move |_: Event| id);
                            let dom_id = format!("ask-{id}");
                            Some(html! {
                                <label class="option question" for={dom_id.clone()}>
                                    <input type="checkbox" id={dom_id} checked={p.asked.iter().any(|a| a == id)} {onchange} />
                                    <span>{ q.text.clone() }<span class="tag">{ tag(q.tag, cat) }</span></span>
                                </label>
                            })
                        }
                        _ => None,
                    }) }
                </fieldset>
            }
        </section>
    }
}

fn block(b: &Block, ex: &Rc<Explanation>, cat: &Catalog) -> Html {
    match &b.kind {
        BlockKind::Subheading(t) => html! { <h3>{ t.clone() }</h3> },
        BlockKind::Paragraph(t) => html! { <p>{ t.text.clone() }{ cites(ex, &t.cites, cat) }</p> },
        BlockKind::Note(t) => {
            html! { <p class="note">{ t.text.clone() }{ cites(ex, &t.cites, cat) }</p> }
        }
        BlockKind::IconArray(a) => html! { <IconArrayView array={a.clone()} ex={ex.clone()} /> },
        BlockKind::Table(t) => html! {
            <div class="table-wrap">
                <table>
                    <caption>{ t.caption.clone() }{ cites(ex, &t.cites, cat) }</caption>
                    <thead><tr>
                        { for t.columns.iter().enumerate().map(|(i, c)| html! {
                            <th scope="col">
                                if i == 0 && c.is_empty() { <span class="visually-hidden">{ cat.get(Msg::ResultsTableSituation) }</span> }
                                else { { c.clone() } }
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for t.rows.iter().map(|r| html! {
                            <tr class={classes!(r.yours.then_some("yours"))}>
                                <th scope="row">{ r.label.clone() }</th>
                                { for r.cells.iter().map(|c| html! { <td>{ c.clone() }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        },
        BlockKind::Urgent(u) => html! {
            <div class="urgent" role="note">
                <h3>{ u.title.clone() }</h3>
                <ul>{ for u.items.iter().map(|i| html! { <li>{ i.clone() }</li> }) }</ul>
                <p>{ u.note.clone() }</p>
            </div>
        },
        // Rendered as lists by SectionView.
        BlockKind::Check(_) | BlockKind::Question(_) => html! {},
    }
}
