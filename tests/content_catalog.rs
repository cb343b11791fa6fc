//! The text catalog follows the writing rules that keep numbers honest and pages consistent.
#![cfg(not(target_arch = "wasm32"))]

use aa_decision_aid::data::content::{Catalog, Msg};
use aa_decision_aid::model::profile::Lang;

/// Names that legitimately contain digits.
const NAMES_WITH_DIGITS: &[&str] = &["CYP2C9"];

#[test]
fn the_catalog_has_no_digits_so_every_number_comes_from_the_evidence() {
    let en = Catalog::for_lang(Lang::En);
    for m in Msg::ALL {
        // Placeholder names ({aa1}) are not shown to readers.
        let mut t = strip_placeholders(en.get(*m));
        for n in NAMES_WITH_DIGITS {
            t = t.replace(n, "");
        }
        assert!(
            !t.chars().any(|c| c.is_ascii_digit()),
            "{} contains a digit: {}",
            m.key(),
            en.get(*m)
        );
    }
}

fn strip_placeholders(t: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in t.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn no_text_tells_the_reader_to_start_or_stop_a_medicine() {
    let en = Catalog::for_lang(Lang::En);
    for m in Msg::ALL {
        let t = en.get(*m).to_lowercase();
        for bad in [
            "you should start",
            "you should stop",
            "stop taking your",
            "start taking",
        ] {
            assert!(!t.contains(bad), "{}: '{bad}' in {t}", m.key());
        }
    }
}

#[test]
fn placeholders_are_well_formed() {
    let en = Catalog::for_lang(Lang::En);
    for m in Msg::ALL {
        let t = en.get(*m);
        let opens = t.matches('{').count();
        let closes = t.matches('}').count();
        assert_eq!(opens, closes, "{}: unbalanced braces", m.key());
        for part in t.split('{').skip(1) {
            let name = part.split('}').next().unwrap_or("");
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{}: bad placeholder {{{name}}}",
                m.key()
            );
        }
    }
}

/// The start screen is in index.html so it shows before the wasm loads; it must say exactly what
/// the app then renders.
/// The texts of the static start page (index.html, and es.html made from it), which shows
/// before the wasm runs or when it cannot.
const STATIC_PAGE: &[Msg] = &[
    Msg::AppTitle,
    Msg::AppLede,
    Msg::AppAboutAa,
    Msg::AppAboutTitle,
    Msg::AppForParent,
    Msg::AppDecision,
    Msg::AppPrivate,
    Msg::AppNotAdvice,
    Msg::AppTime,
    Msg::AppLoading,
    Msg::AppLoadFailed,
    Msg::AppNoscript,
    Msg::AppPageTitle,
    Msg::AppPageDescription,
];

#[test]
fn the_static_start_screen_matches_the_catalog() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    let en = Catalog::for_lang(Lang::En);
    for &m in STATIC_PAGE {
        let text = en.get(m).replace('&', "&amp;");
        assert!(
            html.contains(&text),
            "index.html lacks the text of {}: {text}",
            m.key()
        );
    }
}

/// Every text in the catalog is shown by the app's own code (not only by a test or named in a
/// comment) or by the static start page: no dead words for a translator to translate or a
/// reviewer to review.
#[test]
fn every_catalog_text_is_used() {
    /// The code of `src/`, without comments and without its test modules.
    fn app_code(dir: &std::path::Path, out: &mut String) {
        for e in std::fs::read_dir(dir).expect("read src") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                app_code(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).expect("read file");
                // Test modules close each file in this codebase.
                let code = text.split("#[cfg(test)]").next().unwrap_or("");
                for line in code.lines() {
                    out.push_str(line.split("//").next().unwrap_or(""));
                    out.push('\n');
                }
            }
        }
    }
    let mut code = String::new();
    app_code(std::path::Path::new("src"), &mut code);
    let unused: Vec<&str> = Msg::ALL
        .iter()
        .filter(|m| !STATIC_PAGE.contains(m) && !code.contains(&format!("Msg::{m:?}")))
        .map(|m| m.key())
        .collect();
    assert!(unused.is_empty(), "texts no code shows: {unused:?}");
}
