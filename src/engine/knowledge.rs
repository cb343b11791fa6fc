//! "Check what you know": a few optional questions built from this person's own results (the
//! Ottawa decision-aid template's knowledge items; Healthwise's confirmation questions). Each
//! question has one answer the results give, a fact that says why (with its sources), and the
//! part of the results that explains it. No question is asked about a medicine or a life stage
//! that does not apply to the person.

use super::model::*;
use super::writer::{Writer, A, A::*, HUNDRED};
use crate::data::content::Msg;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Contraception, Drug, DrugFocus, Hrt, Pregnancy, Smoking};
use crate::model::screen::StepId;

pub(crate) fn build(w: &mut Writer) -> Vec<QuizItem> {
    let Some(&first) = w.drugs.first() else {
        return Vec::new();
    };
    // The medicine the clinician asked about, when it applies; otherwise the first shown.
    let d = match w.p.drug {
        Some(DrugFocus::One(f)) if w.has(f) => f,
        _ => first,
    };
    let mut out = vec![benefit(w, d)];
    let f = fact(w, Msg::QuizStopFact, &[], &[], &[Fig::WithdrawSwitchWeek]);
    out.push(item(
        w,
        "stop",
        Msg::QuizStop,
        &[
            Msg::QuizStopStays,
            Msg::QuizStopReturns,
            Msg::QuizStopFaster,
        ],
        1,
        f,
        SectionId::Benefits,
    ));
    let f = sourced(
        w,
        Msg::QuizChecksFact,
        &[Src::CdcIgra2010, Src::OlumiantSmpc],
    );
    out.push(item(
        w,
        "checks",
        Msg::QuizChecks,
        &[
            Msg::QuizChecksNone,
            Msg::QuizChecksScan,
            Msg::QuizChecksTests,
        ],
        2,
        f,
        SectionId::Checklist,
    ));
    let age = &[("age", N(Fig::OsMinAge))];
    let options = [
        w.t(Msg::QuizWarningAa),
        w.fill(Msg::QuizWarningRa, age, &[]),
        w.t(Msg::QuizWarningHealthy),
    ];
    let f = fact(w, Msg::QuizWarningFact, age, &[], &[]);
    out.push(QuizItem {
        id: "warning",
        prompt: w.t(Msg::QuizWarning),
        options: options.to_vec(),
        answer: 1,
        fact: f,
        link: SectionId::Warning,
    });
    out.push(item(
        w,
        "urgent",
        Msg::QuizUrgent,
        &[Msg::QuizUrgentWait, Msg::QuizUrgentNow, Msg::QuizUrgentWeek],
        1,
        Text {
            text: w.t(Msg::QuizUrgentFact),
            cites: Vec::new(),
        },
        SectionId::Expect,
    ));
    if let Some(q) = life_stage(w) {
        out.push(q);
    }
    out
}

/// The main benefit of one medicine against its own dummy pill, in the numbers the first layer
/// shows. The wrong answers are the dummy pill's number (a common mix-up) and "almost everyone".
fn benefit(w: &mut Writer, d: Drug) -> QuizItem {
    let (dose, drug, pbo) = match d {
        Drug::Baricitinib => (Fig::BariDoseHigh, Fig::Bari4Aa1Scalp, Fig::BariPboAa1Scalp),
        Drug::Ritlecitinib => (
            Fig::RitleDose,
            Fig::Ritle50ScalpWk24,
            Fig::RitlePboScalpWk24,
        ),
        Drug::Deuruxolitinib => (Fig::DeurDose, Fig::Deur8ScalpWk24, Fig::DeurPboScalpWk24),
    };
    let name = [("drug", w.regimen(d, dose))];
    let spec = [
        ("n", N(drug)),
        ("pbo", N(pbo)),
        ("weeks", Wk(drug)),
        ("of", Of(HUNDRED)),
    ];
    let options = vec![
        w.fill(
            Msg::QuizBenefitDrug,
            &[("n", N(drug)), ("of", Of(HUNDRED))],
            &[],
        ),
        w.fill(
            Msg::QuizBenefitPbo,
            &[("n", N(pbo)), ("of", Of(HUNDRED))],
            &[],
        ),
        w.t(Msg::QuizBenefitAll),
    ];
    QuizItem {
        id: "benefit",
        prompt: w.fill(Msg::QuizBenefit, &spec, &name),
        options,
        answer: 0,
        fact: fact(w, Msg::QuizBenefitFact, &spec, &name, &[dose]),
        link: SectionId::Benefits,
    }
}

/// The one life-stage point that matters most for this person, if any applies.
fn life_stage(w: &mut Writer) -> Option<QuizItem> {
    let p = w.p;
    let eu_labels = w.has(Drug::Baricitinib) || w.has(Drug::Ritlecitinib);
    let labels = &[Src::OlumiantSmpc, Src::LitfuloEu];
    let teen = p.age.is_some_and(|a| {
        (w.fig(Fig::RitleMinAge).whole()..w.fig(Fig::AdultAge).whole()).contains(&u32::from(a))
    });
    if p.may_be_pregnant() && eu_labels {
        match p.preg {
            Some(Pregnancy::Breastfeeding) => {
                let f = sourced(w, Msg::QuizBreastfeedingFact, labels);
                return Some(item(
                    w,
                    "breastfeeding",
                    Msg::QuizBreastfeeding,
                    &[
                        Msg::QuizBreastfeedingFine,
                        Msg::QuizBreastfeedingNo,
                        Msg::QuizBreastfeedingHalf,
                    ],
                    1,
                    f,
                    SectionId::LifeStage,
                ));
            }
            Some(Pregnancy::Pregnant | Pregnancy::Planning | Pregnancy::Unsure) => {
                return Some(pregnancy(w, labels, SectionId::LifeStage))
            }
            _ => {}
        }
    }
    if teen && w.has(Drug::Ritlecitinib) {
        let spec = &[("min", N(Fig::RitleMinAge)), ("adult", N(Fig::AdultAge))];
        let f = fact(w, Msg::QuizTeenFact, spec, &[], &[]);
        return Some(QuizItem {
            id: "teen",
            prompt: w.t(Msg::QuizTeen),
            // Ages rather than medicine names: a teenager sees only what applies to them.
            options: [Msg::QuizTeenAdults, Msg::QuizTeenFrom, Msg::QuizTeenAny]
                .map(|m| {
                    w.f(
                        m,
                        &[
                            ("min", w.n(Fig::RitleMinAge)),
                            ("adult", w.n(Fig::AdultAge)),
                        ],
                    )
                })
                .to_vec(),
            answer: 1,
            fact: f,
            link: SectionId::LifeStage,
        });
    }
    if p.may_be_pregnant() && p.hrt == Some(Hrt::Oral) {
        let f = sourced(
            w,
            Msg::QuizHrtFact,
            &[Src::Vinogradova2019, Src::Canonico2010],
        );
        return Some(item(
            w,
            "hrt",
            Msg::QuizHrt,
            &[Msg::QuizHrtTablets, Msg::QuizHrtSkin, Msg::QuizHrtNeither],
            0,
            f,
            SectionId::LifeStage,
        ));
    }
    if p.may_be_pregnant() && p.contra == Some(Contraception::Combined) {
        let f = fact(w, Msg::QuizPillFact, &[], &[], &[Fig::VteChcLng]);
        return Some(item(
            w,
            "pill",
            Msg::QuizPill,
            &[Msg::QuizPillBp, Msg::QuizPillNothing, Msg::QuizPillClots],
            2,
            f,
            SectionId::LifeStage,
        ));
    }
    if p.smoke == Some(Smoking::Current) {
        let f = sourced(
            w,
            Msg::QuizSmokingFact,
            &[Src::CharlesSchoeman2023, Src::Curtis2023],
        );
        return Some(item(
            w,
            "smoking",
            Msg::QuizSmoking,
            &[
                Msg::QuizSmokingNone,
                Msg::QuizSmokingStrong,
                Msg::QuizSmokingHair,
            ],
            1,
            f,
            SectionId::Warning,
        ));
    }
    // Anyone asked about pregnancy: the labels' advice on pregnancy and birth control applies.
    let asked = crate::model::questionnaire::steps(p).contains(&StepId::Pregnancy);
    // The checklist's pregnancy item says the same.
    (asked && eu_labels).then(|| pregnancy(w, labels, SectionId::Checklist))
}

fn pregnancy(w: &mut Writer, labels: &[Src], link: SectionId) -> QuizItem {
    let f = sourced(w, Msg::QuizPregnancyFact, labels);
    item(
        w,
        "pregnancy",
        Msg::QuizPregnancy,
        &[
            Msg::QuizPregnancyFine,
            Msg::QuizPregnancyNo,
            Msg::QuizPregnancyDose,
        ],
        1,
        f,
        link,
    )
}

fn item(
    w: &Writer,
    id: &'static str,
    prompt: Msg,
    options: &[Msg],
    answer: usize,
    fact: Text,
    link: SectionId,
) -> QuizItem {
    QuizItem {
        id,
        prompt: w.t(prompt),
        options: options.iter().map(|m| w.t(*m)).collect(),
        answer,
        fact,
        link,
    }
}

/// A fact with numbers, citing the figures behind them (and `extra`).
fn fact(
    w: &mut Writer,
    m: Msg,
    spec: &[(&str, A)],
    dynamic: &[(&str, String)],
    extra: &[Fig],
) -> Text {
    Text {
        text: w.fill(m, spec, dynamic),
        cites: w.cite_spec(spec, extra),
    }
}

/// A fact without numbers, backed by named sources (labels, studies).
fn sourced(w: &mut Writer, m: Msg, ids: &[Src]) -> Text {
    Text {
        text: w.t(m),
        cites: w.cite_ids(ids),
    }
}

#[cfg(test)]
mod tests {
    use crate::data::content::Catalog;
    use crate::data::evidence::Evidence;
    use crate::engine::{explain, quiz_score, Explanation, SectionId};
    use crate::model::profile::{Drug, Lang};
    use crate::model::share_link::decode;

    fn ex(fragment: &str) -> Explanation {
        let p = decode(fragment).profile;
        explain(
            &p,
            &Evidence::bundled(),
            &Catalog::for_lang(Lang::En),
            &Drug::ALL,
        )
    }

    fn ids(e: &Explanation) -> Vec<&str> {
        e.quiz.iter().map(|q| q.id).collect()
    }

    #[test]
    fn every_question_is_well_formed() {
        for f in [
            "v=1&age=15&sex=f",
            "v=1&age=30&sex=f&preg=pregnant",
            "v=1&age=33&sex=f&preg=breastfeeding",
            "v=1&age=58&sex=m&smoke=current",
            "v=1&age=48&sex=f&meno=peri&hrt=oral",
            "v=1&age=26&sex=f&preg=none&contra=combined&travel=monthly",
            "v=1&age=40",
        ] {
            let e = ex(f);
            assert!((4..=6).contains(&e.quiz.len()), "{f}: {:?}", ids(&e));
            for q in &e.quiz {
                assert!(q.answer < q.options.len(), "{f} {}", q.id);
                assert_eq!(q.options.len(), 3, "{f} {}", q.id);
                let mut o = q.options.clone();
                o.dedup();
                assert_eq!(o.len(), 3, "{f} {}: options must differ", q.id);
                assert!(!q.fact.text.is_empty());
                // Every fact is backed by a source, except the urgent signs (the same list as on
                // screen, which carries none).
                assert!(q.id == "urgent" || !q.fact.cites.is_empty(), "{f} {}", q.id);
                assert!(
                    e.section(q.link).is_some(),
                    "{f} {}: links to a part that is shown",
                    q.id
                );
            }
        }
    }

    #[test]
    fn the_life_stage_question_is_the_one_that_applies() {
        let last = |f: &str| ex(f).quiz.last().map(|q| q.id).unwrap_or_default();
        assert_eq!(last("v=1&age=15&sex=f"), "teen");
        assert_eq!(last("v=1&age=30&sex=f&preg=pregnant"), "pregnancy");
        assert_eq!(last("v=1&age=30&sex=f&preg=planning"), "pregnancy");
        assert_eq!(last("v=1&age=33&sex=f&preg=breastfeeding"), "breastfeeding");
        assert_eq!(last("v=1&age=48&sex=f&meno=peri&hrt=oral"), "hrt");
        assert_eq!(last("v=1&age=34&sex=f&preg=none&contra=combined"), "pill");
        assert_eq!(last("v=1&age=58&sex=m&smoke=current"), "smoking");
        // A man who does not smoke: no life-stage question, just the five common ones.
        assert_eq!(
            ids(&ex("v=1&age=35&sex=m&smoke=never")),
            ["benefit", "stop", "checks", "warning", "urgent"]
        );
        // Nothing is asked when no medicine applies (a child).
        assert!(ex("v=1&age=8").quiz.is_empty());
    }

    #[test]
    fn the_benefit_question_uses_the_numbers_shown_in_the_first_layer() {
        // A teenager: only ritlecitinib applies, so the question is about it.
        let e = ex("v=1&age=15&sex=f");
        let q = &e.quiz[0];
        assert!(q.prompt.contains("ritlecitinib"), "{}", q.prompt);
        let crate::engine::BlockKind::IconArray(a) = &e.brief.benefits[0].kind else {
            panic!("the first layer shows an icon array");
        };
        let (drug, pbo) = (a.groups[0].count, a.groups[1].count);
        assert!(q.options[q.answer].contains(&format!("About {drug} in 100")));
        assert!(q.options[1].contains(&format!("About {pbo} in 100")));
        assert!(q
            .fact
            .text
            .contains(&format!("{pbo} in 100 on the dummy pill")));
        // A clinician's focus picks the medicine.
        let e = ex("v=1&age=40&drug=deuruxolitinib");
        assert!(
            e.quiz[0].prompt.contains("deuruxolitinib"),
            "{}",
            e.quiz[0].prompt
        );
        assert_eq!(e.quiz[0].link, SectionId::Benefits);
    }

    #[test]
    fn scores_count_only_answered_questions() {
        let e = ex("v=1&age=35&sex=m&smoke=never");
        let s = quiz_score(&e.quiz, &[("benefit", 0), ("stop", 0), ("nonsense", 1)]);
        assert_eq!((s.right, s.answered, s.total), (1, 2, 5));
    }
}
