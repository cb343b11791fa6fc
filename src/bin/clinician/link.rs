//! What staff choose, turned into the link with the guide's own share-link encoder.

use aa_decision_aid::model::profile::{Drug, DrugFocus, Lang, Profile};
use aa_decision_aid::model::screen::{Screen, StepId};
use aa_decision_aid::model::share_link::encode;

/// The languages the guide can open in, with each one's name in its own language (shown the same
/// whatever the page's language, so it is not catalog text). A Spanish link says `lang=es`; the
/// guide's page then opens its Spanish page (`es.html`) before loading anything else.
pub const LANGUAGES: &[(Lang, &str)] = &[(Lang::En, "English"), (Lang::Es, "Español")];

/// What staff chose.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Choice {
    /// The medicine to focus on; `None` for all (the guide's default, so the link leaves the
    /// key out rather than saying `drug=any`).
    pub drug: Option<Drug>,
    pub lang: Lang,
    /// The question step to open at; `None` for the start screen (the guide's default for a
    /// link without answers, so no `s=` either).
    pub open: Option<StepId>,
}

/// The fragment, written by the same encoder the guide reads links with.
pub fn fragment(c: &Choice) -> String {
    encode(&Profile {
        drug: c.drug.map(DrugFocus::One),
        lang: c.lang,
        screen: c.open.map(Screen::Step),
        ..Profile::default()
    })
}

/// The full link: the guide's address and the fragment. Nothing else (no tracking parameters).
pub fn link(base: &str, c: &Choice) -> String {
    format!("{base}#{}", fragment(c))
}

/// The guide's address: the folder this page is served from (`clinician.html` sits next to the
/// guide's `index.html`), without the query or fragment.
pub fn base(href: &str) -> String {
    let page = href.split(['?', '#']).next().unwrap_or_default();
    // The path starts at the first '/' after "scheme://".
    let host_start = page.find("://").map_or(0, |i| i + 3);
    match page.get(host_start..).and_then(|rest| rest.rfind('/')) {
        Some(i) => page.get(..host_start + i + 1).unwrap_or(page).to_owned(),
        None => format!("{page}/"),
    }
}

/// The address to print for typing by hand: no scheme and no trailing slash
/// (`https://example.org/aa-guide/` → `example.org/aa-guide`).
pub fn short_address(base: &str) -> &str {
    let rest = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .unwrap_or(base);
    rest.strip_suffix('/').unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aa_decision_aid::model::share_link::decode;

    const BASE: &str = "https://example.org/aa-guide/";

    #[test]
    fn each_choice_gives_the_expected_link() {
        let cases = [
            (None, None, "v=1"),
            (Some(Drug::Baricitinib), None, "v=1&drug=baricitinib"),
            (Some(Drug::Ritlecitinib), None, "v=1&drug=ritlecitinib"),
            (Some(Drug::Deuruxolitinib), None, "v=1&drug=deuruxolitinib"),
            (None, Some(StepId::Hair), "v=1&s=hair"),
            (
                Some(Drug::Ritlecitinib),
                Some(StepId::Values),
                "v=1&drug=ritlecitinib&s=values",
            ),
        ];
        for (drug, open, want) in cases {
            let c = Choice {
                drug,
                open,
                ..Choice::default()
            };
            assert_eq!(link(BASE, &c), format!("{BASE}#{want}"));
        }
    }

    #[test]
    fn the_guide_reads_back_exactly_what_was_chosen() {
        for drug in [None].into_iter().chain(Drug::ALL.into_iter().map(Some)) {
            for open in [None].into_iter().chain(StepId::ALL.into_iter().map(Some)) {
                for (lang, _) in LANGUAGES {
                    let c = Choice {
                        drug,
                        lang: *lang,
                        open,
                    };
                    let d = decode(&fragment(&c));
                    assert!(d.errors.is_empty(), "{c:?}: {:?}", d.errors);
                    assert!(d.profile.is_blank(), "a preset carries no answers");
                    assert_eq!(d.profile.drug, drug.map(DrugFocus::One));
                    assert_eq!(d.profile.lang, *lang);
                    assert_eq!(d.profile.screen, open.map(Screen::Step));
                }
            }
        }
    }

    #[test]
    fn the_base_is_this_pages_folder_without_query_or_fragment() {
        for (href, want) in [
            ("https://example.org/aa-guide/clinician.html", BASE),
            (
                "https://example.org/aa-guide/clinician.html?utm_source=x#v=1",
                BASE,
            ),
            ("https://example.org/aa-guide/", BASE),
            (
                "http://127.0.0.1:8201/clinician.html",
                "http://127.0.0.1:8201/",
            ),
            ("https://example.org", "https://example.org/"),
            ("https://example.org?x=/y", "https://example.org/"),
        ] {
            assert_eq!(base(href), want, "{href}");
        }
    }

    #[test]
    fn the_short_address_drops_the_scheme_and_the_last_slash() {
        assert_eq!(short_address(BASE), "example.org/aa-guide");
        assert_eq!(short_address("http://127.0.0.1:8201/"), "127.0.0.1:8201");
    }
}
