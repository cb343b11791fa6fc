//! Medical words with a one-sentence explanation the person can open in place.

use super::writer::Out;
use crate::data::content::{Catalog, Msg};

/// Words with a one-sentence explanation the person can open in place, as (word, explanation).
/// The first time a word appears in a part of the page, it becomes a button that shows the
/// explanation under it (keyboard and screen-reader friendly; never hover-only).
const TERMS: &[(Msg, Msg)] = &[
    (Msg::TermsSaltWord, Msg::TermsSalt),
    (Msg::TermsPlaceboWord, Msg::TermsPlacebo),
    (Msg::TermsBoxedWord, Msg::TermsBoxed),
    (Msg::TermsJakWord, Msg::TermsJak),
    (Msg::TermsTnfWord, Msg::TermsTnf),
    (Msg::TermsIgraWord, Msg::TermsIgra),
    (Msg::TermsCkWord, Msg::TermsCk),
    (Msg::TermsLymphWord, Msg::TermsLymph),
    (Msg::TermsPlateletsWord, Msg::TermsPlatelets),
    (Msg::TermsLiveWord, Msg::TermsLive),
    (Msg::TermsPackyearsWord, Msg::TermsPackyears),
    (Msg::TermsEhWord, Msg::TermsEh),
    (Msg::TermsFolliculitisWord, Msg::TermsFolliculitis),
    (Msg::TermsCypWord, Msg::TermsCyp),
];

/// Links the first use of each term in one part of the page.
pub(super) struct Terms<'a> {
    cat: &'a Catalog,
    /// Part of the element ids, unique per part of the page.
    part: &'static str,
    used: u32,
}

/// Where `word` starts in `text` (its first letter may be either case), at a word boundary.
pub(super) fn find_word(text: &str, word: &str) -> Option<usize> {
    let w = word.as_bytes();
    let t = text.as_bytes();
    let first = *w.first()?;
    (0..t.len().saturating_sub(w.len() - 1)).find(|&i| {
        t[i].eq_ignore_ascii_case(&first)
            && t[i + 1..i + w.len()] == w[1..]
            && (i == 0 || !t[i - 1].is_ascii_alphanumeric())
            // Short words (CK, IGRA) must stand alone: not the start of a longer word.
            && (w.len() > 4 || t.get(i + w.len()).is_none_or(|c| !c.is_ascii_alphabetic()))
    })
}

impl<'a> Terms<'a> {
    pub(super) fn new(cat: &'a Catalog, part: &'static str) -> Self {
        Terms { cat, part, used: 0 }
    }

    /// Write escaped text, turning the first use of each unused term into a help button.
    pub(super) fn write(&mut self, o: &mut Out, text: &str) {
        let mut rest = text;
        loop {
            let hit = TERMS
                .iter()
                .enumerate()
                .filter(|(i, _)| self.used >> i & 1 == 0)
                .filter_map(|(i, (word, _))| {
                    let w = self.cat.get(*word);
                    find_word(rest, w).map(|at| (at, i, w.len()))
                })
                .min();
            let Some((at, i, len)) = hit else {
                o.text(rest);
                return;
            };
            self.used |= 1 << i;
            let (before, tail) = rest.split_at(at);
            let (shown, after) = tail.split_at(len);
            o.text(before)
                .raw(
                    "<button type=\"button\" class=\"term\" aria-expanded=\"false\" data-term=\"t-",
                )
                .raw(self.part)
                .raw("-")
                .num(i)
                .raw("\" aria-controls=\"t-")
                .raw(self.part)
                .raw("-")
                .num(i)
                .raw("\">")
                .text(shown)
                .raw("<span class=\"q\" aria-hidden=\"true\"></span></button><span class=\"term-def\" id=\"t-")
                .raw(self.part)
                .raw("-")
                .num(i)
                .raw("\" hidden>")
                .text(self.cat.get(TERMS[i].1))
                .raw("</span>");
            rest = after;
        }
    }
}
