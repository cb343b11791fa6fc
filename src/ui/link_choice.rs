//! Asked when a link with answers is opened while other answers are saved on this device:
//! nothing is stored, and neither set replaces the other, until the person chooses.

use super::catalog;
use crate::data::content::Msg;
use yew::prelude::*;

/// `onchoose(true)`: keep the saved answers; `false`: use the link's answers instead.
pub fn link_choice(onchoose: &Callback<bool>) -> Html {
    let cat = catalog();
    html! {
        <main key="choice" id="main" class="page" tabindex="-1">
            <h1 id="screen-title" tabindex="-1">{ cat.get(Msg::PrivacyChoiceTitle) }</h1>
            <p>{ cat.get(Msg::PrivacyChoiceBody) }</p>
            <p>{ cat.get(Msg::PrivacyChoiceHelp) }</p>
            <div class="actions">
                <button class="primary" onclick={onchoose.reform(|_| true)}>{ cat.get(Msg::PrivacyKeepSaved) }</button>
                <button class="secondary" onclick={onchoose.reform(|_| false)}>{ cat.get(Msg::PrivacyUseLink) }</button>
            </div>
        </main>
    }
}
