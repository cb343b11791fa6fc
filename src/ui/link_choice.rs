//! Asked when a link with answers is opened while other answers are saved on this device:
//! nothing is stored, and neither set replaces the other, until the person chooses.
//! The screen is markup; its buttons carry `data-act` (see `App`'s delegated click listener).

use super::catalog;
use crate::render::screens;
use yew::prelude::*;

pub fn link_choice() -> Html {
    let markup = screens::link_choice(&catalog());
    html! {
        <main key="choice" id="main" class="page" tabindex="-1">
            { Html::from_html_unchecked(markup.into()) }
        </main>
    }
}
