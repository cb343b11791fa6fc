//! Asked when a link with answers is opened while other answers are saved on this device:
//! nothing is stored, and neither set replaces the other, until the person chooses.

use super::catalog;
use crate::data::content::Msg;
use crate::state::Action;
use yew::prelude::*;

pub fn link_choice(send: &Callback<Action>) -> Html {
    let cat = catalog();
    html! {
        <main key="choice" id="main" class="page" tabindex="-1">
            <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::PrivacyChoiceTitle) }</h1>
            <p>{ cat.get(Msg::PrivacyChoiceBody) }</p>
            <div class="actions">
                <button class="primary" onclick={send.reform(|_| Action::KeepSaved(true))}>{ cat.get(Msg::PrivacyKeepSaved) }</button>
                <button class="secondary" onclick={send.reform(|_| Action::KeepSaved(false))}>{ cat.get(Msg::PrivacyUseLink) }</button>
            </div>
        </main>
    }
}
