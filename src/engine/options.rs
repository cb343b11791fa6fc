//! Section 5: the other options, including not treating, in plain words. Only numbers we could
//! check are shown; for the rest we say so.

use super::model::*;
use super::writer::{Writer, A::*, HUNDRED};
use crate::content::Msg;
use crate::evidence::Fig;
use crate::profile::AaExtent;

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
            &[("n", N(Fig::NhTostiMildFree)), ("of", Of(HUNDRED))],
            &[Fig::NhTostiMildFree],
        ));
    }
    if !patchy {
        out.push(w.para(
            Msg::OptionsWaitSevere,
            &[
                ("years", X(Fig::NhTostiYears)),
                ("low", Lo(Fig::NhTostiSevereFree)),
                ("high", Hi(Fig::NhTostiSevereFree)),
                ("of", Of(HUNDRED)),
                ("p_low", N(Fig::DeurPboScalpWk24)),
                ("p_high", N(Fig::BariPboAa1Scalp)),
                ("weeks", Wk(Fig::BariPboAa1Scalp)),
            ],
            &[
                Fig::NhTostiYears,
                Fig::NhTostiSevereFree,
                Fig::DeurPboScalpWk24,
                Fig::BariPboAa1Scalp,
            ],
        ));
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
    ] {
        out.push(w.para_src(m, &[], &["bad_2012"]));
    }
    out.push(w.note(Msg::OptionsNoNumbers, &[], &[]));
    out.push(w.plain(Msg::OptionsCover));
    out.push(w.plain(Msg::OptionsSupport));
    out
}
