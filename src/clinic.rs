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
    pub embed_origins: Field,
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
    /// The portal origins allowed to receive the iframe height message, separated by spaces
    /// (one string rather than a list: smaller in the wasm). `None` (not set): any parent, as
    /// the `frame-ancestors` header is what decides who may embed the widget; `Some("")`: none.
    pub embed_origins: Option<String>,
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
            embed_origins: None,
        }
    }
}

const MAX_NAME: usize = 80;
const MAX_URL: usize = 500;
/// A larger clinic.json is not read at all (the real file is a few hundred bytes).
pub const MAX_FILE_BYTES: usize = 16 * 1024;
/// At most this many console warnings, the last one saying that more were left out.
pub const MAX_WARNINGS: usize = 10;
/// At most this many portal origins in `embed_origins`; the rest are ignored.
pub const MAX_EMBED_ORIGINS: usize = 10;

/// `Err` with a warning if a file of `len` bytes is too large to read.
pub fn check_size(len: usize) -> Result<(), String> {
    if len > MAX_FILE_BYTES {
        Err("clinic.json is larger than 16 KB; using defaults".into())
    } else {
        Ok(())
    }
}

/// One console warning for an ignored value (one pattern for all, joined rather than `format!`:
/// each message built its own way costs code in the wasm).
fn ignored(warnings: &mut Vec<String>, key: &str, why: &str) {
    warnings.push(["clinic.json: \"", key, "\" ignored: ", why].concat());
}

fn text<'a>(f: &'a Field, key: &str, warnings: &mut Vec<String>) -> Option<&'a str> {
    match f {
        Field::Missing => None,
        Field::Text(t) => Some(t.trim()),
        _ => {
            ignored(warnings, key, "must be a string");
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
            if name.chars().count() <= MAX_NAME
                && name.chars().any(|c| !invisible(c))
                && !name.chars().any(|c| c.is_control() || bidi_control(c))
            {
                c.name = Some(name.to_owned());
            } else {
                ignored(&mut w, "name", "must be 1 to 80 plain, visible characters");
            }
        }
        if let Some(phone) = text(&raw.phone, "phone", &mut w) {
            if valid_phone(phone) {
                c.phone = Some(phone.to_owned());
            } else {
                ignored(
                    &mut w,
                    "phone",
                    "may only hold digits, spaces and + - ( ) .",
                );
            }
        }
        if let Some(url) = text(&raw.portal_url, "portal_url", &mut w) {
            if valid_https_url(url) {
                c.portal_url = Some(url.to_owned());
            } else {
                ignored(&mut w, "portal_url", "must be a plain https:// address");
            }
        }
        if let Some(accent) = text(&raw.accent, "accent", &mut w) {
            match parse_hex(accent) {
                Some(rgb) if contrast_with_white(rgb) >= 4.5 => {
                    c.accent = Some(accent.to_ascii_lowercase())
                }
                Some(_) => ignored(
                    &mut w,
                    "accent",
                    "too little contrast with white (needs 4.5:1)",
                ),
                None => ignored(&mut w, "accent", "must look like #1d4e89"),
            }
        }
        match &raw.drugs {
            Field::Missing => {}
            Field::List(codes) => {
                let mut drugs = Vec::new();
                for code in codes {
                    match Drug::ALL.into_iter().find(|d| drug_code(*d) == code.trim()) {
                        Some(d) => insert_sorted(&mut drugs, d),
                        None => ignored(&mut w, code, "not a known medicine"),
                    }
                }
                if drugs.is_empty() {
                    ignored(&mut w, "drugs", "no known medicine named; showing all");
                } else {
                    c.drugs = drugs;
                }
            }
            _ => ignored(&mut w, "drugs", "must be a list of names"),
        }
        if let Some(lang) = text(&raw.lang, "lang", &mut w) {
            match lang {
                "en" => c.lang = Lang::En,
                "es" => c.lang = Lang::Es,
                _ => ignored(&mut w, lang, "language not available; use \"en\" or \"es\""),
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
        // Set but unusable still means "only these": the height then goes to no page rather
        // than to any parent. One warning for all the problems in the list.
        let list: &[String] = match &raw.embed_origins {
            Field::Missing => &[],
            Field::List(list) => list,
            _ => &[String::new()],
        };
        if raw.embed_origins != Field::Missing {
            let ok: Vec<&str> = list
                .iter()
                .map(|o| o.trim())
                .filter(|o| valid_origin(o))
                .take(MAX_EMBED_ORIGINS)
                .collect();
            if ok.len() < list.len() {
                ignored(
                    &mut w,
                    "embed_origins",
                    "up to ten https:// origins only; others left out",
                );
            }
            c.embed_origins = Some(ok.join(" "));
        }
        if w.len() > MAX_WARNINGS {
            w.truncate(MAX_WARNINGS - 1);
            w.push("clinic.json: more problems not shown".into());
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

/// Characters that show nothing on screen: spaces, zero-width and joiner characters, fillers,
/// variation selectors and tags. (Listed here rather than taken from Unicode tables, which
/// would cost wasm bytes.)
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}')
}

/// Characters that change the direction of the text around them, which could make a name
/// display as something else ("Trojan Source").
fn bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// A web origin: `https://` and a host (letters, digits, `.`, `-`, a `:port`), nothing more.
/// Plain `http://` is accepted only for this computer (`localhost:port`, `127.0.0.1:port`),
/// which browsers treat as secure, so a clinic can try the embedding before going live.
fn valid_origin(o: &str) -> bool {
    let host = o.strip_prefix("https://").or_else(|| {
        o.strip_prefix("http://")
            .filter(|h| h.starts_with("localhost:") || h.starts_with("127.0.0.1:"))
    });
    host.is_some_and(|h| {
        !h.is_empty()
            && h.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'))
    })
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
    u.strip_prefix("https://")
        .is_some_and(|rest| plain_address(u, rest))
}

/// `u` is an address whose part after the scheme is `rest`: a host (letters, digits, `.`, `-`,
/// a `:port`), then anything plain.
fn plain_address(u: &str, rest: &str) -> bool {
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
            embed_origins: Field::List(vec!["https://portal.example.org".into()]),
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
        assert_eq!(
            c.embed_origins.as_deref(),
            Some("https://portal.example.org")
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

    fn named(name: &str) -> Option<String> {
        let raw = RawClinic {
            name: t(name),
            ..RawClinic::default()
        };
        ClinicConfig::from_raw(&raw).0.name
    }

    #[test]
    fn names_must_be_visible_and_keep_their_direction() {
        for bad in [
            "",
            "   ",
            "\u{200B}\u{200B}\u{200B}",
            "\u{FEFF}\u{2060}\u{00AD}",
            "\u{3164}\u{115F}",
            "\u{E0041}\u{E0042}",
            "Clinic \u{202E}cinilC lliK",
            "Good\u{2067} Clinic",
            "Skin\u{200F}Clinic",
            "Skin\nClinic",
        ] {
            assert_eq!(named(bad), None, "{bad:?}");
        }
        for good in [
            "Clínica del Río",
            "Skin & Hair Clinic",
            "Dermatología 診療所",
        ] {
            assert_eq!(named(good).as_deref(), Some(good));
        }
        assert_eq!(named(&"a".repeat(MAX_NAME + 1)), None);
    }

    #[test]
    fn warnings_are_capped() {
        let raw = RawClinic {
            drugs: Field::List((0..200).map(|i| format!("pill{i}")).collect()),
            ..RawClinic::default()
        };
        let (c, w) = ClinicConfig::from_raw(&raw);
        assert_eq!(c.drugs, Drug::ALL.to_vec());
        assert_eq!(w.len(), MAX_WARNINGS, "{w:?}");
        assert!(
            w[MAX_WARNINGS - 1].contains("more problems not shown"),
            "{w:?}"
        );
    }

    #[test]
    fn files_over_the_size_cap_are_not_read() {
        assert!(check_size(900).is_ok());
        assert!(check_size(MAX_FILE_BYTES).is_ok());
        assert!(check_size(MAX_FILE_BYTES + 1).is_err());
    }

    fn origins(list: &[&str]) -> (Option<String>, Vec<String>) {
        let raw = RawClinic {
            embed_origins: Field::List(list.iter().map(|s| (*s).to_owned()).collect()),
            ..RawClinic::default()
        };
        let (c, w) = ClinicConfig::from_raw(&raw);
        (c.embed_origins, w)
    }

    #[test]
    fn embed_origins_are_https_origins_only() {
        let (o, w) = origins(&[
            "https://portal.example.org",
            "https://Portal2.Example.org:8443",
            "http://localhost:8191",
            "http://127.0.0.1:8191",
            "http://portal.example.org",
            "http://localhost.example.org",
            "http://localhost",
            "https://portal.example.org/",
            "https://portal.example.org\"><script>",
            "http://localhost.example.org",
            "http://localhost",
            "https://portal.example.org/",
            "https://portal.example.org\"><script>",
            "https://portal.example.org/messages",
            "https://user@portal.example.org",
            "https://portal.example.org?x",
            "https://*.example.org",
            "https://",
            "*",
            "null",
        ]);
        assert_eq!(
            o.unwrap(),
            "https://portal.example.org https://Portal2.Example.org:8443 http://localhost:8191 http://127.0.0.1:8191"
        );
        assert_eq!(w.len(), 1, "one warning for the list: {w:?}");
    }

    #[test]
    fn embed_origins_set_but_unusable_send_the_height_nowhere() {
        assert_eq!(origins(&["*"]).0.as_deref(), Some(""));
        let raw = RawClinic {
            embed_origins: t("https://portal.example.org"),
            ..RawClinic::default()
        };
        assert_eq!(
            ClinicConfig::from_raw(&raw).0.embed_origins.as_deref(),
            Some("")
        );
        // Not set at all: any parent (the frame-ancestors header decides who may embed).
        assert_eq!(
            ClinicConfig::from_raw(&RawClinic::default())
                .0
                .embed_origins,
            None
        );
    }

    #[test]
    fn embed_origins_are_capped() {
        let many: Vec<String> = (0..MAX_EMBED_ORIGINS + 5)
            .map(|i| format!("https://p{i}.example.org"))
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let (o, w) = origins(&many);
        assert_eq!(o.unwrap().split(' ').count(), MAX_EMBED_ORIGINS);
        assert_eq!(w.len(), 1, "{w:?}");
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
