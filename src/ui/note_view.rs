//! "A note for my care team": the note in full (so the person sees exactly what they would
//! share, and can select it by hand where a portal blocks the clipboard), a copy button, and
//! the clinic's message page when `clinic.json` names one. Nothing is sent from here.

use super::catalog;
use crate::data::content::Msg;
use crate::platform::clipboard;
use crate::state::{Action, CopyStatus};
use yew::prelude::*;

pub struct NoteProps<'a> {
    pub note: String,
    pub status: Option<CopyStatus>,
    pub portal_url: Option<&'a str>,
    pub dispatch: &'a Callback<Action>,
}

pub fn note_view(p: NoteProps) -> Html {
    let cat = catalog();
    let oncopy = {
        let (note, d) = (p.note.clone(), p.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let d = d.clone();
            clipboard::copy(note.clone(), move |ok| {
                d.emit(Action::NoteCopied(if ok {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Failed
                }))
            });
        })
    };
    // Tall enough for the whole note on a phone (about 40 characters a line), so it reads
    // without scrolling inside the box.
    let rows = p
        .note
        .lines()
        .map(|l| 1 + l.chars().count() / 40)
        .sum::<usize>()
        .clamp(6, 40)
        .to_string();
    html! {
        <>
            <p>{ cat.get(Msg::NoteIntro) }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={oncopy}>{ cat.get(Msg::NoteCopy) }</button>
                if let Some(url) = p.portal_url {
                    <a class="button-link" href={url.to_owned()} rel="noreferrer noopener" target="_blank">
                        { cat.get(Msg::NotePortal) }
                        <span class="visually-hidden">{ " " }{ cat.get(Msg::A11yNewWindow) }</span>
                    </a>
                }
            </div>
            <div aria-live="polite">
                if p.status == Some(CopyStatus::Copied) { <p class="notice">{ cat.get(Msg::NoteCopied) }</p> }
                if p.status == Some(CopyStatus::Failed) { <p class="notice warning">{ cat.get(Msg::NoteCopyFailed) }</p> }
            </div>
            <label class="note-label" for="care-note">{ cat.get(Msg::NoteLabel) }</label>
            <textarea id="care-note" class="care-note" readonly=true rows={rows} value={p.note} />
        </>
    }
}
