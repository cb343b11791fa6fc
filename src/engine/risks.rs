//! Section 4: side effects and serious risks, as absolute numbers with the same denominator and
//! time frame as what they are compared with.

use super::model::*;
use super::writer::{only, Writer, A::*, HUNDRED, THOUSAND};
use crate::data::content::Msg;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Cancer, Cv, Drug, Infection, Smoking};

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    if w.drugs.is_empty() {
        return Vec::new();
    }
    let mut out = vec![w.sub(Msg::RisksCommonTitle)];
    common(w, &mut out);
    serious_infections(w, &mut out);
    clots(w, &mut out);
    herpes(w, &mut out);
    cancer(w, &mut out);
    out
}

fn common(w: &mut Writer, out: &mut Vec<Block>) {
    if w.has(Drug::Ritlecitinib) {
        // Each side effect beside its own dummy-pill figure, in whole people per 100 (the
        // dummy-pill column keeps close values like 5.4 and 4.6 apart).
        let rows = [
            (
                Msg::RisksRowHeadache,
                Fig::RitleHeadache,
                Fig::RitlePboHeadache,
            ),
            (
                Msg::RisksRowDiarrhoea,
                Fig::RitleDiarrhoea,
                Fig::RitlePboDiarrhoea,
            ),
            (Msg::RisksRowAcne, Fig::RitleAcne, Fig::RitlePboAcne),
            (Msg::RisksRowRash, Fig::RitleRash, Fig::RitlePboRash),
            (Msg::RisksRowHives, Fig::RitleHives, Fig::RitlePboHives),
            (
                Msg::RisksRowFolliculitis,
                Fig::RitleFolliculitis,
                Fig::RitlePboFolliculitis,
            ),
        ];
        let figs: Vec<Fig> = rows.iter().flat_map(|(_, d, p)| [*d, *p]).collect();
        let table = Table {
            caption: w.fill(
                Msg::RisksRitleTable,
                &[
                    ("dose", X(Fig::RitleDose)),
                    ("weeks", Wk(Fig::RitleHeadache)),
                    ("of", Of(HUNDRED)),
                ],
                &[],
            ),
            columns: vec![
                w.t(Msg::RisksColSide),
                w.fill(Msg::RisksColDrug, &[("dose", X(Fig::RitleDose))], &[]),
                w.t(Msg::RisksColPbo),
            ],
            rows: rows
                .iter()
                .map(|(label, d, p)| Row {
                    label: w.t(*label),
                    cells: vec![w.n(*d), w.n(*p)],
                    yours: false,
                })
                .collect(),
            cites: w.cite(&figs),
        };
        out.push(only(
            Drug::Ritlecitinib,
            Block {
                drug: None,
                kind: BlockKind::Table(table),
            },
        ));
        let b = w.para(
            Msg::RisksRitleStopped,
            &[
                ("n", N(Fig::RitleStopAe)),
                ("of", Of(HUNDRED)),
                ("dose", X(Fig::RitleDose)),
            ],
            &[],
        );
        out.push(only(Drug::Ritlecitinib, b));
        let b = w.para(
            Msg::RisksRitleAny,
            &[
                ("low", Lo(Fig::RitleAnyAe)),
                ("high", Hi(Fig::RitleAnyAe)),
                ("pbo", N(Fig::RitleAnyAePbo)),
                ("of", Of(HUNDRED)),
                ("weeks", Wk(Fig::RitleAnyAe)),
            ],
            &[Fig::RitleAnyAe, Fig::RitleAnyAePbo],
        );
        out.push(only(Drug::Ritlecitinib, b));
    }
    if w.has(Drug::Baricitinib) {
        let b = w.para_src(
            Msg::RisksBariCommon,
            &[],
            &[Src::KingNejm2022, Src::OlumiantLabel],
        );
        out.push(only(Drug::Baricitinib, b));
    }
    if w.has(Drug::Deuruxolitinib) {
        let b = w.para(
            Msg::RisksDeurCommon,
            &[
                ("n", X(Fig::DeurStopAe)),
                ("pbo", X(Fig::DeurStopAePbo)),
                ("of", Of(HUNDRED)),
                ("weeks", Wk(Fig::DeurStopAe)),
            ],
            &[Fig::DeurStopAe, Fig::DeurStopAePbo],
        );
        out.push(only(Drug::Deuruxolitinib, b));
    }
}

fn serious_infections(w: &mut Writer, out: &mut Vec<Block>) {
    out.push(w.sub(Msg::RisksSeriousTitle));
    if w.has(Drug::Ritlecitinib) {
        let b = w.para(
            Msg::RisksRitleSerious,
            &[
                ("people", X(Fig::RitleSafetyPeople)),
                ("serinf", K(Fig::RitleSerinfRate)),
                ("shingles", K(Fig::RitleShinglesRate)),
                ("of", Of(THOUSAND)),
            ],
            &[],
        );
        out.push(only(Drug::Ritlecitinib, b));
    }
    // Background rates come from everyday patients, not trial volunteers: the sentence itself
    // says why a lower trial number must not be read as the medicine protecting.
    out.push(w.note(
        Msg::RisksSeriousBackground,
        &[("serinf", N(Fig::AaBgSerinf)), ("of", Of(THOUSAND))],
        &[],
    ));
    // The recombinant vaccine is recommended from 19 for people on treatments like these.
    let vaccine_age = w.fig(Fig::ShingrixAgeImmuno).whole();
    if w.p.age.is_none_or(|a| u32::from(a) >= vaccine_age) {
        out.push(w.para_src(Msg::RisksShinglesVax, &[], &[Src::CdcShingrix]));
    }
}

fn clots(w: &mut Writer, out: &mut Vec<Block>) {
    out.push(w.sub(Msg::RisksClotsTitle));
    out.push(w.para_src(
        Msg::RisksClots,
        &[],
        &[
            Src::CharlesSchoemanVte2024,
            Src::FdaDsc2021,
            Src::OlumiantSmpc,
        ],
    ));
    if w.has(Drug::Deuruxolitinib) {
        let mut b = w.para(
            Msg::RisksClotsDeur,
            &[("high", X(Fig::DeurDoseUnapproved))],
            &[Fig::DeurDoseUnapproved],
        );
        if let BlockKind::Paragraph(t) = &mut b.kind {
            t.cites = w.cite_ids(&[Src::LeqselviLabel, Src::SunThriveSafety]);
        }
        out.push(only(Drug::Deuruxolitinib, b));
    }
    out.push(w.para(
        Msg::RisksClotsBackground,
        &[("n", N(Fig::AaBgVte)), ("of", Of(THOUSAND))],
        &[Fig::AaBgVte],
    ));
    if w.p.has_cv(Cv::Clot) {
        out.push(w.note_src(
            Msg::RisksClotsPast,
            &[],
            &[Src::FdaDsc2021, Src::Ema2023, Src::CharlesSchoemanVte2024],
        ));
    }
    if w.p.has_cv(Cv::ClotDisorder) {
        out.push(w.note_src(
            Msg::RisksClotsThromb,
            &[],
            &[Src::Ema2023, Src::OlumiantSmpc, Src::FdaDsc2021],
        ));
    }
    if w.p.has_cv(Cv::LungDisease) {
        out.push(w.note_src(Msg::RisksClotsLung, &[], &[Src::CharlesSchoemanVte2024]));
    }
}

fn herpes(w: &mut Writer, out: &mut Vec<Block>) {
    let cold_sores = w.p.has_inf(Infection::Herpes);
    let eczema = w.p.eczema == Some(true);
    if !cold_sores && !eczema {
        return;
    }
    out.push(w.sub(Msg::RisksHerpesTitle));
    out.push(w.para(
        Msg::RisksHerpes,
        &[
            ("aa", N(Fig::AaBgHsv)),
            ("other", N(Fig::NonaaBgHsv)),
            ("of", Of(THOUSAND)),
        ],
        // The background rates come from a claims study without JAK inhibitor users; the last
        // sentence ("JAK inhibitors can make cold sores come back more often") stands on the
        // trials' herpes figures below.
        &[
            Fig::AaBgHsv,
            Fig::NonaaBgHsv,
            Fig::RitleHsvRate,
            Fig::AdEhBari4,
        ],
    ));
    if w.has(Drug::Ritlecitinib) {
        let b = w.para(
            Msg::RisksRitleHsv,
            &[
                ("people", X(Fig::Ritle50SafetyPeople)),
                ("dose", X(Fig::RitleDose)),
                ("n", K(Fig::RitleHsvRate)),
                ("of", Of(THOUSAND)),
            ],
            &[],
        );
        out.push(only(Drug::Ritlecitinib, b));
    }
    if eczema {
        out.push(w.para(
            Msg::RisksEczemaHerpeticum,
            &[
                ("bari", K(Fig::AdEhBari4)),
                ("bari2", K(Fig::AdEhBari2)),
                ("pbo", K(Fig::AdEhPbo)),
                ("of", Of(THOUSAND)),
                ("dose", X(Fig::AdEhDose)),
                ("dose2", X(Fig::AdEhBari2Dose)),
                ("serious", N(Fig::AdEhSeriousCases)),
            ],
            &[],
        ));
    }
}

fn cancer(w: &mut Writer, out: &mut Vec<Block>) {
    let text = match w.p.cancer {
        Some(Cancer::Recent) => Some((Msg::RisksCancerRecent, [Src::FdaDsc2021, Src::Ema2023])),
        Some(Cancer::Past) => Some((Msg::RisksCancerPast, [Src::FdaDsc2021, Src::Ema2023])),
        Some(Cancer::SkinOnly) => {
            Some((Msg::RisksCancerSkin, [Src::LitfuloLabel, Src::OlumiantSmpc]))
        }
        _ => None,
    };
    let smoked = matches!(w.p.smoke, Some(Smoking::Current | Smoking::Former));
    if text.is_none() && !smoked {
        return;
    }
    out.push(w.sub(Msg::RisksCancerTitle));
    if let Some((m, ids)) = text {
        out.push(w.note_src(m, &[], &ids));
    }
    if smoked {
        // The extra cancers in ORAL Surveillance included lung cancer, and smoking (now or past)
        // was a risk factor for cancer there.
        out.push(w.para_src(Msg::RisksCancerSmoke, &[], &[Src::Curtis2023]));
    }
}
