//! "Your summary in 3 lines": what is approved, what it could do, and the one personal point that
//! matters most.

use super::model::*;
use super::warning::{is_low_risk, other_list, other_risks, shared_features, Feature};
use super::writer::{Spec, Writer, A::*, HUNDRED, THOUSAND};
use crate::data::content::Msg;
use crate::data::evidence::Fig;
use crate::model::profile::{Drug, Pregnancy};

pub(crate) fn lines(w: &mut Writer) -> Vec<Text> {
    let mut out = vec![approval(w)];
    if let Some(b) = benefit(w) {
        out.push(b);
    }
    out.push(personal(w));
    out
}

fn approval(w: &mut Writer) -> Text {
    let adult = w.fig(Fig::AdultAge).whole();
    let min = w.fig(Fig::RitleMinAge).whole();
    match w.p.age.map(u32::from) {
        Some(a) if a < min => w.text(
            Msg::SummaryApprovedChild,
            &[("age", N(Fig::RitleMinAge))],
            &[Fig::RitleMinAge],
        ),
        Some(a) if a < adult => {
            let drug = w.drug_short(Drug::Ritlecitinib);
            w.text_dyn(
                Msg::SummaryApprovedTeen,
                &[("adult", N(Fig::AdultAge))],
                &[("age", a.to_string()), ("drug", drug)],
                &[Fig::RitleMinAge],
            )
        }
        None => w.text(
            Msg::SummaryApprovedUnknownAge,
            &[("adult", N(Fig::AdultAge)), ("min", N(Fig::RitleMinAge))],
            &[Fig::AdultAge, Fig::RitleMinAge],
        ),
        Some(_) if w.drugs.is_empty() => w.text(Msg::ResultsNoDrugs, &[], &[]),
        Some(_) => {
            let names: Vec<String> = w.drugs.iter().map(|d| w.drug_short(*d)).collect();
            let list = w.list(&names);
            w.text_dyn(
                Msg::SummaryApprovedAdult,
                &[],
                &[("list", list)],
                &[Fig::AdultAge],
            )
        }
    }
}

/// The main scalp result across the approved doses of the medicines that apply, as a range, with
/// the highest dummy-pill result ("5 or fewer").
fn benefit(w: &mut Writer) -> Option<Text> {
    let mains: Vec<(Fig, Fig)> = w
        .drugs
        .iter()
        .flat_map(|d| match d {
            Drug::Baricitinib => vec![
                (Fig::Bari4Aa1Scalp, Fig::BariPboAa1Scalp),
                (Fig::Bari4Aa2Scalp, Fig::BariPboAa2Scalp),
                (Fig::Bari2Aa1Scalp, Fig::BariPboAa1Scalp),
                (Fig::Bari2Aa2Scalp, Fig::BariPboAa2Scalp),
            ],
            Drug::Ritlecitinib => vec![(Fig::Ritle50ScalpWk24, Fig::RitlePboScalpWk24)],
            Drug::Deuruxolitinib => vec![(Fig::Deur8ScalpWk24, Fig::DeurPboScalpWk24)],
        })
        .collect();
    let by = |f: &dyn Fn(&(Fig, Fig)) -> Fig| -> (Fig, Fig) {
        let key = |x: &Fig| w.fig(*x).whole();
        let lo = mains.iter().map(f).min_by_key(key);
        let hi = mains.iter().map(f).max_by_key(key);
        (
            lo.unwrap_or(Fig::Bari4Aa1Scalp),
            hi.unwrap_or(Fig::Bari4Aa1Scalp),
        )
    };
    if mains.is_empty() {
        return None;
    }
    let (lo, hi) = by(&|m| m.0);
    let (_, phi) = by(&|m| m.1);
    let weeks = || mains.iter().filter_map(|m| w.fig(m.0).weeks);
    let (wlo, whi) = (weeks().min().unwrap_or(0), weeks().max().unwrap_or(0));
    let args = [
        ("n", w.span(w.n(lo), w.n(hi))),
        ("pbo", w.n(phi)),
        ("weeks", w.span(wlo.to_string(), whi.to_string())),
    ];
    let figs: Vec<Fig> = mains.iter().flat_map(|m| [m.0, m.1]).collect();
    Some(w.text_dyn(Msg::SummaryBenefit, &[("of", Of(HUNDRED))], &args, &figs))
}

/// The heart-attack, stroke and heart-death numbers from ORAL Surveillance, per 1,000.
const ORAL_MACE: Spec = &[
    ("years", Yr(Fig::OsMaceTofa)),
    ("tofa", K(Fig::OsMaceTofa)),
    ("tnf", K(Fig::OsMaceTnf)),
    ("of", Of(THOUSAND)),
];

fn personal(w: &mut Writer) -> Text {
    match w.p.preg {
        Some(Pregnancy::Pregnant) if w.p.may_be_pregnant() => {
            return w.text(Msg::SummaryPregnant, &[], &[]);
        }
        Some(Pregnancy::Breastfeeding) if w.p.may_be_pregnant() => {
            return w.text(Msg::SummaryBreastfeeding, &[], &[]);
        }
        Some(Pregnancy::Planning) if w.p.may_be_pregnant() && !w.drugs.is_empty() => {
            return w.text(Msg::SummaryPlanning, &[], &[]);
        }
        _ => {}
    }
    if w.drugs.is_empty() {
        return w.text(Msg::SummaryOtherOptions, &[], &[]);
    }
    let features = shared_features(w.p);
    let others = other_risks(w.p);
    let heart = features
        .iter()
        .any(|f| matches!(f, Feature::HeartDisease | Feature::Stroke));
    if is_low_risk(w.p) {
        w.text(
            Msg::SummaryRiskLow,
            &[("age", N(Fig::OsMinAge))],
            &[Fig::OsMinAge],
        )
    } else if heart {
        // The numbers for people like them: the heart-disease subgroup, not the trial average.
        w.text(
            Msg::SummaryRiskHeart,
            &[
                ("lo", KLo(Fig::OsMaceAscvdTofa)),
                ("hi", KHi(Fig::OsMaceAscvdTofa)),
                ("tnf", K(Fig::OsMaceAscvdTnf)),
                ("years", Yr(Fig::OsMaceTofa)),
                ("of", Of(THOUSAND)),
            ],
            &[],
        )
    } else if features.is_empty() && !others.is_empty() {
        let list = other_list(w, &others);
        w.text_dyn(Msg::SummaryRiskOther, &[], &[("list", list)], &[])
    } else if features.is_empty() {
        w.text(Msg::SummaryRiskUnknown, &[], &[])
    } else if features.iter().any(|f| f.in_excess_group()) {
        w.text_dyn(
            Msg::SummaryRiskExcess,
            ORAL_MACE,
            &[("count", w.count_word(features.len()))],
            &[Fig::OsHighRiskAge],
        )
    } else {
        w.text_dyn(
            Msg::SummaryRiskSome,
            &[
                ("lo", KLo(Fig::OsMaceNoascvdTofa)),
                ("hi", KHi(Fig::OsMaceNoascvdTofa)),
                ("tnf", K(Fig::OsMaceNoascvdTnf)),
                ("years", Yr(Fig::OsMaceTofa)),
                ("of", Of(THOUSAND)),
            ],
            &[("count", w.count_word(features.len()))],
            &[Fig::OsMinAge],
        )
    }
}
