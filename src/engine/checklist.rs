//! Section 6: checks before starting, tailored to the answers. For someone pregnant or
//! breastfeeding, the same checks are shown as "for later": nothing would be started now.

use super::model::*;
use super::writer::{only, Spec, Writer, A::*};
use crate::data::content::Msg;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Drug, Infection, PackYears, Pregnancy, Shingrix, Smoking};
use crate::model::questionnaire;

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let later = w.p.may_be_pregnant()
        && matches!(
            w.p.preg,
            Some(Pregnancy::Pregnant | Pregnancy::Breastfeeding)
        );
    let mut items: Vec<Block> = Vec::new();
    let mut push = |c: CheckItem| items.push(check(c));

    let tb_you = w.p.has_inf(Infection::Tb).then(|| w.t(Msg::CheckTbYou));
    push(item(
        w,
        "tb",
        Msg::CheckTb,
        Msg::CheckTbWhy,
        tb_you,
        &[],
        &[Src::CdcIgra2010, Src::LitfuloLabel],
    ));

    let hep = w.p.has_inf(Infection::HepatitisB) || w.p.has_inf(Infection::HepatitisC);
    let hep_you = hep.then(|| w.t(Msg::CheckHepYou));
    push(item(
        w,
        "hep",
        Msg::CheckHep,
        Msg::CheckHepWhy,
        hep_you,
        &[],
        &[Src::OlumiantSmpc, Src::LitfuloLabel],
    ));

    let blood_you = w.has(Drug::Ritlecitinib).then(|| {
        w.fill(
            Msg::CheckBloodRitle,
            &[("week", N(Fig::RitleLabsWeek))],
            &[],
        )
    });
    let mut blood = item(
        w,
        "blood",
        Msg::CheckBlood,
        Msg::CheckBloodWhy,
        blood_you,
        &[],
        // Both labels ask for blood counts before starting and during treatment.
        &[Src::OlumiantSmpc, Src::LitfuloLabel],
    );
    if w.has(Drug::Ritlecitinib) {
        blood.cites = w.cite_into(blood.cites, &[Fig::RitleLabsWeek]);
    }
    push(blood);

    if w.has(Drug::Baricitinib) {
        push(item(
            w,
            "lipids",
            Msg::CheckLipids,
            Msg::CheckLipidsWhy,
            None,
            &[("weeks", N(Fig::BariLipidsWeeks))],
            &[],
        ));
    }

    // Pregnancy testing and birth control for anyone who could become pregnant, unless they
    // are pregnant now.
    if could_get_pregnant(w) && w.p.preg != Some(Pregnancy::Pregnant) {
        push(item(
            w,
            "pregnancy",
            Msg::CheckPregnancy,
            Msg::CheckPregnancyWhy,
            None,
            &[],
            &[Src::OlumiantSmpc, Src::LitfuloEu],
        ));
    }

    push(item(
        w,
        "vaccines",
        Msg::CheckVaccines,
        Msg::CheckVaccinesWhy,
        None,
        &[],
        &[Src::OlumiantSmpc, Src::LitfuloLabel, Src::Ko2025],
    ));

    // Shingrix: recommended from 50, and from 19 for people on immune-suppressing treatment —
    // which a JAK inhibitor is — so it is worth asking about for every adult.
    let adult_for_vaccine =
        w.p.age
            .is_none_or(|a| u32::from(a) >= w.fig(Fig::ShingrixAgeImmuno).whole());
    if adult_for_vaccine {
        let mut s = item(
            w,
            "shingrix",
            Msg::CheckShingrix,
            Msg::CheckShingrixWhy50,
            None,
            &[
                ("doses", N(Fig::ShingrixDoses)),
                ("age", N(Fig::ShingrixAge)),
                ("young", N(Fig::ShingrixAgeImmuno)),
                ("lo", Lo(Fig::ShingrixInterval)),
                ("hi", Hi(Fig::ShingrixInterval)),
                ("ilo", Lo(Fig::ShingrixIntervalImmuno)),
                ("ihi", Hi(Fig::ShingrixIntervalImmuno)),
            ],
            &[],
        );
        match w.p.shingrix {
            Some(Shingrix::Done) => {
                s.status = CheckStatus::Done;
                s.yours = Some(w.t(Msg::CheckShingrixDone));
            }
            // A respectful word for someone unsure about vaccines.
            Some(Shingrix::No | Shingrix::Unsure) => {
                s.yours = Some(w.t(Msg::CheckShingrixUnsure));
            }
            None => {}
        }
        push(s);
    }

    if w.p
        .age
        .is_none_or(|a| u32::from(a) >= w.fig(Fig::AdultAge).whole())
    {
        push(item(
            w,
            "screening",
            Msg::CheckScreening,
            Msg::CheckScreeningWhy,
            None,
            &[],
            &[],
        ));
    }

    if let Some(lung) = lung_screening(w) {
        push(lung);
    }
    match w.p.smoke {
        Some(Smoking::Current) => push(item(
            w,
            "smoking",
            Msg::CheckSmoking,
            Msg::CheckSmokingWhy,
            None,
            &[],
            &[Src::CharlesSchoeman2023, Src::Curtis2023],
        )),
        Some(Smoking::Former) => push(item(
            w,
            "smoking_history",
            Msg::CheckSmokingHistory,
            Msg::CheckSmokingHistoryWhy,
            None,
            &[],
            &[Src::Curtis2023, Src::Kristensen2023],
        )),
        _ => {}
    }

    if w.has(Drug::Deuruxolitinib) {
        let c = item(
            w,
            "cyp2c9",
            Msg::CheckCyp,
            Msg::CheckCypWhy,
            None,
            &[],
            &[Src::LeqselviLabel],
        );
        items.push(only(Drug::Deuruxolitinib, check(c)));
    }
    let mut push = |c: CheckItem| items.push(check(c));

    // Cold sores and eczema: an antiviral plan when both apply (the combination behind the
    // serious cases of eczema herpeticum); a lighter question for each alone.
    let cold_sores = w.p.has_inf(Infection::Herpes);
    let eczema = w.p.eczema == Some(true);
    let herpes = match (cold_sores, eczema) {
        (true, true) => Some(("antiviral", Msg::CheckAntiviral, Msg::CheckAntiviralWhy)),
        (true, false) => Some(("cold_sores", Msg::CheckColdSores, Msg::CheckColdSoresWhy)),
        (false, true) => Some(("eczema", Msg::CheckEczema, Msg::CheckEczemaWhy)),
        (false, false) => None,
    };
    if let Some((id, title, why)) = herpes {
        push(item(
            w,
            id,
            title,
            why,
            None,
            &[],
            &[Src::Werfel2022, Src::Ko2025],
        ));
    }

    let heart_risk = w.p.cv.as_ref().is_some_and(|c| !c.is_empty())
        || matches!(w.p.smoke, Some(Smoking::Current | Smoking::Former))
        || w.p
            .age
            .is_some_and(|a| u32::from(a) >= w.fig(Fig::OsMinAge).whole());
    if heart_risk {
        push(item(
            w,
            "heart",
            Msg::CheckHeart,
            Msg::CheckHeartWhy,
            None,
            &[],
            &[Src::Ema2023],
        ));
    }

    push(item(
        w,
        "skin",
        Msg::CheckSkin,
        // Baricitinib's label advice is for people at higher risk; say it only where it applies.
        if w.has(Drug::Baricitinib) {
            Msg::CheckSkinWhy
        } else {
            Msg::CheckSkinWhyRitle
        },
        None,
        &[],
        &[Src::LitfuloLabel, Src::OlumiantSmpc],
    ));

    // Kidney and liver advice from the labels of the medicines that apply.
    let mut liver = Vec::new();
    let mut liver_ids = Vec::new();
    for (d, m, s) in [
        (Drug::Baricitinib, Msg::CheckLiverBari, Src::OlumiantLabel),
        (Drug::Ritlecitinib, Msg::CheckLiverRitle, Src::LitfuloLabel),
        (
            Drug::Deuruxolitinib,
            Msg::CheckLiverDeur,
            Src::LeqselviLabel,
        ),
    ] {
        if w.has(d) {
            liver.push(w.t(m));
            liver_ids.push(s);
        }
    }
    push(item(
        w,
        "liver",
        Msg::CheckLiver,
        Msg::CheckLiverWhy,
        Some(liver.join(" ")),
        &[],
        &liver_ids,
    ));

    // Interactions: the combination limit is on all three US labels; then each label's own.
    let mut notes = vec![w.t(Msg::CheckMedicinesAll)];
    let mut ids: Vec<Src> = [
        (Drug::Baricitinib, Src::OlumiantLabel),
        (Drug::Ritlecitinib, Src::LitfuloLabel),
        (Drug::Deuruxolitinib, Src::LeqselviLabel),
    ]
    .into_iter()
    .filter(|(d, _)| w.has(*d))
    .map(|(_, s)| s)
    .collect();
    if w.has(Drug::Deuruxolitinib) {
        notes.push(w.t(Msg::CheckMedicinesDeur));
        ids.push(Src::SunThriveSafety);
    }
    if w.has(Drug::Baricitinib) {
        notes.push(w.t(Msg::CheckMedicinesBari));
        ids.push(Src::OlumiantSmpc);
    }
    push(item(
        w,
        "medicines",
        Msg::CheckMedicines,
        Msg::CheckMedicinesWhy,
        Some(notes.join(" ")),
        &[],
        &ids,
    ));

    if later {
        for b in &mut items {
            if let BlockKind::Check(c) = &mut b.kind {
                if c.status == CheckStatus::Todo {
                    c.status = CheckStatus::Later;
                }
            }
        }
    }
    let mut out = vec![w.plain(if later {
        Msg::CheckIntroLater
    } else {
        Msg::CheckIntro
    })];
    out.extend(items);
    out
}

fn check(c: CheckItem) -> Block {
    Block {
        drug: None,
        kind: BlockKind::Check(c),
    }
}

/// A check whose title and explanation share the figure-based placeholders in `spec` (cited),
/// backed also by the sources named in `ids`.
fn item(
    w: &mut Writer,
    id: &'static str,
    title: Msg,
    why: Msg,
    yours: Option<String>,
    spec: Spec,
    ids: &[Src],
) -> CheckItem {
    let mut cites = w.cite_spec(spec, &[]);
    // A label speaks for its own medicine: a view without that medicine does not cite it (a
    // teenager's ritlecitinib-only results cite no baricitinib label). Never left uncited.
    let shown: Vec<Src> = ids
        .iter()
        .copied()
        .filter(|s| label_of(*s).is_none_or(|d| w.has(d)))
        .collect();
    let ids = if shown.is_empty() { ids } else { &shown[..] };
    for s in w.cite_ids(ids) {
        if !cites.contains(&s) {
            cites.push(s);
        }
    }
    CheckItem {
        id,
        title: w.fill(title, spec, &[]),
        why: w.fill(why, spec, &[]),
        yours,
        status: CheckStatus::Todo,
        cites,
    }
}

/// The medicine a label source is the label of (`None`: not a label).
fn label_of(s: Src) -> Option<Drug> {
    match s {
        Src::OlumiantLabel | Src::OlumiantSmpc => Some(Drug::Baricitinib),
        Src::LitfuloLabel | Src::LitfuloEu => Some(Drug::Ritlecitinib),
        Src::LeqselviLabel => Some(Drug::Deuruxolitinib),
        _ => None,
    }
}

/// Someone who could become pregnant: the pregnancy questions apply to them (not male, of an age
/// when pregnancy is possible, not after menopause).
fn could_get_pregnant(w: &Writer) -> bool {
    questionnaire::steps(w.p).contains(&questionnaire::StepId::Pregnancy)
}

/// USPSTF: aged 50–80, 20+ pack-years, smoking now or quit within 15 years. Shown as a firm
/// "you qualify" only when every answer says so; as "you may qualify" when an answer is
/// unsure or missing (age included); not at all when an answer rules it out.
fn lung_screening(w: &mut Writer) -> Option<CheckItem> {
    let smoke = w.p.smoke?;
    if smoke == Smoking::Never {
        return None;
    }
    let (min, max) = (
        w.fig(Fig::LungScreenAge).low_whole(),
        w.fig(Fig::LungScreenAge).high_whole(),
    );
    if w.p
        .age
        .is_some_and(|a| !(min..=max).contains(&u32::from(a)))
    {
        return None;
    }
    if w.p.packyrs == Some(PackYears::Under20)
        || (smoke == Smoking::Former && w.p.quit15 == Some(false))
    {
        return None;
    }
    let sure = w.p.age.is_some()
        && w.p.packyrs == Some(PackYears::AtLeast20)
        && (smoke == Smoking::Current || w.p.quit15 == Some(true));
    let why = if sure {
        Msg::CheckLungWhy
    } else if w.p.age.is_none() {
        Msg::CheckLungAgeUnknown
    } else {
        Msg::CheckLungUnsure
    };
    let why = w.fill(
        why,
        &[
            ("min", Lo(Fig::LungScreenAge)),
            ("max", Hi(Fig::LungScreenAge)),
            ("packs", N(Fig::LungScreenPackyears)),
            ("quit", N(Fig::LungScreenQuitYears)),
        ],
        &[],
    );
    Some(CheckItem {
        id: "lung",
        title: w.t(Msg::CheckLung),
        why,
        yours: None,
        status: CheckStatus::Todo,
        cites: w.cite(&[
            Fig::LungScreenAge,
            Fig::LungScreenPackyears,
            Fig::LungScreenQuitYears,
        ]),
    })
}
