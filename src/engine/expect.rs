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
    let labels: Vec<Src> = [
        (Drug::Baricitinib, Src::OlumiantLabel),
        (Drug::Ritlecitinib, Src::LitfuloLabel),
        (Drug::Deuruxolitinib, Src::LeqselviLabel),
    ]
    .into_iter()
    .filter(|(d, _)| w.has(*d))
    .map(|(_, s)| s)
    .collect();
    let mut out = vec![w.para_src(Msg::ExpectDaily, &[], &labels)];
    if w.has(Drug::Deuruxolitinib) {
        let b = w.para_src(Msg::ExpectDeurTwice, &[], &[Src::LeqselviLabel]);
        out.push(only(Drug::Deuruxolitinib, b));
    }
    // Early side effects "often settle": expert experience, said as such (no trial reported it).
    out.push(w.para_src(Msg::ExpectEarly, &[], &[Src::Ko2025]));
    out.push(w.plain(Msg::ExpectAcne));
    out.push(w.plain(Msg::ExpectColds));
    // Only the baricitinib label's list was read (EVIDENCE.md has no side-effect list for
    // deuruxolitinib).
    if w.has(Drug::Baricitinib) {
        out.push(w.para_src(Msg::ExpectColdsLabels, &[], &[Src::OlumiantLabel]));
    }

    // Blood-test changes the labels name, for the medicines that apply.
    out.push(w.plain(Msg::ExpectLabs));
    for (d, m, s) in [
        (Drug::Baricitinib, Msg::ExpectLabsBari, Src::KingNejm2022),
        (Drug::Ritlecitinib, Msg::ExpectLabsRitle, Src::LitfuloLabel),
        (
            Drug::Deuruxolitinib,
            Msg::ExpectLabsDeur,
            Src::LeqselviLabel,
        ),
    ] {
        if w.has(d) {
            let b = w.para_src(m, &[], &[s]);
            out.push(only(d, b));
        }
    }
    out.push(w.para_src(Msg::ExpectSkin, &[], &[Src::LitfuloLabel]));
    out.push(w.plain(Msg::ExpectSurgery));

    let mut urgent = vec![
        Msg::ExpectUrgentChest,
        Msg::ExpectUrgentBreath,
        Msg::ExpectUrgentStroke,
        Msg::ExpectUrgentLeg,
        Msg::ExpectUrgentVision,
        Msg::ExpectUrgentAllergy,
    ];
    // A tear in the gut is named for baricitinib and deuruxolitinib.
    if w.has(Drug::Baricitinib) || w.has(Drug::Deuruxolitinib) {
        urgent.push(Msg::ExpectUrgentBelly);
    }
    urgent.extend([
        Msg::ExpectUrgentFever,
        Msg::ExpectUrgentSkin,
        Msg::ExpectUrgentShingles,
    ]);
    out.push(Block {
        drug: None,
        kind: BlockKind::Urgent(Urgent {
            title: w.t(Msg::ExpectUrgentTitle),
            items: urgent.iter().map(|m| w.t(*m)).collect(),
            note: w.t(Msg::ExpectUrgentCall),
        }),
    });
    out.push(Block {
        drug: None,
        kind: BlockKind::Urgent(Urgent {
            title: w.t(Msg::ExpectSoonTitle),
            items: [
                Msg::ExpectSoonTb,
                Msg::ExpectSoonInfection,
                Msg::ExpectSoonSkin,
            ]
            .iter()
            .map(|m| w.t(*m))
            .collect(),
            note: String::new(),
        }),
    });
    out
}
