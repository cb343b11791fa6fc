//! Section 8: questions to ask, generated from the answers (Benefits, Risks, Alternatives,
//! Nothing — plus practical ones).

use super::model::*;
use super::risk_profile::{shared_features, Feature};
use super::writer::Writer;
use crate::data::content::Msg;
use crate::model::profile::{
    Cancer, Contraception, Cv, Drug, Hrt, Infection, Menopause, Pregnancy, Shingrix, Smoking,
    Travel,
};

/// All question ids the widget can offer (the share link only keeps ids from this list).
pub const ALL_IDS: &[&str] = &[
    "work_for_me",
    "how_long",
    "which_drug",
    "brows_lashes",
    "risks_for_me",
    "warning_me",
    "heart_check",
    "clot_past",
    "clot_risk",
    "clot_pill",
    "clot_travel",
    "pregnancy_plan",
    "pregnant_now",
    "hrt",
    "cold_sores",
    "cancer",
    "infection",
    "vaccines",
    "cyp",
    "teen_parent",
    "child",
    "liver",
    "vaccines_unsure",
    "smoking",
    "alternatives",
    "nothing",
    "stop",
    "monitoring",
    "cost",
];

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    let p = w.p;
    let any_drug = !w.drugs.is_empty();
    let features = shared_features(p);
    let mut qs: Vec<(&'static str, Bran, Msg)> = Vec::new();
    let mut add = |on: bool, id, tag, m| {
        if on {
            qs.push((id, tag, m));
        }
    };

    add(any_drug, "work_for_me", Bran::Benefit, Msg::AskWorkForMe);
    add(any_drug, "how_long", Bran::Benefit, Msg::AskHowLong);
    add(
        w.drugs.len() > 1,
        "which_drug",
        Bran::Benefit,
        Msg::AskWhichDrug,
    );
    add(
        p.brows == Some(true) || p.lashes == Some(true),
        "brows_lashes",
        Bran::Benefit,
        Msg::AskBrowsLashes,
    );
    add(any_drug, "risks_for_me", Bran::Risk, Msg::AskRisksForMe);
    add(
        any_drug && !features.is_empty(),
        "warning_me",
        Bran::Risk,
        Msg::AskWarningMe,
    );
    add(
        any_drug
            && features
                .iter()
                .any(|f| f.in_excess_group() || *f == Feature::HighBloodPressure),
        "heart_check",
        Bran::Risk,
        Msg::AskHeartCheck,
    );
    add(
        any_drug && p.has_cv(Cv::Clot),
        "clot_past",
        Bran::Risk,
        Msg::AskClotPast,
    );
    add(
        any_drug
            && !p.has_cv(Cv::Clot)
            && (p.has_cv(Cv::ClotDisorder) || p.has_cv(Cv::LungDisease)),
        "clot_risk",
        Bran::Risk,
        Msg::AskClotRisk,
    );
    add(
        any_drug
            && matches!(
                p.contra,
                Some(Contraception::Combined | Contraception::Injection)
            ),
        "clot_pill",
        Bran::Risk,
        Msg::AskClotPill,
    );
    add(
        any_drug && p.travel == Some(Travel::Monthly),
        "clot_travel",
        Bran::Risk,
        Msg::AskClotTravel,
    );
    add(
        any_drug && matches!(p.preg, Some(Pregnancy::Planning | Pregnancy::Unsure)),
        "pregnancy_plan",
        Bran::Risk,
        Msg::AskPregnancyPlan,
    );
    add(
        matches!(p.preg, Some(Pregnancy::Pregnant | Pregnancy::Breastfeeding)),
        "pregnant_now",
        Bran::Alternative,
        Msg::AskPregnantNow,
    );
    add(
        any_drug
            && (matches!(p.hrt, Some(Hrt::Oral | Hrt::Considering))
                || p.meno == Some(Menopause::Peri)),
        "hrt",
        Bran::Risk,
        Msg::AskHrt,
    );
    add(
        any_drug && (p.has_inf(Infection::Herpes) || p.eczema == Some(true)),
        "cold_sores",
        Bran::Risk,
        Msg::AskColdSores,
    );
    add(
        any_drug
            && matches!(
                p.cancer,
                Some(Cancer::Past | Cancer::Recent | Cancer::SkinOnly)
            ),
        "cancer",
        Bran::Risk,
        Msg::AskCancer,
    );
    add(
        any_drug
            && [Infection::Tb, Infection::HepatitisB, Infection::HepatitisC]
                .iter()
                .any(|i| p.has_inf(*i)),
        "infection",
        Bran::Risk,
        Msg::AskInfection,
    );
    add(any_drug, "vaccines", Bran::Practical, Msg::AskVaccines);
    add(
        any_drug && matches!(p.shingrix, Some(Shingrix::No | Shingrix::Unsure)),
        "vaccines_unsure",
        Bran::Practical,
        Msg::AskVaccinesUnsure,
    );
    add(
        any_drug && p.smoke == Some(Smoking::Current),
        "smoking",
        Bran::Risk,
        Msg::AskSmoking,
    );
    add(
        w.has(Drug::Deuruxolitinib),
        "cyp",
        Bran::Practical,
        Msg::AskCyp,
    );
    add(
        p.age.is_some_and(|a| (12..18).contains(&a)),
        "teen_parent",
        Bran::Practical,
        Msg::AskTeenParent,
    );
    add(
        p.age.is_some_and(|a| a < 12),
        "child",
        Bran::Practical,
        Msg::AskChild,
    );
    add(
        true,
        "alternatives",
        Bran::Alternative,
        Msg::AskAlternatives,
    );
    add(true, "nothing", Bran::Nothing, Msg::AskNothing);
    add(any_drug, "stop", Bran::Nothing, Msg::AskStop);
    add(any_drug, "monitoring", Bran::Practical, Msg::AskMonitoring);
    add(any_drug, "liver", Bran::Practical, Msg::AskLiver);
    add(any_drug, "cost", Bran::Practical, Msg::AskCost);

    let mut out = vec![w.plain(Msg::AskIntro), w.plain(Msg::AskBran)];
    out.extend(qs.into_iter().map(|(id, tag, m)| Block {
        drug: None,
        kind: BlockKind::Question(Question {
            id,
            tag,
            text: w.t(m),
        }),
    }));
    out
}
