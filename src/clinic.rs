//! Per-clinic settings from `clinic.json`, validated. Pure logic: the browser glue parses the JSON
//! and hands over raw fields; anything unsafe or malformed is dropped with a warning and the rest
//! still applies.

use crate::model::profile::{insert_sorted, Drug, Lang};
use crate::model::share_link::drug_code;

/// One field as found in the JSON file.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Field {
    #[default]
    Missing,
    Text(String),
    List(Vec<String>),
    /// Present but of a type we don't accept (number, object, …).
    WrongType,
}

/// The file's fields before validation.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RawClinic {
    pub name: Field,
    pub phone: Field,
    pub portal_url: Field,
    pub accent: Field,
    pub drugs: Field,
    pub lang: Field,
    /// The clinic's own sign-off of the content: `"review": {"by", "role", "date"}`.
    pub review_by: Field,
    pub review_role: Field,
    pub review_date: Field,
}

/// Validated settings. The default is what a clinic without a file gets.
#[derive(Clone, Debug, PartialEq)]
pub struct ClinicConfig {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// Always https.
    pub portal_url: Option<String>,
    /// A `#rrggbb` colour with at least 4.5:1 contrast against white.
    pub accent: Option<String>,
    pub drugs: Vec<Drug>,
    pub lang: Lang,
    /// Who at the clinic checked the content, their role, and when (YYYY-MM-DD), after reading
    /// the review pack.
    pub review: Option<(String, String, String)>,
}

impl Default for ClinicConfig {
    fn default() -> Self {
        ClinicConfig {
            name: None,
            phone: None,
            portal_url: None,
            accent: None,
            drugs: Drug::ALL.to_vec(),
            lang: Lang::En,
            review: None,
        }
    }
}

const MAX_NAME: usize = 80;
const MAX_URL: usize = 500;

fn text<'a>(f: &'a Field, key: &str, warnings: &mut Vec<String>) -> Option<&'a str> {
    match f {
        Field::Missing => None,
        Field::Text(t) => Some(t.trim()),
        _ => {
            warnings.push(format!("clinic.json: \"{key}\" must be a string; ignored"));
            None
        }
    }
}

impl ClinicConfig {
    /// Validate raw fields. Returns the settings and one warning per ignored value.
    pub fn from_raw(raw: &RawClinic) -> (ClinicConfig, Vec<String>) {
        let mut w = Vec::new();
        let mut c = ClinicConfig::default();

        if let Some(name) = text(&raw.name, "name", &mut w) {
            if !name.is_empty()
                && name.chars().count() <= MAX_NAME
                && !name.chars().any(char::is_control)
            {
                c.name = Some(name.to_owned());
            } else {
                w.push(format!(
                    "clinic.json: \"name\" must be 1–{MAX_NAME} plain characters; ignored"
                ));
            }
        }
        if let Some(phone) = text(&raw.phone, "phone", &mut w) {
            if valid_phone(phone) {
                c.phone = Some(phone.to_owned());
            } else {
                w.push(
                    "clinic.json: \"phone\" may only hold digits, spaces and + - ( ) .; ignored"
                        .into(),
                );
            }
        }
        if let Some(url) = text(&raw.portal_url, "portal_url", &mut w) {
            if valid_https_url(url) {
                c.portal_url = Some(url.to_owned());
            } else {
                w.push(
                    "clinic.json: \"portal_url\" must be a plain https:// address; ignored".into(),
                );
            }
        }
        if let Some(accent) = text(&raw.accent, "accent", &mut w) {
            match parse_hex(accent) {
                Some(rgb) if contrast_with_white(rgb) >= 4.5 => c.accent = Some(accent.to_ascii_lowercase()),
                Some(_) => w.push(format!(
                    "clinic.json: \"accent\" {accent} has too little contrast with white (needs 4.5:1); ignored"
                )),
                None => w.push("clinic.json: \"accent\" must look like #1d4e89; ignored".into()),
            }
        }
        match &raw.drugs {
            Field::Missing => {}
            Field::List(codes) => {
                let mut drugs = Vec::new();
                for code in codes {
                    match Drug::ALL.into_iter().find(|d| drug_code(*d) == code.trim()) {
                        Some(d) => insert_sorted(&mut drugs, d),
                        None => w.push(format!(
                            "clinic.json: unknown medicine \"{code}\" in \"drugs\"; ignored"
                        )),
                    }
                }
                if drugs.is_empty() {
                    w.push("clinic.json: \"drugs\" named no known medicine; showing all".into());
                } else {
                    c.drugs = drugs;
                }
            }
            _ => w.push("clinic.json: \"drugs\" must be a list of names; ignored".into()),
        }
        if let Some(lang) = text(&raw.lang, "lang", &mut w) {
            if lang != "en" {
                w.push(format!(
                    "clinic.json: language \"{lang}\" is not available yet; using English"
                ));
            }
        }
        let by = text(&raw.review_by, "review.by", &mut w);
        let role = text(&raw.review_role, "review.role", &mut w);
        let date = text(&raw.review_date, "review.date", &mut w);
        match (by, role, date) {
            (None, None, None) => {}
            (Some(by), Some(role), Some(date))
                if plain_text(by) && plain_text(role) && valid_date(date) =>
            {
                c.review = Some((by.to_owned(), role.to_owned(), date.to_owned()));
            }
            _ => w.push(
                "clinic.json: \"review\" needs \"by\" and \"role\" (plain text) and \"date\" (YYYY-MM-DD); ignored"
                    .into(),
            ),
        }
        (c, w)
    }

    /// The clinic's sign-off, for the about box and the printout.
    pub fn review(&self) -> Option<(&str, &str, &str)> {
        self.review
            .as_ref()
            .map(|(b, r, d)| (b.as_str(), r.as_str(), d.as_str()))
    }
}

/// 1–80 visible characters, no control characters.
fn plain_text(s: &str) -> bool {
    !s.is_empty() && s.chars().count() <= MAX_NAME && !s.chars().any(char::is_control)
}

/// A real calendar date written YYYY-MM-DD.
fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        d.get(r)?.bytes().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && matches!((num(0..4), num(5..7), num(8..10)), (Some(y), Some(m), Some(day)) if y >= 2000 && (1..=12).contains(&m) && (1..=31).contains(&day))
}

fn valid_phone(p: &str) -> bool {
    let digits = p.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && p.len() <= 32
        && p.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
}

/// An https URL with a host and nothing that could break out of an attribute.
fn valid_https_url(u: &str) -> bool {
    let Some(rest) = u.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    u.len() <= MAX_URL
        && !host.is_empty()
        && !host.contains('@')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        // Plain ASCII only (a clinic can percent-encode anything else); this also keeps the
        // Unicode whitespace tables out of the wasm.
        && u.is_ascii()
        && !u
            .chars()
            .any(|c| {
                c.is_ascii_whitespace()
                    || c.is_ascii_control()
                    || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`')
            })
}

fn parse_hex(s: &str) -> Option<(u8, u8, u8)> {
    let h = s.strip_prefix('#')?;
    if h.len() != 6 || !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let b = |i: usize| u8::from_str_radix(h.get(i..i + 2)?, 16).ok();
    Some((b(0)?, b(2)?, b(4)?))
}

/// `x^2.4` for `x` in (0, 1] without `powf`, which would add about 1.4 KB of libm to the wasm:
/// x^2.4 = x² · x^0.4, and x^0.4 is a product of square roots x^(1/2), x^(1/4), … picked by the
/// binary digits of 0.4. After 24 digits the relative error is below 1e-6.
fn pow_2_4(x: f64) -> f64 {
    let mut result = x * x;
    let mut root = x;
    let mut rest = 0.4;
    for _ in 0..24 {
        root = root.sqrt();
        rest *= 2.0;
        if rest >= 1.0 {
            result *= root;
            rest -= 1.0;
        }
    }
    result
}

/// WCAG contrast ratio of a colour against white.
pub fn contrast_with_white((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            pow_2_4((c + 0.055) / 1.055)
        }
    };
    let l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    1.05 / (l + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Field {
        Field::Text(s.into())
    }

    #[test]
    fn a_valid_file_applies_in_full() {
        let raw = RawClinic {
            name: t("Riverside Dermatology"),
            phone: t("+1 (555) 010-2000"),
            portal_url: t("https://portal.example.org/messages"),
            accent: t("#1D4E89"),
            drugs: Field::List(vec!["ritlecitinib".into(), "baricitinib".into()]),
            lang: t("en"),
            review_by: t("Dr A. Rivera"),
            review_role: t("Consultant dermatologist"),
            review_date: t("2026-12-01"),
        };
        let (c, w) = ClinicConfig::from_raw(&raw);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.name.as_deref(), Some("Riverside Dermatology"));
        assert_eq!(c.accent.as_deref(), Some("#1d4e89"));
        assert_eq!(c.drugs, vec![Drug::Baricitinib, Drug::Ritlecitinib]);
        assert_eq!(
            c.review(),
            Some(("Dr A. Rivera", "Consultant dermatologist", "2026-12-01"))
        );
    }

    #[test]
    fn a_review_needs_a_name_a_role_and_a_real_date() {
        for (by, role, date) in [
            ("Dr A. Rivera", "Consultant dermatologist", "01/12/2026"),
            ("Dr A. Rivera", "", "2026-12-01"),
            ("Dr A. Rivera", "Consultant", "2026-13-01"),
        ] {
            let raw = RawClinic {
                review_by: Field::Text(by.into()),
                review_role: Field::Text(role.into()),
                review_date: Field::Text(date.into()),
                ..RawClinic::default()
            };
            let (c, w) = ClinicConfig::from_raw(&raw);
            assert_eq!(c.review, None, "{by} {role} {date}");
            assert_eq!(w.len(), 1);
        }
    }

    #[test]
    fn a_missing_file_means_defaults() {
        let (c, w) = ClinicConfig::from_raw(&RawClinic::default());
        assert_eq!(c, ClinicConfig::default());
        assert!(w.is_empty());
    }

    #[test]
    fn unsafe_or_malformed_values_are_ignored_and_the_rest_applies() {
        let raw = RawClinic {
            name: t("Clinic"),
            phone: t("call us!"),
            portal_url: t("javascript:alert(1)"),
            accent: t("#ffff00"),
            drugs: Field::List(vec!["aspirin".into()]),
            lang: Field::WrongType,
            ..RawClinic::default()
        };
        let (c, w) = ClinicConfig::from_raw(&raw);
        assert_eq!(c.name.as_deref(), Some("Clinic"));
        assert_eq!(c.phone, None);
        assert_eq!(c.portal_url, None);
        assert_eq!(c.accent, None, "yellow on white fails contrast");
        assert_eq!(c.drugs, Drug::ALL.to_vec());
        assert_eq!(w.len(), 6, "{w:?}");
    }

    #[test]
    fn only_plain_https_urls_pass() {
        for bad in [
            "http://portal.example.org",
            "https://",
            "https://user@evil.example",
            "https://ok.example/\"onmouseover=x",
            "https://ok.example/ path",
            "https://ok.example/\u{a0}path",
            "//portal.example.org",
        ] {
            assert!(!valid_https_url(bad), "{bad}");
        }
        assert!(valid_https_url("https://portal.example.org:8443/a?b=c#d"));
    }

    #[test]
    fn pow_without_libm_matches_powf() {
        for c in 10..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, std) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - std).abs() <= std * 1e-6, "{c}: {ours} vs {std}");
        }
    }

    #[test]
    fn contrast_matches_wcag() {
        assert!((contrast_with_white((0, 0, 0)) - 21.0).abs() < 0.01);
        assert!(contrast_with_white((0x76, 0x76, 0x76)) >= 4.5);
        assert!(contrast_with_white((0x77, 0x77, 0x77)) < 4.5);
    }
}
