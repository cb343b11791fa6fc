//! The text catalog. Words live in `src/data/<lang>.toml`; `build.rs` compiles each file into
//! a table indexed by [`Msg`], so a missing key is a compile error, and a new language needs no
//! change to the engine or the components.

include!(concat!(env!("OUT_DIR"), "/catalog_en.rs"));

/// A language the guide is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
}

/// The texts for one language: all texts in one string, and where each one ends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Catalog {
    text: &'static str,
    ends: &'static [u16],
}

impl Catalog {
    pub fn for_lang(lang: Lang) -> Catalog {
        match lang {
            Lang::En => Catalog {
                text: EN_TEXT,
                ends: EN_ENDS,
            },
        }
    }

    /// The raw text for a key (placeholders unfilled).
    pub fn get(&self, m: Msg) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        used::note(m);
        let i = m as usize;
        let start = i
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .map_or(0, |e| usize::from(*e));
        let end = self.ends.get(i).map_or(start, |e| usize::from(*e));
        self.text.get(start..end).unwrap_or("")
    }

    /// The text with each `{name}` replaced by its value.
    pub fn fill(&self, m: Msg, args: &[(&str, &str)]) -> String {
        fill(self.get(m), args)
    }
}

/// Which texts were read, recorded for the clinician review pack (native builds only: the
/// browser never records anything).
#[cfg(not(target_arch = "wasm32"))]
pub mod used {
    use super::Msg;
    use std::cell::RefCell;

    thread_local! {
        static USED: RefCell<Option<Vec<Msg>>> = const { RefCell::new(None) };
    }

    /// Start recording the texts read on this thread.
    pub fn start() {
        USED.with(|u| *u.borrow_mut() = Some(Vec::new()));
    }

    /// Stop recording; every text read since `start`, in order (with repeats).
    pub fn finish() -> Vec<Msg> {
        USED.with(|u| u.borrow_mut().take()).unwrap_or_default()
    }

    pub(super) fn note(m: Msg) {
        USED.with(|u| {
            if let Some(v) = u.borrow_mut().as_mut() {
                v.push(m);
            }
        });
    }
}

/// Replace `{name}` placeholders. Unknown placeholders are left as written, so a test can find them.
/// (Written with `split_once` rather than index slicing, which would pull panic-formatting code
/// into the wasm.)
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((name, tail)) => {
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            None => {
                out.push('{');
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_named_placeholders_and_leaves_unknown_ones() {
        assert_eq!(
            fill("{n} in {of} people", &[("n", "35"), ("of", "100")]),
            "35 in 100 people"
        );
        assert_eq!(fill("{x} and {", &[]), "{x} and {");
    }

    #[test]
    fn every_key_has_english_text() {
        let en = Catalog::for_lang(Lang::En);
        for m in Msg::ALL {
            assert!(!en.get(*m).trim().is_empty(), "empty text for {}", m.key());
        }
    }
}
