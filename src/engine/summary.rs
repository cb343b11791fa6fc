//! The key points: what is approved, and the personal points that matter most (pregnancy, the
//! warning, clots, cancer). Each medicine's result sits beside them in the first layer.

use super::model::*;
use super::risk_profile::{
    clot_factors, ema_applies, heart_cancer_low, shared_features, younger_than_study, ClotFactor,
    Feature, OtherRisk,
};
use super::warning::{excess_phrases, other_list};
use super::writer::{Spec, Writer, A::*, HUNDRED, THOUSAND};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{AaExtent, Cancer, Drug, Pregnancy};

pub(crate) fn lines(w: &mut Writer) -> Vec<Text> {
    // Each medicine's result is drawn in the first layer, against its own dummy pill (never
    // pooled across medicines), so the key points are what is approved and what is personal.
    let mut out = vec![approval(w)];
    // Less than half the scalp: the trials' numbers may not apply, and waiting is a real option.
    if w.p.aa == Some(AaExtent::Patchy) && !w.drugs.is_empty() {
        out.push(w.text(
            Msg::SummaryPatchy,
            &[
                ("min", N(Fig::TrialMinScalpLoss)),
                ("few", N(Fig::NhFewPatches1y)),
                ("of", Of(HUNDRED)),
            ],
            &[],
        ));
    }
    out.extend(personal(w));
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
        // Old enough for one, but the clinic shows none that is approved at this age.
        Some(_) if w.drugs.is_empty() => w.text(Msg::ResultsNoDrugs, &[], &[]),
        Some(a) if a < adult => {
            let drug = w.drug_short(Drug::Ritlecitinib);
            w.text_dyn(
                Msg::SummaryApprovedTeen,
                &[("adult", N(Fig::AdultAge))],
                &[("age", a.digits()), ("drug", drug)],
                &[Fig::RitleMinAge],
            )
        }
        None => w.text(
            Msg::SummaryApprovedUnknownAge,
            &[("adult", N(Fig::AdultAge)), ("min", N(Fig::RitleMinAge))],
            &[Fig::AdultAge, Fig::RitleMinAge],
        ),
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

/// The heart-attack, stroke and heart-death numbers from ORAL Surveillance, per 1,000.
const ORAL_MACE: Spec = &[
    ("years", Yr(Fig::OsMaceTofa)),
    ("tofa", K(Fig::OsMaceTofa)),
    ("tnf", K(Fig::OsMaceTnf)),
    ("of", Of(THOUSAND)),
];

/// Label-strength pregnancy or breastfeeding advice for the medicines shown: the European labels
/// of baricitinib and ritlecitinib; deuruxolitinib's advice could not be checked.
fn pregnancy_line(w: &mut Writer, named: Msg, deur_only: Msg) -> Text {
    let checked: Vec<String> = [Drug::Baricitinib, Drug::Ritlecitinib]
        .into_iter()
        .filter(|d| w.has(*d))
        .map(|d| w.drug_short(d))
        .collect();
    if checked.is_empty() {
        return w.text(deur_only, &[], &[]);
    }
    let list = w.list(&checked);
    let deur = if w.has(Drug::Deuruxolitinib) {
        [" ", w.cat.get(Msg::SummaryDeurUnchecked)].concat()
    } else {
        String::new()
    };
    let mut t = w.text_dyn(named, &[], &[("list", list), ("deur", deur)], &[]);
    t.cites = w.cite_ids(&[Src::OlumiantSmpc, Src::LitfuloEu]);
    t
}

fn personal(w: &mut Writer) -> Vec<Text> {
    let mut out = Vec::new();
    if w.p.may_be_pregnant() && !w.drugs.is_empty() {
        match w.p.preg {
            Some(Pregnancy::Pregnant) => out.push(pregnancy_line(
                w,
                Msg::SummaryPregnant,
                Msg::SummaryPregnantDeur,
            )),
            Some(Pregnancy::Breastfeeding) => out.push(pregnancy_line(
                w,
                Msg::SummaryBreastfeeding,
                Msg::SummaryBreastfeedingDeur,
            )),
            Some(Pregnancy::Planning) => out.push(w.text(Msg::SummaryPlanning, &[], &[])),
            _ => {}
        }
    }
    if w.drugs.is_empty() {
        out.push(w.text(Msg::SummaryOtherOptions, &[], &[]));
        return out;
    }
    out.extend(warning_fit(w));
    out.extend(clots_and_cancer(w));
    out
}

/// Where the person sits against the study behind the warning (heart problems and cancer).
fn warning_fit(w: &mut Writer) -> Vec<Text> {
    let features = shared_features(w.p);
    let heart = features
        .iter()
        .any(|f| matches!(f, Feature::HeartDisease | Feature::Stroke));
    let young = younger_than_study(w.p);
    let mut out = Vec::new();
    if heart {
        // The numbers for people like them: the heart-disease subgroup, not the trial average.
        out.push(w.text(
            Msg::SummaryRiskHeart,
            &[
                ("lo", KLo(Fig::OsMaceAscvdTofa)),
                ("hi", KHi(Fig::OsMaceAscvdTofa)),
                ("tnf", K(Fig::OsMaceAscvdTnf)),
                ("years", Yr(Fig::OsMaceTofa)),
                ("of", Of(THOUSAND)),
            ],
            &[],
        ));
    } else if features.iter().any(|f| f.in_excess_group()) {
        let list = w.list(&excess_phrases(w, &features));
        out.push(w.text_dyn(
            Msg::SummaryRiskExcess,
            ORAL_MACE,
            &[("count", w.count_word(features.len())), ("list", list)],
            &[Fig::OsHighRiskAge],
        ));
    } else if !features.is_empty() {
        out.push(w.text_dyn(
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
        ));
    } else if heart_cancer_low(w.p) {
        out.push(w.text(Msg::SummaryRiskLow, &[("age", N(Fig::OsMinAge))], &[]));
    } else {
        let list = w.list(&super::warning::unanswered(w));
        out.push(w.text_dyn(Msg::SummaryRiskUnknown, &[], &[("list", list)], &[]));
    }
    // One line: "no one your age was in the study" first for a younger reader (the low-risk
    // line says it itself), and the European caution last where it applies.
    let mut line = out.pop().unwrap_or(Text {
        text: String::new(),
        cites: Vec::new(),
    });
    if young && !heart_cancer_low(w.p) {
        let pre = w.text(Msg::SummaryYoung, &[("age", N(Fig::OsMinAge))], &[]);
        line = join(pre, line);
    }
    if ema_applies(w.p) {
        let ema = w.text(Msg::SummaryEma, &[("age", N(Fig::EmaAge))], &[]);
        line = join(line, ema);
    }
    vec![line]
}

/// Two texts as one paragraph, with both sets of sources.
fn join(mut a: Text, b: Text) -> Text {
    a.text.push(' ');
    a.text.push_str(&b.text);
    for c in b.cites {
        if !a.cites.contains(&c) {
            a.cites.push(c);
        }
    }
    a
}

/// The person's own clot risk factors and cancer history, which the warning also covers.
fn clots_and_cancer(w: &mut Writer) -> Vec<Text> {
    let mut out = Vec::new();
    let clots: Vec<OtherRisk> = clot_factors(w.p)
        .into_iter()
        // Pregnancy and breastfeeding have their own line above.
        .filter(|c| !matches!(c, ClotFactor::Pregnant | ClotFactor::AfterBirth))
        .map(OtherRisk::Clot)
        .collect();
    if !clots.is_empty() {
        let history = clots
            .iter()
            .any(|c| matches!(c, OtherRisk::Clot(f) if f.is_history()));
        let list = other_list(w, &clots);
        let (m, ids): (Msg, &[Src]) = if history {
            (Msg::SummaryClotHistory, &[Src::Ema2023, Src::FdaDsc2021])
        } else {
            let one = clots.len() == 1;
            let m = if one {
                Msg::SummaryClotFactor
            } else {
                Msg::SummaryClotFactors
            };
            (m, &[Src::FdaDsc2021])
        };
        let mut t = w.text_dyn(m, &[], &[("list", list)], &[]);
        t.cites = w.cite_ids(ids);
        out.push(t);
    }
    match w.p.cancer {
        Some(Cancer::Past | Cancer::Recent) => {
            let what = other_list(
                w,
                &[if w.p.cancer == Some(Cancer::Recent) {
                    OtherRisk::CancerRecent
                } else {
                    OtherRisk::CancerPast
                }],
            );
            let mut t = w.text_dyn(Msg::SummaryCancer, &[], &[("what", what)], &[]);
            t.cites = w.cite_ids(&[Src::FdaDsc2021]);
            out.push(t);
        }
        Some(Cancer::SkinOnly) => {
            let mut t = w.text(Msg::SummarySkinCancer, &[], &[]);
            t.cites = w.cite_ids(&[Src::LitfuloLabel]);
            out.push(t);
        }
        _ => {}
    }
    out
}
