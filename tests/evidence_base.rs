//! The evidence base is sound: every figure cites a source that exists, percentages are
//! percentages, ranges are ordered, and nothing unverified can reach the screen.
#![cfg(not(target_arch = "wasm32"))]

use aa_decision_aid::data::evidence::{
    Confidence, Evidence, SourceKind, Unit, FIGURES, FIGURE_IDS, FIGURE_NOTES, SOURCES,
    SOURCE_DATES, SOURCE_IDS,
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

/// Only verified figures get a `Fig` name (build.rs), so the engine cannot name an unverified
/// one; what could still reach the screen is code that reads the figure table itself. Only the
/// evidence module and the reviewer's pack may.
#[test]
fn nothing_reads_the_figure_table_but_the_evidence_module_and_the_review_pack() {
    fn scan(dir: &std::path::Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).expect("read src") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                scan(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let path = p.display().to_string();
                let allowed = path.ends_with("data/evidence.rs") || path.contains("/review/");
                let code = std::fs::read_to_string(&p).expect("read file");
                if !allowed && (code.contains("FIGURES") || code.contains("FIGURE_IDS")) {
                    out.push(path);
                }
            }
        }
    }
    let mut readers = Vec::new();
    scan(std::path::Path::new("src"), &mut readers);
    assert!(
        readers.is_empty(),
        "the figure table read outside data/evidence.rs: {readers:?}"
    );
}

#[test]
fn the_file_keeps_its_unverified_leads_for_reviewers() {
    let unverified: Vec<&str> = FIGURES
        .iter()
        .zip(FIGURE_IDS)
        .filter(|(f, _)| matches!(f.confidence, Confidence::Unverified | Confidence::Excluded))
        .map(|(_, id)| *id)
        .collect();
    assert!(
        !unverified.is_empty(),
        "evidence.toml lists its unverified leads"
    );
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

/// A label goes stale: every label records its own revision as read (or that it could not be
/// read) and when it was read, and the review pack lists both.
#[test]
fn every_label_records_its_revision_and_when_it_was_read() {
    for (i, s) in SOURCES.iter().enumerate() {
        if s.kind != SourceKind::Label {
            continue;
        }
        let (revised, read) = SOURCE_DATES[i];
        assert!(
            !revised.is_empty(),
            "{}: no revision recorded",
            SOURCE_IDS[i]
        );
        let date = read.as_bytes();
        assert!(
            date.len() == 10 && date[4] == b'-' && date[7] == b'-',
            "{}: read date {read:?} is not YYYY-MM-DD",
            SOURCE_IDS[i]
        );
    }
}
