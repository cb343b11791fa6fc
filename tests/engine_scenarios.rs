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
            "the European label says it must not be taken during pregnancy",
            "we could not check the label's advice on pregnancy",
            "The combined pill and blood clots",
            "| Not pregnant, no hormonal birth control | 2 |",
            "| Combined pill with levonorgestrel, norethisterone or norgestimate | 5 to 7 |",
            "about 1.7 clots happen for every 10,000 long flights",
            "You take the combined pill and travel often",
            "get up and walk about",
            "drink water",
            // Low-risk heart wording never stands alone: the clot line follows in the summary.
            "No one your age was in the study behind the warning: everyone was 50 or older.",
            "Blood clots: you told us about the combined pill, ring or patch and frequent long trips.",
            "What needs a careful talk: The combined pill, ring or patch and frequent long trips can raise the chance of a new blood clot.",
            "European advice also says to take extra care with these medicines in people who have a higher chance of blood clots",
            "So it says little about clots for you.",
            "Should I change my birth control to lower my chance of a blood clot?",
            "What should I do about blood clots on long trips?",
            "How long before trying to get pregnant would I need to stop",
            "Pregnancy test and a birth control plan",
            "these medicines would be stopped before trying",
        ],
        must_not: &[
            "Menopause and hormone therapy",
            "You share",
            "lung cancer screening",
            "Help to stop smoking",
            "In Europe, the medicines regulator",
        ],
    },
    Case {
        name: "58-year-old current smoker, 30 pack-years, high blood pressure and cholesterol",
        fragment: "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&aa=total&dur=gt10&travel=rare",
        must: &[
            "You share four of the features of the people in that study: age 50 or older, smoking now, high blood pressure and high cholesterol.",
            // The summary names the feature and carries the European caution.
            "some match the groups where the extra risk was seen: you smoke now. In that study, over about 4 years, 34 in 1,000 people on tofacitinib had a heart attack or stroke or died of heart disease, compared with 25 in 1,000 on another medicine.",
            "European advice is to use these medicines only when there is no suitable alternative for people who are 65 or older, who smoke or smoked for a long time",
            // One coherent paragraph: what reassures, and what does not.
            "What may reassure you: You are under 65. You have never had heart disease or a stroke. High blood pressure, high cholesterol and diabetes on their own were not where most of the extra risk was seen.",
            "What needs a careful talk: You smoke now.",
            "34 in 1,000 people taking tofacitinib (both doses together) had a heart attack or stroke, or died of heart disease. 966 in 1,000 did not.",
            "the difference in heart problems could partly be due to chance",
            "25 in 1,000 people taking a TNF blocker",
            "people who already had heart disease (a past heart attack, angina, a stent, a stroke or narrowed arteries) had the most extra heart problems: 77 to 83 in 1,000",
            "In Europe, the medicines regulator (EMA) gives this advice to doctors",
            "You are not in this low-risk group. For the other 51 in 100 people in those trials",
            "Ask about lung cancer screening",
            "for people aged 50 to 80 who have smoked 20 pack-years or more",
            "Help to stop smoking",
            "lung cancer was one of the cancers that was more common on tofacitinib",
            "Heart health check",
            "How does my smoking change the risks for me, and can you help me stop?",
            "Given my age, smoking and heart health, how does the boxed warning apply to me?",
            "had to be shorter than 8 years (baricitinib) or 10 years (ritlecitinib and deuruxolitinib). Yours has lasted longer",
            "fewer than 10 in 100 people fully recover without treatment",
            "Shingles vaccine (Shingrix), 2 doses",
        ],
        must_not: &[
            "Planning a pregnancy",
            "The combined pill",
            "Pregnancy test",
            "No one your age",
            "Menopause",
            "Long trips",
            "High blood pressure or high cholesterol alone does not count",
        ],
    },
    Case {
        name: "15-year-old with a parent, who gave her age and skipped smoking and heart questions",
        fragment: "#v=1&age=15&sex=f&preg=none&contra=none&cancer=none&aa=severe&dur=1to4",
        must: &[
            "At 15, only ritlecitinib is approved for alopecia areata.",
            "At 15, ritlecitinib is the only one of these medicines approved for you (from age 12)",
            "go through these results with a parent or caregiver",
            "The trial included 105 teenagers aged 12 to seventeen. Between 17 and 28 in 100",
            "What do my parents need to know",
            "23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair",
            "No one your age was in the study behind the warning: everyone was 50 or older. You did not answer some questions (smoking and heart health)",
            "No one your age was in this study: everyone was 50 or older",
            "We found no study of what happens when people stop ritlecitinib.",
            "None of these medicines should be combined with other JAK inhibitors",
        ],
        must_not: &[
            "### Baricitinib (Olumiant)",
            "### Deuruxolitinib (Leqselvi)",
            "CYP2C9",
            "Shingles vaccine (Shingrix)",
            "Usual cancer screening",
            "Which of these medicines would you suggest",
            "cannot be compared between medicines",
            "your age, smoking",
            "One baricitinib trial tested this",
            "restarted baricitinib",
            "Lowering the dose instead of stopping",
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
        must_not: &["The combined pill and blood clots", "Planning a pregnancy", "Blood clots: you told us"],
    },
    Case {
        name: "perimenopausal woman already on oral hormone therapy",
        fragment: "#v=1&age=51&sex=f&meno=peri&hrt=oral&smoke=never&cv=none",
        must: &[
            "Hormone therapy taken as tablets raises the chance of a blood clot",
            "ask whether a skin patch or gel could suit you",
            "You share one of the features of the people in that study: age 50 or older.",
            "Blood clots: you told us about hormone therapy tablets.",
            "Hormone therapy tablets can raise the chance of a new blood clot.",
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
            "Among 1,228 people who took the approved 50 mg dose of ritlecitinib",
            "Ask about medicine for cold sores",
            "Should I have antiviral medicine ready for cold sores?",
            "A painful rash with blisters that spreads, especially over eczema",
        ],
        must_not: &["Pregnancy test", "Planning a pregnancy", "Menopause", "Ask what to do if cold sores come back"],
    },
    Case {
        name: "cold sores without eczema",
        fragment: "#v=1&age=32&sex=m&inf=hsv&eczema=n&smoke=never&cv=none&cancer=none",
        must: &["Ask what to do if cold sores come back", "Should I have antiviral medicine ready for cold sores?"],
        must_not: &["Ask about medicine for cold sores", "Ask what to do if your eczema blisters"],
    },
    Case {
        name: "eczema without cold sores",
        fragment: "#v=1&age=32&sex=m&inf=none&eczema=y&smoke=never&cv=none&cancer=none",
        must: &["Ask what to do if your eczema blisters", "eczema herpeticum"],
        must_not: &["Ask about medicine for cold sores", "Ask what to do if cold sores come back"],
    },
    Case {
        name: "past blood clot",
        fragment: "#v=1&age=40&sex=f&cv=clot&smoke=never&preg=none&contra=none&cancer=none",
        must: &[
            "You told us about a past blood clot. These medicines carry a warning about blood clots, and European advice is to use them with extra care in people like you. Ask whether a JAK inhibitor is suitable for you at all",
            "You told us you had a blood clot before. The US warning says clots have happened in people taking these medicines",
            "A past blood clot can raise the chance of a new blood clot.",
            "European advice also says to take extra care with these medicines in people who have a higher chance of blood clots for other reasons",
            "With my past blood clot, is a JAK inhibitor safe enough for me?",
        ],
        must_not: &["The study did not include people like you"],
    },
    Case {
        name: "inherited clotting disorder and long-term lung disease, no past clot",
        fragment: "#v=1&age=34&sex=m&cv=thromb,lung&smoke=never&cancer=none",
        must: &[
            "You told us about an inherited condition that makes your blood clot too easily and a long-term lung disease. These medicines carry a warning about blood clots",
            "European advice also says to take extra care with these medicines in people who have a higher chance of blood clots for other reasons",
            "the European label for baricitinib lists this as a risk factor for clots",
            "long-term lung disease was linked to a higher chance of blood clots",
            "With my risk factors for blood clots, is a JAK inhibitor safe enough for me?",
            "So it says little about clots for you.",
        ],
        must_not: &[
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
            "You told us about an inherited condition that makes your blood clot too easily and the combined pill, ring or patch.",
        ],
        must_not: &[],
    },
    Case {
        name: "progestin-only method",
        fragment: "#v=1&age=27&sex=f&preg=none&contra=progestin&smoke=never&cv=none&cancer=none",
        must: &["You use a progestin-only method", "the hormonal coil (IUD) was not linked to a higher chance"],
        must_not: &["You use the birth control injection", "Blood clots: you told us"],
    },
    Case {
        name: "birth control injection",
        fragment: "#v=1&age=27&sex=f&preg=none&contra=injection&smoke=never&cv=none&cancer=none",
        must: &[
            "You use the birth control injection. In a large Dutch study, women using the injection had a higher chance of a blood clot",
            "Blood clots: you told us about the birth control injection.",
            "Should I change my birth control to lower my chance of a blood clot?",
        ],
        must_not: &["You use a progestin-only method"],
    },
    Case {
        name: "cancer in the last five years",
        fragment: "#v=1&age=52&sex=m&cancer=recent&smoke=never&cv=none",
        must: &[
            "You told us about cancer now or in the last five years. The warning names cancer",
            "You told us you had cancer in the last five years",
            "In Europe, the medicines regulator",
            "With my cancer history",
        ],
        must_not: &[],
    },
    Case {
        name: "non-melanoma skin cancer is not low risk",
        fragment: "#v=1&age=35&sex=m&cancer=skin&smoke=never&cv=none",
        must: &[
            "You had a skin cancer that was not melanoma. The labels say these medicines may raise the chance of some cancers, including skin cancers.",
            "recommends regular skin checks",
            "Regular skin checks",
            "You told us about a past skin cancer (not melanoma).",
        ],
        must_not: &[],
    },
    Case {
        name: "pregnant now",
        fragment: "#v=1&age=31&sex=f&preg=pregnant&smoke=never&cv=none",
        must: &[
            "You are pregnant. European labels say baricitinib and ritlecitinib must not be taken during pregnancy. We could not check the advice for deuruxolitinib.",
            "Each year, about 2 in 10,000 women who are not pregnant and not on hormones get one. During pregnancy, the rate is about 10 in 10,000 a year. In the first months after birth, it is about 51 in 10,000",
            "What can I do for my hair loss while I am pregnant or breastfeeding?",
            // Nothing is started now: the checks are for later.
            "and the labels advise against these medicines at this time",
            "[later] Test for hidden tuberculosis (TB)",
        ],
        must_not: &[
            "How long before trying to get pregnant",
            "If you decide to start, these are the checks that usually come first",
            "[ ] ",
            "Pregnancy test and a birth control plan",
        ],
    },
    Case {
        name: "breastfeeding",
        fragment: "#v=1&age=33&sex=f&preg=breastfeeding",
        must: &[
            "for 14 hours after the last dose",
            "Ritlecitinib: the European label says it must not be taken while breastfeeding.",
            "Baricitinib: the European label says it should not be used while breastfeeding.",
            "The labels advise against taking baricitinib and ritlecitinib while breastfeeding.",
            "[later] Test for hidden tuberculosis (TB)",
        ],
        must_not: &["[ ] "],
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
        must_not: &["No one your age", "You share"],
    },
    Case {
        name: "patchy alopecia that started this year",
        fragment: "#v=1&age=26&sex=m&aa=patchy&dur=lt1&smoke=never&cv=none",
        must: &[
            "The trials only included people missing at least 50 in 100 parts of their scalp hair",
            "about 80 in 100 people with a few patches",
            "Of 60 people who had started with less than a quarter of their scalp affected, 41 had no hair loss by then.",
        ],
        must_not: &["Of 36 people"],
    },
    Case {
        name: "severe alopecia: the long follow-up study is described for what it is",
        fragment: "#v=1&age=26&sex=m&aa=severe&dur=1to4&smoke=never&cv=none",
        must: &[
            "An Italian study phoned people about 18 years after their first visit. Of 36 people who had started with half or more of their scalp hair missing, 3 had no hair loss by then.",
            "so this is not only what happens without treatment",
            "30 people on 4 mg and 10 on 2 mg switched",
            "About 100 weeks after the switch, nearly two years, about 80 in 100 had.",
        ],
        must_not: &["7 to 9 in 100"],
    },
    Case {
        name: "bout of eight to ten years",
        fragment: "#v=1&age=40&aa=total&dur=8to10",
        must: &["The baricitinib trials only included people whose current bout was shorter than 8 years."],
        must_not: &["Yours has lasted longer"],
    },
    Case {
        name: "70-year-old former smoker who quit ten years ago",
        fragment: "#v=1&age=70&sex=f&meno=post&hrt=none&smoke=former&packyrs=ge20&quit15=y&cv=none&cancer=none",
        must: &[
            "age 65 or older",
            "smoking in the past",
            "Ask about lung cancer screening",
            "In Europe, the medicines regulator",
            "Tell them about your smoking",
        ],
        must_not: &["Pregnancy test", "Planning a pregnancy", "Menopause and hormone therapy"],
    },
    Case {
        name: "40-year-old who smokes (too young for lung screening) still gets the smoking notes",
        fragment: "#v=1&age=40&sex=m&smoke=current&packyrs=lt20&cv=none&cancer=none",
        must: &["Help to stop smoking", "lung cancer was one of the cancers that was more common on tofacitinib"],
        must_not: &["Ask about lung cancer screening"],
    },
    Case {
        name: "former smoker who quit long ago",
        fragment: "#v=1&age=60&sex=m&smoke=former&packyrs=ge20&quit15=n&cv=none&cancer=none",
        must: &["Tell them about your smoking", "lung cancer was one of the cancers"],
        must_not: &["Ask about lung cancer screening", "Help to stop smoking"],
    },
    Case {
        name: "smoker who did not give an age may still qualify for lung screening",
        fragment: "#v=1&sex=m&smoke=current&packyrs=ge20&cv=none",
        must: &["Ask about lung cancer screening", "If that fits you, ask about it."],
        must_not: &[],
    },
    Case {
        name: "62-year-old former smoker with diabetes and heart disease, cancer in the past",
        fragment: "#v=1&age=62&sex=m&smoke=former&packyrs=ge20&quit15=y&cv=diabetes,heart&cancer=past&aa=total&dur=gt10",
        must: &[
            "You told us about heart disease or a stroke. In the study behind the warning, people with heart disease had more heart attacks, strokes and heart deaths on tofacitinib: 77 to 83 in 1,000",
            "You are not in this low-risk group.",
            "You told us about cancer in the past.",
            "The baricitinib trials included men up to age 60",
        ],
        must_not: &["No one your age"],
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
    Case {
        name: "every adult sees the label limits on combining medicines, kidney advice and the new urgent signs",
        fragment: "#v=1&age=40&sex=m&smoke=never&cv=none&cancer=none",
        must: &[
            "None of these medicines should be combined with other JAK inhibitors, biologics",
            "Baricitinib needs a lower dose when the kidneys work less well",
            "should not be taken with medicines that moderately or strongly block CYP2C9",
            "Sudden loss of sight or blurred sight in one eye",
            "Swelling of the face, lips or tongue",
            "Sudden, severe belly pain",
            "A cough that won't go away, fever, night sweats or weight loss",
            "A blood test can show whether you are already protected",
            "Dermatologists who use these medicines say early side effects often settle",
            "For deuruxolitinib, the US label's boxed warning says blood clots in the brain, legs and lungs have happened in people taking it.",
            "So a lower number in the trials does not mean these medicines protect against infection",
            "| Headache | 11 | 9 |",
        ],
        must_not: &[
            "The company reported no clots",
            "may not mix",
            "The label also lists these side effects for the dummy pill, but we could not check",
        ],
    },
    Case {
        name: "one clot risk factor (hormone therapy tablets) is one thing, not a list",
        fragment: "#v=1&age=52&sex=f&preg=none&meno=peri&hrt=oral&smoke=never&cv=none",
        must: &["Blood clots: you told us about hormone therapy tablets. This raises the chance of a blood clot"],
        must_not: &["Each of these raises"],
    },
    Case {
        name: "someone unsure about the shingles vaccine",
        fragment: "#v=1&age=45&shingrix=unsure",
        must: &["Not sure about vaccines? That is a fair thing to raise.", "What happens if I don't have the shingles vaccine?"],
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
    // Approval, the pregnancy plan, the warning and the clot line (each medicine's result is
    // drawn in the first layer).
    assert_eq!(ex.summary.len(), 4);
    assert_eq!(ex.brief.benefits.len(), 3);
    assert_eq!(ex.brief.harms.len(), 3);
}

#[test]
fn less_than_half_the_scalp_hears_first_that_the_numbers_may_not_apply_and_that_waiting_works() {
    // The second key point, straight after what is approved: before any benefit picture.
    let patchy = run(&profile("#v=1&age=24&sex=f&aa=patchy&dur=lt1"));
    let second = &patchy.summary[1].text;
    assert!(
        second.starts_with("You said less than half of your scalp is affected."),
        "{second}"
    );
    assert!(second.contains("so they may not apply to you"), "{second}");
    assert!(
        second.contains("about 80 in 100 people regrew it within a year without treatment"),
        "{second}"
    );
    assert!(
        !patchy.summary[1].cites.is_empty(),
        "the figures carry their sources"
    );

    // Severe hair loss, or no medicine to show (a child), gets no such line.
    for fragment in ["#v=1&age=24&sex=f&aa=severe", "#v=1&age=9&aa=patchy"] {
        let ex = run(&profile(fragment));
        assert!(
            ex.summary
                .iter()
                .all(|t| !t.text.contains("less than half of your scalp")),
            "{fragment}"
        );
    }
}

#[test]
fn clot_factors_in_the_careful_talk_cite_their_own_sources() {
    use aa_decision_aid::data::evidence::Evidence;
    use aa_decision_aid::engine::BlockKind;
    let ex = run(&profile(
        "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&aa=severe",
    ));
    let warning = ex.section(SectionId::Warning).expect("the warning section");
    let care = warning
        .blocks
        .iter()
        .find_map(|b| match &b.kind {
            BlockKind::Paragraph(t) if t.text.starts_with("What needs a careful talk") => Some(t),
            _ => None,
        })
        .expect("the careful-talk paragraph");
    let ev = Evidence::bundled();
    let cited: Vec<&str> = care.cites.iter().map(|i| ev.sources[*i].citation).collect();
    assert!(cited.iter().any(|c| c.contains("Lidegaard")), "{cited:?}");
    assert!(cited.iter().any(|c| c.contains("WRIGHT")), "{cited:?}");
}

/// A teenager's results are about ritlecitinib alone: the checks before starting cite no
/// baricitinib label and give no baricitinib-only advice.
#[test]
fn a_ritlecitinib_only_teen_checklist_cites_no_baricitinib_label() {
    use aa_decision_aid::data::evidence::Src;
    let p = profile("#v=1&age=15&sex=f&preg=none&contra=none&smoke=never&cv=none&aa=severe&dur=1to4&brows=y&lashes=y");
    let ex = run(&p);
    assert_eq!(ex.drugs, vec![Drug::Ritlecitinib]);
    let checks: Vec<_> = ex.checks().collect();
    assert!(!checks.is_empty());
    for c in &checks {
        for s in &c.cites {
            assert!(
                ![Src::OlumiantLabel as usize, Src::OlumiantSmpc as usize].contains(s),
                "check {:?} cites a baricitinib label",
                c.id
            );
        }
        assert!(
            !c.why.contains("baricitinib"),
            "check {:?}: {}",
            c.id,
            c.why
        );
    }
    // An adult's view, with both medicines, still cites both labels where both apply.
    let adult = run(&profile(
        "#v=1&age=40&sex=m&smoke=never&cv=none&aa=severe&dur=1to4",
    ));
    let skin = adult.checks().find(|c| c.id == "skin").expect("skin check");
    assert!(skin.why.contains("baricitinib"));
}
