//! Table-driven scenarios: for each kind of person, what the explanation must and must not say.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use aa_decision_aid::engine::SectionId;
use aa_decision_aid::model::profile::Drug;
use common::{profile, read, run};

struct Case {
    name: &'static str,
    fragment: &'static str,
    must: &'static [&'static str],
    must_not: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "28-year-old on the combined pill who flies monthly and plans a pregnancy",
        fragment: "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&cancer=none&aa=severe&dur=1to4",
        must: &[
            "Planning a pregnancy",
            "for at least 1 week after the last dose",
            "for 1 month after the last dose",
            "we could not check the label's advice on pregnancy",
            "The combined pill and blood clots",
            "| Not pregnant, no hormonal birth control | 2 |",
            "| Combined pill with levonorgestrel, norethisterone or norgestimate | 5 to 7 |",
            "about 1.7 clots happen for every 10,000 long flights",
            "You take the combined pill and travel often",
            "get up and walk about",
            "drink water",
            "You are under 50 and you did not report any of the heart risk factors",
            "Should I change my birth control to lower my chance of a blood clot?",
            "What should I do about blood clots on long trips?",
            "How long before trying to get pregnant would I need to stop",
            "Pregnancy test and a birth control plan",
            "these medicines are stopped before trying",
        ],
        must_not: &[
            "hormone therapy",
            "You share",
            "lung cancer screening",
            "Help to stop smoking",
            "In Europe, the medicines regulator",
        ],
    },
    Case {
        name: "58-year-old current smoker, 30 pack-years, high blood pressure and cholesterol",
        fragment: "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&aa=total&dur=gt4&travel=rare",
        must: &[
            "You share four of the features of the people in that study: age 50 or older, smoking now, high blood pressure and high cholesterol.",
            "These features were common in the groups with the extra risk: smoking now.",
            "At least one is a feature of the groups where the extra risk was seen. In that study, over about 4 years, 34 in 1,000 people on tofacitinib had a heart attack or stroke or died of heart disease, compared with 25 in 1,000 on another medicine.",
            "34 in 1,000 people taking tofacitinib (both doses together) had a heart attack or stroke, or died of heart disease. 966 in 1,000 did not.",
            "the difference in heart problems could partly be due to chance",
            "25 in 1,000 people taking a TNF blocker",
            "In people who already had heart disease, 77 to 83 in 1,000 on tofacitinib had a heart attack or stroke, or died of heart disease, over the same years. On a TNF blocker, 42 in 1,000 did.",
            "In Europe, the medicines regulator (EMA) gives this advice to doctors",
            "Ask about lung cancer screening",
            "for people aged 50 to 80 who have smoked 20 pack-years or more",
            "Help to stop smoking",
            "Heart health check",
            "Given my age, smoking and heart health, how does the boxed warning apply to me?",
            "had to be shorter than 8 or 10 years, depending on the trial",
            "fewer than 10 in 100 people fully recover without treatment",
            "Shingles vaccine (Shingrix), 2 doses",
        ],
        must_not: &[
            "Planning a pregnancy",
            "The combined pill",
            "Pregnancy test",
            "You are under 50",
            "Menopause",
            "Long trips",
        ],
    },
    Case {
        name: "15-year-old with a parent",
        fragment: "#v=1&age=15&sex=f&preg=none&contra=none&smoke=never&cv=none&cancer=none&aa=severe&dur=1to4",
        must: &[
            "At 15, only ritlecitinib is approved for alopecia areata.",
            "At 15, ritlecitinib is the only one of these medicines approved for you (from age 12)",
            "go through these results with a parent or caregiver",
            "The trial included 105 teenagers aged 12 to seventeen. Between 17 and 28 in 100",
            "What do my parents need to know",
            "23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair",
        ],
        must_not: &[
            "### Baricitinib (Olumiant)",
            "### Deuruxolitinib (Leqselvi)",
            "CYP2C9",
            "Shingles vaccine (Shingrix)",
            "Usual cancer screening",
            "Which of these medicines would you suggest",
            "cannot be compared between medicines",
        ],
    },
    Case {
        name: "45-year-old in perimenopause considering hormone therapy",
        fragment: "#v=1&age=45&sex=f&meno=peri&hrt=considering&preg=none&contra=none&smoke=never&cv=none&cancer=none",
        must: &[
            "Menopause and hormone therapy",
            "Tablets raise the chance of a clot",
            "patches, gels and sprays on the skin did not",
            "We don't have a reliable number",
            "In perimenopause you can still get pregnant",
            "should it be a patch or gel rather than tablets?",
        ],
        must_not: &["The combined pill and blood clots", "Planning a pregnancy"],
    },
    Case {
        name: "perimenopausal woman already on oral hormone therapy",
        fragment: "#v=1&age=51&sex=f&meno=peri&hrt=oral&smoke=never&cv=none",
        must: &[
            "Hormone therapy taken as tablets raises the chance of a blood clot",
            "ask whether a skin patch or gel could suit you",
            "You share one of the features of the people in that study: age 50 or older.",
            "These were not the features of the groups where most of the extra risk was seen in that study.",
        ],
        must_not: &["Hormone therapy through the skin. In two large"],
    },
    Case {
        name: "man with eczema and cold sores",
        fragment: "#v=1&age=32&sex=m&inf=hsv&eczema=y&smoke=never&cv=none&cancer=none",
        must: &[
            "Cold sores and eczema",
            "about 20 in 1,000 each year, compared with 10 in 1,000",
            "14 in 1,000 people on 4 mg, 2 in 1,000 on 2 mg and 5 in 1,000 on the dummy pill",
            "all 11 serious cases were in people whose eczema was not well controlled",
            "Ask about medicine for cold sores",
            "Should I have antiviral medicine ready for cold sores?",
            "A painful rash with blisters that spreads, especially over eczema",
        ],
        must_not: &["Pregnancy test", "Planning a pregnancy", "Menopause"],
    },
    Case {
        name: "past blood clot",
        fragment: "#v=1&age=40&sex=f&cv=clot&smoke=never&preg=none&contra=none&cancer=none",
        must: &[
            "You told us you had a blood clot before",
            "But you told us about a past blood clot.",
            "European advice also says to take extra care with these medicines in people who have a higher chance of blood clots for other reasons",
            "the warning also names blood clots and cancer",
            "With my past blood clot, is a JAK inhibitor safe enough for me?",
        ],
        must_not: &["The study did not include people like you"],
    },
    Case {
        name: "inherited clotting disorder and long-term lung disease, no past clot",
        fragment: "#v=1&age=34&sex=m&cv=thromb,lung&smoke=never&cancer=none",
        must: &[
            "But you told us about an inherited condition that makes your blood clot too easily and a long-term lung disease.",
            "European advice also says to take extra care with these medicines in people who have a higher chance of blood clots for other reasons",
            "The official European information for baricitinib lists this as something that raises the chance of a blood clot.",
            "long-term lung disease was linked to a higher chance of blood clots",
            "With my risk factors for blood clots, is a JAK inhibitor safe enough for me?",
            "not by the chance of blood clots. So it says little about clots for someone with your history.",
        ],
        must_not: &[
            "The study did not include people like you",
            "With my past blood clot",
            "You told us you had a blood clot before",
        ],
    },
    Case {
        name: "combined pill with an inherited clotting condition",
        fragment: "#v=1&age=29&sex=f&preg=none&contra=combined&cv=thromb&smoke=never&cancer=none",
        must: &[
            "The numbers in this table are for women in general, so your own chance may be higher.",
            "Should I change my birth control to lower my chance of a blood clot?",
            "With my risk factors for blood clots, is a JAK inhibitor safe enough for me?",
        ],
        must_not: &["The serious problems in that study were seen mainly in older people"],
    },
    Case {
        name: "cancer in the last five years",
        fragment: "#v=1&age=52&sex=m&cancer=recent&smoke=never&cv=none",
        must: &[
            "You told us you had cancer in the last five years",
            "In Europe, the medicines regulator",
            "With my cancer history",
        ],
        must_not: &[],
    },
    Case {
        name: "pregnant now",
        fragment: "#v=1&age=31&sex=f&preg=pregnant&smoke=never&cv=none",
        must: &[
            "Baricitinib and ritlecitinib are not advised during pregnancy, and we could not check the advice for deuruxolitinib.",
            "Each year, about 2 in 10,000 women who are not pregnant and not on hormones get one. During pregnancy, the rate is about 10 in 10,000 a year. In the first months after birth, it is about 51 in 10,000",
            "What can I do for my hair loss while I am pregnant or breastfeeding?",
        ],
        must_not: &["How long before trying to get pregnant"],
    },
    Case {
        name: "breastfeeding",
        fragment: "#v=1&age=33&sex=f&preg=breastfeeding",
        must: &[
            "for 14 hours after the last dose",
            "the European label says not to take it while breastfeeding",
            "Baricitinib and ritlecitinib are not advised while breastfeeding",
        ],
        must_not: &[],
    },
    Case {
        name: "nine-year-old",
        fragment: "#v=1&age=9&aa=patchy&dur=lt1",
        must: &[
            "No JAK inhibitor is approved for alopecia areata in children under 12.",
            "about 80 in 100 people with a few patches regrew their hair within a year",
            "What is likely to happen if I wait",
        ],
        must_not: &["boxed warning", "CYP2C9", "Shingrix", "Pregnancy"],
    },
    Case {
        name: "nothing answered",
        fragment: "#v=1",
        must: &[
            "baricitinib and deuruxolitinib for adults (18 and over), and ritlecitinib from age 12",
            "You did not answer some questions (your age, smoking and heart health)",
            "we can't fully say how the warning applies to you",
        ],
        must_not: &["You are under 50", "You share"],
    },
    Case {
        name: "patchy alopecia that started this year",
        fragment: "#v=1&age=26&sex=m&aa=patchy&dur=lt1&smoke=never&cv=none",
        must: &[
            "The trials only included people missing at least 50 in 100 parts of their scalp hair",
            "about 80 in 100 people with a few patches",
        ],
        must_not: &["free of alopecia areata at the end. In the trials, 1 to 5"],
    },
    Case {
        name: "70-year-old former smoker who quit ten years ago",
        fragment: "#v=1&age=70&sex=f&meno=post&hrt=none&smoke=former&packyrs=ge20&quit15=y&cv=none&cancer=none",
        must: &[
            "age 65 or older",
            "smoking in the past",
            "Ask about lung cancer screening",
            "In Europe, the medicines regulator",
        ],
        must_not: &["Pregnancy test", "Planning a pregnancy", "Menopause and hormone therapy"],
    },
    Case {
        name: "62-year-old former smoker with diabetes and heart disease, cancer in the past",
        fragment: "#v=1&age=62&sex=m&smoke=former&packyrs=ge20&quit15=y&cv=diabetes,heart&cancer=past&aa=total&dur=gt4",
        must: &[
            "You told us about heart disease or a stroke. In the study behind the warning, people with heart disease had more heart attacks, strokes and heart deaths on tofacitinib: 77 to 83 in 1,000",
            "You are not in this low-risk group.",
            "But you told us about cancer in the past.",
            "The baricitinib trials included men up to age 60",
        ],
        must_not: &["You are under 50"],
    },
    Case {
        name: "55-year-old never-smoker with no conditions",
        fragment: "#v=1&age=55&sex=f&meno=post&smoke=never&cv=none&cancer=none",
        must: &[
            "You share one of the features of the people in that study: age 50 or older.",
            "people without heart disease had close numbers: 24 to 28 in 1,000 on tofacitinib and 23 in 1,000",
        ],
        must_not: &["You are not in this low-risk group.", "In Europe, the medicines regulator"],
    },
    Case {
        name: "eyebrows and eyelashes affected",
        fragment: "#v=1&age=30&brows=y&lashes=y&smoke=never&cv=none",
        must: &[
            "Eyebrows back to full or nearly full, after 36 weeks",
            "31 in 100 people taking baricitinib 4 mg had their eyebrows grow back",
            "3 in 100 people taking a dummy pill had their eyebrows grow back",
            "34 in 100 people taking baricitinib 4 mg had their eyelashes grow back",
            "We could not check those numbers against the original source",
        ],
        must_not: &[],
    },
];

#[test]
fn each_scenario_says_what_it_must_and_not_what_it_must_not() {
    let mut failures = Vec::new();
    for c in CASES {
        let text = read(c.fragment);
        for m in c.must {
            if !text.contains(m) {
                failures.push(format!("[{}] missing: {m}", c.name));
            }
        }
        for m in c.must_not {
            if text.contains(m) {
                failures.push(format!("[{}] should not contain: {m}", c.name));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn teenagers_see_only_ritlecitinib_and_children_see_no_medicine_sections() {
    let teen = run(&profile("#v=1&age=15"));
    assert_eq!(teen.drugs, vec![Drug::Ritlecitinib]);
    assert!(teen.sections.iter().all(|s| s
        .blocks
        .iter()
        .all(|b| b.drug.is_none() || b.drug == Some(Drug::Ritlecitinib))));

    let child = run(&profile("#v=1&age=9"));
    assert!(child.drugs.is_empty());
    let ids: Vec<SectionId> = child.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        vec![
            SectionId::LifeStage,
            SectionId::Options,
            SectionId::Questions
        ]
    );
}

#[test]
fn adults_see_all_three_medicines_each_against_its_own_placebo() {
    let ex = run(&profile("#v=1&age=40"));
    assert_eq!(ex.drugs, Drug::ALL.to_vec());
    let benefits = ex.section(SectionId::Benefits).expect("benefits section");
    for d in Drug::ALL {
        let arrays: Vec<_> = benefits
            .blocks
            .iter()
            .filter(|b| b.drug == Some(d))
            .filter_map(|b| match &b.kind {
                aa_decision_aid::engine::BlockKind::IconArray(a) => Some(a),
                _ => None,
            })
            .collect();
        assert!(!arrays.is_empty(), "{d:?} has no icon array");
        for a in arrays {
            assert_eq!(a.of, 100);
            let last = a.groups.last().expect("groups");
            assert!(last.label.contains("dummy pill"), "{d:?}: {}", last.label);
            assert!(a.groups.len() >= 2);
        }
    }
}

#[test]
fn a_clinician_focus_is_honoured_only_when_the_medicine_applies() {
    let ex = run(&profile("#v=1&drug=ritlecitinib&age=30"));
    assert_eq!(ex.focus, Some(Drug::Ritlecitinib));
    assert!(ex.focus_note.unwrap().contains("Ritlecitinib"));

    let teen = run(&profile("#v=1&drug=baricitinib&age=15"));
    assert_eq!(teen.focus, None);
    assert!(teen
        .focus_note
        .unwrap()
        .contains("not approved at your age"));
}

#[test]
fn the_sections_come_in_the_agreed_order() {
    let ex = run(&profile("#v=1&age=28&sex=f&preg=planning&contra=combined"));
    let ids: Vec<SectionId> = ex.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        vec![
            SectionId::Benefits,
            SectionId::Warning,
            SectionId::LifeStage,
            SectionId::Risks,
            SectionId::Options,
            SectionId::Checklist,
            SectionId::Expect,
            SectionId::Questions,
        ]
    );
    assert_eq!(ex.summary.len(), 3);
}
