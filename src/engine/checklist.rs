//! Section 6: checks before starting, tailored to the answers.

use super::model::*;
use super::writer::{only, Spec, Writer, A::*};
use crate::data::content::Msg;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Drug, Infection, PackYears, Shingrix, Smoking};
use crate::model::questionnaire;

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let mut out = vec![w.plain(Msg::CheckIntro)];

    let tb_you = w.p.has_inf(Infection::Tb).then(|| w.t(Msg::CheckTbYou));
    push(
        &mut out,
        item(
            w,
            "tb",
            Msg::CheckTb,
            Msg::CheckTbWhy,
            tb_you,
            &[],
            &[Src::CdcIgra2010, Src::LitfuloLabel],
        ),
    );

    let hep = w.p.has_inf(Infection::HepatitisB) || w.p.has_inf(Infection::HepatitisC);
    let hep_you = hep.then(|| w.t(Msg::CheckHepYou));
    push(
        &mut out,
        item(
            w,
            "hep",
            Msg::CheckHep,
            Msg::CheckHepWhy,
            hep_you,
            &[],
            &[Src::OlumiantSmpc, Src::LitfuloLabel],
        ),
    );

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
        &[Src::OlumiantSmpc],
    );
    if w.has(Drug::Ritlecitinib) {
        blood.cites = w.cite_into(blood.cites, &[Fig::RitleLabsWeek]);
    }
    push(&mut out, blood);

    if w.has(Drug::Baricitinib) {
        push(
            &mut out,
            item(
                w,
                "lipids",
                Msg::CheckLipids,
                Msg::CheckLipidsWhy,
                None,
                &[("weeks", N(Fig::BariLipidsWeeks))],
                &[],
            ),
        );
    }

    if could_get_pregnant(w) && w.p.preg != Some(crate::model::profile::Pregnancy::Pregnant) {
        push(
            &mut out,
            item(
                w,
                "pregnancy",
                Msg::CheckPregnancy,
                Msg::CheckPregnancyWhy,
                None,
                &[],
                &[Src::OlumiantSmpc, Src::LitfuloLabel],
            ),
        );
    }

    push(
        &mut out,
        item(
            w,
            "vaccines",
            Msg::CheckVaccines,
            Msg::CheckVaccinesWhy,
            None,
            &[],
            &[Src::OlumiantSmpc, Src::LitfuloLabel],
        ),
    );

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
        if w.p.shingrix == Some(Shingrix::Done) {
            s.done = true;
            s.yours = Some(w.t(Msg::CheckShingrixDone));
        }
        push(&mut out, s);
    }

    if w.p
        .age
        .is_none_or(|a| u32::from(a) >= w.fig(Fig::AdultAge).whole())
    {
        push(
            &mut out,
            item(
                w,
                "screening",
                Msg::CheckScreening,
                Msg::CheckScreeningWhy,
                None,
                &[],
                &[],
            ),
        );
    }

    if let Some(lung) = lung_screening(w) {
        push(&mut out, lung);
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
        out.push(only(Drug::Deuruxolitinib, check(c)));
    }

    if w.p.has_inf(Infection::Herpes) && w.p.eczema == Some(true) {
        push(
            &mut out,
            item(
                w,
                "antiviral",
                Msg::CheckAntiviral,
                Msg::CheckAntiviralWhy,
                None,
                &[],
                &[Src::Bieber2022],
            ),
        );
    }

    let heart_risk = w.p.cv.as_ref().is_some_and(|c| !c.is_empty())
        || matches!(w.p.smoke, Some(Smoking::Current | Smoking::Former))
        || w.p
            .age
            .is_some_and(|a| u32::from(a) >= w.fig(Fig::OsMinAge).whole());
    if heart_risk {
        push(
            &mut out,
            item(
                w,
                "heart",
                Msg::CheckHeart,
                Msg::CheckHeartWhy,
                None,
                &[],
                &[Src::Ema2023],
            ),
        );
    }
    if w.p.smoke == Some(Smoking::Current) {
        push(
            &mut out,
            item(
                w,
                "smoking",
                Msg::CheckSmoking,
                Msg::CheckSmokingWhy,
                None,
                &[],
                &[Src::CharlesSchoeman2023],
            ),
        );
    }
    let mut liver = Vec::new();
    let mut liver_ids = Vec::new();
    if w.has(Drug::Ritlecitinib) {
        liver.push(w.t(Msg::CheckLiverRitle));
        liver_ids.push(Src::LitfuloLabel);
    }
    if w.has(Drug::Deuruxolitinib) {
        liver.push(w.t(Msg::CheckLiverDeur));
        liver_ids.push(Src::LeqselviLabel);
    }
    if !liver.is_empty() {
        let yours = Some(liver.join(" "));
        push(
            &mut out,
            item(
                w,
                "liver",
                Msg::CheckLiver,
                Msg::CheckLiverWhy,
                yours,
                &[],
                &liver_ids,
            ),
        );
    }
    // Interactions named on the labels of the medicines that apply.
    let mut notes = Vec::new();
    let mut ids = Vec::new();
    if w.has(Drug::Deuruxolitinib) {
        notes.push(w.t(Msg::CheckMedicinesDeur));
        ids.push(Src::LeqselviLabel);
    }
    if w.has(Drug::Baricitinib) {
        notes.push(w.t(Msg::CheckMedicinesBari));
        ids.push(Src::OlumiantSmpc);
    }
    let yours = (!notes.is_empty()).then(|| notes.join(" "));
    push(
        &mut out,
        item(
            w,
            "medicines",
            Msg::CheckMedicines,
            Msg::CheckMedicinesWhy,
            yours,
            &[],
            &ids,
        ),
    );
    out
}

fn check(c: CheckItem) -> Block {
    Block {
        drug: None,
        kind: BlockKind::Check(c),
    }
}

fn push(out: &mut Vec<Block>, c: CheckItem) {
    out.push(check(c));
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
        done: false,
        cites,
    }
}

/// Someone who could become pregnant: the pregnancy questions apply to them (not male, of an age
/// when pregnancy is possible, not after menopause).
fn could_get_pregnant(w: &Writer) -> bool {
    questionnaire::steps(w.p).contains(&questionnaire::StepId::Pregnancy)
}

/// USPSTF: aged 50–80, 20+ pack-years, smoking now or quit within 15 years.
fn lung_screening(w: &mut Writer) -> Option<CheckItem> {
    let age = u32::from(w.p.age?);
    let (min, max) = (
        w.fig(Fig::LungScreenAge).low_whole(),
        w.fig(Fig::LungScreenAge).high_whole(),
    );
    if !(min..=max).contains(&age) {
        return None;
    }
    let recent_smoker = match w.p.smoke? {
        Smoking::Current => true,
        Smoking::Former => w.p.quit15 != Some(false),
        Smoking::Never => false,
    };
    if !recent_smoker {
        return None;
    }
    let sure = w.p.packyrs == Some(PackYears::AtLeast20)
        && (w.p.smoke == Some(Smoking::Current) || w.p.quit15 == Some(true));
    if w.p.packyrs == Some(PackYears::Under20) {
        return None;
    }
    let why = w.fill(
        if sure {
            Msg::CheckLungWhy
        } else {
            Msg::CheckLungUnsure
        },
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
        done: false,
        cites: w.cite(&[
            Fig::LungScreenAge,
            Fig::LungScreenPackyears,
            Fig::LungScreenQuitYears,
        ]),
    })
}
