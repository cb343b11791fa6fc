//! The evidence base: every figure the widget may show, with its source.
//!
//! The data itself lives in `src/data/evidence.toml` (for reviewers); `build.rs` compiles it
//! into the statics included below.

/// Dates that tell a reader how fresh the content is.
#[derive(Debug)]
pub struct Meta {
    pub produced: &'static str,
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
}

/// Whether `s` is a date as the evidence file writes them (`YYYY-MM-DD`).
pub fn is_iso_date(s: &str) -> bool {
    s.len() == 10
        && s.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

impl Meta {
    /// Whether `today` (an ISO date, `YYYY-MM-DD`, from the device) is past the date by which the
    /// content was due to be checked again. A date that is not one never says so.
    pub fn review_overdue(&self, today: &str) -> bool {
        // ISO dates order as text.
        is_iso_date(today) && is_iso_date(self.next_review) && today > self.next_review
    }
}

/// A publication, label or guideline that figures cite.
#[derive(Debug)]
pub struct Source {
    pub citation: &'static str,
    pub url: Option<&'static str>,
    pub kind: SourceKind,
}

/// What kind of publication a source is. Company announcements, congress presentations and
/// expert opinion are not peer-reviewed, and the widget says so wherever it cites them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    Journal,
    Label,
    Regulator,
    Guideline,
    Registry,
    Report,
    Company,
    Congress,
    Expert,
}

impl SourceKind {
    /// Not checked by independent reviewers before publication.
    pub fn not_peer_reviewed(self) -> bool {
        matches!(
            self,
            SourceKind::Company | SourceKind::Congress | SourceKind::Expert
        )
    }
}

/// What a figure's `value` counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// People out of 100.
    Percent,
    Per100PersonYears,
    Per1000PersonYears,
    Per10000WomenYears,
    Per10000Flights,
    Count,
    Years,
    Weeks,
    Months,
    Days,
    Hours,
    Milligrams,
    Age,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    VerifiedPrimary,
    VerifiedSecondary,
    /// Kept in the data file for reviewers only; the engine has no way to name it.
    Unverified,
    /// Checked, but deliberately not shown (e.g. a looser definition); also unnameable.
    Excluded,
}

/// One number from one source, with its time frame and population.
///
/// Kept compact (f32, u16) because every byte of this table is downloaded by patients; all
/// values in the evidence file fit exactly enough (one or two decimals, counts under 65,536).
#[derive(Debug)]
pub struct Figure {
    value: f32,
    low: Option<f32>,
    high: Option<f32>,
    years: Option<f32>,
    /// People in the group the figure describes, when the source gives it.
    pub n: Option<u16>,
    pub weeks: Option<u16>,
    pub trial: Option<&'static str>,
    /// Index into `SOURCES` (`u16::MAX` if the id in the TOML matched no source).
    source: u16,
    pub unit: Unit,
    pub confidence: Confidence,
}

include!(concat!(env!("OUT_DIR"), "/evidence_data.rs"));

/// Read-only access to the bundled evidence. Passed to the engine so tests can see exactly what
/// the engine reads.
#[derive(Clone, Copy, Debug)]
pub struct Evidence {
    pub meta: &'static Meta,
    pub sources: &'static [Source],
    pub figures: &'static [Figure],
}

impl Evidence {
    /// The evidence compiled into this build.
    pub fn bundled() -> Self {
        Evidence {
            meta: &META,
            sources: SOURCES,
            figures: FIGURES,
        }
    }

    pub fn fig(&self, f: Fig) -> &'static Figure {
        &self.figures[f.index()]
    }

    pub fn source_index(&self, f: Fig) -> usize {
        self.fig(f).source()
    }

    /// A figure's id in `evidence.toml` (for reviewers and test messages; not in the wasm).
    pub fn fig_id(f: Fig) -> &'static str {
        FIGURE_IDS[f.index()]
    }
}

impl Figure {
    pub fn value(&self) -> f64 {
        f64::from(self.value)
    }

    pub fn low(&self) -> Option<f64> {
        self.low.map(f64::from)
    }

    pub fn high(&self) -> Option<f64> {
        self.high.map(f64::from)
    }

    pub fn years(&self) -> Option<f64> {
        self.years.map(f64::from)
    }

    /// Index into `SOURCES` (out of range if the source id did not resolve).
    pub fn source(&self) -> usize {
        usize::from(self.source)
    }

    /// The value rounded to a whole number, as people are counted.
    pub fn whole(&self) -> u32 {
        round(self.value())
    }

    /// The value per 1,000 (for percentages and rates per 100 person-years).
    pub fn per_thousand(&self) -> u32 {
        round(self.value() * 10.0)
    }

    pub fn low_whole(&self) -> u32 {
        round(self.low().unwrap_or(self.value()))
    }

    pub fn high_whole(&self) -> u32 {
        round(self.high().unwrap_or(self.value()))
    }

    /// Numbers a reader could legitimately see derived from this figure (used by tests that
    /// check every number on screen traces back to the evidence).
    pub fn displayable_numbers(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut push = |x: f64| {
            out.push(fmt_number(x));
            out.push(round(x).to_string());
        };
        for v in [Some(self.value()), self.low(), self.high()]
            .into_iter()
            .flatten()
        {
            push(v);
            push(v * 10.0);
            push(100.0 - v.round());
            push(1000.0 - (v * 10.0).round());
        }
        if let Some(n) = self.n {
            push(f64::from(n));
        }
        if let Some(w) = self.weeks {
            push(f64::from(w));
        }
        if let Some(y) = self.years() {
            push(y);
        }
        out
    }
}

/// Round half away from zero, clamped to the u32 range (figures are never negative).
pub fn round(x: f64) -> u32 {
    if x.is_nan() || x <= 0.0 {
        0
    } else if x >= u32::MAX as f64 {
        u32::MAX
    } else {
        (x + 0.5) as u32
    }
}

/// A number as a person reads it: no trailing ".0", one decimal otherwise, thousands separated.
pub fn fmt_number(x: f64) -> String {
    let whole = x.trunc();
    let tenth = round((x - whole).abs() * 10.0);
    let int = group_thousands(whole as u64);
    if tenth == 0 {
        int
    } else if tenth == 10 {
        group_thousands(whole as u64 + 1)
    } else {
        let mut s = int;
        s.push('.');
        s.push(char::from(b'0' + tenth as u8));
        s
    }
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 3 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_review_is_overdue_only_after_its_date() {
        let m = Meta {
            produced: "2026-11-26",
            last_reviewed: "2026-11-30",
            next_review: "2027-05-30",
        };
        assert!(!m.review_overdue("2027-05-30"), "due that day, not overdue");
        assert!(m.review_overdue("2027-05-31"));
        assert!(m.review_overdue("2031-01-01"));
        assert!(!m.review_overdue("2026-12-06"));
        assert!(
            !m.review_overdue("not a date"),
            "a broken clock never raises the notice"
        );
    }
}
