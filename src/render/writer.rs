//! The escaping HTML writer and the type of what it writes. Every piece of text goes through
//! [`Out::text`]; tags and attribute names are `&'static str`. The guide, the clinician page and
//! the review pack write their markup with it.

use super::drug_code;
use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::model::profile::Drug;

/// Markup that is safe to put on the page: only [`Out`], the escaping writer, and `&'static`
/// constants can make one, so text that was not escaped cannot reach the page as markup (the
/// UI inserts a `Markup` in one place, `ui::markup`; it takes no `String`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(std::rc::Rc<str>);

impl Markup {
    /// Fixed markup written in the code (never text from a person, a link or a file).
    pub fn fixed(s: &'static str) -> Markup {
        Markup(s.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The shared text, for the UI's one insertion point (no copy).
    pub fn shared(&self) -> std::rc::Rc<str> {
        self.0.clone()
    }
}

impl std::ops::Deref for Markup {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Markup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A small HTML writer. Text is always escaped; tags and attribute names are static. (The
/// clinician page and the review pack write their markup with it too.)
#[derive(Default)]
pub struct Out(String);

impl Out {
    /// The markup written (the only way, with [`Markup::fixed`], to make a [`Markup`]).
    pub fn finish(self) -> Markup {
        Markup(self.0.into())
    }

    /// The markup written, as a string for a file (the review pack, the clinician page's
    /// static parts, tests): never handed to the page as markup.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Static markup (never user or content text).
    pub fn raw(&mut self, s: &'static str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Markup made by this writer elsewhere (a part of a larger page).
    pub fn markup(&mut self, m: &Markup) -> &mut Self {
        self.0.push_str(m);
        self
    }

    /// Escaped text, also safe inside a quoted attribute.
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                _ => self.0.push(c),
            }
        }
        self
    }

    /// A whole number, as digits.
    pub fn num(&mut self, n: usize) -> &mut Self {
        self.0.push_str(&n.digits());
        self
    }

    /// `<tag class="...">`, with an optional escaped class.
    pub(crate) fn open(&mut self, tag: &'static str, class: &str) -> &mut Self {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"").text(class).raw("\"");
        }
        self.raw(">")
    }

    pub(crate) fn close(&mut self, tag: &'static str) -> &mut Self {
        self.raw("</").raw(tag).raw(">")
    }

    /// `<tag class="..." data-d="x">`: the block is about one medicine.
    pub(crate) fn open_d(&mut self, tag: &'static str, class: &str, d: Option<Drug>) -> &mut Self {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"").text(class).raw("\"");
        }
        if let Some(d) = d {
            self.raw(" data-d=\"").raw(drug_code(d)).raw("\"");
        }
        self.raw(">")
    }

    /// A link that opens in a new tab and says so to screen readers (no referrer is sent).
    pub(crate) fn new_tab_link(
        &mut self,
        href: &str,
        class: &'static str,
        label: &str,
        cat: &Catalog,
    ) -> &mut Self {
        self.raw("<a href=\"")
            .text(href)
            .raw("\" rel=\"noreferrer noopener\" target=\"_blank\"");
        if !class.is_empty() {
            self.raw(" class=\"").raw(class).raw("\"");
        }
        self.raw(">")
            .text(label)
            .raw("<span class=\"visually-hidden\"> ")
            .text(cat.get(Msg::A11yNewWindow))
            .raw("</span></a>")
    }

    /// `<tag class="...">text</tag>`.
    pub fn el(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).close(tag)
    }
}
