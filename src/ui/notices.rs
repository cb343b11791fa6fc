//! The kind message shown when parts of a link could not be read.

use crate::data::content::{Catalog, Msg};
use crate::model::answers::{choice_by_key, choice_spec, multi_by_key, multi_spec};
use crate::model::share_link::DecodeError;
use yew::prelude::*;

/// Lists the questions whose answers were left out, by their plain names.
pub fn link_notices(errors: &[DecodeError], cat: &Catalog) -> Html {
    if errors.is_empty() {
        return html! {};
    }
    let version = errors.contains(&DecodeError::UnknownVersion);
    let mut keys: Vec<&str> = Vec::new();
    let mut unnamed = false;
    for e in errors.iter().filter(|e| **e != DecodeError::UnknownVersion) {
        match key_label(e.key(), cat) {
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
            if version { <p>{ cat.get(Msg::ResultsLinkVersion) }</p> }
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
