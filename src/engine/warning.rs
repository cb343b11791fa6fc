//! Section 2: the boxed warning — where it came from, and where this person sits relative to
//! the people in ORAL Surveillance.

use super::model::*;
use super::writer::{cap, only, Writer, A::*, HUNDRED, THOUSAND};
use crate::data::content::Msg;
use crate::data::evidence::{Evidence, Fig, Src};
use crate::model::profile::{Cancer, Cv, Drug, Profile, Smoking};

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

/// Things outside the study's heart-risk features that the warning also covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherRisk {
    Clot,
    ClotDisorder,
    LungDisease,
    CancerPast,
    CancerRecent,
}

/// A past clot or cancer: not features of the study population, but named in the warning.
pub fn other_risks(p: &Profile) -> Vec<OtherRisk> {
    let mut out = Vec::new();
    for (cv, risk) in [
        (Cv::Clot, OtherRisk::Clot),
        (Cv::ClotDisorder, OtherRisk::ClotDisorder),
        (Cv::LungDisease, OtherRisk::LungDisease),
    ] {
        if p.has_cv(cv) {
            out.push(risk);
        }
    }
    match p.cancer {
        Some(Cancer::Recent) => out.push(OtherRisk::CancerRecent),
        Some(Cancer::Past) => out.push(OtherRisk::CancerPast),
        _ => {}
    }
    out
}

/// A past clot, or a condition that raises the chance of clots (the EMA asks for caution).
pub fn has_clot_risk(p: &Profile) -> bool {
    [Cv::Clot, Cv::ClotDisorder, Cv::LungDisease]
        .iter()
        .any(|c| p.has_cv(*c))
}

/// Answered enough to tell, and outside every group the warning is about.
pub fn is_low_risk(p: &Profile) -> bool {
    p.age.is_some()
        && p.smoke.is_some()
        && p.cv.is_some()
        && shared_features(p).is_empty()
        && other_risks(p).is_empty()
}

/// Whether the person falls outside the baricitinib "low-risk" analysis (Taylor 2023): 65 or
/// older, heart or artery disease, diabetes, high blood pressure, smoking now or past cancer.
/// `false` does not mean inside it: BMI, HDL and mobility are not asked.
fn outside_bari_low_risk(p: &Profile, age_limit: u32) -> bool {
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

fn other_text(w: &Writer, o: OtherRisk) -> String {
    w.t(match o {
        OtherRisk::Clot => Msg::WarningOClot,
        OtherRisk::ClotDisorder => Msg::WarningOThromb,
        OtherRisk::LungDisease => Msg::WarningOLung,
        OtherRisk::CancerPast => Msg::WarningOCancerPast,
        OtherRisk::CancerRecent => Msg::WarningOCancerRecent,
    })
}

/// "a past blood clot and cancer in the past", for sentences.
pub(crate) fn other_list(w: &Writer, others: &[OtherRisk]) -> String {
    let names: Vec<String> = others.iter().map(|o| other_text(w, *o)).collect();
    w.list(&names)
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

fn feature_text(w: &Writer, f: Feature) -> String {
    let age = |fig| vec![("age", w.n(fig))];
    match f {
        Feature::Age50 => w.f(Msg::WarningFAge50, &age(Fig::OsMinAge)),
        Feature::Age65 => w.f(Msg::WarningFAge65, &age(Fig::OsHighRiskAge)),
        Feature::CurrentSmoker => w.t(Msg::WarningFCurrentSmoker),
        Feature::FormerSmoker => w.t(Msg::WarningFFormerSmoker),
        Feature::HighBloodPressure => w.t(Msg::WarningFBp),
        Feature::HighCholesterol => w.t(Msg::WarningFChol),
        Feature::Diabetes => w.t(Msg::WarningFDiabetes),
        Feature::HeartDisease => w.t(Msg::WarningFHeart),
        Feature::Stroke => w.t(Msg::WarningFStroke),
    }
}

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let mut out = vec![w.para_src(Msg::WarningWhat, &[], &[Src::FdaDsc2021])];
    out.push(w.para(
        Msg::WarningOrigin,
        &[
            ("n", X(Fig::OsPeople)),
            ("min_age", N(Fig::OsMinAge)),
            ("mean_age", N(Fig::OsMeanAge)),
            ("smokers", N(Fig::OsCurrentSmokers)),
            ("of", Of(HUNDRED)),
        ],
        &[],
    ));

    out.push(w.para_src(Msg::WarningDeaths, &[], &[Src::FdaDsc2021]));
    out.push(w.para(
        Msg::WarningFrameNote,
        &[
            ("of", Of(THOUSAND)),
            ("years", Yr(Fig::OsMaceTofa)),
            ("hundred", Of(HUNDRED)),
        ],
        &[],
    ));
    let tofa = w.t(Msg::WarningTofa);
    let tnf = w.t(Msg::WarningTnf);
    for (title, sentence, a, b) in [
        (
            Msg::WarningMaceTitle,
            Msg::WarningMaceGroup,
            Fig::OsMaceTofa,
            Fig::OsMaceTnf,
        ),
        (
            Msg::WarningCancerTitle,
            Msg::WarningCancerGroup,
            Fig::OsCancerTofa,
            Fig::OsCancerTnf,
        ),
    ] {
        let groups = vec![
            w.group(
                cap(&tofa),
                &tofa,
                w.fig(a).per_thousand(),
                THOUSAND,
                sentence,
            ),
            w.group(cap(&tnf), &tnf, w.fig(b).per_thousand(), THOUSAND, sentence),
        ];
        out.push(Block {
            drug: None,
            kind: BlockKind::IconArray(IconArray {
                title: w.fill(title, &[("years", Yr(a))], &[]),
                of: THOUSAND,
                groups,
                cites: w.cite(&[a, b, Fig::OsFollowup]),
                harm: true,
            }),
        });
    }

    out.push(w.para_src(Msg::WarningChance, &[], &[Src::Ytterberg2022]));
    out.push(w.para(
        Msg::WarningWhereExcess,
        &[("age", N(Fig::OsHighRiskAge))],
        &[Fig::OsLowriskShare],
    ));

    let features = shared_features(w.p);
    let heart = features
        .iter()
        .any(|f| matches!(f, Feature::HeartDisease | Feature::Stroke));
    let older = features
        .iter()
        .any(|f| matches!(f, Feature::Age50 | Feature::Age65));
    if heart || older {
        out.push(w.para(
            Msg::WarningAscvd,
            &[
                ("tofa_low", KLo(Fig::OsMaceAscvdTofa)),
                ("tofa_high", KHi(Fig::OsMaceAscvdTofa)),
                ("tnf", K(Fig::OsMaceAscvdTnf)),
                ("tofa_low_no", KLo(Fig::OsMaceNoascvdTofa)),
                ("tofa_high_no", KHi(Fig::OsMaceNoascvdTofa)),
                ("tnf_no", K(Fig::OsMaceNoascvdTnf)),
                ("of", Of(THOUSAND)),
            ],
            &[],
        ));
    }

    out.push(w.sub(Msg::WarningYouTitle));
    out.extend(where_you_sit(w, &features));

    let ema_applies = features.iter().any(|f| {
        matches!(
            f,
            Feature::Age65
                | Feature::CurrentSmoker
                | Feature::FormerSmoker
                | Feature::HeartDisease
                | Feature::Stroke
                | Feature::HighBloodPressure
                | Feature::HighCholesterol
                | Feature::Diabetes
        )
    });
    let cancer_risk = matches!(w.p.cancer, Some(Cancer::Past | Cancer::Recent));
    if ema_applies || cancer_risk {
        out.push(w.note(Msg::WarningEma, &[("age", N(Fig::EmaAge))], &[]));
    }
    if has_clot_risk(w.p) {
        // The EMA asks for caution with other clot risk factors; the EU label lists them.
        out.push(w.note_src(Msg::WarningEmaClot, &[], &[Src::Ema2023, Src::OlumiantSmpc]));
    }

    if w.has(Drug::Ritlecitinib) {
        let b = w.para(
            Msg::WarningAaTrials,
            &[
                ("people", X(Fig::RitleSafetyPeople)),
                ("mace", K(Fig::RitleMaceRate)),
                ("cancer", K(Fig::RitleCancerRate)),
                ("serinf", K(Fig::RitleSerinfRate)),
                ("of", Of(THOUSAND)),
            ],
            &[],
        );
        out.push(only(Drug::Ritlecitinib, b));
    }
    if w.has(Drug::Baricitinib) {
        let b = w.para(
            Msg::WarningAaBariLow,
            &[
                ("share", N(Fig::BariLowriskShare)),
                ("of", Of(HUNDRED)),
                ("age", N(Fig::BariLowriskAge)),
                ("years", X(Fig::BariLowriskYears)),
                ("zero", N(Fig::BariLowriskSeriousEvents)),
                ("serinf", K(Fig::BariLowriskSerinf)),
                ("thousand", Of(THOUSAND)),
            ],
            &[],
        );
        out.push(only(Drug::Baricitinib, b));
        let age_limit = w.fig(Fig::BariLowriskAge).whole();
        if outside_bari_low_risk(w.p, age_limit) {
            let b = w.note(Msg::WarningAaBariNotYou, &[], &[]);
            out.push(only(Drug::Baricitinib, b));
        } else if has_clot_risk(w.p) {
            // Taylor's low-risk group was not defined by clot history or clotting conditions,
            // so "no clots" there must not read as reassurance about clots for this person.
            let b = w.note(Msg::WarningAaBariClot, &[], &[]);
            out.push(only(Drug::Baricitinib, b));
        }
    }
    out.push(w.note(
        Msg::WarningUncertainty,
        &[("months", N(Fig::OsCancerLateMonths))],
        &[],
    ));
    out
}

fn where_you_sit(w: &mut Writer, features: &[Feature]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut unknown = Vec::new();
    if w.p.age.is_none() {
        unknown.push(w.t(Msg::WarningUAge));
    }
    if w.p.smoke.is_none() {
        unknown.push(w.t(Msg::WarningUSmoke));
    }
    if w.p.cv.is_none() {
        unknown.push(w.t(Msg::WarningUCv));
    }

    let others = other_risks(w.p);
    if features.is_empty() {
        if is_low_risk(w.p) {
            out.push(w.para(Msg::WarningYouLow, &[("age", N(Fig::OsMinAge))], &[]));
        } else if w.p.age.is_some() && unknown.is_empty() {
            out.push(w.para(Msg::WarningYouLowBut, &[("age", N(Fig::OsMinAge))], &[]));
        }
    } else {
        let names: Vec<String> = features.iter().map(|f| feature_text(w, *f)).collect();
        let list = w.list(&names);
        out.push(w.para_dyn(
            Msg::WarningYouShare,
            &[],
            &[("count", w.count_word(features.len())), ("list", list)],
            &[Fig::OsMinAge, Fig::OsHighRiskAge],
        ));
        let min_age = w.fig(Fig::OsMinAge).whole();
        if w.p.age.is_some_and(|a| u32::from(a) < min_age) {
            out.push(w.para(Msg::WarningYouYoung, &[("age", N(Fig::OsMinAge))], &[]));
        }
        let excess: Vec<String> = features
            .iter()
            .filter(|f| f.in_excess_group())
            .map(|f| feature_text(w, *f))
            .collect();
        if excess.is_empty() {
            out.push(w.para(Msg::WarningYouShareNoExcess, &[], &[Fig::OsHighRiskAge]));
        } else {
            let list = w.list(&excess);
            out.push(w.para_dyn(
                Msg::WarningYouShareExcess,
                &[],
                &[("list", list)],
                &[Fig::OsMinAge, Fig::OsHighRiskAge, Fig::OsMaceAscvdTofa],
            ));
        }
    }
    if !others.is_empty() {
        let list = other_list(w, &others);
        out.push(w.para_dyn(Msg::WarningYouOther, &[], &[("list", list)], &[]));
    }
    if !unknown.is_empty() {
        let list = w.list(&unknown);
        let note = w.text_dyn(Msg::WarningYouUnknown, &[], &[("list", list)], &[]);
        out.push(Block {
            drug: None,
            kind: BlockKind::Note(note),
        });
    }
    out
}
