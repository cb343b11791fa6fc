//! Section 1: what treatment could do — each medicine against its own dummy pill.

use super::model::*;
use super::writer::{cap, of_text, only, Writer, HUNDRED};
use crate::content::Msg;
use crate::evidence::Fig;
use crate::profile::{AaExtent, Drug, Episode, Matter, Weight};

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let hundred = of_text(HUNDRED);
    let mut out = vec![w.para(
        Msg::BenefitMeasure,
        &[
            ("cover", w.n(Fig::SaltResponder)),
            ("of", hundred.clone()),
            (
                "salt",
                (HUNDRED - w.fig(Fig::SaltResponder).whole()).to_string(),
            ),
        ],
        &[Fig::SaltResponder],
    )];

    if w.p.aa == Some(AaExtent::Patchy) {
        out.push(w.note(
            Msg::BenefitPatchy,
            &[
                ("min", w.n(Fig::TrialMinScalpLoss)),
                ("of", hundred.clone()),
            ],
            &[Fig::TrialMinScalpLoss],
        ));
    }
    if w.p.dur == Some(Episode::OverFourYears) {
        out.push(w.note(
            Msg::BenefitLongEpisode,
            &[
                ("short", w.n(Fig::BraveEpisodeMax)),
                ("long", w.n(Fig::AllegroEpisodeMax)),
            ],
            &[Fig::BraveEpisodeMax, Fig::AllegroEpisodeMax],
        ));
    }
    if w.drugs.len() > 1 {
        out.push(w.note(Msg::ResultsTrialsDiffer, &[], &[]));
    }

    let wants_brows = w.p.brows == Some(true) || matters(w, Matter::Brows);
    let wants_lashes = w.p.lashes == Some(true) || matters(w, Matter::Lashes);

    for d in w.drugs.iter().copied() {
        let mut blocks = Vec::new();
        blocks.push(Block {
            drug: None,
            kind: BlockKind::Subheading(w.drug_name(d)),
        });
        match d {
            Drug::Baricitinib => baricitinib(w, &mut blocks, wants_brows, wants_lashes),
            Drug::Ritlecitinib => ritlecitinib(w, &mut blocks, wants_brows || wants_lashes),
            Drug::Deuruxolitinib => deuruxolitinib(w, &mut blocks, wants_brows || wants_lashes),
        }
        out.extend(blocks.into_iter().map(|b| only(d, b)));
    }

    if matters(w, Matter::Body) {
        out.push(w.note(Msg::BenefitBodyUnknown, &[], &[]));
    }

    out.push(w.para(
        Msg::BenefitTiming,
        &[
            ("short", w.weeks(Fig::Ritle50ScalpWk24)),
            ("long", w.weeks(Fig::Bari4Aa1Scalp)),
        ],
        &[Fig::Ritle50ScalpWk24, Fig::Bari4Aa1Scalp],
    ));

    out.push(w.sub(Msg::BenefitStopTitle));
    out.push(w.para(
        Msg::BenefitStop,
        &[
            ("weeks", w.weeks(Fig::WithdrawLossWk24)),
            ("low", w.low(Fig::WithdrawLossWk24)),
            ("high", w.high(Fig::WithdrawLossWk24)),
            ("of", hundred.clone()),
            ("weeks_long", w.weeks(Fig::WithdrawLossWk152)),
            ("lost", w.n(Fig::WithdrawLossWk152)),
            ("kept", w.n(Fig::ContinueLossWk152)),
        ],
        &[
            Fig::WithdrawLossWk24,
            Fig::WithdrawLossWk152,
            Fig::ContinueLossWk152,
        ],
    ));
    if w.has(Drug::Baricitinib) {
        let b = w.para(
            Msg::BenefitRestart,
            &[
                ("dose", w.exact(Fig::BariDoseHigh)),
                ("n", w.n(Fig::RetreatRecapture4mg)),
                ("of", hundred.clone()),
            ],
            &[Fig::RetreatRecapture4mg, Fig::BariDoseHigh],
        );
        out.push(only(Drug::Baricitinib, b));
    }
    if w.has(Drug::Ritlecitinib) {
        let b = w.para(
            Msg::BenefitBreakRitle,
            &[("weeks", w.n(Fig::RitleBreakWeeks))],
            &[Fig::RitleBreakWeeks],
        );
        out.push(only(Drug::Ritlecitinib, b));
    }
    out
}

fn matters(w: &Writer, m: Matter) -> bool {
    matches!(w.p.weight(m), Some(Weight::ALot | Weight::ALittle))
}

/// One icon array comparing regimens (and the dummy pill) on one outcome.
fn array(
    w: &mut Writer,
    title: Msg,
    weeks_of: Fig,
    sentence: Msg,
    groups: &[(String, Fig)],
    extra_cites: &[Fig],
) -> Block {
    let of = HUNDRED;
    let groups_out = groups
        .iter()
        .map(|(who, f)| w.group(cap(who), who, w.fig(*f).whole(), of, sentence))
        .collect();
    let mut figs: Vec<Fig> = groups.iter().map(|(_, f)| *f).collect();
    figs.extend_from_slice(extra_cites);
    Block {
        drug: None,
        kind: BlockKind::IconArray(IconArray {
            title: w.f(title, &[("weeks", w.weeks(weeks_of))]),
            of,
            groups: groups_out,
            cites: w.cite(&figs),
            harm: false,
        }),
    }
}

fn how_taken(w: &mut Writer, out: &mut Vec<Block>, twice: bool, approved: Msg, age: Fig) {
    let how = w.t(if twice {
        Msg::BenefitHowTakenTwice
    } else {
        Msg::BenefitHowTakenOnce
    });
    let approved = w.text(approved, &[("age", w.n(age))], &[age]);
    out.push(Block {
        drug: None,
        kind: BlockKind::Paragraph(Text {
            text: format!("{how} {}", approved.text),
            cites: approved.cites,
        }),
    });
}

fn baricitinib(w: &mut Writer, out: &mut Vec<Block>, brows: bool, lashes: bool) {
    let hundred = of_text(HUNDRED);
    how_taken(w, out, false, Msg::DrugApprovedAdults, Fig::AdultAge);
    out.push(w.para(
        Msg::BenefitBariDoseNote,
        &[
            ("low", w.exact(Fig::BariDoseLow)),
            ("high", w.exact(Fig::BariDoseHigh)),
        ],
        &[Fig::BariDoseLow, Fig::BariDoseHigh],
    ));
    let high = w.regimen(Drug::Baricitinib, Fig::BariDoseHigh);
    let low = w.regimen(Drug::Baricitinib, Fig::BariDoseLow);
    let pbo = w.placebo();
    out.push(array(
        w,
        Msg::BenefitScalpTitle,
        Fig::Bari4Aa1Scalp,
        Msg::BenefitScalpGroup,
        &[
            (high.clone(), Fig::Bari4Aa1Scalp),
            (low.clone(), Fig::Bari2Aa1Scalp),
            (pbo.clone(), Fig::BariPboAa1Scalp),
        ],
        &[],
    ));
    out.push(w.para(
        Msg::BenefitSecondTrial,
        &[
            (
                "trial",
                w.fig(Fig::Bari4Aa2Scalp).trial.unwrap_or("").into(),
            ),
            ("high", w.n(Fig::Bari4Aa2Scalp)),
            ("low", w.n(Fig::Bari2Aa2Scalp)),
            ("pbo", w.n(Fig::BariPboAa2Scalp)),
            ("of", hundred.clone()),
            ("high_dose", w.exact(Fig::BariDoseHigh)),
            ("low_dose", w.exact(Fig::BariDoseLow)),
        ],
        &[Fig::Bari4Aa2Scalp, Fig::Bari2Aa2Scalp, Fig::BariPboAa2Scalp],
    ));
    out.push(w.para(
        Msg::BenefitLongerBari,
        &[
            ("weeks", w.weeks(Fig::Bari4Wk52Scalp)),
            ("n", w.n(Fig::Bari4Wk52Scalp)),
            ("of", hundred.clone()),
            ("dose", w.exact(Fig::BariDoseHigh)),
        ],
        &[Fig::Bari4Wk52Scalp, Fig::BariDoseHigh],
    ));
    if brows {
        out.push(array(
            w,
            Msg::BenefitBrowsTitle,
            Fig::Bari4Aa1Brows,
            Msg::BenefitBrowsGroup,
            &[
                (high.clone(), Fig::Bari4Aa1Brows),
                (low, Fig::Bari2Aa1Brows),
                (pbo.clone(), Fig::BariPboAa1Brows),
            ],
            &[Fig::BariDoseHigh, Fig::BariDoseLow],
        ));
    }
    if lashes {
        out.push(array(
            w,
            Msg::BenefitLashesTitle,
            Fig::Bari4Aa1Lashes,
            Msg::BenefitLashesGroup,
            &[(high, Fig::Bari4Aa1Lashes), (pbo, Fig::BariPboAa1Lashes)],
            &[Fig::BariDoseHigh],
        ));
    }
}

fn ritlecitinib(w: &mut Writer, out: &mut Vec<Block>, brows_or_lashes: bool) {
    let hundred = of_text(HUNDRED);
    how_taken(w, out, false, Msg::DrugApprovedFrom, Fig::RitleMinAge);
    let reg = w.regimen(Drug::Ritlecitinib, Fig::RitleDose);
    let pbo = w.placebo();
    out.push(array(
        w,
        Msg::BenefitScalpTitle,
        Fig::Ritle50ScalpWk24,
        Msg::BenefitScalpGroup,
        &[(reg, Fig::Ritle50ScalpWk24), (pbo, Fig::RitlePboScalpWk24)],
        &[Fig::RitleDose],
    ));
    out.push(w.para(
        Msg::BenefitNearFull,
        &[
            ("cover", w.n(Fig::Salt10Cover)),
            ("of", hundred.clone()),
            ("weeks", w.weeks(Fig::Ritle50Salt10Wk24)),
            ("n", w.n(Fig::Ritle50Salt10Wk24)),
            ("pbo", w.n(Fig::RitlePboSalt10Wk24)),
        ],
        &[Fig::Ritle50Salt10Wk24, Fig::RitlePboSalt10Wk24],
    ));
    out.push(w.para(
        Msg::BenefitLongerRitle,
        &[
            ("weeks", w.weeks(Fig::Ritle50ScalpWk48)),
            ("n", w.n(Fig::Ritle50ScalpWk48)),
            ("of", hundred.clone()),
        ],
        &[Fig::Ritle50ScalpWk48],
    ));
    let teen_or_unknown = w.p.age.is_none_or(|a| a < 18);
    if teen_or_unknown {
        out.push(w.para(
            Msg::BenefitTeen,
            &[
                ("count", w.n(Fig::AllegroTeens)),
                ("min", w.n(Fig::RitleMinAge)),
                ("low", w.low(Fig::RitleTeenScalpWk24)),
                ("high", w.high(Fig::RitleTeenScalpWk24)),
                ("of", hundred.clone()),
                ("weeks", w.weeks(Fig::RitleTeenScalpWk24)),
                ("low48", w.low(Fig::RitleTeenScalpWk48)),
                ("high48", w.high(Fig::RitleTeenScalpWk48)),
                ("weeks48", w.weeks(Fig::RitleTeenScalpWk48)),
                ("pbo", w.n(Fig::RitleTeenPboWk24)),
            ],
            &[
                Fig::AllegroTeens,
                Fig::RitleMinAge,
                Fig::RitleTeenScalpWk24,
                Fig::RitleTeenScalpWk48,
                Fig::RitleTeenPboWk24,
            ],
        ));
    }
    if brows_or_lashes {
        out.push(w.note(Msg::BenefitBrowsLashesUnchecked, &[], &[]));
    }
}

fn deuruxolitinib(w: &mut Writer, out: &mut Vec<Block>, brows_or_lashes: bool) {
    let hundred = of_text(HUNDRED);
    how_taken(w, out, true, Msg::DrugApprovedAdults, Fig::DeurMinAge);
    let reg = w.regimen(Drug::Deuruxolitinib, Fig::DeurDose);
    let pbo = w.placebo();
    out.push(array(
        w,
        Msg::BenefitScalpTitle,
        Fig::Deur8ScalpWk24,
        Msg::BenefitScalpGroup,
        &[(reg, Fig::Deur8ScalpWk24), (pbo, Fig::DeurPboScalpWk24)],
        &[Fig::DeurDose],
    ));
    out.push(w.para(
        Msg::BenefitDeurTrials,
        &[
            ("aa1", w.n(Fig::Deur8Aa1Scalp)),
            ("aa2", w.n(Fig::Deur8Aa2Scalp)),
            ("of", hundred.clone()),
        ],
        &[Fig::Deur8Aa1Scalp, Fig::Deur8Aa2Scalp],
    ));
    out.push(w.para(
        Msg::BenefitNearFull,
        &[
            ("cover", w.n(Fig::Salt10Cover)),
            ("of", hundred),
            ("weeks", w.weeks(Fig::Deur8Salt10Wk24)),
            ("n", w.n(Fig::Deur8Salt10Wk24)),
            ("pbo", w.n(Fig::DeurPboSalt10Wk24)),
        ],
        &[Fig::Deur8Salt10Wk24, Fig::DeurPboSalt10Wk24],
    ));
    if brows_or_lashes {
        out.push(w.note(Msg::BenefitBrowsLashesUnchecked, &[], &[]));
    }
}
