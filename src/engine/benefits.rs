//! Section 1: what treatment could do — each medicine against its own dummy pill.

use super::model::*;
use super::writer::{only, Spec, Writer, A::*, HUNDRED};
use crate::data::content::Msg;
use crate::data::evidence::Fig;
use crate::model::profile::{AaExtent, Drug, Episode, Matter, Weight};

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let mut out = vec![w.para(
        Msg::BenefitMeasure,
        &[
            ("cover", N(Fig::SaltResponder)),
            ("of", Of(HUNDRED)),
            ("salt", Rest(Fig::SaltResponder)),
        ],
        &[],
    )];

    if w.p.aa == Some(AaExtent::Patchy) {
        out.push(w.note(
            Msg::BenefitPatchy,
            &[("min", N(Fig::TrialMinScalpLoss)), ("of", Of(HUNDRED))],
            &[],
        ));
    }
    const EPISODE: Spec = &[
        ("short", N(Fig::BraveEpisodeMax)),
        ("long", N(Fig::AllegroEpisodeMax)),
    ];
    match w.p.dur {
        Some(Episode::OverTenYears) => out.push(w.note(Msg::BenefitEpisodeBeyond, EPISODE, &[])),
        Some(Episode::EightToTenYears) if w.has(Drug::Baricitinib) => {
            let b = w.note(Msg::BenefitEpisodeBari, EPISODE, &[]);
            out.push(only(Drug::Baricitinib, b));
        }
        _ => {}
    }
    if beyond_trial_ages(w) {
        out.push(w.note(
            Msg::BenefitAgeLimits,
            &[
                ("men", N(Fig::BraveAgeMenMax)),
                ("women", N(Fig::BraveAgeLimits)),
                ("thrive", Hi(Fig::ThriveAgeLimits)),
            ],
            &[],
        ));
    }
    if w.drugs.len() > 1 {
        out.push(w.note(Msg::ResultsTrialsDiffer, &[], &[]));
    }

    let wants_brows = w.p.brows == Some(true) || matters(w, Matter::Brows);
    let wants_lashes = w.p.lashes == Some(true) || matters(w, Matter::Lashes);

    for d in w.drugs.iter().copied() {
        let mut blocks = vec![Block {
            drug: None,
            kind: BlockKind::Subheading(w.drug_name(d)),
        }];
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
            ("short", Wk(Fig::Ritle50ScalpWk24)),
            ("long", Wk(Fig::Bari4Aa1Scalp)),
        ],
        &[],
    ));

    out.push(w.sub(Msg::BenefitStopTitle));
    if w.has(Drug::Baricitinib) {
        // Baricitinib's withdrawal data, in a small group: shown only with baricitinib.
        let b = w.para(
            Msg::BenefitStop,
            &[
                ("switch", N(Fig::WithdrawSwitchWeek)),
                ("n4", N(Fig::WithdrawN4mg)),
                ("dose4", X(Fig::BraveDoseHigh)),
                ("n2", N(Fig::WithdrawN2mg)),
                ("dose2", X(Fig::BraveDoseLow)),
                ("weeks", Wk(Fig::WithdrawLossWk24)),
                ("low", Lo(Fig::WithdrawLossWk24)),
                ("high", Hi(Fig::WithdrawLossWk24)),
                ("of", Of(HUNDRED)),
                ("points", N(Fig::WithdrawLossPoints)),
                ("after", N(Fig::WithdrawWeeksAfter)),
                ("lost", N(Fig::WithdrawLossWk152)),
                ("kept", N(Fig::ContinueLossWk152)),
            ],
            &[Fig::WithdrawSwitchWeek],
        );
        out.push(only(Drug::Baricitinib, b));
        let b = w.para(
            Msg::BenefitRestart,
            &[
                ("dose", X(Fig::BraveDoseHigh)),
                ("low", Lo(Fig::RetreatRecapture4mg)),
                ("high", Hi(Fig::RetreatRecapture4mg)),
                ("dose2", X(Fig::BraveDoseLow)),
                ("n2", N(Fig::RetreatRecapture2mg)),
                ("of", Of(HUNDRED)),
            ],
            &[],
        );
        out.push(only(Drug::Baricitinib, b));
        let b = w.para(
            Msg::BenefitReduce,
            &[
                ("high", X(Fig::BraveDoseHigh)),
                ("low", X(Fig::BraveDoseLow)),
                ("people", N(Fig::BariReducePeople)),
                ("w104", Wk(Fig::BariReduceKeptWk104)),
                ("r104", N(Fig::BariReduceKeptWk104)),
                ("s104", N(Fig::BariStay4KeptWk104)),
                ("w152", Wk(Fig::BariReduceKeptWk152)),
                ("r152", N(Fig::BariReduceKeptWk152)),
                ("s152", N(Fig::BariStay4KeptWk152)),
                ("of", Of(HUNDRED)),
            ],
            &[],
        );
        out.push(only(Drug::Baricitinib, b));
    }
    if w.has(Drug::Ritlecitinib) {
        let b = w.plain(Msg::BenefitStopRitle);
        out.push(only(Drug::Ritlecitinib, b));
        let b = w.para(
            Msg::BenefitBreakRitle,
            &[("weeks", N(Fig::RitleBreakWeeks))],
            &[],
        );
        out.push(only(Drug::Ritlecitinib, b));
    }
    if w.has(Drug::Deuruxolitinib) {
        let b = w.note(Msg::BenefitDeurNoStop, &[], &[]);
        out.push(only(Drug::Deuruxolitinib, b));
    }
    out
}

/// Older than the trials' age limits: men over 60 (baricitinib), anyone over 65 (deuruxolitinib).
fn beyond_trial_ages(w: &Writer) -> bool {
    let Some(age) = w.p.age.map(u32::from) else {
        return false;
    };
    let men_max = w.fig(Fig::BraveAgeMenMax).whole();
    let thrive_max = w.fig(Fig::ThriveAgeLimits).high_whole();
    let applies = w.has(Drug::Baricitinib) || w.has(Drug::Deuruxolitinib);
    applies
        && (age > thrive_max
            || (age > men_max && w.p.sex != Some(crate::model::profile::Sex::Female)))
}

fn matters(w: &Writer, m: Matter) -> bool {
    matches!(w.p.weight(m), Some(Weight::ALot | Weight::ALittle))
}

/// "A pill taken once a day. Approved for …".
fn how_taken(w: &mut Writer, out: &mut Vec<Block>, twice: bool, approved: Msg, age: Fig) {
    let how = w.t(if twice {
        Msg::BenefitHowTakenTwice
    } else {
        Msg::BenefitHowTakenOnce
    });
    let text = w.fill(approved, &[], &[("age", w.n(age))]);
    out.push(Block {
        drug: None,
        kind: BlockKind::Paragraph(Text {
            text: how + " " + &text,
            cites: w.cite(&[age]),
        }),
    });
}

fn baricitinib(w: &mut Writer, out: &mut Vec<Block>, brows: bool, lashes: bool) {
    how_taken(w, out, false, Msg::DrugApprovedAdults, Fig::AdultAge);
    out.push(w.para(
        Msg::BenefitBariDoseNote,
        &[("low", X(Fig::BariDoseLow)), ("high", X(Fig::BariDoseHigh))],
        &[],
    ));
    let high = w.regimen(Drug::Baricitinib, Fig::BariDoseHigh);
    let low = w.regimen(Drug::Baricitinib, Fig::BariDoseLow);
    let pbo = w.placebo();
    out.push(w.icon_array(
        Msg::BenefitScalpTitle,
        Msg::BenefitScalpGroup,
        &[
            (high.clone(), Fig::Bari4Aa1Scalp),
            (low.clone(), Fig::Bari2Aa1Scalp),
            (pbo.clone(), Fig::BariPboAa1Scalp),
        ],
        &[Fig::BariDoseHigh, Fig::BariDoseLow],
    ));
    let trial = w.fig(Fig::Bari4Aa2Scalp).trial.unwrap_or("").to_owned();
    out.push(w.para_dyn(
        Msg::BenefitSecondTrial,
        &[
            ("high", N(Fig::Bari4Aa2Scalp)),
            ("low", N(Fig::Bari2Aa2Scalp)),
            ("pbo", N(Fig::BariPboAa2Scalp)),
            ("of", Of(HUNDRED)),
            ("high_dose", X(Fig::BariDoseHigh)),
            ("low_dose", X(Fig::BariDoseLow)),
        ],
        &[("trial", trial)],
        &[],
    ));
    out.push(w.para(
        Msg::BenefitLongerBari,
        &[
            ("weeks", Wk(Fig::Bari4Wk52Scalp)),
            ("n", N(Fig::Bari4Wk52Scalp)),
            ("of", Of(HUNDRED)),
            ("dose", X(Fig::BraveDoseHigh)),
        ],
        &[],
    ));
    if brows {
        out.push(w.icon_array(
            Msg::BenefitBrowsTitle,
            Msg::BenefitBrowsGroup,
            &[
                (high.clone(), Fig::Bari4Aa1Brows),
                (low, Fig::Bari2Aa1Brows),
                (pbo.clone(), Fig::BariPboAa1Brows),
            ],
            &[Fig::BraveDoseHigh, Fig::BraveDoseLow],
        ));
    }
    if lashes {
        out.push(w.icon_array(
            Msg::BenefitLashesTitle,
            Msg::BenefitLashesGroup,
            &[(high, Fig::Bari4Aa1Lashes), (pbo, Fig::BariPboAa1Lashes)],
            &[Fig::BraveDoseHigh],
        ));
    }
    if brows || lashes {
        let trial = w.fig(Fig::Bari4Aa2Brows).trial.unwrap_or("").to_owned();
        out.push(w.para_dyn(
            Msg::BenefitSecondBrows,
            &[
                ("b4", N(Fig::Bari4Aa2Brows)),
                ("b2", N(Fig::Bari2Aa2Brows)),
                ("bp", N(Fig::BariPboAa2Brows)),
                ("l4", N(Fig::Bari4Aa2Lashes)),
                ("lp", N(Fig::BariPboAa2Lashes)),
                ("of", Of(HUNDRED)),
                ("high_dose", X(Fig::BraveDoseHigh)),
                ("low_dose", X(Fig::BraveDoseLow)),
            ],
            &[("trial", trial)],
            &[],
        ));
    }
}

fn ritlecitinib(w: &mut Writer, out: &mut Vec<Block>, brows_or_lashes: bool) {
    how_taken(w, out, false, Msg::DrugApprovedFrom, Fig::RitleMinAge);
    let reg = w.regimen(Drug::Ritlecitinib, Fig::RitleDose);
    let pbo = w.placebo();
    out.push(w.icon_array(
        Msg::BenefitScalpTitle,
        Msg::BenefitScalpGroup,
        &[(reg, Fig::Ritle50ScalpWk24), (pbo, Fig::RitlePboScalpWk24)],
        &[Fig::RitleDose],
    ));
    out.push(w.para(
        Msg::BenefitNearFullRitle,
        &[
            ("cover", N(Fig::Salt10CoverAllegro)),
            ("of", Of(HUNDRED)),
            ("weeks", Wk(Fig::Ritle50Salt10Wk24)),
            ("n", N(Fig::Ritle50Salt10Wk24)),
            ("pbo", N(Fig::RitlePboSalt10Wk24)),
        ],
        &[],
    ));
    out.push(w.para(
        Msg::BenefitLongerRitle,
        &[
            ("weeks", Wk(Fig::Ritle50ScalpWk48)),
            ("n", N(Fig::Ritle50ScalpWk48)),
            ("of", Of(HUNDRED)),
        ],
        &[],
    ));
    if w.p.age.is_none_or(|a| a < 18) {
        out.push(w.para(
            Msg::BenefitTeen,
            &[
                ("count", N(Fig::AllegroTeens)),
                ("min", N(Fig::RitleMinAge)),
                ("low", Lo(Fig::RitleTeenScalpWk24)),
                ("high", Hi(Fig::RitleTeenScalpWk24)),
                ("of", Of(HUNDRED)),
                ("weeks", Wk(Fig::RitleTeenScalpWk24)),
                ("low48", Lo(Fig::RitleTeenScalpWk48)),
                ("high48", Hi(Fig::RitleTeenScalpWk48)),
                ("weeks48", Wk(Fig::RitleTeenScalpWk48)),
                ("pbo", N(Fig::RitleTeenPboWk24)),
                ("min_dose", X(Fig::AllegroTeenMinDose)),
                ("dose", X(Fig::RitleDose)),
            ],
            &[],
        ));
    }
    if brows_or_lashes {
        out.push(w.note(Msg::BenefitBrowsLashesUnchecked, &[], &[]));
    }
}

fn deuruxolitinib(w: &mut Writer, out: &mut Vec<Block>, brows_or_lashes: bool) {
    how_taken(w, out, true, Msg::DrugApprovedAdults, Fig::DeurMinAge);
    let reg = w.regimen(Drug::Deuruxolitinib, Fig::DeurDose);
    let pbo = w.placebo();
    out.push(w.icon_array(
        Msg::BenefitScalpTitle,
        Msg::BenefitScalpGroup,
        &[(reg, Fig::Deur8ScalpWk24), (pbo, Fig::DeurPboScalpWk24)],
        &[Fig::DeurDose],
    ));
    out.push(w.para(
        Msg::BenefitDeurTrials,
        &[
            ("aa1", N(Fig::Deur8Aa1Scalp)),
            ("aa2", N(Fig::Deur8Aa2Scalp)),
            ("of", Of(HUNDRED)),
        ],
        &[],
    ));
    out.push(w.para(
        Msg::BenefitNearFull,
        &[
            ("cover", N(Fig::Salt10Cover)),
            ("of", Of(HUNDRED)),
            ("weeks", Wk(Fig::Deur8Salt10Wk24)),
            ("n", N(Fig::Deur8Salt10Wk24)),
            ("pbo", N(Fig::DeurPboSalt10Wk24)),
        ],
        &[],
    ));
    if brows_or_lashes {
        out.push(w.note(Msg::BenefitBrowsLashesUnchecked, &[], &[]));
    }
}
