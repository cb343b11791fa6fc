//! "Check what you know": one radio group per question; after an answer, kind feedback with
//! what the results say and a link to the part that explains it (markup from `render`, links
//! handled by the results screen's delegated listener). No score until every question is
//! answered, and then only as "n of total" with a nudge to ask at the visit.

use super::controls::{radio_group, RadioProps};
use super::{catalog, raw_el};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::engine::{quiz_score, Explanation};
use crate::render;
use yew::prelude::*;

pub fn quiz_view(ex: &Explanation, chosen: &[(&'static str, usize)]) -> Html {
    let cat = catalog();
    let score = quiz_score(&ex.quiz, chosen);
    html! {
        <>
            { raw_el("p", "", cat.get(Msg::QuizIntro)) }
            { for ex.quiz.iter().map(|q| {
                let id = q.id;
                let selected = chosen.iter().find(|(c, _)| *c == id).map(|(_, i)| *i);
                let feedback = selected.map(|i| {
                    Html::from_html_unchecked(render::quiz_feedback(q, i == q.answer, ex, &cat).into())
                });
                html! {
                    <div class="quiz-item" key={id}>
                        { radio_group(RadioProps {
                            name: ["quiz-", id].concat().into(),
                            legend: q.prompt.clone().into(),
                            help: None,
                            options: q.options.iter().map(|o| AttrValue::from(o.clone())).collect(),
                            selected,
                            inline: false,
                        }) }
                        <div aria-live="polite">{ for feedback }</div>
                    </div>
                }
            }) }
            <div aria-live="polite">
                if score.answered == score.total && score.total > 0 {
                    { raw_el("p", "notice", &[&*cat.fill(Msg::QuizResult, &[("n", &score.right.digits()), ("total", &score.total.digits())]), " ", cat.get(Msg::QuizResultNote)].concat()) }
                }
            </div>
        </>
    }
}
