//! The first layer of the results: what a person reads in a few minutes before opening any
//! detail — each medicine's main benefit and its main harm in the same picture format, the
//! life-stage points not already in the key points, and the urgent signs in one sentence.

use super::model::*;
use super::writer::{only, Writer, THOUSAND};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Drug, Menopause};

pub(crate) fn build(w: &mut Writer) -> Brief {
    let mut b = Brief::default();
    if w.drugs.is_empty() {
        return b;
    }
    let pbo = w.placebo();
    let drugs = w.drugs;
    for d in drugs.iter().copied() {
        let reg = |w: &Writer, dose| w.regimen(d, dose);
        let (benefit, harm) = match d {
            Drug::Baricitinib => {
                let groups = [
                    (reg(w, Fig::BariDoseHigh), Fig::Bari4Aa1Scalp),
                    (reg(w, Fig::BariDoseLow), Fig::Bari2Aa1Scalp),
                    (pbo.clone(), Fig::BariPboAa1Scalp),
                ];
                let benefit = w.icon_array(
                    Msg::BriefScalpTitle,
                    Msg::BriefScalpGroup,
                    &groups,
                    &[Fig::BariDoseHigh, Fig::BariDoseLow],
                );
                // No checked percentages for baricitinib's side effects: said in words.
                let harm = w.para_src(
                    Msg::BriefBariHarm,
                    &[],
                    &[Src::KingNejm2022, Src::OlumiantLabel],
                );
                (benefit, harm)
            }
            Drug::Ritlecitinib => {
                let benefit = w.icon_array(
                    Msg::BriefScalpTitle,
                    Msg::BriefScalpGroup,
                    &[
                        (reg(w, Fig::RitleDose), Fig::Ritle50ScalpWk24),
                        (pbo.clone(), Fig::RitlePboScalpWk24),
                    ],
                    &[Fig::RitleDose],
                );
                let harm = w.icon_array_of(
                    Msg::BriefHeadacheTitle,
                    Msg::BriefHeadacheGroup,
                    &[
                        (reg(w, Fig::RitleDose), Fig::RitleHeadache),
                        (pbo.clone(), Fig::RitlePboHeadache),
                    ],
                    &[Fig::RitleDose],
                    100,
                    true,
                );
                (benefit, harm)
            }
            Drug::Deuruxolitinib => {
                let benefit = w.icon_array(
                    Msg::BriefScalpTitle,
                    Msg::BriefScalpGroup,
                    &[
                        (reg(w, Fig::DeurDose), Fig::Deur8ScalpWk24),
                        (pbo.clone(), Fig::DeurPboScalpWk24),
                    ],
                    &[Fig::DeurDose],
                );
                // Per 1,000: 2.6 and 1.4 in 100 would round to 3 and 1, and mislead.
                let harm = w.icon_array_of(
                    Msg::BriefStoppedTitle,
                    Msg::BriefStoppedGroup,
                    &[
                        (reg(w, Fig::DeurDose), Fig::DeurStopAe),
                        (pbo.clone(), Fig::DeurStopAePbo),
                    ],
                    &[Fig::DeurDose],
                    THOUSAND,
                    true,
                );
                (benefit, harm)
            }
        };
        b.benefits.push(only(d, short_captions(w, benefit)));
        b.harms.push(only(d, short_captions(w, harm)));
    }

    // Life-stage points the key points do not already carry.
    if let Some(age) = w.p.age {
        let (min, adult) = (
            w.fig(Fig::RitleMinAge).whole(),
            w.fig(Fig::AdultAge).whole(),
        );
        if (min..adult).contains(&u32::from(age)) {
            b.notes.push(w.plain(Msg::BriefTeen));
        }
    }
    if w.p.may_be_pregnant() && w.p.meno == Some(Menopause::Peri) {
        b.notes.push(w.plain(Msg::LifePeriBirthControl));
    }
    b.urgent = Some(w.plain(Msg::BriefUrgent));
    b
}

/// The first layer's pictures are titled with their outcome, so each group's visible caption
/// can be short ("35 in 100 did, 65 did not"); the full sentence stays as the text equivalent.
fn short_captions(w: &Writer, mut b: Block) -> Block {
    if let BlockKind::IconArray(a) = &mut b.kind {
        for g in &mut a.groups {
            g.short = w.f(
                Msg::BriefShort,
                &[
                    ("n", g.count.digits()),
                    ("rest", a.of.saturating_sub(g.count).digits()),
                    ("of", w.of_text(a.of)),
                ],
            );
        }
    }
    b
}
