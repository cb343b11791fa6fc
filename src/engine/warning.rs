//! Section 2: the boxed warning — where it came from, and where this person sits relative to
//! the people in ORAL Surveillance.

use super::model::*;
use super::risk_profile::*;
use super::writer::{cap, only, Writer, A::*, HUNDRED, THOUSAND};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Cv, Drug, Smoking};

fn other_text(w: &Writer, o: OtherRisk) -> String {
    w.t(match o {
        OtherRisk::Clot(c) => match c {
            ClotFactor::PastClot => Msg::WarningOClot,
            ClotFactor::ClotDisorder => Msg::WarningOThromb,
            ClotFactor::LungDisease => Msg::WarningOLung,
            ClotFactor::CombinedPill => Msg::WarningOPill,
            ClotFactor::Injection => Msg::WarningOInjection,
            ClotFactor::Pregnant => Msg::WarningOPregnant,
            ClotFactor::AfterBirth => Msg::WarningOPostpartum,
            ClotFactor::OralHrt => Msg::WarningOHrt,
            ClotFactor::LongTrips => Msg::WarningOTravel,
        },
        OtherRisk::CancerPast => Msg::WarningOCancerPast,
        OtherRisk::CancerRecent => Msg::WarningOCancerRecent,
        OtherRisk::SkinCancer => Msg::WarningOSkin,
    })
}

/// "a past blood clot and cancer in the past", for sentences.
pub(crate) fn other_list(w: &Writer, others: &[OtherRisk]) -> String {
    let names: Vec<String> = others.iter().map(|o| other_text(w, *o)).collect();
    w.list(&names)
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
    // A younger reader meets the study's deaths and cancers only after being told that no one
    // their age was in it.
    if younger_than_study(w.p) {
        out.push(w.para(Msg::WarningYoungFrame, &[("age", N(Fig::OsMinAge))], &[]));
    }

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

    if ema_applies(w.p) {
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
            let b = w.note(
                Msg::WarningAaBariNotYou,
                &[
                    ("share", N(Fig::BariAtriskShare)),
                    ("of", Of(HUNDRED)),
                    ("mace", K(Fig::BariAtriskMace)),
                    ("vte", K(Fig::BariAtriskVte)),
                    ("cancer", K(Fig::BariAtriskCancer)),
                    ("serinf", K(Fig::BariAtriskSerinf)),
                    ("thousand", Of(THOUSAND)),
                ],
                &[Fig::BariAtriskDeaths],
            );
            out.push(only(Drug::Baricitinib, b));
        } else if !clot_factors(w.p).is_empty() {
            // Taylor's low-risk group was not defined by clot history, hormones or travel, so
            // "no clots" there must not read as reassurance about clots for this person.
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

/// The features in the groups where the extra risk sat, as "you smoke now" phrases.
pub(crate) fn excess_phrases(w: &Writer, features: &[Feature]) -> Vec<String> {
    features
        .iter()
        .filter_map(|f| match f {
            Feature::Age65 => Some(w.f(Msg::WarningCAge65, &[("age", w.n(Fig::OsHighRiskAge))])),
            Feature::CurrentSmoker => Some(w.t(Msg::WarningCCurrent)),
            Feature::FormerSmoker => Some(w.t(Msg::WarningCFormer)),
            Feature::HeartDisease => Some(w.t(Msg::WarningCHeart)),
            Feature::Stroke => Some(w.t(Msg::WarningCStroke)),
            _ => None,
        })
        .collect()
}

/// Phrases as short sentences ("You are under 65. You have never smoked."), easier to read than
/// one long list.
fn sentences(items: &[String]) -> String {
    let mut out = String::new();
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(". ");
        }
        out.push_str(&cap(s));
    }
    out
}

/// The answers "where you fit" depends on that the person left empty, in reading order.
pub(crate) fn unanswered(w: &Writer) -> Vec<String> {
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
    unknown
}

/// One coherent reading of "where you fit": what may reassure this person, and what needs a
/// careful talk, each from their own answers.
fn where_you_sit(w: &mut Writer, features: &[Feature]) -> Vec<Block> {
    let mut out = Vec::new();
    let unknown = unanswered(w);

    if !features.is_empty() {
        let names: Vec<String> = features.iter().map(|f| feature_text(w, *f)).collect();
        let list = w.list(&names);
        out.push(w.para_dyn(
            Msg::WarningYouShare,
            &[],
            &[("count", w.count_word(features.len())), ("list", list)],
            &[Fig::OsMinAge, Fig::OsHighRiskAge],
        ));
    }

    let old = w.fig(Fig::OsHighRiskAge).whole();
    let mut good = Vec::new();
    // Under 50 the young-reader note above already says the study had no one their age.
    if !younger_than_study(w.p) && w.p.age.is_some_and(|a| u32::from(a) < old) {
        good.push(w.f(Msg::WarningGUnder65, &[("age", old.digits())]));
    }
    if w.p.smoke == Some(Smoking::Never) {
        good.push(w.t(Msg::WarningGNever));
    }
    if w.p.cv.is_some() && !w.p.has_cv(Cv::HeartDisease) && !w.p.has_cv(Cv::Stroke) {
        good.push(w.t(Msg::WarningGNoHeart));
    }
    if [Cv::HighBloodPressure, Cv::HighCholesterol, Cv::Diabetes]
        .iter()
        .any(|c| w.p.has_cv(*c))
    {
        good.push(w.t(Msg::WarningGFactors));
    }
    let mut care = excess_phrases(w, features);
    let others = other_risks(w.p);
    let (clots, cancer): (Vec<OtherRisk>, Vec<OtherRisk>) =
        others.iter().partition(|o| matches!(o, OtherRisk::Clot(_)));
    if !clots.is_empty() {
        let list = other_list(w, &clots);
        care.push(w.f(Msg::WarningCClots, &[("list", list)]));
    }
    if !cancer.is_empty() {
        let list = other_list(w, &cancer);
        care.push(w.f(Msg::WarningCCancer, &[("list", list)]));
    }
    if !good.is_empty() {
        let list = sentences(&good);
        out.push(w.para_dyn(
            Msg::WarningFitGood,
            &[],
            &[("list", list)],
            &[Fig::OsHighRiskAge, Fig::OsMaceNoascvdTofa],
        ));
    }
    if !care.is_empty() {
        let list = sentences(&care);
        let mut b = w.para_dyn(
            Msg::WarningFitCare,
            &[],
            &[("list", list)],
            &[Fig::OsHighRiskAge],
        );
        // The clot factors named here cite their own sources, not only the warning's study.
        let ids: Vec<Src> = clots.iter().filter_map(|c| clot_source(*c)).collect();
        if let BlockKind::Paragraph(t) = &mut b.kind {
            for s in w.cite_ids(&ids) {
                if !t.cites.contains(&s) {
                    t.cites.push(s);
                }
            }
        }
        out.push(b);
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
