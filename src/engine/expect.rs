//! Section 7: what life on the medicine is like, and when to get help urgently.

use super::model::*;
use super::writer::{only, Writer};
use crate::data::content::Msg;
use crate::data::evidence::Src;
use crate::model::profile::Drug;

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let mut out = vec![w.para_src(
        Msg::ExpectDaily,
        &[],
        &[Src::OlumiantSmpc, Src::LitfuloLabel, Src::LeqselviLabel],
    )];
    if w.has(Drug::Deuruxolitinib) {
        let b = w.para_src(Msg::ExpectDeurTwice, &[], &[Src::LeqselviLabel]);
        out.push(only(Drug::Deuruxolitinib, b));
    }
    for m in [
        Msg::ExpectEarly,
        Msg::ExpectAcne,
        Msg::ExpectColds,
        Msg::ExpectSurgery,
    ] {
        out.push(w.plain(m));
    }
    let items = [
        Msg::ExpectUrgentChest,
        Msg::ExpectUrgentBreath,
        Msg::ExpectUrgentStroke,
        Msg::ExpectUrgentLeg,
        Msg::ExpectUrgentFever,
        Msg::ExpectUrgentSkin,
        Msg::ExpectUrgentShingles,
    ]
    .iter()
    .map(|m| w.t(*m))
    .collect();
    out.push(Block {
        drug: None,
        kind: BlockKind::Urgent(Urgent {
            title: w.t(Msg::ExpectUrgentTitle),
            items,
            note: w.t(Msg::ExpectUrgentCall),
        }),
    });
    out
}
