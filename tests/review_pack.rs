//! The clinician review pack lists every rule and every figure, and its rules are derived from
//! the engine (they match the engine on the answer sets tried).
#![cfg(not(target_arch = "wasm32"))]

use aa_decision_aid::data::content::Msg;
use aa_decision_aid::data::evidence::{Confidence, FIGURES, FIGURE_IDS, SOURCE_IDS};
use aa_decision_aid::review::{pack, Answers, Effort, Exploration};
use std::sync::OnceLock;

/// One exploration shared by the tests (it runs the engine tens of thousands of times).
fn built() -> &'static (String, Exploration) {
    static PACK: OnceLock<(String, Exploration)> = OnceLock::new();
    PACK.get_or_init(|| pack(Effort::QUICK))
}

#[test]
fn the_review_pack_lists_each_labels_revision_and_when_it_was_read() {
    use aa_decision_aid::data::evidence::{SourceKind, SOURCES, SOURCE_DATES};
    let (html, _) = built();
    for (i, s) in SOURCES.iter().enumerate() {
        if s.kind == SourceKind::Label {
            let (revised, read) = SOURCE_DATES[i];
            let line = format!(
                "Revision: {} · read for this guide: {read}",
                revised.replace('\'', "&#39;")
            );
            assert!(html.contains(&line), "{}: {line}", SOURCE_IDS[i]);
        }
    }
}

#[test]
fn the_review_pack_lists_every_rule_every_figure_and_a_sign_off() {
    let (html, ex) = built();

    // Every text the engine can write was reached, and has its rule in the pack.
    let unreached: Vec<&str> = ex.unreached.iter().map(|m| m.key()).collect();
    assert!(unreached.is_empty(), "never reached: {unreached:?}");
    for m in Msg::ALL {
        if aa_decision_aid::review::is_rule(*m) {
            assert!(
                html.contains(&format!("id=\"rule-{}\"", m.key())),
                "no rule for {}",
                m.key()
            );
        }
    }
    // Rules are derived from the engine: even this quick exploration describes most of them
    // exactly on every answer set tried (the full pack, `Effort::FULL`, does better still), and
    // each rule says how well it matched.
    let exact = ex.rules.iter().filter(|r| r.matched == r.tried).count();
    assert!(
        exact * 100 >= ex.rules.len() * 85,
        "only {exact} of {} rules exact",
        ex.rules.len()
    );

    // Every figure, with whether it can be shown.
    for (f, id) in FIGURES.iter().zip(FIGURE_IDS) {
        let row = html
            .split(&format!("<tr id=\"fig-{id}\">"))
            .nth(1)
            .unwrap_or_else(|| panic!("figure {id} missing"));
        let row = row.split("</tr>").next().unwrap_or("");
        let hidden = matches!(f.confidence, Confidence::Unverified | Confidence::Excluded);
        assert_eq!(row.contains("never shown"), hidden, "{id}");
    }
    for id in SOURCE_IDS {
        assert!(html.contains(&format!("id=\"src-{id}\"")), "source {id}");
    }
    for part in [
        "Sign-off",
        "Reviewer (name)",
        "Signature",
        "next review due",
    ] {
        assert!(html.contains(part), "missing {part}");
    }
}

#[test]
fn rules_read_as_the_answers_that_trigger_them() {
    let (_, ex) = built();
    let rule = |m: Msg| {
        ex.rules
            .iter()
            .find(|r| r.msg == m)
            .unwrap_or_else(|| panic!("no rule for {}", m.key()))
    };
    // "For later" checks: only when pregnant or breastfeeding.
    let later = rule(Msg::CheckIntroLater);
    assert!(later.depends_on.iter().any(|d| d == "Pregnancy"));
    assert!(later.clauses.iter().all(|c| c.iter().any(|(q, a)| q == "Pregnancy"
        && matches!(a, Answers::AnyOf(v) if v.iter().all(|v| v.contains("Pregnant") || v.contains("Breastfeeding"))))));
    // The clot line depends on the pill and on travel, among others.
    let clots = rule(Msg::SummaryClotFactors);
    for q in ["Birth control", "Long trips"] {
        assert!(
            clots.depends_on.iter().any(|d| d == q),
            "{q}: {:?}",
            clots.depends_on
        );
    }
    // The figures a text uses are listed with it.
    let hsv = rule(Msg::RisksRitleHsv);
    let ids: Vec<&str> = hsv.figures.iter().map(|i| FIGURE_IDS[*i]).collect();
    assert!(
        ids.contains(&"ritle_hsv_rate") && ids.contains(&"ritle50_safety_people"),
        "{ids:?}"
    );
}
