//! Section 3: only what applies to this person's stage of life — age limits, pregnancy plans,
//! breastfeeding, the combined pill and long trips, menopause and hormone therapy.

use super::model::*;
use super::writer::{only, Writer, A::*, TEN_THOUSAND};
use crate::data::content::Msg;
use crate::data::digits::Digits;
use crate::data::evidence::{Fig, Src};
use crate::model::profile::{Contraception, Cv, Drug, Hrt, Menopause, Pregnancy, Travel};

pub(crate) fn blocks(w: &mut Writer) -> Vec<Block> {
    let mut out = Vec::new();
    age_limits(w, &mut out);
    if w.p.may_be_pregnant() {
        pregnancy(w, &mut out);
        contraception(w, &mut out);
    }
    travel(w, &mut out);
    if w.p.may_be_pregnant() {
        menopause(w, &mut out);
    }
    out
}

fn age_limits(w: &mut Writer, out: &mut Vec<Block>) {
    let Some(age) = w.p.age.map(u32::from) else {
        return;
    };
    let min = w.fig(Fig::RitleMinAge).whole();
    let adult = w.fig(Fig::AdultAge).whole();
    if age < min {
        out.push(w.para(
            Msg::LifeChild,
            &[("age", N(Fig::RitleMinAge))],
            &[Fig::RitleMinAge],
        ));
    } else if age < adult {
        out.push(w.para_dyn(
            Msg::LifeTeen,
            &[("min", N(Fig::RitleMinAge)), ("adult", N(Fig::AdultAge))],
            &[("age", age.digits())],
            &[],
        ));
    }
}

/// Cite label sources a paragraph relies on besides its figures (the other country's label).
fn add_sources(w: &mut Writer, b: &mut Block, ids: &[Src]) {
    if let BlockKind::Paragraph(t) | BlockKind::Note(t) = &mut b.kind {
        for s in w.cite_ids(ids) {
            if !t.cites.contains(&s) {
                t.cites.push(s);
            }
        }
    }
}

/// Per-medicine label advice, only for the medicines that apply.
fn per_drug(w: &mut Writer, out: &mut Vec<Block>, bari: Block, ritle: Block, deur: Block) {
    for (d, b) in [
        (Drug::Baricitinib, bari),
        (Drug::Ritlecitinib, ritle),
        (Drug::Deuruxolitinib, deur),
    ] {
        if w.has(d) {
            out.push(only(d, b));
        }
    }
}

fn pregnancy_labels(w: &mut Writer, out: &mut Vec<Block>) {
    let mut bari = w.para(
        Msg::LifeBariPreg,
        &[("weeks", N(Fig::BariContraceptionAfter))],
        &[Fig::BariContraceptionAfter],
    );
    add_sources(w, &mut bari, &[Src::OlumiantLabel]);
    let mut ritle = w.para(
        Msg::LifeRitlePreg,
        &[("months", N(Fig::RitleContraceptionAfter))],
        &[Fig::RitleContraceptionAfter],
    );
    add_sources(w, &mut ritle, &[Src::LitfuloLabel]);
    let deur = w.note(Msg::LifeDeurPreg, &[], &[]);
    per_drug(w, out, bari, ritle, deur);
}

fn pregnancy(w: &mut Writer, out: &mut Vec<Block>) {
    match w.p.preg {
        Some(Pregnancy::Planning | Pregnancy::Unsure) => {
            out.push(w.sub(Msg::LifePlanningTitle));
            out.push(w.plain(Msg::LifePlanning));
            pregnancy_labels(w, out);
        }
        Some(Pregnancy::Pregnant) => {
            out.push(w.sub(Msg::LifePregnantTitle));
            out.push(w.para(
                Msg::LifePregnant,
                &[
                    ("preg", N(Fig::VtePregnancy)),
                    ("post", N(Fig::VtePostpartum)),
                    ("base", N(Fig::VteNoHormones)),
                    ("of", Of(TEN_THOUSAND)),
                ],
                &[Fig::VtePregnancy, Fig::VtePostpartum, Fig::VteNoHormones],
            ));
            pregnancy_labels(w, out);
        }
        Some(Pregnancy::Breastfeeding) => {
            out.push(w.sub(Msg::LifeBreastfeedingTitle));
            out.push(w.para(
                Msg::LifeBfClots,
                &[
                    ("post", N(Fig::VtePostpartum)),
                    ("base", N(Fig::VteNoHormones)),
                    ("of", Of(TEN_THOUSAND)),
                ],
                &[],
            ));
            let bari = w.para_src(Msg::LifeBariBf, &[], &[Src::OlumiantSmpc]);
            let mut ritle = w.para(
                Msg::LifeRitleBf,
                &[("hours", N(Fig::RitleBreastfeedHours))],
                &[Fig::RitleBreastfeedHours],
            );
            add_sources(w, &mut ritle, &[Src::LitfuloEu]);
            let deur = w.note(Msg::LifeDeurBf, &[], &[]);
            per_drug(w, out, bari, ritle, deur);
        }
        _ => {}
    }
}

fn range(w: &Writer, f: Fig) -> String {
    let fig = w.fig(f);
    if fig.low().is_some() && fig.high().is_some() {
        w.span(w.low(f), w.high(f))
    } else {
        w.n(f)
    }
}

fn contraception(w: &mut Writer, out: &mut Vec<Block>) {
    match w.p.contra {
        Some(Contraception::Combined) => {
            out.push(w.sub(Msg::LifePillTitle));
            out.push(w.plain(Msg::LifePill));
            let rows = [
                (Msg::LifeRowNone, Fig::VteNoHormones),
                (Msg::LifeRowLng, Fig::VteChcLng),
                (Msg::LifeRowPatch, Fig::VteChcPatchRing),
                (Msg::LifeRowDes, Fig::VteChcDes),
                (Msg::LifeRowPreg, Fig::VtePregnancy),
                (Msg::LifeRowPost, Fig::VtePostpartum),
            ];
            let table = Table {
                caption: w.fill(Msg::LifePillTable, &[("of", Of(TEN_THOUSAND))], &[]),
                columns: vec![
                    w.t(Msg::LifeColSituation),
                    w.fill(Msg::LifeColRate, &[("of", Of(TEN_THOUSAND))], &[]),
                ],
                rows: rows
                    .iter()
                    .map(|(label, f)| Row {
                        label: w.t(*label),
                        cells: vec![range(w, *f)],
                        yours: false,
                    })
                    .collect(),
                cites: w.cite(&rows.map(|(_, f)| f)),
            };
            out.push(Block {
                drug: None,
                kind: BlockKind::Table(table),
            });
            if w.p.has_cv(Cv::ClotDisorder) {
                out.push(w.note_src(Msg::LifePillThromb, &[], &[Src::OlumiantSmpc]));
            }
            out.push(w.para_src(Msg::LifePillAsk, &[], &[Src::Lidegaard2012]));
        }
        Some(Contraception::Progestin) => {
            out.push(w.para_src(
                Msg::LifeProgestin,
                &[],
                &[Src::Lidegaard2012, Src::Vanhylckama2010],
            ));
        }
        Some(Contraception::Injection) => {
            out.push(w.note_src(Msg::LifeInjection, &[], &[Src::Vanhylckama2010]));
        }
        _ => {}
    }
}

fn travel(w: &mut Writer, out: &mut Vec<Block>) {
    if w.p.travel != Some(Travel::Monthly) {
        return;
    }
    out.push(w.sub(Msg::LifeTravelTitle));
    out.push(w.para(
        Msg::LifeTravel,
        &[
            ("hours", N(Fig::FlightHours)),
            ("n", X(Fig::FlightVte)),
            ("of", Of(TEN_THOUSAND)),
        ],
        &[Fig::FlightHours, Fig::FlightVte],
    ));
    if w.p.contra == Some(Contraception::Combined) {
        out.push(w.note_src(Msg::LifeTravelPill, &[], &[Src::WhoWright2007]));
    }
    out.push(w.para_src(Msg::LifeTravelTips, &[], &[Src::WhoWright2007]));
}

fn menopause(w: &mut Writer, out: &mut Vec<Block>) {
    let peri = w.p.meno == Some(Menopause::Peri);
    let text = match w.p.hrt {
        Some(Hrt::Oral) => Some(Msg::LifeHrtOral),
        Some(Hrt::Considering) => Some(Msg::LifeHrtConsidering),
        Some(Hrt::Transdermal) => Some(Msg::LifeHrtTransdermal),
        // Perimenopause is when hormone therapy usually comes up, so explain the choice early.
        Some(Hrt::None) | None if peri => Some(Msg::LifeHrtConsidering),
        _ => None,
    };
    if text.is_none() && !peri {
        return;
    }
    out.push(w.sub(Msg::LifeMenoTitle));
    if let Some(m) = text {
        out.push(w.para_src(m, &[], &[Src::Vinogradova2019, Src::Canonico2010]));
        out.push(w.note(Msg::LifeMenoNoNumber, &[], &[]));
    }
    if peri {
        out.push(w.plain(Msg::LifePeriBirthControl));
    }
}
