//! Small helpers shared by the section builders: look up text, fill in numbers from the
//! evidence, and remember which sources were cited (in order of first use).

use super::model::*;
use crate::content::{Catalog, Msg};
use crate::evidence::{fmt_number, Evidence, Fig, Figure};
use crate::profile::{Drug, Profile};

pub(crate) struct Writer<'a> {
    pub p: &'a Profile,
    pub ev: &'a Evidence,
    pub cat: &'a Catalog,
    /// Medicines that apply to this person.
    pub drugs: &'a [Drug],
    sources: Vec<SourceIdx>,
}

/// Placeholder values for a template.
pub(crate) type Args<'s> = &'s [(&'s str, String)];

impl<'a> Writer<'a> {
    pub fn new(p: &'a Profile, ev: &'a Evidence, cat: &'a Catalog, drugs: &'a [Drug]) -> Self {
        Writer {
            p,
            ev,
            cat,
            drugs,
            sources: Vec::new(),
        }
    }

    pub fn into_sources(self) -> Vec<SourceIdx> {
        self.sources
    }

    pub fn has(&self, d: Drug) -> bool {
        self.drugs.contains(&d)
    }

    pub fn t(&self, m: Msg) -> String {
        self.cat.get(m).to_owned()
    }

    pub fn f(&self, m: Msg, args: &[(&str, String)]) -> String {
        let borrowed: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.cat.fill(m, &borrowed)
    }

    pub fn fig(&self, f: Fig) -> &'static Figure {
        self.ev.fig(f)
    }

    /// Register the sources behind these figures and return their indices (deduplicated).
    pub fn cite(&mut self, figs: &[Fig]) -> Vec<SourceIdx> {
        let mut out = Vec::new();
        for f in figs {
            let s = self.ev.source_index(*f);
            if s >= self.ev.sources.len() {
                continue; // an unresolved source id; the evidence test reports it
            }
            if !self.sources.contains(&s) {
                self.sources.push(s);
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    /// Cite sources that back a statement without a number of its own (a label, a regulator).
    pub fn cite_ids(&mut self, ids: &[&str]) -> Vec<SourceIdx> {
        let mut out = Vec::new();
        for id in ids {
            let found = self.ev.sources.iter().position(|src| src.id == *id);
            // A typo in a source id is a content bug: fail loudly in tests, skip in production.
            debug_assert!(found.is_some(), "unknown source id {id}");
            if let Some(s) = found {
                if !self.sources.contains(&s) {
                    self.sources.push(s);
                }
                out.push(s);
            }
        }
        out
    }

    /// A paragraph backed by named sources rather than figures.
    pub fn para_src(&mut self, m: Msg, args: Args, ids: &[&str]) -> Block {
        let text = self.f(m, args);
        Block {
            drug: None,
            kind: BlockKind::Paragraph(Text {
                text,
                cites: self.cite_ids(ids),
            }),
        }
    }

    /// A note backed by named sources.
    pub fn note_src(&mut self, m: Msg, args: Args, ids: &[&str]) -> Block {
        let text = self.f(m, args);
        Block {
            drug: None,
            kind: BlockKind::Note(Text {
                text,
                cites: self.cite_ids(ids),
            }),
        }
    }

    pub fn text(&mut self, m: Msg, args: Args, figs: &[Fig]) -> Text {
        Text {
            text: self.f(m, args),
            cites: self.cite(figs),
        }
    }

    // ---- blocks ----

    pub fn para(&mut self, m: Msg, args: Args, figs: &[Fig]) -> Block {
        Block {
            drug: None,
            kind: BlockKind::Paragraph(self.text(m, args, figs)),
        }
    }

    pub fn plain(&mut self, m: Msg) -> Block {
        self.para(m, &[], &[])
    }

    pub fn note(&mut self, m: Msg, args: Args, figs: &[Fig]) -> Block {
        Block {
            drug: None,
            kind: BlockKind::Note(self.text(m, args, figs)),
        }
    }

    pub fn sub(&self, m: Msg) -> Block {
        Block {
            drug: None,
            kind: BlockKind::Subheading(self.t(m)),
        }
    }

    // ---- numbers, always from a figure ----

    /// Whole number of people out of 100 (or the value itself for counts and ages).
    pub fn n(&self, f: Fig) -> String {
        self.fig(f).whole().to_string()
    }

    /// Out of 1,000 (percent × 10, or rate per 100 person-years × 10).
    pub fn k(&self, f: Fig) -> String {
        self.fig(f).per_thousand().to_string()
    }

    /// The value as written in the source (one decimal at most, thousands separated).
    pub fn exact(&self, f: Fig) -> String {
        fmt_number(self.fig(f).value)
    }

    pub fn low(&self, f: Fig) -> String {
        self.fig(f).low_whole().to_string()
    }

    pub fn high(&self, f: Fig) -> String {
        self.fig(f).high_whole().to_string()
    }

    pub fn weeks(&self, f: Fig) -> String {
        self.fig(f).weeks.unwrap_or(0).to_string()
    }

    pub fn years(&self, f: Fig) -> String {
        fmt_number(self.fig(f).years.unwrap_or(0.0))
    }

    // ---- names ----

    pub fn drug_name(&self, d: Drug) -> String {
        self.t(match d {
            Drug::Baricitinib => Msg::DrugBaricitinib,
            Drug::Ritlecitinib => Msg::DrugRitlecitinib,
            Drug::Deuruxolitinib => Msg::DrugDeuruxolitinib,
        })
    }

    /// "baricitinib 4 mg" style label for one regimen.
    pub fn regimen(&self, d: Drug, dose: Fig) -> String {
        self.f(
            Msg::DrugRegimen,
            &[("drug", self.drug_short(d)), ("dose", self.exact(dose))],
        )
    }

    pub fn drug_short(&self, d: Drug) -> String {
        self.t(match d {
            Drug::Baricitinib => Msg::DrugBaricitinibShort,
            Drug::Ritlecitinib => Msg::DrugRitlecitinibShort,
            Drug::Deuruxolitinib => Msg::DrugDeuruxolitinibShort,
        })
    }

    pub fn placebo(&self) -> String {
        self.t(Msg::DrugPlacebo)
    }

    /// Join items as "a, b and c".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                format!(
                    "{} {} {}",
                    init.join(self.cat.get(Msg::WordsListSep)),
                    self.cat.get(Msg::WordsAnd),
                    last
                )
            }
        }
    }

    /// Small counts as words ("three"), so sentences read naturally.
    pub fn count_word(&self, n: usize) -> String {
        self.t(match n {
            1 => Msg::WordsOne,
            2 => Msg::WordsTwo,
            3 => Msg::WordsThree,
            4 => Msg::WordsFour,
            5 => Msg::WordsFive,
            6 => Msg::WordsSix,
            7 => Msg::WordsSeven,
            8 => Msg::WordsEight,
            9 => Msg::WordsNine,
            _ => Msg::WordsMany,
        })
    }

    /// An icon-array group: `count` of `of`, with both frames in the sentence.
    pub fn group(&self, label: String, who: &str, count: u32, of: u32, m: Msg) -> IconGroup {
        let sentence = self.f(
            m,
            &[
                ("n", count.to_string()),
                ("rest", of.saturating_sub(count).to_string()),
                ("of", of_text(of)),
                ("who", who.to_owned()),
            ],
        );
        IconGroup {
            label,
            count,
            sentence,
        }
    }
}

/// Capitalise the first letter (for labels built from mid-sentence names).
pub(crate) fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Mark a block as being about one medicine only.
pub(crate) fn only(d: crate::profile::Drug, mut b: Block) -> Block {
    b.drug = Some(d);
    b
}

/// A denominator as it is written for readers ("100", "1,000", "10,000").
pub(crate) fn of_text(of: u32) -> String {
    fmt_number(f64::from(of))
}

pub(crate) const HUNDRED: u32 = 100;
pub(crate) const THOUSAND: u32 = 1000;
pub(crate) const TEN_THOUSAND: u32 = 10_000;
