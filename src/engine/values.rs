//! The "what matters to me" exercise: which way each stated value points, and an overall leaning.
//! It never recommends; it shows how the person's own priorities line up with the options.

use crate::data::content::{Catalog, Msg};
use crate::engine::is_low_risk;
use crate::model::profile::{
    AaExtent, Cancer, Cv, Drug, Episode, Matter, Pregnancy, Profile, Smoking, Weight,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Toward trying a JAK inhibitor.
    Toward,
    /// Toward other options or waiting.
    Away,
    /// Worth discussing; no clear direction.
    Discuss,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Consideration {
    pub direction: Direction,
    pub weight: Weight,
    pub text: String,
    /// From the person's other answers (smoking, pregnancy plans…), not from what they rated.
    pub from_answers: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaning {
    Toward,
    Away,
    Mixed,
    /// Nothing rated yet.
    NotYet,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub considerations: Vec<Consideration>,
    pub leaning: Leaning,
    /// One sentence describing the leaning.
    pub summary: String,
}

fn score(w: Weight) -> u32 {
    match w {
        Weight::ALot => 2,
        Weight::ALittle => 1,
        Weight::NotMuch => 0,
    }
}

/// What a rated eyebrow or eyelash value means for the medicines that apply: baricitinib's
/// checked numbers, and an honest "not checked" for the others (never "only one helps").
fn brows_or_lashes(cat: &Catalog, drugs: &[Drug], bari: Msg, other: Msg) -> String {
    let others: Vec<&str> = drugs
        .iter()
        .filter(|d| **d != Drug::Baricitinib)
        .map(|d| {
            cat.get(match d {
                Drug::Ritlecitinib => Msg::DrugRitlecitinibShort,
                _ => Msg::DrugDeuruxolitinibShort,
            })
        })
        .collect();
    let mut parts = Vec::new();
    if drugs.contains(&Drug::Baricitinib) {
        parts.push(cat.get(bari).to_owned());
    }
    if !others.is_empty() {
        let list = others.join(&[" ", cat.get(Msg::WordsAnd), " "].concat());
        let mut t = cat.fill(other, &[("list", &list)]);
        if !parts.is_empty() {
            // The opening clause ("… matters to you.") is already said.
            if let Some((_, rest)) = t.split_once(". ") {
                t = rest.to_owned();
            }
        }
        parts.push(t);
    }
    parts.join(" ")
}

/// How the person's stated values line up. `drugs` are the medicines that apply to them.
/// Nothing points anywhere until the person has said what matters to them; then their other
/// answers (smoking, a past clot, pregnancy plans, their hair loss) are listed too, both ways.
pub fn assess(p: &Profile, cat: &Catalog, drugs: &[Drug]) -> Fit {
    let low_risk_profile = is_low_risk(p);
    let mut out = Vec::new();
    // A lot first, then a little, each in the order the person gave.
    let rated = p
        .matters
        .iter()
        .map(|m| (*m, Weight::ALot))
        .chain(p.matters_some.iter().map(|m| (*m, Weight::ALittle)));
    for (m, weight) in rated {
        let (direction, text) = match m {
            Matter::Scalp => (Direction::Toward, cat.get(Msg::ValuesScalp).to_owned()),
            Matter::Brows => (
                Direction::Toward,
                brows_or_lashes(cat, drugs, Msg::ValuesBrowsBari, Msg::ValuesBrowsOther),
            ),
            Matter::Lashes => (
                Direction::Toward,
                brows_or_lashes(cat, drugs, Msg::ValuesLashesBari, Msg::ValuesLashesOther),
            ),
            Matter::Body => (Direction::Discuss, cat.get(Msg::ValuesBody).to_owned()),
            Matter::LowRisk if low_risk_profile => {
                (Direction::Away, cat.get(Msg::ValuesLowriskLow).to_owned())
            }
            Matter::LowRisk => (Direction::Away, cat.get(Msg::ValuesLowrisk).to_owned()),
            Matter::FewPills => (Direction::Away, cat.get(Msg::ValuesFewpills).to_owned()),
            Matter::FewTests => (Direction::Away, cat.get(Msg::ValuesFewtests).to_owned()),
            Matter::Pregnancy => (Direction::Away, cat.get(Msg::ValuesPregnancy).to_owned()),
        };
        out.push(Consideration {
            direction,
            weight,
            text,
            from_answers: false,
        });
    }
    if out.is_empty() {
        return Fit {
            considerations: out,
            leaning: Leaning::NotYet,
            summary: cat.get(Msg::ValuesEmpty).to_owned(),
        };
    }
    // What the person told us elsewhere also points somewhere; listed apart from their values.
    let mut from_answers = |direction, m: Msg| {
        out.push(Consideration {
            direction,
            weight: Weight::ALittle,
            text: cat.get(m).to_owned(),
            from_answers: true,
        })
    };
    match (p.aa, p.dur) {
        (Some(AaExtent::Patchy), Some(Episode::UnderOneYear)) => {
            from_answers(Direction::Away, Msg::ValuesPatchyShort)
        }
        (Some(AaExtent::Total), Some(e)) if e != Episode::UnderOneYear => {
            from_answers(Direction::Toward, Msg::ValuesTotalLong)
        }
        _ => {}
    }
    if p.smoke == Some(Smoking::Current) {
        from_answers(Direction::Away, Msg::ValuesSmoke);
    }
    if p.has_cv(Cv::Clot) || p.has_cv(Cv::ClotDisorder) {
        from_answers(Direction::Away, Msg::ValuesClot);
    }
    if p.may_be_pregnant()
        && p.preg == Some(Pregnancy::Planning)
        && !p.matters.contains(&Matter::Pregnancy)
    {
        from_answers(Direction::Away, Msg::ValuesPregnancyPlan);
    }
    if p.cancer == Some(Cancer::Recent) {
        from_answers(Direction::Away, Msg::ValuesCancer);
    }

    let sum = |d: Direction| -> u32 {
        out.iter()
            .filter(|c| c.direction == d)
            .map(|c| score(c.weight))
            .sum()
    };
    let (toward, away) = (sum(Direction::Toward), sum(Direction::Away));
    let leaning = if drugs.is_empty() || away >= toward + 2 {
        Leaning::Away
    } else if toward >= away + 2 {
        Leaning::Toward
    } else {
        Leaning::Mixed
    };
    let summary = cat
        .get(match leaning {
            Leaning::Toward => Msg::ValuesLeanToward,
            Leaning::Away => Msg::ValuesLeanAway,
            _ => Msg::ValuesLeanMixed,
        })
        .to_owned();
    Fit {
        considerations: out,
        leaning,
        summary,
    }
}

/// The four SURE questions (Légaré 2010), in order.
pub const SURE_QUESTIONS: [Msg; 4] = [
    Msg::SureSure,
    Msg::SureUnderstand,
    Msg::SureRiskBenefit,
    Msg::SureEncouragement,
];

/// What to do next for each "no" in the SURE check. Empty until something is answered "no".
pub fn sure_next_steps(sure: &[Option<bool>; 4], cat: &Catalog) -> Vec<String> {
    const NEXT: [Msg; 4] = [
        Msg::SureNextSure,
        Msg::SureNextUnderstand,
        Msg::SureNextRiskBenefit,
        Msg::SureNextEncouragement,
    ];
    sure.iter()
        .zip(NEXT)
        .filter(|(a, _)| **a == Some(false))
        .map(|(_, m)| cat.get(m).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::profile::Lang;

    fn cat() -> Catalog {
        Catalog::for_lang(Lang::En)
    }

    #[test]
    fn scalp_and_brows_a_lot_points_toward_treatment() {
        let mut p = Profile::default();
        p.set_weight(Matter::Scalp, Some(Weight::ALot));
        p.set_weight(Matter::Brows, Some(Weight::ALot));
        p.set_weight(Matter::FewPills, Some(Weight::ALittle));
        let fit = assess(&p, &cat(), &Drug::ALL);
        assert_eq!(fit.leaning, Leaning::Toward);
        assert_eq!(fit.considerations.len(), 3);
    }

    #[test]
    fn risk_pills_and_pregnancy_point_away() {
        let mut p = Profile::default();
        p.set_weight(Matter::LowRisk, Some(Weight::ALot));
        p.set_weight(Matter::Pregnancy, Some(Weight::ALot));
        p.set_weight(Matter::Scalp, Some(Weight::ALittle));
        assert_eq!(assess(&p, &cat(), &Drug::ALL).leaning, Leaning::Away);
    }

    #[test]
    fn nothing_rated_is_not_a_leaning() {
        let fit = assess(&Profile::default(), &cat(), &Drug::ALL);
        assert_eq!(fit.leaning, Leaning::NotYet);
        assert!(fit.summary.contains("haven't said"));
    }

    #[test]
    fn no_approved_medicine_never_leans_toward_one() {
        let mut p = Profile {
            age: Some(9),
            ..Profile::default()
        };
        p.set_weight(Matter::Scalp, Some(Weight::ALot));
        assert_eq!(assess(&p, &cat(), &[]).leaning, Leaning::Away);
    }

    #[test]
    fn nothing_points_anywhere_before_the_person_says_what_matters() {
        let p = Profile {
            aa: Some(AaExtent::Total),
            dur: Some(Episode::OverTenYears),
            smoke: Some(Smoking::Current),
            ..Profile::default()
        };
        let fit = assess(&p, &cat(), &Drug::ALL);
        assert_eq!(fit.leaning, Leaning::NotYet);
        assert!(fit.considerations.is_empty());
    }

    #[test]
    fn other_answers_point_both_ways_once_values_are_given() {
        let mut p = Profile {
            aa: Some(AaExtent::Total),
            dur: Some(Episode::OverTenYears),
            smoke: Some(Smoking::Current),
            cv: Some(vec![Cv::Clot]),
            ..Profile::default()
        };
        p.set_weight(Matter::Scalp, Some(Weight::ALot));
        let fit = assess(&p, &cat(), &Drug::ALL);
        let from = |d: Direction| {
            fit.considerations
                .iter()
                .filter(|c| c.from_answers && c.direction == d)
                .count()
        };
        assert_eq!(from(Direction::Toward), 1, "total loss for years");
        assert_eq!(from(Direction::Away), 2, "smoking and a past clot");
    }

    #[test]
    fn eyebrows_never_read_as_if_only_baricitinib_helps() {
        let mut p = Profile::default();
        p.set_weight(Matter::Brows, Some(Weight::ALot));
        let teen = assess(&p, &cat(), &[Drug::Ritlecitinib]);
        let text = &teen.considerations[0].text;
        assert!(!text.contains("aricitinib"), "{text}");
        assert!(text.contains("ritlecitinib") && text.contains("does not mean they don't help"));
        let adult = assess(&p, &cat(), &Drug::ALL);
        let text = &adult.considerations[0].text;
        assert!(
            text.contains("baricitinib's trials")
                && text.contains("ritlecitinib and deuruxolitinib")
        );
        assert_eq!(text.matches("matters to you").count(), 1, "{text}");
    }

    #[test]
    fn clot_risk_rules_out_the_low_risk_wording() {
        let mut p = Profile {
            age: Some(28),
            sex: Some(crate::model::profile::Sex::Female),
            smoke: Some(Smoking::Never),
            cv: Some(Vec::new()),
            contra: Some(crate::model::profile::Contraception::Combined),
            travel: Some(crate::model::profile::Travel::Monthly),
            ..Profile::default()
        };
        p.set_weight(Matter::LowRisk, Some(Weight::ALot));
        let fit = assess(&p, &cat(), &Drug::ALL);
        assert!(!fit.considerations[0].text.contains("outside the groups"));
        p.contra = None;
        p.travel = None;
        let fit = assess(&p, &cat(), &Drug::ALL);
        assert!(fit.considerations[0].text.contains("outside the groups"));
    }

    #[test]
    fn each_no_in_sure_gets_a_next_step() {
        let c = cat();
        assert!(sure_next_steps(&[Some(true); 4], &c).is_empty());
        assert!(sure_next_steps(&[None; 4], &c).is_empty());
        let steps = sure_next_steps(&[Some(false), Some(true), Some(false), None], &c);
        assert_eq!(steps.len(), 2);
        assert!(steps[1].contains("What matters to you"));
    }
}
