//! "A note for my care team": the note in full (so the person sees exactly what they would
//! share, and can select it by hand where a portal blocks the clipboard), a copy button, and
//! the clinic's message page when `clinic.json` names one. Nothing is sent from here.
//!
//! The fixed parts are markup; the copy button carries `data-act` and is handled by the results
//! screen's delegated click listener, which copies the text in the box.

use super::{catalog, raw};
use crate::render::screens;
use crate::state::CopyStatus;
use yew::prelude::*;

pub struct NoteProps<'a> {
    pub note: String,
    pub status: Option<CopyStatus>,
    pub portal_url: Option<&'a str>,
}

pub fn note_view(p: NoteProps) -> Html {
    let cat = catalog();
    // Tall enough for the whole note on a phone (about 40 characters a line), so it reads
    // without scrolling inside the box.
    let rows = p
        .note
        .lines()
        .map(|l| 1 + l.chars().count() / 40)
        .sum::<usize>()
        .clamp(6, 40);
    let copied = p.status.map(|s| s == CopyStatus::Copied);
    html! {
        <>
            { raw(screens::note_top(p.portal_url, &cat)) }
            <div aria-live="polite">{ raw(screens::note_notice(copied, &cat)) }</div>
            { raw(screens::note_box(&p.note, rows, &cat)) }
        </>
    }
}
