//! "Questions to ask": tick the ones to bring; ticked ids live in the share link.

use super::{catalog, raw, raw_el};
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
/// wasm).
pub fn questions_view(p: QuestionsProps) -> Html {
    let cat = catalog();
    html! {
        <>
            { Html::from_html_unchecked(p.intro.clone()) }
            <fieldset class="questions">
                { raw_el("legend", "visually-hidden", &p.section.title) }
                { for p.section.blocks.iter().filter_map(|b| match &b.kind {
                    BlockKind::Question(q) => {
                        let id = q.id;
                        let dom_id = ["ask-", id].concat();
                        Some(html! {
                            <label class="option question" for={dom_id.clone()}>
                                <input type="checkbox" id={dom_id} checked={p.asked.iter().any(|a| a == id)} />
                                { raw(screens::question_label(&q.text, cat.get(tag(q.tag)))) }
                            </label>
                        })
                    }
                    _ => None,
                }) }
            </fieldset>
        </>
    }
}
