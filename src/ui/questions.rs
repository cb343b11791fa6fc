//! "Questions to ask": tick the ones to bring; ticked ids live in the share link.

use super::controls::tick;
use super::{catalog, raw};
use crate::data::content::Msg;
use crate::engine::{BlockKind, Bran, Section};
use crate::render::screens;
use yew::prelude::*;

pub struct QuestionsProps<'a> {
    pub section: &'a Section,
    pub asked: &'a [String],
    /// Markup for the section's intro, from `render::section`.
    pub intro: AttrValue,
}

fn tag(t: Bran) -> Msg {
    match t {
        Bran::Benefit => Msg::AskTagBenefit,
        Bran::Risk => Msg::AskTagRisk,
        Bran::Alternative => Msg::AskTagAlternative,
        Bran::Nothing => Msg::AskTagNothing,
        Bran::Practical => Msg::AskTagPractical,
    }
}

/// A plain function rather than a component (no state of its own; every component type costs
/// wasm). The list is markup; its ticks are set after each render (see `controls`).
pub fn questions_view(p: QuestionsProps) -> Html {
    let cat = catalog();
    let items: Vec<(&str, &str, &str)> = p
        .section
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Question(q) => {
                tick(
                    [screens::ASK_ID, q.id].concat(),
                    p.asked.iter().any(|a| a == q.id),
                );
                Some((q.id, q.text.as_str(), cat.get(tag(q.tag))))
            }
            _ => None,
        })
        .collect();
    html! {
        <>
            { Html::from_html_unchecked(p.intro.clone()) }
            { raw(screens::questions_list(&p.section.title, &items)) }
        </>
    }
}
