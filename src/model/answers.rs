//! The answer options of each question (value ↔ text key), shared by the form and by the
//! "Your answers" and printed summaries, so a label is written once.

use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::model::profile::*;
use crate::model::questionnaire::{self, Question, StepId};

/// The medicines' names, for the clinician-focus note, the tabs and the explanations.
pub const DRUG: &[(Drug, Msg)] = &[
    (Drug::Baricitinib, Msg::DrugBaricitinib),
    (Drug::Ritlecitinib, Msg::DrugRitlecitinib),
    (Drug::Deuruxolitinib, Msg::DrugDeuruxolitinib),
];

/// A single-choice question: its share-link key (also the form field's name), its wording, its
/// label in "Your answers", and its options as (link code, label), in the value enum's `ALL`
/// order. One table serves the form, the share link and the summaries.
#[derive(Debug)]
pub struct ChoiceSpec {
    pub key: &'static str,
    pub question: Msg,
    pub help: Option<Msg>,
    pub answer: Msg,
    pub options: &'static [(&'static str, Msg)],
}

/// A "tick all that apply" question, with its exclusive "None of these" label.
#[derive(Debug)]
pub struct MultiSpec {
    pub key: &'static str,
    pub question: Msg,
    pub help: Msg,
    pub none: Msg,
    pub answer: Msg,
    pub options: &'static [(&'static str, Msg)],
}

const YES_NO: &[(&str, Msg)] = &[("y", Msg::QHairYes), ("n", Msg::QHairNo)];

/// In `Choice` order.
static CHOICES: [ChoiceSpec; 16] = [
    ChoiceSpec {
        key: "sex",
        question: Msg::QAboutSex,
        help: Some(Msg::QAboutSexHelp),
        answer: Msg::AnswerSex,
        options: &[
            ("f", Msg::QAboutSexF),
            ("m", Msg::QAboutSexM),
            ("x", Msg::QAboutSexX),
        ],
    },
    ChoiceSpec {
        key: "preg",
        question: Msg::QPregPreg,
        help: Some(Msg::QPregPregHelp),
        answer: Msg::AnswerPreg,
        options: &[
            ("none", Msg::QPregPregNone),
            ("planning", Msg::QPregPregPlanning),
            ("pregnant", Msg::QPregPregPregnant),
            ("breastfeeding", Msg::QPregPregBreastfeeding),
            ("unsure", Msg::QPregPregUnsure),
        ],
    },
    ChoiceSpec {
        key: "contra",
        question: Msg::QContraContra,
        help: Some(Msg::QContraContraHelp),
        answer: Msg::AnswerContra,
        options: &[
            ("none", Msg::QContraContraNone),
            ("combined", Msg::QContraContraCombined),
            ("progestin", Msg::QContraContraProgestin),
            ("injection", Msg::QContraContraInjection),
            ("copper", Msg::QContraContraCopper),
            ("other", Msg::QContraContraOther),
        ],
    },
    ChoiceSpec {
        key: "travel",
        question: Msg::QHeartTravel,
        help: Some(Msg::QHeartTravelHelp),
        answer: Msg::AnswerTravel,
        options: &[
            ("rare", Msg::QHeartTravelRare),
            ("monthly", Msg::QHeartTravelMonthly),
        ],
    },
    ChoiceSpec {
        key: "meno",
        question: Msg::QMenoMeno,
        help: Some(Msg::QMenoMenoHelp),
        answer: Msg::AnswerMeno,
        options: &[
            ("pre", Msg::QMenoMenoPre),
            ("peri", Msg::QMenoMenoPeri),
            ("post", Msg::QMenoMenoPost),
        ],
    },
    ChoiceSpec {
        key: "hrt",
        question: Msg::QMenoHrt,
        help: Some(Msg::QMenoHrtHelp),
        answer: Msg::AnswerHrt,
        options: &[
            ("none", Msg::QMenoHrtNone),
            ("considering", Msg::QMenoHrtConsidering),
            ("oral", Msg::QMenoHrtOral),
            ("transdermal", Msg::QMenoHrtTransdermal),
        ],
    },
    ChoiceSpec {
        key: "smoke",
        question: Msg::QSmokeSmoke,
        help: Some(Msg::QSmokeSmokeHelp),
        answer: Msg::AnswerSmoke,
        options: &[
            ("never", Msg::QSmokeSmokeNever),
            ("former", Msg::QSmokeSmokeFormer),
            ("current", Msg::QSmokeSmokeCurrent),
        ],
    },
    ChoiceSpec {
        key: "packyrs",
        question: Msg::QSmokePackyrs,
        help: Some(Msg::QSmokePackyrsHelp),
        answer: Msg::AnswerPackyrs,
        options: &[
            ("lt20", Msg::QSmokePackyrsLt20),
            ("ge20", Msg::QSmokePackyrsGe20),
            ("unsure", Msg::QSmokePackyrsUnsure),
        ],
    },
    ChoiceSpec {
        key: "quit15",
        question: Msg::QSmokeQuit15,
        help: None,
        answer: Msg::AnswerQuit15,
        options: YES_NO,
    },
    ChoiceSpec {
        key: "cancer",
        question: Msg::QCancerCancer,
        help: None,
        answer: Msg::AnswerCancer,
        options: &[
            ("none", Msg::QCancerCancerNone),
            ("past", Msg::QCancerCancerPast),
            ("recent", Msg::QCancerCancerRecent),
            ("skin", Msg::QCancerCancerSkin),
        ],
    },
    ChoiceSpec {
        key: "eczema",
        question: Msg::QInfEczema,
        help: None,
        answer: Msg::AnswerEczema,
        options: YES_NO,
    },
    ChoiceSpec {
        key: "shingrix",
        question: Msg::QInfShingrix,
        help: None,
        answer: Msg::AnswerShingrix,
        options: &[
            ("done", Msg::QInfShingrixDone),
            ("no", Msg::QInfShingrixNo),
            ("unsure", Msg::QInfShingrixUnsure),
        ],
    },
    ChoiceSpec {
        key: "aa",
        question: Msg::QHairAa,
        help: None,
        answer: Msg::AnswerAa,
        options: &[
            ("patchy", Msg::QHairAaPatchy),
            ("severe", Msg::QHairAaSevere),
            ("total", Msg::QHairAaTotal),
        ],
    },
    ChoiceSpec {
        key: "dur",
        question: Msg::QHairDur,
        help: Some(Msg::QHairDurHelp),
        answer: Msg::AnswerDur,
        options: &[
            ("lt1", Msg::QHairDurLt1),
            ("1to4", Msg::QHairDur1to4),
            ("4to8", Msg::QHairDur4to8),
            ("8to10", Msg::QHairDur8to10),
            ("gt10", Msg::QHairDurGt10),
        ],
    },
    ChoiceSpec {
        key: "brows",
        question: Msg::QHairBrows,
        help: None,
        answer: Msg::AnswerBrows,
        options: YES_NO,
    },
    ChoiceSpec {
        key: "lashes",
        question: Msg::QHairLashes,
        help: None,
        answer: Msg::AnswerLashes,
        options: YES_NO,
    },
];

static MULTIS: [MultiSpec; 2] = [
    MultiSpec {
        key: "cv",
        question: Msg::QHeartCv,
        help: Msg::QHeartCvHelp,
        none: Msg::QHeartCvNone,
        answer: Msg::AnswerCv,
        options: &[
            ("bp", Msg::QHeartCvBp),
            ("chol", Msg::QHeartCvChol),
            ("diabetes", Msg::QHeartCvDiabetes),
            ("heart", Msg::QHeartCvHeart),
            ("stroke", Msg::QHeartCvStroke),
            ("clot", Msg::QHeartCvClot),
            ("thromb", Msg::QHeartCvThromb),
            ("lung", Msg::QHeartCvLung),
        ],
    },
    MultiSpec {
        key: "inf",
        question: Msg::QInfInf,
        help: Msg::QInfInfHelp,
        none: Msg::QInfInfNone,
        answer: Msg::AnswerInf,
        options: &[
            ("tb", Msg::QInfInfTb),
            ("hepb", Msg::QInfInfHepb),
            ("hepc", Msg::QInfInfHepc),
            ("hsv", Msg::QInfInfHsv),
            ("shingles", Msg::QInfInfShingles),
        ],
    },
];

pub fn choice_spec(c: Choice) -> &'static ChoiceSpec {
    &CHOICES[c as usize]
}

pub fn multi_spec(m: Multi) -> &'static MultiSpec {
    &MULTIS[m as usize]
}

/// The single-choice question with this share-link key.
pub fn choice_by_key(key: &str) -> Option<Choice> {
    Choice::ALL.into_iter().find(|c| choice_spec(*c).key == key)
}

/// The multi-select question with this share-link key.
pub fn multi_by_key(key: &str) -> Option<Multi> {
    Multi::ALL.into_iter().find(|m| multi_spec(*m).key == key)
}

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

/// The person's answers to the questions that apply to them, in questionnaire order.
pub fn lines(p: &Profile, cat: &Catalog) -> Vec<AnswerLine> {
    let not_answered = || cat.get(Msg::ResultsNotAnswered).to_owned();
    let option = |options: &[(&str, Msg)], i: usize| options.get(i).map_or("", |o| cat.get(o.1));
    let mut out = Vec::new();
    for step in questionnaire::steps(p) {
        for q in questionnaire::questions(step, p) {
            let mut add = |label: Msg, value: String| {
                out.push(AnswerLine {
                    step,
                    label: cat.get(label),
                    value,
                })
            };
            match q {
                Question::Age => add(
                    Msg::AnswerAge,
                    p.age.map_or_else(not_answered, |a| a.digits()),
                ),
                Question::One(c) => {
                    let spec = choice_spec(c);
                    let value = p
                        .choice(c)
                        .map_or_else(not_answered, |i| option(spec.options, i).to_owned());
                    add(spec.answer, value);
                }
                Question::Many(m) => {
                    let spec = multi_spec(m);
                    let value = match p.multi(m) {
                        None => not_answered(),
                        Some(list) if list.is_empty() => cat.get(Msg::AnswerNone).to_owned(),
                        Some(list) => list
                            .iter()
                            .map(|i| option(spec.options, *i))
                            .collect::<Vec<_>>()
                            .join(cat.get(Msg::WordsListSep)),
                    };
                    add(spec.answer, value);
                }
                Question::Values => {
                    for m in Matter::ALL {
                        if let Some(w) = p.weight(m) {
                            add(matter_label(m), label(WEIGHT, w, cat).to_owned());
                        }
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
    use crate::model::share_link::decode;

    #[test]
    fn each_question_table_matches_its_field() {
        let keys = [
            "sex", "preg", "contra", "travel", "meno", "hrt", "smoke", "packyrs", "quit15",
            "cancer", "eczema", "shingrix", "aa", "dur", "brows", "lashes",
        ];
        for (c, key) in Choice::ALL.into_iter().zip(keys) {
            let spec = choice_spec(c);
            assert_eq!(spec.key, key, "{c:?}");
            // Every option sets the field and reads back; one past the end clears it, so the
            // table has exactly as many options as the field has values.
            let mut p = Profile::default();
            for i in 0..spec.options.len() {
                p.set_choice(c, Some(i));
                assert_eq!(p.choice(c), Some(i), "{c:?} option {i}");
            }
            p.set_choice(c, Some(spec.options.len()));
            assert_eq!(p.choice(c), None, "{c:?} has more values than options");
        }
        for (m, key, n) in [
            (Multi::Cv, "cv", Cv::ALL.len()),
            (Multi::Inf, "inf", Infection::ALL.len()),
        ] {
            assert_eq!(multi_spec(m).key, key);
            assert_eq!(multi_spec(m).options.len(), n, "{m:?}");
        }
    }

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
