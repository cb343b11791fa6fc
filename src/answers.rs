//! The answer options of each question (value ↔ text key), shared by the form and by the
//! "Your answers" and printed summaries, so a label is written once.

use crate::content::{Catalog, Msg};
use crate::profile::*;
use crate::questionnaire::{self, StepId};

/// The medicines' names, for the clinician-focus note, the tabs and the explanations.
pub const DRUG: &[(Drug, Msg)] = &[
    (Drug::Baricitinib, Msg::DrugBaricitinib),
    (Drug::Ritlecitinib, Msg::DrugRitlecitinib),
    (Drug::Deuruxolitinib, Msg::DrugDeuruxolitinib),
];

pub const SEX: &[(Sex, Msg)] = &[
    (Sex::Female, Msg::QAboutSexF),
    (Sex::Male, Msg::QAboutSexM),
    (Sex::NotSaid, Msg::QAboutSexX),
];
pub const AA: &[(AaExtent, Msg)] = &[
    (AaExtent::Patchy, Msg::QHairAaPatchy),
    (AaExtent::Severe, Msg::QHairAaSevere),
    (AaExtent::Total, Msg::QHairAaTotal),
];
pub const DUR: &[(Episode, Msg)] = &[
    (Episode::UnderOneYear, Msg::QHairDurLt1),
    (Episode::OneToFourYears, Msg::QHairDur1to4),
    (Episode::OverFourYears, Msg::QHairDurGt4),
];
pub const YES_NO: &[(bool, Msg)] = &[(true, Msg::QHairYes), (false, Msg::QHairNo)];
pub const PREG: &[(Pregnancy, Msg)] = &[
    (Pregnancy::None, Msg::QPregPregNone),
    (Pregnancy::Planning, Msg::QPregPregPlanning),
    (Pregnancy::Pregnant, Msg::QPregPregPregnant),
    (Pregnancy::Breastfeeding, Msg::QPregPregBreastfeeding),
    (Pregnancy::Unsure, Msg::QPregPregUnsure),
];
pub const CONTRA: &[(Contraception, Msg)] = &[
    (Contraception::None, Msg::QContraContraNone),
    (Contraception::Combined, Msg::QContraContraCombined),
    (Contraception::Progestin, Msg::QContraContraProgestin),
    (Contraception::Copper, Msg::QContraContraCopper),
    (Contraception::Other, Msg::QContraContraOther),
];
pub const MENO: &[(Menopause, Msg)] = &[
    (Menopause::Pre, Msg::QMenoMenoPre),
    (Menopause::Peri, Msg::QMenoMenoPeri),
    (Menopause::Post, Msg::QMenoMenoPost),
];
pub const HRT: &[(Hrt, Msg)] = &[
    (Hrt::None, Msg::QMenoHrtNone),
    (Hrt::Considering, Msg::QMenoHrtConsidering),
    (Hrt::Oral, Msg::QMenoHrtOral),
    (Hrt::Transdermal, Msg::QMenoHrtTransdermal),
];
pub const SMOKE: &[(Smoking, Msg)] = &[
    (Smoking::Never, Msg::QSmokeSmokeNever),
    (Smoking::Former, Msg::QSmokeSmokeFormer),
    (Smoking::Current, Msg::QSmokeSmokeCurrent),
];
pub const PACKYRS: &[(PackYears, Msg)] = &[
    (PackYears::Under20, Msg::QSmokePackyrsLt20),
    (PackYears::AtLeast20, Msg::QSmokePackyrsGe20),
    (PackYears::Unsure, Msg::QSmokePackyrsUnsure),
];
pub const CV: &[(Cv, Msg)] = &[
    (Cv::HighBloodPressure, Msg::QHeartCvBp),
    (Cv::HighCholesterol, Msg::QHeartCvChol),
    (Cv::Diabetes, Msg::QHeartCvDiabetes),
    (Cv::HeartDisease, Msg::QHeartCvHeart),
    (Cv::Stroke, Msg::QHeartCvStroke),
    (Cv::Clot, Msg::QHeartCvClot),
];
pub const TRAVEL: &[(Travel, Msg)] = &[
    (Travel::Rare, Msg::QHeartTravelRare),
    (Travel::Monthly, Msg::QHeartTravelMonthly),
];
pub const CANCER: &[(Cancer, Msg)] = &[
    (Cancer::None, Msg::QCancerCancerNone),
    (Cancer::Past, Msg::QCancerCancerPast),
    (Cancer::Recent, Msg::QCancerCancerRecent),
    (Cancer::SkinOnly, Msg::QCancerCancerSkin),
];
pub const INF: &[(Infection, Msg)] = &[
    (Infection::Tb, Msg::QInfInfTb),
    (Infection::HepatitisB, Msg::QInfInfHepb),
    (Infection::HepatitisC, Msg::QInfInfHepc),
    (Infection::Herpes, Msg::QInfInfHsv),
    (Infection::Shingles, Msg::QInfInfShingles),
];
pub const SHINGRIX: &[(Shingrix, Msg)] = &[
    (Shingrix::Done, Msg::QInfShingrixDone),
    (Shingrix::No, Msg::QInfShingrixNo),
    (Shingrix::Unsure, Msg::QInfShingrixUnsure),
];
pub const WEIGHT: &[(Weight, Msg)] = &[
    (Weight::NotMuch, Msg::QValuesScaleNot),
    (Weight::ALittle, Msg::QValuesScaleLittle),
    (Weight::ALot, Msg::QValuesScaleLot),
];

/// The text for a value, from its option table.
pub fn label<T: PartialEq + Copy>(table: &[(T, Msg)], v: T, cat: &Catalog) -> &'static str {
    table
        .iter()
        .find(|(x, _)| *x == v)
        .map_or("", |(_, m)| cat.get(*m))
}

/// The label of one "what matters" item.
pub fn matter_label(m: Matter) -> Msg {
    match m {
        Matter::Scalp => Msg::QValuesScalp,
        Matter::Brows => Msg::QValuesBrows,
        Matter::Lashes => Msg::QValuesLashes,
        Matter::Body => Msg::QValuesBody,
        Matter::LowRisk => Msg::QValuesLowrisk,
        Matter::FewPills => Msg::QValuesFewpills,
        Matter::FewTests => Msg::QValuesFewtests,
        Matter::Pregnancy => Msg::QValuesPregnancy,
    }
}

/// The title of a step (also its heading).
pub fn step_title(step: StepId) -> Msg {
    match step {
        StepId::About => Msg::QAboutTitle,
        StepId::Hair => Msg::QHairTitle,
        StepId::Pregnancy => Msg::QPregTitle,
        StepId::Contraception => Msg::QContraTitle,
        StepId::Menopause => Msg::QMenoTitle,
        StepId::Smoking => Msg::QSmokeTitle,
        StepId::Heart => Msg::QHeartTitle,
        StepId::Cancer => Msg::QCancerTitle,
        StepId::Infections => Msg::QInfTitle,
        StepId::Values => Msg::QValuesTitle,
    }
}

/// One answered (or skipped) question, for "Your answers" and the printed summary.
#[derive(Clone, Debug, PartialEq)]
pub struct AnswerLine {
    pub step: StepId,
    pub label: &'static str,
    pub value: String,
}

fn opt<T: PartialEq + Copy>(table: &[(T, Msg)], v: Option<T>, cat: &Catalog) -> String {
    v.map_or_else(
        || cat.get(Msg::ResultsNotAnswered).to_owned(),
        |x| label(table, x, cat).to_owned(),
    )
}

fn set<T: PartialEq + Copy>(table: &[(T, Msg)], v: &Option<Vec<T>>, cat: &Catalog) -> String {
    match v {
        None => cat.get(Msg::ResultsNotAnswered).to_owned(),
        Some(list) if list.is_empty() => cat.get(Msg::AnswerNone).to_owned(),
        Some(list) => list
            .iter()
            .map(|x| label(table, *x, cat))
            .collect::<Vec<_>>()
            .join(cat.get(Msg::WordsListSep)),
    }
}

/// The person's answers to the steps that apply to them, in questionnaire order.
pub fn lines(p: &Profile, cat: &Catalog) -> Vec<AnswerLine> {
    let mut out = Vec::new();
    let mut add = |step, label: Msg, value: String| {
        out.push(AnswerLine {
            step,
            label: cat.get(label),
            value,
        })
    };
    for step in questionnaire::steps(p) {
        match step {
            StepId::About => {
                let age = p.age.map_or_else(
                    || cat.get(Msg::ResultsNotAnswered).to_owned(),
                    |a| a.to_string(),
                );
                add(step, Msg::AnswerAge, age);
                add(step, Msg::AnswerSex, opt(SEX, p.sex, cat));
            }
            StepId::Hair => {
                add(step, Msg::AnswerAa, opt(AA, p.aa, cat));
                add(step, Msg::AnswerDur, opt(DUR, p.dur, cat));
                add(step, Msg::AnswerBrows, opt(YES_NO, p.brows, cat));
                add(step, Msg::AnswerLashes, opt(YES_NO, p.lashes, cat));
            }
            StepId::Pregnancy => add(step, Msg::AnswerPreg, opt(PREG, p.preg, cat)),
            StepId::Contraception => add(step, Msg::AnswerContra, opt(CONTRA, p.contra, cat)),
            StepId::Menopause => {
                add(step, Msg::AnswerMeno, opt(MENO, p.meno, cat));
                add(step, Msg::AnswerHrt, opt(HRT, p.hrt, cat));
            }
            StepId::Smoking => {
                add(step, Msg::AnswerSmoke, opt(SMOKE, p.smoke, cat));
                if matches!(p.smoke, Some(Smoking::Former | Smoking::Current)) {
                    add(step, Msg::AnswerPackyrs, opt(PACKYRS, p.packyrs, cat));
                }
                if p.smoke == Some(Smoking::Former) {
                    add(step, Msg::AnswerQuit15, opt(YES_NO, p.quit15, cat));
                }
            }
            StepId::Heart => {
                add(step, Msg::AnswerCv, set(CV, &p.cv, cat));
                add(step, Msg::AnswerTravel, opt(TRAVEL, p.travel, cat));
            }
            StepId::Cancer => add(step, Msg::AnswerCancer, opt(CANCER, p.cancer, cat)),
            StepId::Infections => {
                add(step, Msg::AnswerInf, set(INF, &p.inf, cat));
                add(step, Msg::AnswerEczema, opt(YES_NO, p.eczema, cat));
                if questionnaire::asks_shingrix(p) {
                    add(step, Msg::AnswerShingrix, opt(SHINGRIX, p.shingrix, cat));
                }
            }
            StepId::Values => {
                for m in Matter::ALL {
                    if let Some(w) = p.weight(m) {
                        add(step, matter_label(m), label(WEIGHT, w, cat).to_owned());
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share_link::decode;

    #[test]
    fn answers_read_back_in_plain_words() {
        let p = decode("#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol").profile;
        let cat = Catalog::for_lang(Lang::En);
        let l = lines(&p, &cat);
        let find = |label: &str| l.iter().find(|x| x.label == label).map(|x| x.value.clone());
        assert_eq!(find("Age").as_deref(), Some("58"));
        assert_eq!(find("Smoking").as_deref(), Some("I smoke now"));
        assert_eq!(
            find("Heart and blood vessels").as_deref(),
            Some("High blood pressure, High cholesterol")
        );
        assert_eq!(find("Cancer").as_deref(), Some("Not answered"));
        assert!(
            find("Pregnancy").is_none(),
            "men are not asked about pregnancy"
        );
    }
}
