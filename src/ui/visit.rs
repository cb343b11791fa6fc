//! The tools for the visit, on the results: "Check what you know", the questions to ask, the
//! note for the care team, keeping the answers, and the answers themselves with a way back to
//! each step. Each reports what the person did through typed callbacks; nothing is sent from
//! here.

use super::{markup, use_catalog};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::engine::{quiz_score, Bran, Explanation};
use crate::model::answers::{self, step_title};
use crate::model::profile::Profile;
use crate::model::questionnaire::{self, StepId};
use crate::render::{self, Markup};
use crate::state::{Answer, CopyStatus};
use std::rc::Rc;
use yew::prelude::*;

use super::controls::RadioGroup;

#[derive(Properties, PartialEq)]
pub struct QuizProps {
    pub ex: Rc<Explanation>,
    /// The option chosen for each question (by question id).
    pub chosen: Vec<(&'static str, usize)>,
    pub on_choose: Callback<(&'static str, usize)>,
}

/// One radio group per question; after an answer, kind feedback with what the results say and
/// a link to the part that explains it. The score only once every question is answered, as
/// "n of total", with a nudge to ask at the visit.
#[function_component(Quiz)]
pub fn quiz(p: &QuizProps) -> Html {
    let cat = use_catalog();
    let score = quiz_score(&p.ex.quiz, &p.chosen);
    html! {
        <>
            <p>{ cat.get(Msg::QuizIntro) }</p>
            { for p.ex.quiz.iter().map(|q| {
                let id = q.id;
                let selected = p.chosen.iter().find(|(c, _)| *c == id).map(|(_, i)| *i);
                let feedback = selected.map(|i| render::quiz_feedback(q, i == q.answer, &p.ex, &cat));
                html! {
                    <div class="quiz-item" key={id}>
                        <RadioGroup name={["quiz-", id].concat()} legend={q.prompt.clone()}
                            options={q.options.iter().map(|o| AttrValue::from(o.clone())).collect::<Vec<_>>()}
                            {selected} on_select={p.on_choose.reform(move |i| (id, i))} />
                        <div aria-live="polite">{ for feedback.as_ref().map(markup) }</div>
                    </div>
                }
            }) }
            <div aria-live="polite">
                if score.answered == score.total && score.total > 0 {
                    <p class="notice">
                        { cat.fill(Msg::QuizResult, &[("n", &score.right.digits()), ("total", &score.total.digits())]) }
                        { " " }{ cat.get(Msg::QuizResultNote) }
                    </p>
                }
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionPickerProps {
    pub ex: Rc<Explanation>,
    /// The section's intro, as the engine wrote it.
    pub intro: Markup,
    /// The ids of the questions ticked.
    pub asked: Vec<String>,
    pub on_answer: Callback<Answer>,
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

/// "Questions to ask": tick the ones to bring (their ids go into the share link and the note).
#[function_component(QuestionPicker)]
pub fn question_picker(p: &QuestionPickerProps) -> Html {
    let cat = use_catalog();
    let title =
        p.ex.section(crate::engine::SectionId::Questions)
            .map(|s| s.title.clone())
            .unwrap_or_default();
    html! {
        <>
            { markup(&p.intro) }
            <fieldset class="questions">
                <legend class="visually-hidden">{ title }</legend>
                <>{ for p.ex.questions().map(|q| {
                    let id: AttrValue = ["ask-", q.id].concat().into();
                    let qid = q.id;
                    html! {
                        <label class="option question" for={id.clone()}>
                            <input type="checkbox" id={id} checked={p.asked.iter().any(|a| a == q.id)}
                                onchange={p.on_answer.reform(move |_: Event| Answer::Ask(qid.to_owned()))} />
                            <span>{ q.text.clone() }<span class="tag">{ cat.get(tag(q.tag)) }</span></span>
                        </label>
                    }
                }) }</>
            </fieldset>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct CareNoteProps {
    /// The note exactly as it would be shared.
    pub note: AttrValue,
    pub status: Option<CopyStatus>,
    /// The clinic's patient-portal message page, if `clinic.json` names one.
    pub portal_url: Option<AttrValue>,
    /// Copy this text.
    pub on_copy: Callback<AttrValue>,
}

/// "A note for my care team": the note in full, in a read-only box (selectable by hand where a
/// portal blocks the clipboard), a copy button and the clinic's message page.
#[function_component(CareNote)]
pub fn care_note(p: &CareNoteProps) -> Html {
    let cat = use_catalog();
    // Tall enough for the whole note on a phone (about 40 characters a line), so it reads
    // without scrolling inside the box.
    let rows = p
        .note
        .lines()
        .map(|l| 1 + l.chars().count() / 40)
        .sum::<usize>()
        .clamp(6, 40);
    let note = p.note.clone();
    html! {
        <>
            <p>{ cat.get(Msg::NoteIntro) }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={p.on_copy.reform(move |_: MouseEvent| note.clone())}>
                    { cat.get(Msg::NoteCopy) }
                </button>
                if let Some(url) = &p.portal_url {
                    <NewTabLink href={url.clone()} class="button-link" label={cat.get(Msg::NotePortal)} />
                }
            </div>
            <div aria-live="polite">
                { match p.status {
                    Some(CopyStatus::Copied) => html! { <p class="notice">{ cat.get(Msg::NoteCopied) }</p> },
                    Some(CopyStatus::Failed) => html! { <p class="notice warning">{ cat.get(Msg::NoteCopyFailed) }</p> },
                    None => html! {},
                } }
            </div>
            <label for="care-note" class="note-label">{ cat.get(Msg::NoteLabel) }</label>
            <textarea id="care-note" class="care-note" readonly=true rows={rows.digits()} value={p.note.clone()} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct NewTabLinkProps {
    pub href: AttrValue,
    #[prop_or_default]
    pub class: Option<AttrValue>,
    pub label: AttrValue,
}

/// A link that opens in a new tab and says so to screen readers (no referrer is sent).
#[function_component(NewTabLink)]
pub fn new_tab_link(p: &NewTabLinkProps) -> Html {
    let cat = use_catalog();
    html! {
        <a href={p.href.clone()} rel="noreferrer noopener" target="_blank" class={p.class.clone()}>
            { p.label.clone() }
            <span class="visually-hidden">{ " " }{ cat.get(Msg::A11yNewWindow) }</span>
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct KeepProps {
    pub share_url: AttrValue,
    pub copy: Option<CopyStatus>,
    pub remember: bool,
    pub on_copy: Callback<AttrValue>,
    pub on_remember: Callback<bool>,
    pub on_forget: Callback<()>,
}

/// "Keep your answers": copy a link, remember them on this device, forget them.
#[function_component(Keep)]
pub fn keep(p: &KeepProps) -> Html {
    let cat = use_catalog();
    let url = p.share_url.clone();
    let remember = p.remember;
    html! {
        <>
            <div class="actions">
                <button type="button" class="secondary" onclick={p.on_copy.reform(move |_: MouseEvent| url.clone())}>
                    { cat.get(Msg::ResultsCopyLink) }
                </button>
            </div>
            <div aria-live="polite">
                { match p.copy {
                    Some(CopyStatus::Copied) => html! { <p class="notice">{ cat.get(Msg::ResultsCopied) }</p> },
                    Some(CopyStatus::Failed) => html! {
                        <div class="notice warning">
                            <p>{ cat.get(Msg::ResultsCopyFailed) }</p>
                            <label class="visually-hidden" for="share-url">{ cat.get(Msg::ResultsCopyLink) }</label>
                            <input id="share-url" type="text" readonly=true value={p.share_url.clone()} class="share-url" />
                        </div>
                    },
                    None => html! {},
                } }
            </div>
            <p class="help">{ cat.get(Msg::ResultsLinkExplain) }</p>
            <div class="remember">
                <label class="option" for="remember">
                    <input type="checkbox" id="remember" aria-describedby="remember-help" checked={remember}
                        onchange={p.on_remember.reform(move |_: Event| !remember)} />
                    <span>{ cat.get(Msg::ResultsRemember) }</span>
                </label>
                <p class="help" id="remember-help">{ cat.get(Msg::ResultsRememberHelp) }</p>
                <button type="button" class="secondary" onclick={p.on_forget.reform(|_: MouseEvent| ())}>
                    { cat.get(Msg::ResultsForget) }
                </button>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AnswersListProps {
    pub profile: Profile,
    /// "Change": go back to this step.
    pub on_change: Callback<StepId>,
}

/// "Your answers", grouped by step, each group with a Change button.
#[function_component(AnswersList)]
pub fn answers_list(p: &AnswersListProps) -> Html {
    let cat = use_catalog();
    let lines = answers::lines(&p.profile, &cat);
    html! {
        { for questionnaire::steps(&p.profile).into_iter().map(|step| {
            let title = cat.get(step_title(step));
            html! {
                <div class="answer-group">
                    <h3>{ title }</h3>
                    <dl>
                        { for lines.iter().filter(|l| l.step == step).map(|l| html! {
                            <div class="answer"><dt>{ l.label }</dt><dd>{ l.value.clone() }</dd></div>
                        }) }
                    </dl>
                    <button type="button" class="link" onclick={p.on_change.reform(move |_: MouseEvent| step)}>
                        { cat.get(Msg::NavChange) }<span class="visually-hidden">{ ": " }{ title }</span>
                    </button>
                </div>
            }
        }) }
    }
}
