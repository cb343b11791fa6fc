//! The builder's words, from `src/data/clinician.en.toml`. A separate catalog from the guide's
//! (`en.toml`), compiled into its own `Text` enum, so the patient's wasm never carries them.

#[allow(dead_code)] // `ALL` and `key` are for tests and reviewers.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/catalog_clinician_en.rs"));
}
use aa_decision_aid::model::profile::Lang;
pub use generated::Text;

/// The text for a key (placeholders unfilled).
pub fn get(t: Text) -> &'static str {
    get_in(Lang::En, t)
}

/// The text for a key in the guide's language `lang`: the printed handout speaks the language of
/// the link it carries (the builder itself is for staff, in English).
pub fn get_in(lang: Lang, t: Text) -> &'static str {
    let (text, ends) = match lang {
        Lang::En => (generated::EN_TEXT, generated::EN_ENDS),
        Lang::Es => (generated::ES_TEXT, generated::ES_ENDS),
    };
    let i = t as usize;
    let start = i
        .checked_sub(1)
        .and_then(|p| ends.get(p))
        .map_or(0, |e| usize::from(*e));
    let end = ends.get(i).map_or(start, |e| usize::from(*e));
    text.get(start..end).unwrap_or("")
}

/// The text with each `{name}` replaced by its value (the guide's own placeholder filler).
pub fn fill(t: Text, args: &[(&str, &str)]) -> String {
    fill_in(Lang::En, t, args)
}

pub fn fill_in(lang: Lang, t: Text, args: &[(&str, &str)]) -> String {
    aa_decision_aid::data::content::fill(get_in(lang, t), args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use aa_decision_aid::data::content::{Catalog, Msg};
    use aa_decision_aid::model::answers::{label, step_title, DRUG};
    use aa_decision_aid::model::profile::{Drug, Lang};
    use aa_decision_aid::model::screen::StepId;

    /// Names that must show digits: a paper size.
    const CODES_WITH_DIGITS: &[&str] = &["A4"];

    #[test]
    fn both_languages_fit_unwrapped_offsets() {
        // The builder's catalogs are small: their u16 offsets never wrap (see build.rs).
        assert!(generated::EN_WRAPS.is_empty() && generated::ES_WRAPS.is_empty());
        assert_ne!(
            get_in(Lang::Es, Text::SheetPrivacy),
            get(Text::SheetPrivacy)
        );
    }

    #[test]
    fn every_key_has_text_and_no_digits() {
        for t in Text::ALL {
            let s = get(*t);
            assert!(!s.trim().is_empty(), "empty text for {}", t.key());
            let mut plain = s.to_owned();
            for c in CODES_WITH_DIGITS {
                plain = plain.replace(c, "");
            }
            // Placeholder names are not shown.
            let shown: String = plain
                .split('{')
                .enumerate()
                .map(|(i, part)| {
                    if i == 0 {
                        part
                    } else {
                        part.split_once('}').map_or(part, |p| p.1)
                    }
                })
                .collect();
            assert!(
                !shown.chars().any(|c| c.is_ascii_digit()),
                "{} contains a digit: {s}",
                t.key()
            );
        }
    }

    #[test]
    fn medicine_and_step_names_match_the_guide() {
        let guide = Catalog::for_lang(Lang::En);
        for d in Drug::ALL {
            assert_eq!(get(crate::view::drug_text(d)), label(DRUG, d, &guide));
        }
        for s in StepId::ALL {
            assert_eq!(
                get(crate::view::step_text(s)),
                guide.get(step_title(s)),
                "step {}",
                s.code()
            );
        }
        // The guide's words for its own link in "About this guide" exist.
        assert!(!guide.get(Msg::ResultsClinicianLink).is_empty());
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill(Text::SheetContact, &[("phone", "+1 555")]),
            "Questions? Call +1 555."
        );
    }
}
