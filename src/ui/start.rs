//! The first screen (its words match the static start page in index.html, so nothing jumps when
//! the app takes over), the notice about a link that could not be read in full, and the choice
//! between answers saved on this device and a link's.

use super::use_catalog;
use crate::data::content::{Catalog, Msg};
use crate::model::answers::{choice_by_key, choice_spec, multi_by_key, multi_spec};
use crate::model::profile::Screen;
use crate::model::share_link::DecodeError;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    /// Answers already exist (a link or saved answers): offer to go straight to the results.
    pub has_answers: bool,
    /// A note from a clinician's link, if any.
    pub focus_note: Option<AttrValue>,
    /// Shown once after "Forget my answers".
    pub forgotten: bool,
    /// Parts of an opened link that could not be read.
    pub link_errors: Vec<DecodeError>,
    pub on_action: Callback<Action>,
}

#[function_component(StartScreen)]
pub fn start_screen(p: &StartScreenProps) -> Html {
    let cat = use_catalog();
    let act = |a: Action| super::on_click(&p.on_action, a);
    html! {
        <main key="start" id="main" class="page start" tabindex="-1">
            <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::AppTitle) }</h1>
            <p class="lede">{ cat.get(Msg::AppLede) }</p>
            <ul class="promises">
                <li>{ cat.get(Msg::AppPrivate) }</li>
                <li>{ cat.get(Msg::AppNotAdvice) }</li>
                <li>{ cat.get(Msg::AppTime) }</li>
            </ul>
            <LinkNotices errors={p.link_errors.clone()} />
            if p.forgotten {
                <p class="notice" role="status">{ cat.get(Msg::ResultsForgotten) }</p>
            }
            if let Some(n) = &p.focus_note {
                <p class="notice">{ n.clone() }</p>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={act(Action::Start)}>{ cat.get(Msg::AppStart) }</button>
                if p.has_answers {
                    <button type="button" class="secondary" onclick={act(Action::GoTo(Screen::Results))}>
                        { cat.get(Msg::AppResume) }
                    </button>
                    <button type="button" class="link" onclick={act(Action::Forget)}>{ cat.get(Msg::AppStartOver) }</button>
                }
            </div>
            <p class="help">{ cat.get(Msg::AppForParent) }</p>
            <h2>{ cat.get(Msg::AppAboutTitle) }</h2>
            <p>{ cat.get(Msg::AppAboutAa) }</p>
            <p>{ cat.get(Msg::AppDecision) }</p>
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkNoticesProps {
    pub errors: Vec<DecodeError>,
}

/// The kind message shown when parts of a link could not be read: the questions whose answers
/// were left out, by their plain names. Every readable answer was kept.
#[function_component(LinkNotices)]
pub fn link_notices(p: &LinkNoticesProps) -> Html {
    let cat = use_catalog();
    if p.errors.is_empty() {
        return html! {};
    }
    let version = p.errors.contains(&DecodeError::UnknownVersion);
    let mut keys: Vec<&str> = Vec::new();
    let mut unnamed = false;
    for e in p
        .errors
        .iter()
        .filter(|e| **e != DecodeError::UnknownVersion)
    {
        match key_label(e.key(), &cat) {
            Some(k) if !keys.contains(&k) => keys.push(k),
            Some(_) => {}
            None => unnamed = true,
        }
    }
    html! {
        <div class="notice warning" role="alert">
            if !keys.is_empty() {
                <p>{ cat.fill(Msg::ResultsLinkErrors, &[("keys", &keys.join(cat.get(Msg::WordsListSep)))]) }</p>
            } else if unnamed {
                <p>{ cat.get(Msg::ResultsLinkErrorsGeneric) }</p>
            }
            if version {
                <p>{ cat.get(Msg::ResultsLinkVersion) }</p>
            }
        </div>
    }
}

/// A link key as the question it belongs to ("smoke" → "Smoking").
fn key_label(key: &str, cat: &Catalog) -> Option<&'static str> {
    let question = choice_by_key(key)
        .map(|c| choice_spec(c).answer)
        .or_else(|| multi_by_key(key).map(|m| multi_spec(m).answer));
    let m = match (question, key) {
        (Some(m), _) => m,
        (None, "age") => Msg::AnswerAge,
        (None, "matters" | "msome" | "mnot") => Msg::QValuesTitle,
        (None, "sure") => Msg::SecSure,
        (None, "ask") => Msg::SecQuestions,
        _ => return None,
    };
    Some(cat.get(m))
}

#[derive(Properties, PartialEq)]
pub struct LinkChoiceProps {
    pub on_action: Callback<Action>,
}

/// Asked when a link with answers is opened while other answers are saved on this device:
/// nothing is stored, and neither set replaces the other, until the person chooses.
#[function_component(LinkChoice)]
pub fn link_choice(p: &LinkChoiceProps) -> Html {
    let cat = use_catalog();
    let act = |a: Action| super::on_click(&p.on_action, a);
    html! {
        <main key="choice" id="main" class="page" tabindex="-1">
            <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::PrivacyChoiceTitle) }</h1>
            <p>{ cat.get(Msg::PrivacyChoiceBody) }</p>
            <div class="actions">
                <button class="primary" onclick={act(Action::KeepSaved(true))}>{ cat.get(Msg::PrivacyKeepSaved) }</button>
                <button class="secondary" onclick={act(Action::KeepSaved(false))}>{ cat.get(Msg::PrivacyUseLink) }</button>
            </div>
        </main>
    }
}
