//! Section 5: the other options, including not treating, in plain words. Only numbers we could
//! check are shown; for the rest we say so.

use super::model::*;
use super::writer::{Writer, A::*, HUNDRED};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{AaExtent, Drug};

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    let mut out = vec![w.plain(Msg::OptionsIntro), w.sub(Msg::OptionsWaitTitle)];

    let patchy = w.p.aa == Some(AaExtent::Patchy);
    let total = w.p.aa == Some(AaExtent::Total);
    // Unknown extent: show both pictures, since we can't tell which applies.
    if patchy || w.p.aa.is_none() {
        out.push(w.para(
            Msg::OptionsWaitPatchy,
            &[
                ("few", N(Fig::NhFewPatches1y)),
                ("low", Lo(Fig::NhReferral1y)),
                ("high", Hi(Fig::NhReferral1y)),
                ("of", Of(HUNDRED)),
            ],
            &[Fig::NhFewPatches1y, Fig::NhReferral1y],
        ));
        out.push(w.para(
            Msg::OptionsWaitMildLong,
            &[
                ("people", N(Fig::NhTostiMildPeople)),
                ("free", N(Fig::NhTostiMildFreeN)),
                ("years", N(Fig::NhTostiYears)),
            ],
            &[],
        ));
    }
    if !patchy {
        // The dummy-pill results of the trials of the medicines shown (all three if none is
        // approved for this person, since the numbers still describe the natural course).
        let shown: &[Drug] = if w.drugs.is_empty() {
            &Drug::ALL
        } else {
            w.drugs
        };
        let placebo: Vec<Fig> = shown
            .iter()
            .flat_map(|d| match d {
                Drug::Baricitinib => vec![Fig::BariPboAa1Scalp, Fig::BariPboAa2Scalp],
                Drug::Ritlecitinib => vec![Fig::RitlePboScalpWk24],
                Drug::Deuruxolitinib => vec![Fig::DeurPboScalpWk24],
            })
            .collect();
        let most = placebo
            .iter()
            .copied()
            .max_by_key(|f| w.fig(*f).whole())
            .unwrap_or(Fig::BariPboAa1Scalp);
        let weeks = || placebo.iter().filter_map(|f| w.fig(*f).weeks);
        let (w_low, w_high) = (weeks().min().unwrap_or(0), weeks().max().unwrap_or(0));
        let weeks_text = w.span(w_low.digits(), w_high.digits());
        let text = w.text_dyn(
            Msg::OptionsWaitSevere,
            &[
                ("years", N(Fig::NhTostiYears)),
                ("people", N(Fig::NhTostiSeverePeople)),
                ("free", N(Fig::NhTostiSevereFreeN)),
                ("of", Of(HUNDRED)),
            ],
            &[("pbo", w.n(most)), ("weeks", weeks_text)],
            &placebo,
        );
        out.push(Block {
            drug: None,
            kind: BlockKind::Paragraph(text),
        });
    }
    if total || w.p.aa.is_none() {
        out.push(w.para(
            Msg::OptionsWaitTotal,
            &[("n", N(Fig::NhTotalRecovery)), ("of", Of(HUNDRED))],
            &[Fig::NhTotalRecovery],
        ));
    }
    out.push(w.plain(Msg::OptionsWaitNote));
    for m in [
        Msg::OptionsInjections,
        Msg::OptionsTopical,
        Msg::OptionsImmunotherapy,
        Msg::OptionsOtherMedicines,
        Msg::OptionsOtherRisks,
    ] {
        out.push(w.para_src(m, &[], &[Src::Bad2012]));
    }
    out.push(w.note(Msg::OptionsNoNumbers, &[], &[]));
    out.push(w.plain(Msg::OptionsCover));
    out.push(w.plain(Msg::OptionsSupport));
    out
}
