//! The text catalog. Words live in `src/data/<lang>.toml`. `build.rs` turns the keys into
//! [`Msg`] (so a missing key is a compile error) and each language's words into two text files,
//! "start" (what the start screen and the questions read) and "rest" (the results). The browser
//! loads them at run time (`platform::text`), so one wasm serves every language and a new
//! language is a text file and a start page; native builds (tests, the review pack) read the
//! same files, with the same parser, from the build.

include!(concat!(env!("OUT_DIR"), "/catalog_en.rs"));

/// A language the guide is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language code (`lang` attributes, links, text file names).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The page's other language (the switch on every screen).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }
}

/// The two text files of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The start screen, the questions and the notices on them.
    Start,
    /// Everything the results read.
    Rest,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Start => "start",
            Part::Rest => "rest",
        }
    }

    fn range(self) -> std::ops::Range<usize> {
        match self {
            Part::Start => 0..START_TEXTS,
            Part::Rest => START_TEXTS..Msg::ALL.len(),
        }
    }
}

/// Why a text file was refused. The page then says, kindly, that it could not load its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// Not one of this guide's text files (a server error page, a truncated download).
    NotATextFile,
    /// Made for another release or language or part (an old copy in a cache).
    WrongFile,
    /// The number of texts does not match.
    Incomplete,
}

/// Read a text file (see build.rs, `write_texts`): its texts, if it is the file for `lang`'s
/// `part` made for this build's keys.
pub fn parse_text_file(file: &str, lang: Lang, part: Part) -> Result<Vec<&str>, TextError> {
    let (header, body) = file.split_once('\n').ok_or(TextError::NotATextFile)?;
    let mut h = header.split(' ');
    if h.next() != Some("aa-text/1") {
        return Err(TextError::NotATextFile);
    }
    let range = part.range();
    let (first, count) = (range.start.to_string(), range.len().to_string());
    let expected = [lang.code(), part.name(), TEXT_FINGERPRINT, &first, &count];
    if !expected.iter().all(|e| h.next() == Some(e)) || h.next().is_some() {
        return Err(TextError::WrongFile);
    }
    let texts: Vec<&str> = body.split_terminator('\u{1e}').collect();
    // The last text ends with its separator: a file cut short has fewer, or an unfinished one.
    if texts.len() != range.len() || !body.ends_with('\u{1e}') {
        return Err(TextError::Incomplete);
    }
    Ok(texts)
}

/// One language's texts, by `Msg` position ("" where its part is not loaded yet).
type Texts = [&'static str];

/// The texts for one language. Cheap to copy; two catalogs are equal when they show the same
/// loaded texts.
#[derive(Clone, Copy, Debug)]
pub struct Catalog {
    pub lang: Lang,
    texts: &'static Texts,
}

impl PartialEq for Catalog {
    fn eq(&self, other: &Catalog) -> bool {
        self.lang == other.lang && std::ptr::eq(self.texts, other.texts)
    }
}

/// The text file this build wrote for `lang`'s `part`: what native builds read, and what the
/// browser tests load as the page's loader would. (Unused in the app's wasm, so not in it.)
pub fn build_text_file(lang: Lang, part: Part) -> &'static str {
    match (lang, part) {
        (Lang::En, Part::Start) => include_str!(concat!(env!("OUT_DIR"), "/text-en-start.txt")),
        (Lang::En, Part::Rest) => include_str!(concat!(env!("OUT_DIR"), "/text-en-rest.txt")),
        (Lang::Es, Part::Start) => include_str!(concat!(env!("OUT_DIR"), "/text-es-start.txt")),
        (Lang::Es, Part::Rest) => include_str!(concat!(env!("OUT_DIR"), "/text-es-rest.txt")),
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod bundled {
    //! Native builds (tests, the review pack, the examples) read the files the build wrote.
    use super::*;
    use std::sync::OnceLock;

    pub fn texts(lang: Lang) -> &'static Texts {
        static ALL: [OnceLock<Vec<&'static str>>; 2] = [OnceLock::new(), OnceLock::new()];
        ALL[lang as usize].get_or_init(|| {
            [Part::Start, Part::Rest]
                .into_iter()
                .flat_map(|part| {
                    parse_text_file(build_text_file(lang, part), lang, part)
                        .unwrap_or_else(|e| panic!("the build's {lang:?} {part:?} texts: {e:?}"))
                })
                .collect()
        })
    }
}

mod loaded {
    //! In the browser, the texts `platform::text` loaded, kept for the life of the page (a
    //! language's words are loaded once, so leaking them is the simplest owner). Native builds
    //! read the build's files instead (`bundled`).
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        static LOADED: RefCell<Option<(Lang, &'static Texts)>> = const { RefCell::new(None) };
    }

    pub fn texts(lang: Lang) -> Option<&'static Texts> {
        LOADED.with(|l| l.borrow().filter(|(l, _)| *l == lang).map(|(_, t)| t))
    }

    /// Add a part's texts to what is loaded for `lang` (another language's are dropped).
    pub fn install(lang: Lang, part: Part, file: String) -> Result<(), TextError> {
        let file: &'static str = Box::leak(file.into_boxed_str());
        let new = parse_text_file(file, lang, part)?;
        let mut all: Vec<&'static str> =
            texts(lang).map_or_else(|| vec![""; Msg::ALL.len()], <[_]>::to_vec);
        for (slot, text) in all[part.range()].iter_mut().zip(new) {
            *slot = text;
        }
        let all: &'static Texts = Box::leak(all.into_boxed_slice());
        LOADED.with(|l| *l.borrow_mut() = Some((lang, all)));
        Ok(())
    }

    /// Whether a part of `lang`'s texts is loaded.
    pub fn has(lang: Lang, part: Part) -> bool {
        texts(lang).is_some_and(|t| t.get(part.range().start).is_some_and(|s| !s.is_empty()))
    }
}

pub use loaded::{has, install};

impl Catalog {
    /// The catalog for `lang`: natively both languages, from the build; in the browser the
    /// language whose texts were loaded (the page's).
    pub fn for_lang(lang: Lang) -> Catalog {
        #[cfg(not(target_arch = "wasm32"))]
        return Catalog {
            lang,
            texts: bundled::texts(lang),
        };
        #[cfg(target_arch = "wasm32")]
        match loaded::texts(lang) {
            Some(texts) => Catalog { lang, texts },
            None => Catalog { lang, texts: &[] },
        }
    }

    /// The raw text for a key (placeholders unfilled); "" while its part is not loaded.
    pub fn get(&self, m: Msg) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        used::note(m);
        let text = self.texts.get(m as usize).copied().unwrap_or("");
        // A text read before its part has arrived is a bug in which part it was put in
        // (build.rs, START_SECTIONS): loud in debug builds, a blank in release ones.
        debug_assert!(
            !text.is_empty() || self.texts.is_empty(),
            "text {m:?} read before its part was loaded"
        );
        text
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
    fn a_text_file_for_another_release_language_or_part_or_cut_short_is_refused() {
        let file = include_str!(concat!(env!("OUT_DIR"), "/text-es-rest.txt"));
        let texts = parse_text_file(file, Lang::Es, Part::Rest).expect("the build's file");
        assert_eq!(texts.len(), Msg::ALL.len() - START_TEXTS);
        assert_eq!(
            texts.last().copied(),
            Some(Catalog::for_lang(Lang::Es).get(*Msg::ALL.last().unwrap()))
        );
        assert_eq!(
            parse_text_file(file, Lang::En, Part::Rest),
            Err(TextError::WrongFile)
        );
        assert_eq!(
            parse_text_file(file, Lang::Es, Part::Start),
            Err(TextError::WrongFile)
        );
        let other_release = file.replacen(TEXT_FINGERPRINT, "00000000", 1);
        assert_eq!(
            parse_text_file(&other_release, Lang::Es, Part::Rest),
            Err(TextError::WrongFile)
        );
        let cut = &file[..file.len() - 40];
        assert_eq!(
            parse_text_file(cut, Lang::Es, Part::Rest),
            Err(TextError::Incomplete)
        );
        let page = "<!doctype html><title>404 Not Found</title>";
        assert_eq!(
            parse_text_file(page, Lang::Es, Part::Rest),
            Err(TextError::NotATextFile)
        );
    }
}
