//! The evidence base is sound: every figure cites a source that exists, percentages are
//! percentages, ranges are ordered, and nothing unverified can reach the screen.
#![cfg(not(target_arch = "wasm32"))]

use aa_decision_aid::data::evidence::{
    Confidence, Evidence, Fig, Src, Unit, FIGURES, FIGURE_IDS, FIGURE_NOTES, SOURCES, SOURCE_IDS,
};
use std::collections::BTreeSet;

#[test]
fn every_figure_cites_a_source_that_exists() {
    for ((f, id), (_, _, source_id, _)) in FIGURES.iter().zip(FIGURE_IDS).zip(FIGURE_NOTES) {
        assert!(
            f.source() < SOURCES.len(),
            "figure {id} cites unknown source {source_id}"
        );
    }
}

#[test]
fn sources_are_complete_and_unique() {
    let mut ids = BTreeSet::new();
    assert_eq!(SOURCES.len(), SOURCE_IDS.len());
    for (s, id) in SOURCES.iter().zip(SOURCE_IDS) {
        assert!(ids.insert(id), "duplicate source id {id}");
        assert!(s.citation.len() > 20, "thin citation for {id}");
        if let Some(u) = s.url {
            assert!(u.starts_with("https://"), "{id} url must be https");
        }
    }
}

#[test]
fn source_names_in_the_engine_point_at_their_own_source() {
    // `Src` variants are generated from the ids; each must index its own entry.
    assert_eq!(SOURCE_IDS[Src::FdaDsc2021 as usize], "fda_dsc_2021");
    assert_eq!(SOURCE_IDS[Src::Ytterberg2022 as usize], "ytterberg_2022");
    assert!(SOURCES[Src::Ytterberg2022 as usize]
        .citation
        .contains("Ytterberg"));
}

#[test]
fn figure_ids_are_unique_and_values_are_sane() {
    let mut ids = BTreeSet::new();
    assert_eq!(FIGURES.len(), FIGURE_IDS.len());
    for (f, id) in FIGURES.iter().zip(FIGURE_IDS) {
        assert!(ids.insert(id), "duplicate figure id {id}");
        assert!(f.value().is_finite() && f.value() >= 0.0, "{id}");
        if f.unit == Unit::Percent {
            for v in [Some(f.value()), f.low(), f.high()].into_iter().flatten() {
                assert!(
                    (0.0..=100.0).contains(&v),
                    "{id} percentage {v} out of range"
                );
            }
        }
        if let (Some(lo), Some(hi)) = (f.low(), f.high()) {
            assert!(lo <= hi, "{id}: low above high");
            assert!(
                lo <= f.value() && f.value() <= hi,
                "{id}: value outside its range"
            );
        }
    }
}

#[test]
fn nothing_unverified_is_reachable_by_the_engine() {
    let ev = Evidence::bundled();
    for f in Fig::ALL {
        assert!(
            !matches!(
                ev.fig(*f).confidence,
                Confidence::Unverified | Confidence::Excluded
            ),
            "{} is unverified or excluded but has a name the engine can use",
            Evidence::fig_id(*f)
        );
    }
    let verified = FIGURES
        .iter()
        .filter(|f| !matches!(f.confidence, Confidence::Unverified | Confidence::Excluded))
        .count();
    assert_eq!(verified, Fig::ALL.len());
    // The file keeps unverified leads for reviewers; make sure they are really excluded.
    assert!(FIGURES
        .iter()
        .any(|f| f.confidence == Confidence::Unverified));
}

#[test]
fn the_review_dates_are_real_dates_in_order() {
    let ev = Evidence::bundled();
    let parse = |d: &str| -> (u32, u32, u32) {
        let p: Vec<u32> = d
            .split('-')
            .map(|x| x.parse().expect("date digits"))
            .collect();
        assert_eq!(p.len(), 3, "{d}");
        assert!((1..=12).contains(&p[1]) && (1..=31).contains(&p[2]), "{d}");
        (p[0], p[1], p[2])
    };
    let produced = parse(ev.meta.produced);
    let reviewed = parse(ev.meta.last_reviewed);
    let next = parse(ev.meta.next_review);
    assert!(produced <= reviewed && reviewed < next);
}
