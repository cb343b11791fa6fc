//! The "what matters to me" exercise: which way each stated value points, and an overall leaning.
//! It never recommends; it shows how the person's own priorities line up with the options.

use crate::data::content::{Catalog, Msg};
use crate::engine::is_low_risk;
use crate::model::profile::{AaExtent, Drug, Episode, Matter, Profile, Weight};

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

/// How the person's stated values line up. `drugs` are the medicines that apply to them.
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
        let (direction, msg) = match m {
            Matter::Scalp => (Direction::Toward, Msg::ValuesScalp),
            Matter::Brows => (Direction::Toward, Msg::ValuesBrows),
            Matter::Lashes => (Direction::Toward, Msg::ValuesLashes),
            Matter::Body => (Direction::Discuss, Msg::ValuesBody),
            Matter::LowRisk if low_risk_profile => (Direction::Away, Msg::ValuesLowriskLow),
            Matter::LowRisk => (Direction::Away, Msg::ValuesLowrisk),
            Matter::FewPills => (Direction::Away, Msg::ValuesFewpills),
            Matter::FewTests => (Direction::Away, Msg::ValuesFewtests),
            Matter::Pregnancy => (Direction::Away, Msg::ValuesPregnancy),
        };
        out.push(Consideration {
            direction,
            weight,
            text: cat.get(msg).to_owned(),
        });
    }
    let rated_any = !out.is_empty();
    // What the person told us about their hair loss also points somewhere.
    match (p.aa, p.dur) {
        (Some(AaExtent::Patchy), Some(Episode::UnderOneYear)) => out.push(Consideration {
            direction: Direction::Away,
            weight: Weight::ALittle,
            text: cat.get(Msg::ValuesPatchyShort).to_owned(),
        }),
        (Some(AaExtent::Total), Some(Episode::OneToFourYears | Episode::OverFourYears)) => out
            .push(Consideration {
                direction: Direction::Toward,
                weight: Weight::ALittle,
                text: cat.get(Msg::ValuesTotalLong).to_owned(),
            }),
        _ => {}
    }

    let sum = |d: Direction| -> u32 {
        out.iter()
            .filter(|c| c.direction == d)
            .map(|c| score(c.weight))
            .sum()
    };
    let (toward, away) = (sum(Direction::Toward), sum(Direction::Away));
    let leaning = if !rated_any {
        Leaning::NotYet
    } else if drugs.is_empty() || away >= toward + 2 {
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
            Leaning::Mixed => Msg::ValuesLeanMixed,
            Leaning::NotYet => Msg::ValuesEmpty,
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
    fn each_no_in_sure_gets_a_next_step() {
        let c = cat();
        assert!(sure_next_steps(&[Some(true); 4], &c).is_empty());
        assert!(sure_next_steps(&[None; 4], &c).is_empty());
        let steps = sure_next_steps(&[Some(false), Some(true), Some(false), None], &c);
        assert_eq!(steps.len(), 2);
        assert!(steps[1].contains("What matters to you"));
    }
}
