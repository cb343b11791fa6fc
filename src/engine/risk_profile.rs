//! Where a person sits relative to the risks behind the boxed warning: the features they share
//! with the people in ORAL Surveillance, their own clot risk factors, and the groups the labels
//! name. Pure classification of the answers (no words); the warning, the key points, the
//! summary and the questions turn it into text.

use crate::data::evidence::{Evidence, Fig, Src};
use crate::model::profile::{Cancer, Contraception, Cv, Hrt, Pregnancy, Profile, Smoking, Travel};

/// A feature this person shares with the ORAL Surveillance population.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// Aged 50 to 64 (everyone in the study was 50 or older).
    Age50,
    /// Aged 65 or older: one of the groups where the extra risk sat.
    Age65,
    CurrentSmoker,
    FormerSmoker,
    HighBloodPressure,
    HighCholesterol,
    Diabetes,
    HeartDisease,
    Stroke,
}

impl Feature {
    /// The post hoc analyses found the excess risk in people 65+, ever-smokers and people with
    /// heart or artery disease.
    pub fn in_excess_group(self) -> bool {
        matches!(
            self,
            Feature::Age65
                | Feature::CurrentSmoker
                | Feature::FormerSmoker
                | Feature::HeartDisease
                | Feature::Stroke
        )
    }
}

/// Something in this person's own answers that raises their chance of a blood clot. The
/// warning names clots, so these matter whatever the person's heart risk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClotFactor {
    PastClot,
    ClotDisorder,
    LungDisease,
    CombinedPill,
    Injection,
    Pregnant,
    /// Breastfeeding: probably in the months after birth, when the chance is highest.
    AfterBirth,
    OralHrt,
    LongTrips,
}

impl ClotFactor {
    /// A past clot or an inherited clotting condition: the EMA asks for extra care, and the
    /// summary asks whether a JAK inhibitor is suitable at all.
    pub fn is_history(self) -> bool {
        matches!(self, ClotFactor::PastClot | ClotFactor::ClotDisorder)
    }
}

/// Where the evidence for a clot risk factor comes from (the life-stage section gives its numbers).
pub(crate) fn clot_source(o: OtherRisk) -> Option<Src> {
    match o {
        OtherRisk::Clot(ClotFactor::PastClot | ClotFactor::ClotDisorder) => Some(Src::Ema2023),
        OtherRisk::Clot(ClotFactor::CombinedPill) => Some(Src::Lidegaard2012),
        OtherRisk::Clot(ClotFactor::Injection) => Some(Src::Vanhylckama2010),
        OtherRisk::Clot(ClotFactor::Pregnant | ClotFactor::AfterBirth) => Some(Src::Heit2005),
        OtherRisk::Clot(ClotFactor::OralHrt) => Some(Src::Vinogradova2019),
        OtherRisk::Clot(ClotFactor::LongTrips) => Some(Src::WhoWright2007),
        _ => None,
    }
}

/// This person's own clot risk factors, most serious first.
pub fn clot_factors(p: &Profile) -> Vec<ClotFactor> {
    let mut out = Vec::new();
    for (cv, f) in [
        (Cv::Clot, ClotFactor::PastClot),
        (Cv::ClotDisorder, ClotFactor::ClotDisorder),
        (Cv::LungDisease, ClotFactor::LungDisease),
    ] {
        if p.has_cv(cv) {
            out.push(f);
        }
    }
    if p.may_be_pregnant() {
        match p.preg {
            Some(Pregnancy::Pregnant) => out.push(ClotFactor::Pregnant),
            Some(Pregnancy::Breastfeeding) => out.push(ClotFactor::AfterBirth),
            _ => {}
        }
        match p.contra {
            Some(Contraception::Combined) => out.push(ClotFactor::CombinedPill),
            Some(Contraception::Injection) => out.push(ClotFactor::Injection),
            _ => {}
        }
        if p.hrt == Some(Hrt::Oral) {
            out.push(ClotFactor::OralHrt);
        }
    }
    if p.travel == Some(Travel::Monthly) {
        out.push(ClotFactor::LongTrips);
    }
    out
}

/// Things outside the study's heart-risk features that the warning also covers: clots and cancer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherRisk {
    Clot(ClotFactor),
    CancerPast,
    CancerRecent,
    /// Non-melanoma skin cancer: the labels name skin cancers and ask for skin checks.
    SkinCancer,
}

/// Clot risk factors and cancer history: not features of the study population, but named in
/// the warning.
pub fn other_risks(p: &Profile) -> Vec<OtherRisk> {
    let mut out: Vec<OtherRisk> = clot_factors(p).into_iter().map(OtherRisk::Clot).collect();
    match p.cancer {
        Some(Cancer::Recent) => out.push(OtherRisk::CancerRecent),
        Some(Cancer::Past) => out.push(OtherRisk::CancerPast),
        Some(Cancer::SkinOnly) => out.push(OtherRisk::SkinCancer),
        _ => {}
    }
    out
}

/// A past clot, or a condition that raises the chance of clots for good (the EMA asks for
/// caution with these and with hormones).
pub fn has_clot_risk(p: &Profile) -> bool {
    clot_factors(p).iter().any(|f| {
        matches!(
            f,
            ClotFactor::PastClot
                | ClotFactor::ClotDisorder
                | ClotFactor::LungDisease
                | ClotFactor::CombinedPill
                | ClotFactor::Injection
                | ClotFactor::OralHrt
        )
    })
}

/// Answered enough to tell, and outside the groups where the study's extra heart problems and
/// cancers were seen. Says nothing about clots: see [`clot_factors`].
pub fn heart_cancer_low(p: &Profile) -> bool {
    p.age.is_some() && p.smoke.is_some() && p.cv.is_some() && shared_features(p).is_empty()
}

/// Outside every group the warning is about: heart, cancer and clots.
pub fn is_low_risk(p: &Profile) -> bool {
    heart_cancer_low(p) && other_risks(p).is_empty()
}

/// Under the youngest age in the study behind the warning (and the age is known).
pub fn younger_than_study(p: &Profile) -> bool {
    let min = Evidence::bundled().fig(Fig::OsMinAge).whole();
    p.age.is_some_and(|a| u32::from(a) < min)
}

/// Whether the person falls outside the baricitinib "low-risk" analysis (Taylor 2023): 65 or
/// older, heart or artery disease, diabetes, high blood pressure, smoking now or past cancer.
/// `false` does not mean inside it: BMI, HDL and mobility are not asked.
pub(crate) fn outside_bari_low_risk(p: &Profile, age_limit: u32) -> bool {
    p.age.is_some_and(|a| u32::from(a) >= age_limit)
        || p.smoke == Some(Smoking::Current)
        || [
            Cv::HeartDisease,
            Cv::Stroke,
            Cv::Diabetes,
            Cv::HighBloodPressure,
        ]
        .iter()
        .any(|c| p.has_cv(*c))
        || matches!(p.cancer, Some(Cancer::Past | Cancer::Recent))
}

/// Features shared with the study population, most important first.
pub fn shared_features(p: &Profile) -> Vec<Feature> {
    let ev = Evidence::bundled();
    let min_age = ev.fig(Fig::OsMinAge).whole();
    let old = ev.fig(Fig::OsHighRiskAge).whole();
    let mut out = Vec::new();
    if let Some(age) = p.age.map(u32::from) {
        if age >= old {
            out.push(Feature::Age65);
        } else if age >= min_age {
            out.push(Feature::Age50);
        }
    }
    match p.smoke {
        Some(Smoking::Current) => out.push(Feature::CurrentSmoker),
        Some(Smoking::Former) => out.push(Feature::FormerSmoker),
        _ => {}
    }
    for (cv, f) in [
        (Cv::HeartDisease, Feature::HeartDisease),
        (Cv::Stroke, Feature::Stroke),
        (Cv::HighBloodPressure, Feature::HighBloodPressure),
        (Cv::HighCholesterol, Feature::HighCholesterol),
        (Cv::Diabetes, Feature::Diabetes),
    ] {
        if p.has_cv(cv) {
            out.push(f);
        }
    }
    // A past clot and cancer history are not features of that study's population; they are
    // covered in the clots and cancer parts of the risks section.
    out
}

/// The EMA's "only if no suitable alternative" groups: 65 or older, smokers, a higher chance of
/// heart problems (heart disease or its risk factors) or of cancer.
pub(crate) fn ema_applies(p: &Profile) -> bool {
    !shared_features(p).iter().all(|f| *f == Feature::Age50)
        || matches!(p.cancer, Some(Cancer::Past | Cancer::Recent))
}
