//! The text catalog. Words live in `src/data/<lang>.toml`; `build.rs` compiles each file into
//! a table indexed by [`Msg`], so a missing key is a compile error, and a new language needs no
//! change to the engine or the components.

include!(concat!(env!("OUT_DIR"), "/catalog_en.rs"));

/// A language the guide is written in. Each language has its own page and build (`index.html`,
/// `es.html`), so a person downloads only the words they read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// The language code (`lang` attributes, links).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The page's other language (the switch on every screen).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

impl Default for Lang {
    /// The language of the page this build is for.
    fn default() -> Lang {
        BUILT
    }
}

/// The texts for one language: all texts in one string, where each one ends (u16 offsets that
/// wrap past 64 KB), and at which keys they wrap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Catalog {
    pub lang: Lang,
    text: &'static str,
    ends: &'static [u16],
    wraps: &'static [u16],
}

impl Catalog {
    /// The catalog for `lang`. In the browser, the page's own language only: a build carries
    /// one language's words (see `BUILT`).
    pub fn for_lang(lang: Lang) -> Catalog {
        #[cfg(target_arch = "wasm32")]
        let lang = {
            let _ = lang;
            BUILT
        };
        match lang {
            Lang::En => Catalog {
                lang,
                text: EN_TEXT,
                ends: EN_ENDS,
                wraps: EN_WRAPS,
            },
            Lang::Es => Catalog {
                lang,
                text: ES_TEXT,
                ends: ES_ENDS,
                wraps: ES_WRAPS,
            },
        }
    }

    fn end(&self, i: usize) -> usize {
        let wrapped = self.wraps.iter().filter(|w| usize::from(**w) <= i).count();
        self.ends.get(i).map_or(0, |e| usize::from(*e)) + (wrapped << 16)
    }

    /// The raw text for a key (placeholders unfilled).
    pub fn get(&self, m: Msg) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        used::note(m);
        let i = m as usize;
        let start = if i == 0 { 0 } else { self.end(i - 1) };
        self.text.get(start..self.end(i)).unwrap_or("")
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
    fn every_key_has_text_in_every_language() {
        for lang in [Lang::En, Lang::Es] {
            let cat = Catalog::for_lang(lang);
            for m in Msg::ALL {
                assert!(
                    !cat.get(*m).trim().is_empty(),
                    "{lang:?}: empty text for {}",
                    m.key()
                );
            }
        }
    }

    #[test]
    fn spanish_keeps_every_placeholder_and_is_really_spanish() {
        let (en, es) = (Catalog::for_lang(Lang::En), Catalog::for_lang(Lang::Es));
        let names = |t: &str| {
            let mut v: Vec<String> = t
                .split('{')
                .skip(1)
                .filter_map(|p| p.split_once('}').map(|(n, _)| n.to_owned()))
                .collect();
            v.sort();
            v.dedup();
            v
        };
        let mut same = Vec::new();
        for m in Msg::ALL {
            let (e, s) = (en.get(*m), es.get(*m));
            // A date is written differently in each language, from the same parts.
            if *m != Msg::DateFormat {
                assert_eq!(names(e), names(s), "placeholders differ for {}", m.key());
            }
            // Names, doses and codes may be the same in both languages; sentences may not.
            if e == s && e.split_whitespace().count() > 3 {
                same.push(m.key());
            }
        }
        assert!(same.is_empty(), "English left in es.toml: {same:?}");
    }

    #[test]
    fn texts_past_sixty_four_kilobytes_are_found() {
        let es = Catalog::for_lang(Lang::Es);
        assert!(ES_TEXT.len() > 1 << 16 || EN_TEXT.len() <= 1 << 16);
        let last = *Msg::ALL.last().unwrap();
        assert!(ES_TEXT.ends_with(es.get(last)));
        let total: usize = Msg::ALL.iter().map(|m| es.get(*m).len()).sum();
        assert_eq!(total, ES_TEXT.len(), "the texts tile the whole string");
    }
}
