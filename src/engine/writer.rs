//! Small helpers shared by the section builders: look up text, fill in numbers from the
//! evidence, and remember which sources were cited (in order of first use).

use super::model::*;
use super::trace;
use crate::data::content::{Catalog, Lang, Msg};
use crate::data::digits::Digits;
use crate::data::evidence::{fmt_number, Evidence, Fig, Figure, Src};
use crate::model::profile::{Drug, Profile};

pub(crate) struct Writer<'a> {
    pub p: &'a Profile,
    pub ev: &'a Evidence,
    pub cat: &'a Catalog,
    /// Medicines that apply to this person.
    pub drugs: &'a [Drug],
    sources: Vec<SourceIdx>,
}

/// A number for a `{placeholder}`, always taken from a figure (or a fixed denominator).
/// Argument lists made of these are constants, so they live in the wasm's data, not its code.
#[derive(Clone, Copy, Debug)]
pub(crate) enum A {
    /// Whole number (people out of 100, a count, an age).
    N(Fig),
    /// Out of 1,000 (percent × 10, or a rate per 100 person-years × 10).
    K(Fig),
    /// The value as written (one decimal at most, thousands separated).
    X(Fig),
    /// Low / high end of a range, whole.
    Lo(Fig),
    Hi(Fig),
    /// Low / high end of a range, out of 1,000.
    KLo(Fig),
    KHi(Fig),
    /// The figure's time frame.
    Wk(Fig),
    Yr(Fig),
    /// 100 minus the whole value (e.g. the SALT score from the share of scalp covered).
    Rest(Fig),
    /// A denominator: 100, 1,000 or 10,000.
    Of(u32),
}

impl A {
    fn fig(self) -> Option<Fig> {
        match self {
            A::N(f)
            | A::K(f)
            | A::X(f)
            | A::Lo(f)
            | A::Hi(f)
            | A::KLo(f)
            | A::KHi(f)
            | A::Wk(f)
            | A::Yr(f)
            | A::Rest(f) => Some(f),
            A::Of(_) => None,
        }
    }
}

/// Placeholders filled from figures.
pub(crate) type Spec = &'static [(&'static str, A)];
/// Placeholders filled from the person's answers or other text.
pub(crate) type Dyn<'s> = &'s [(&'s str, String)];

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
        trace::msg(m);
        self.cat.get(m).to_owned()
    }

    pub fn f(&self, m: Msg, args: &[(&str, String)]) -> String {
        self.fill(m, &[], args)
    }

    pub fn value(&self, a: A) -> String {
        if let Some(f) = a.fig() {
            trace::fig(f);
        }
        match a {
            A::N(f) => self.n(f),
            A::K(f) => self.k(f),
            A::X(f) => self.exact(f),
            A::Lo(f) => self.low(f),
            A::Hi(f) => self.high(f),
            A::KLo(f) => crate::data::evidence::round(
                self.fig(f).low().unwrap_or(self.fig(f).value()) * 10.0,
            )
            .digits(),
            A::KHi(f) => crate::data::evidence::round(
                self.fig(f).high().unwrap_or(self.fig(f).value()) * 10.0,
            )
            .digits(),
            A::Wk(f) => self.weeks(f),
            A::Yr(f) => self.years(f),
            A::Rest(f) => 100u32.saturating_sub(self.fig(f).whole()).digits(),
            A::Of(n) => self.of_text(n),
        }
    }

    /// Fill a template from figure-based and free-text placeholders.
    pub fn fill(&self, m: Msg, spec: &[(&str, A)], dynamic: Dyn) -> String {
        trace::msg(m);
        let values: Vec<String> = spec.iter().map(|(_, a)| self.value(*a)).collect();
        let mut args: Vec<(&str, &str)> = spec
            .iter()
            .zip(&values)
            .map(|((k, _), v)| (*k, v.as_str()))
            .collect();
        args.extend(dynamic.iter().map(|(k, v)| (*k, v.as_str())));
        self.cat.fill(m, &args)
    }

    /// Cite every figure a spec uses, plus `extra`.
    pub fn cite_spec(&mut self, spec: &[(&str, A)], extra: &[Fig]) -> Vec<SourceIdx> {
        let figs: Vec<Fig> = spec
            .iter()
            .filter_map(|(_, a)| a.fig())
            .chain(extra.iter().copied())
            .collect();
        self.cite(&figs)
    }

    pub fn fig(&self, f: Fig) -> &'static Figure {
        self.ev.fig(f)
    }

    /// Register the sources behind these figures and return their indices (deduplicated).
    pub fn cite(&mut self, figs: &[Fig]) -> Vec<SourceIdx> {
        self.cite_into(Vec::new(), figs)
    }

    /// Add the sources behind `figs` to an existing citation list (no duplicates).
    pub fn cite_into(&mut self, mut out: Vec<SourceIdx>, figs: &[Fig]) -> Vec<SourceIdx> {
        let new = self.cite_figs(figs);
        for s in new {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    fn cite_figs(&mut self, figs: &[Fig]) -> Vec<SourceIdx> {
        let mut out = Vec::new();
        for f in figs {
            trace::fig(*f);
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
    pub fn cite_ids(&mut self, ids: &[Src]) -> Vec<SourceIdx> {
        let mut out = Vec::new();
        for id in ids {
            trace::src(*id);
            let s = *id as usize;
            if !self.sources.contains(&s) {
                self.sources.push(s);
            }
            out.push(s);
        }
        out
    }

    /// A paragraph backed by named sources rather than figures.
    pub fn para_src(&mut self, m: Msg, spec: Spec, ids: &[Src]) -> Block {
        let text = self.fill(m, spec, &[]);
        Block {
            drug: None,
            kind: BlockKind::Paragraph(Text {
                text,
                cites: self.cite_ids(ids),
            }),
        }
    }

    /// A note backed by named sources.
    pub fn note_src(&mut self, m: Msg, spec: Spec, ids: &[Src]) -> Block {
        let text = self.fill(m, spec, &[]);
        Block {
            drug: None,
            kind: BlockKind::Note(Text {
                text,
                cites: self.cite_ids(ids),
            }),
        }
    }

    /// Text whose numbers come from `spec` (and are cited), with `extra` figures cited too.
    pub fn text(&mut self, m: Msg, spec: Spec, extra: &[Fig]) -> Text {
        self.text_dyn(m, spec, &[], extra)
    }

    pub fn text_dyn(&mut self, m: Msg, spec: Spec, dynamic: Dyn, extra: &[Fig]) -> Text {
        Text {
            text: self.fill(m, spec, dynamic),
            cites: self.cite_spec(spec, extra),
        }
    }

    // ---- blocks ----

    pub fn para(&mut self, m: Msg, spec: Spec, extra: &[Fig]) -> Block {
        self.para_dyn(m, spec, &[], extra)
    }

    pub fn para_dyn(&mut self, m: Msg, spec: Spec, dynamic: Dyn, extra: &[Fig]) -> Block {
        Block {
            drug: None,
            kind: BlockKind::Paragraph(self.text_dyn(m, spec, dynamic, extra)),
        }
    }

    pub fn plain(&mut self, m: Msg) -> Block {
        self.para(m, &[], &[])
    }

    pub fn note(&mut self, m: Msg, spec: Spec, extra: &[Fig]) -> Block {
        Block {
            drug: None,
            kind: BlockKind::Note(self.text(m, spec, extra)),
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
        trace::fig(f);
        self.fig(f).whole().digits()
    }

    /// Out of 1,000 (percent × 10, or rate per 100 person-years × 10).
    pub fn k(&self, f: Fig) -> String {
        trace::fig(f);
        self.fig(f).per_thousand().digits()
    }

    /// The value as written in the source (one decimal at most, thousands separated).
    pub fn exact(&self, f: Fig) -> String {
        trace::fig(f);
        self.number(self.fig(f).value())
    }

    /// A number written the reader's way (see [`local_number`]).
    pub fn number(&self, x: f64) -> String {
        local_number(x, self.cat.lang)
    }

    /// A denominator as it is written for readers ("100", "1,000", "10,000").
    pub fn of_text(&self, of: u32) -> String {
        self.number(f64::from(of))
    }

    pub fn low(&self, f: Fig) -> String {
        trace::fig(f);
        self.fig(f).low_whole().digits()
    }

    pub fn high(&self, f: Fig) -> String {
        trace::fig(f);
        self.fig(f).high_whole().digits()
    }

    /// "low to high", or just the one number when both ends are the same.
    pub fn span(&self, low: String, high: String) -> String {
        if low == high {
            low
        } else {
            self.f(Msg::NumRange, &[("low", low), ("high", high)])
        }
    }

    pub fn weeks(&self, f: Fig) -> String {
        trace::fig(f);
        self.fig(f).weeks.unwrap_or(0).digits()
    }

    pub fn years(&self, f: Fig) -> String {
        trace::fig(f);
        self.number(self.fig(f).years().unwrap_or(0.0))
    }

    // ---- names ----

    pub fn drug_name(&self, d: Drug) -> String {
        crate::model::answers::label(crate::model::answers::DRUG, d, self.cat).to_string()
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
            [init @ .., last] => [
                &*init.join(self.cat.get(Msg::WordsListSep)),
                " ",
                self.cat.get(Msg::WordsAnd),
                " ",
                last,
            ]
            .concat(),
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

    /// One icon array comparing regimens (and the dummy pill) on one outcome, out of 100 (or out
    /// of 1,000 for a harm array of rarer events), titled with the first figure's time frame.
    pub fn icon_array(
        &mut self,
        title: Msg,
        sentence: Msg,
        groups: &[(String, Fig)],
        extra_cites: &[Fig],
    ) -> Block {
        self.icon_array_of(title, sentence, groups, extra_cites, HUNDRED, false)
    }

    pub fn icon_array_of(
        &mut self,
        title: Msg,
        sentence: Msg,
        groups: &[(String, Fig)],
        extra_cites: &[Fig],
        of: u32,
        harm: bool,
    ) -> Block {
        let weeks_of = groups.first().map(|g| g.1);
        let groups_out = groups
            .iter()
            .map(|(who, f)| {
                let count = if of == THOUSAND {
                    self.fig(*f).per_thousand()
                } else {
                    self.fig(*f).whole()
                };
                self.group(cap(who), who, count, of, sentence)
            })
            .collect();
        let mut figs: Vec<Fig> = groups.iter().map(|(_, f)| *f).collect();
        figs.extend_from_slice(extra_cites);
        let weeks = weeks_of.map(|f| self.weeks(f)).unwrap_or_default();
        Block {
            drug: None,
            kind: BlockKind::IconArray(IconArray {
                title: self.f(title, &[("weeks", weeks), ("of", self.of_text(of))]),
                of,
                groups: groups_out,
                cites: self.cite(&figs),
                harm,
            }),
        }
    }

    /// An icon-array group: `count` of `of`, with both frames in the sentence.
    pub fn group(&self, label: String, who: &str, count: u32, of: u32, m: Msg) -> IconGroup {
        let sentence = self.f(
            m,
            &[
                ("n", count.digits()),
                ("rest", of.saturating_sub(count).digits()),
                ("of", self.of_text(of)),
                ("who", who.to_owned()),
            ],
        );
        IconGroup {
            label,
            count,
            sentence,
            short: String::new(),
        }
    }
}

/// Capitalize the first letter (for labels built from mid-sentence names). ASCII only: our
/// labels start with an English letter, and full Unicode case tables would cost ~6 KB of wasm.
pub(crate) fn cap(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// Mark a block as being about one medicine only.
pub(crate) fn only(d: crate::model::profile::Drug, mut b: Block) -> Block {
    b.drug = Some(d);
    b
}

/// A number as written in the reader's language. English: "1,294.5". Spanish: a decimal comma,
/// and no thousands separator up to four digits ("1294,5"), a non-breaking space past them
/// ("10 000"), as the Real Academia Española advises.
pub(crate) fn local_number(x: f64, lang: Lang) -> String {
    let en = fmt_number(x);
    if lang == Lang::En {
        return en;
    }
    let plain: String = en.chars().filter(|c| *c != ',').collect();
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if int.len() > 4 && i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(',');
        out.push_str(frac);
    }
    out
}

pub(crate) const HUNDRED: u32 = 100;
pub(crate) const THOUSAND: u32 = 1000;
pub(crate) const TEN_THOUSAND: u32 = 10_000;
