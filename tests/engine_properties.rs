//! Properties that must hold for every possible set of answers.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use aa_decision_aid::data::evidence::{fmt_number, Evidence};
use aa_decision_aid::engine::{BlockKind, Explanation, QUESTION_IDS};
use aa_decision_aid::model::profile::*;
use aa_decision_aid::model::share_link::{decode, encode};
use common::{numbers_in, run, texts};
use proptest::prelude::*;
use std::collections::BTreeSet;

fn arb_opt<T: Clone + std::fmt::Debug + 'static>(
    items: Vec<T>,
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(prop::sample::select(items))
}

fn arb_set<T: Clone + Ord + std::fmt::Debug + 'static>(
    items: Vec<T>,
) -> impl Strategy<Value = Option<Vec<T>>> {
    prop::option::of(prop::sample::subsequence(items.clone(), 0..=items.len()))
}

prop_compose! {
    fn arb_profile()(
        a in (
            prop::option::of(0u8..=120),
            arb_opt(vec![Sex::Female, Sex::Male, Sex::NotSaid]),
            arb_opt(vec![Pregnancy::None, Pregnancy::Planning, Pregnancy::Pregnant, Pregnancy::Breastfeeding, Pregnancy::Unsure]),
            arb_opt(Contraception::ALL.to_vec()),
            arb_opt(vec![Travel::Rare, Travel::Monthly]),
            arb_opt(vec![Menopause::Pre, Menopause::Peri, Menopause::Post]),
            arb_opt(vec![Hrt::None, Hrt::Considering, Hrt::Oral, Hrt::Transdermal]),
            arb_opt(vec![Smoking::Never, Smoking::Former, Smoking::Current]),
        ),
        b in (
            arb_opt(vec![PackYears::Under20, PackYears::AtLeast20, PackYears::Unsure]),
            prop::option::of(any::<bool>()),
            arb_set(Cv::ALL.to_vec()),
            arb_opt(vec![Cancer::None, Cancer::Past, Cancer::Recent, Cancer::SkinOnly]),
            arb_set(vec![Infection::Tb, Infection::HepatitisB, Infection::HepatitisC, Infection::Herpes, Infection::Shingles]),
            prop::option::of(any::<bool>()),
            arb_opt(vec![Shingrix::Done, Shingrix::No, Shingrix::Unsure]),
            arb_opt(vec![AaExtent::Patchy, AaExtent::Severe, AaExtent::Total]),
        ),
        c in (
            arb_opt(Episode::ALL.to_vec()),
            prop::option::of(any::<bool>()),
            prop::option::of(any::<bool>()),
            prop::collection::vec(prop::option::of(prop::sample::select(vec![Weight::NotMuch, Weight::ALittle, Weight::ALot])), 8),
            arb_opt(vec![DrugFocus::Any, DrugFocus::One(Drug::Baricitinib), DrugFocus::One(Drug::Ritlecitinib), DrugFocus::One(Drug::Deuruxolitinib)]),
            prop::array::uniform4(prop::option::of(any::<bool>())),
            prop::sample::subsequence(QUESTION_IDS.to_vec(), 0..5),
        ),
    ) -> Profile {
        let mut p = Profile {
            age: a.0, sex: a.1, preg: a.2, contra: a.3, travel: a.4, meno: a.5, hrt: a.6, smoke: a.7,
            packyrs: b.0, quit15: b.1, cv: b.2, cancer: b.3, inf: b.4, eczema: b.5, shingrix: b.6, aa: b.7,
            dur: c.0, brows: c.1, lashes: c.2, drug: c.4, sure: c.5,
            ask: c.6.iter().map(|s| s.to_string()).collect(),
            ..Profile::default()
        };
        for (m, w) in Matter::ALL.iter().zip(c.3) {
            p.set_weight(*m, w);
        }
        p
    }
}

/// Numbers a reader may see next to these sources: values derived from figures of those sources.
fn allowed_numbers(ev: &Evidence, cited: &[usize], p: &Profile) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = ["100", "1,000", "10,000"].map(String::from).into();
    if let Some(a) = p.age {
        out.insert(a.to_string());
    }
    for f in ev.figures {
        if cited.contains(&f.source()) {
            out.extend(f.displayable_numbers());
        }
    }
    out
}

fn check_numbers_are_cited(ex: &Explanation, p: &Profile) -> Result<(), String> {
    let ev = Evidence::bundled();
    for t in texts(ex) {
        let allowed = allowed_numbers(&ev, &t.cites, p);
        for n in numbers_in(&t.text) {
            if !allowed.contains(&n) {
                return Err(format!(
                    "number {n} is not backed by the sources cited for: {}",
                    t.text
                ));
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        // Failures print the minimal input; no regression files in the tree.
        failure_persistence: None,
        .. ProptestConfig::default()
    })]

    #[test]
    fn every_profile_gets_a_complete_explanation(p in arb_profile()) {
        let ex = run(&p);
        // Approval, then the personal points (less than half the scalp, pregnancy, the warning,
        // clots, cancer), each at most once.
        prop_assert!((2..=6).contains(&ex.summary.len()), "{} summary lines", ex.summary.len());
        // The first layer: one benefit and one harm for each medicine that applies.
        prop_assert_eq!(ex.brief.benefits.len(), ex.drugs.len());
        prop_assert_eq!(ex.brief.harms.len(), ex.drugs.len());
        for s in &ex.sections {
            prop_assert!(!s.blocks.is_empty(), "empty section {:?}", s.id);
            prop_assert!(!s.title.is_empty());
        }
        for t in texts(&ex) {
            prop_assert!(!t.text.contains('{') && !t.text.contains('}'), "unfilled placeholder: {}", t.text);
            for c in &t.cites {
                prop_assert!(ex.cite_number(*c).is_some());
            }
        }
        for s in &ex.sections {
            for b in &s.blocks {
                if let BlockKind::IconArray(a) = &b.kind {
                    prop_assert!(a.groups.iter().all(|g| g.count <= a.of));
                    prop_assert!(!a.cites.is_empty());
                }
            }
        }
    }

    #[test]
    fn every_number_shown_comes_from_a_cited_source(p in arb_profile()) {
        let ex = run(&p);
        if let Err(e) = check_numbers_are_cited(&ex, &p) {
            prop_assert!(false, "{}", e);
        }
    }

    #[test]
    fn adding_a_risk_factor_never_removes_a_warning(
        p in arb_profile(),
        extra in 0usize..9,
        age in 18u8..=90,
    ) {
        // Every risk field answered, so we compare like with like (no "you skipped" notes).
        let mut before = p;
        before.age = Some(age);
        before.smoke.get_or_insert(Smoking::Never);
        before.cv.get_or_insert_with(Vec::new);
        before.cancer.get_or_insert(Cancer::None);
        if extra == 6 {
            // Pregnancy advice rightly ends with the age at which pregnancy questions stop.
            before.preg = None;
            before.contra = None;
        }
        let mut after = before.clone();
        let add_cv = |p: &mut Profile, c: Cv| {
            let v = p.cv.get_or_insert_with(Vec::new);
            if !v.contains(&c) { v.push(c); v.sort(); }
        };
        match extra {
            0 => after.smoke = Some(match before.smoke { Some(Smoking::Never) => Smoking::Former, _ => Smoking::Current }),
            1 => add_cv(&mut after, Cv::HighBloodPressure),
            2 => add_cv(&mut after, Cv::HeartDisease),
            3 => add_cv(&mut after, Cv::Clot),
            4 => add_cv(&mut after, Cv::Diabetes),
            5 => after.cancer = Some(match before.cancer {
                Some(Cancer::Past | Cancer::Recent) => Cancer::Recent,
                _ => Cancer::Past,
            }),
            6 => after.age = Some(age.saturating_add(15).min(120)),
            7 => after.eczema = Some(true),
            _ => {
                let v = after.inf.get_or_insert_with(Vec::new);
                if !v.contains(&Infection::Herpes) { v.push(Infection::Herpes); v.sort(); }
            }
        }
        let (a, b) = (run(&before), run(&after));
        let notes = |ex: &Explanation| ex.sections.iter().flat_map(|s| &s.blocks)
            .filter(|b| matches!(b.kind, BlockKind::Note(_) | BlockKind::Urgent(_))).count();
        // Screening rightly depends on age: the pregnancy check goes when pregnancy becomes
        // unlikely, and lung screening stops after the USPSTF upper age.
        let age_bound = |id: &str| extra == 6 && (id == "pregnancy" || id == "lung");
        // Some checks grow into a stronger one: the cold-sore and eczema questions into one
        // antiviral plan when both apply; "tell them about your smoking" into help to stop.
        let plan = |id: &'static str| match id {
            "cold_sores" | "eczema" => "antiviral",
            "smoking_history" => "smoking",
            _ => id,
        };
        let checks = |ex: &Explanation| ex.checks().map(|c| plan(c.id)).filter(|id| !age_bound(id)).collect::<BTreeSet<_>>();
        let ema = |ex: &Explanation| common::texts(ex).iter().any(|t| t.text.contains("EMA"));
        prop_assert!(notes(&b) >= notes(&a), "notes went from {} to {}", notes(&a), notes(&b));
        prop_assert!(checks(&b).is_superset(&checks(&a)), "{:?} -> {:?}", checks(&a), checks(&b));
        prop_assert!(!ema(&a) || ema(&b));
    }

    #[test]
    fn the_explanation_depends_only_on_its_inputs(p in arb_profile()) {
        // The UI skips recomputing when only readiness, ticked questions or unrelated values
        // change; that is only safe if the result is the same.
        let key = aa_decision_aid::engine::explanation_inputs(&p);
        prop_assert_eq!(run(&p), run(&key));
    }

    #[test]
    fn share_links_round_trip(p in arb_profile()) {
        let d = decode(&encode(&p));
        prop_assert!(d.errors.is_empty(), "{:?}", d.errors);
        prop_assert_eq!(d.profile, p);
    }

    #[test]
    fn decoding_any_string_never_panics(s in ".{0,300}") {
        let _ = decode(&s);
        let _ = decode(&format!("#v=1&{s}"));
    }

    #[test]
    fn decoding_link_like_strings_keeps_every_readable_answer(
        keep in prop::sample::subsequence(vec!["age=44", "sex=f", "smoke=former", "aa=total", "cv=bp,clot"], 0..=5),
        junk in prop::collection::vec("[a-z]{1,6}=[a-z0-9%,]{0,8}", 0..4),
    ) {
        let mut parts: Vec<String> = keep.iter().map(|s| s.to_string()).collect();
        parts.extend(junk.iter().filter(|j| {
            let k = j.split('=').next().unwrap_or("");
            !["age", "sex", "smoke", "aa", "cv"].contains(&k)
        }).cloned());
        let d = decode(&parts.join("&"));
        for k in keep {
            let again = decode(k).profile;
            let kept = match k.split('=').next().unwrap() {
                "age" => d.profile.age == again.age,
                "sex" => d.profile.sex == again.sex,
                "smoke" => d.profile.smoke == again.smoke,
                "aa" => d.profile.aa == again.aa,
                _ => d.profile.cv == again.cv,
            };
            prop_assert!(kept, "lost {}", k);
        }
    }
}

#[test]
fn numbers_are_read_as_people_read_them() {
    assert_eq!(
        numbers_in("4,362 people, 61.2 years, BRAVE-AA2 and CYP2C9; 35 in 100."),
        vec!["4,362", "61.2", "35", "100"]
    );
    assert_eq!(fmt_number(1868.0), "1,868");
    assert_eq!(fmt_number(0.8), "0.8");
}
