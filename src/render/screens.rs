//! The fixed parts of the screens as markup: the start screen, the link notices, the step's
//! progress and buttons, the next steps and the fixed words of "Keep your answers". Markup
//! rather than virtual-DOM nodes because it is smaller in the wasm; Yew shows it as-is and only
//! replaces it when the markup itself changes, so a focused button in it stays focused.
//!
//! Buttons carry `data-act` (see [`act`]); each screen handles them with one delegated click
//! listener. Radios and checkboxes are markup too, without their ticks (set after each render by
//! `ui::controls`, so answering never changes the markup). What changes while a person uses it
//! (the parts' disclosure buttons, "Show all details", the typed age, the medicine switch) stays
//! in Yew views.

use super::Out;
use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::model::answers::{choice_by_key, choice_spec, multi_by_key, multi_spec};
use crate::model::screen::SectionId;
use crate::model::share_link::DecodeError;

/// What a `data-act` button does (the screens' delegated click listener reads it).
pub mod act {
    pub const START: &str = "start";
    pub const RESULTS: &str = "results";
    pub const FORGET: &str = "forget";
    pub const BACK: &str = "back";
    pub const SKIP: &str = "skip";
    pub const PRINT: &str = "print";
    pub const COPY: &str = "copy";
    /// Copy the note for the care team (the text in its box).
    pub const NOTE_COPY: &str = "note-copy";
    /// Open or close every part of the results.
    pub const SHOW_ALL: &str = "show-all";
    pub const HIDE_ALL: &str = "hide-all";
    /// On the choice between saved answers and a link's.
    pub const KEEP_SAVED: &str = "keep-saved";
    pub const USE_LINK: &str = "use-link";
}

impl Out {
    /// `<button type="button" class="..." data-act="...">text</button>`.
    fn button(&mut self, class: &'static str, act: &'static str, label: &str) -> &mut Self {
        self.raw("<button type=\"button\" class=\"")
            .raw(class)
            .raw("\" data-act=\"")
            .raw(act)
            .raw("\">")
            .text(label)
            .raw("</button>")
    }
}

/// The first screen (its text matches the static HTML in index.html, so nothing jumps when the
/// app takes over from the page that showed before the wasm loaded).
pub fn start(
    cat: &Catalog,
    has_answers: bool,
    forgotten: bool,
    focus_note: Option<&str>,
    errors: &[DecodeError],
) -> String {
    let mut o = Out::default();
    o.raw("<h1 id=\"screen-title\" tabindex=\"-1\">")
        .text(cat.get(Msg::AppTitle))
        .raw("</h1>")
        .el("p", "lede", cat.get(Msg::AppLede))
        .raw("<ul class=\"promises\">")
        .el("li", "", cat.get(Msg::AppPrivate))
        .el("li", "", cat.get(Msg::AppNotAdvice))
        .el("li", "", cat.get(Msg::AppTime))
        .raw("</ul>");
    link_notices(&mut o, errors, cat);
    if forgotten {
        o.raw("<p class=\"notice\" role=\"status\">")
            .text(cat.get(Msg::ResultsForgotten))
            .raw("</p>");
    }
    if let Some(n) = focus_note {
        o.el("p", "notice", n);
    }
    o.raw("<div class=\"actions\">")
        .button("primary", act::START, cat.get(Msg::AppStart));
    if has_answers {
        o.button("secondary", act::RESULTS, cat.get(Msg::AppResume))
            .button("link", act::FORGET, cat.get(Msg::AppStartOver));
    }
    o.raw("</div>")
        .el("p", "help", cat.get(Msg::AppForParent))
        .el("h2", "", cat.get(Msg::AppAboutTitle))
        .el("p", "", cat.get(Msg::AppAboutAa))
        .el("p", "", cat.get(Msg::AppDecision));
    o.into_string()
}

/// The top of the results: heading, purpose, and what a link could not say.
pub fn results_top(cat: &Catalog, errors: &[DecodeError]) -> String {
    let mut o = Out::default();
    o.raw("<h1 id=\"screen-title\" tabindex=\"-1\">")
        .text(cat.get(Msg::ResultsTitle))
        .raw("</h1>")
        .el("p", "intro", cat.get(Msg::ResultsPurpose));
    link_notices(&mut o, errors, cat);
    o.into_string()
}

/// The kind message shown when parts of a link could not be read: the questions whose answers
/// were left out, by their plain names.
fn link_notices(o: &mut Out, errors: &[DecodeError], cat: &Catalog) {
    if errors.is_empty() {
        return;
    }
    let version = errors.contains(&DecodeError::UnknownVersion);
    let mut keys: Vec<&str> = Vec::new();
    let mut unnamed = false;
    for e in errors.iter().filter(|e| **e != DecodeError::UnknownVersion) {
        match key_label(e.key(), cat) {
            Some(k) if !keys.contains(&k) => keys.push(k),
            Some(_) => {}
            None => unnamed = true,
        }
    }
    o.raw("<div class=\"notice warning\" role=\"alert\">");
    if !keys.is_empty() {
        o.el(
            "p",
            "",
            &cat.fill(
                Msg::ResultsLinkErrors,
                &[("keys", &keys.join(cat.get(Msg::WordsListSep)))],
            ),
        );
    } else if unnamed {
        o.el("p", "", cat.get(Msg::ResultsLinkErrorsGeneric));
    }
    if version {
        o.el("p", "", cat.get(Msg::ResultsLinkVersion));
    }
    o.raw("</div>");
}

/// A link key as the question it belongs to ("smoke" → "Smoking").
fn key_label(key: &str, cat: &Catalog) -> Option<&'static str> {
    let question = choice_by_key(key)
        .map(|c| choice_spec(c).answer)
        .or_else(|| multi_by_key(key).map(|m| multi_spec(m).answer));
    let m = match (question, key) {
        (Some(m), _) => m,
        (None, "age") => Msg::AnswerAge,
        (None, "matters" | "msome" | "mnot") => Msg::QValuesTitle,
        (None, "sure") => Msg::SecSure,
        (None, "ask") => Msg::SecQuestions,
        _ => return None,
    };
    Some(cat.get(m))
}

/// A step's progress: "Step n of total" and a progress bar.
pub fn progress(cat: &Catalog, n: usize, total: usize) -> String {
    let (n, done, total) = (n.digits(), (n - 1).digits(), total.digits());
    let mut o = Out::default();
    o.raw("<div class=\"progress\">")
        .el(
            "p",
            "step-of",
            &cat.fill(Msg::NavStepOf, &[("n", &n), ("total", &total)]),
        )
        .raw("<progress max=\"")
        .text(&total)
        .raw("\" value=\"")
        .text(&done)
        .raw("\" aria-label=\"")
        .text(&cat.fill(Msg::A11yProgress, &[("n", &done), ("total", &total)]))
        .raw("\"></progress></div>");
    o.into_string()
}

/// A screen's heading, which gets focus when the screen changes.
pub fn title(text: &str) -> String {
    let mut o = Out::default();
    o.raw("<h1 id=\"screen-title\" tabindex=\"-1\">")
        .text(text)
        .raw("</h1>");
    o.into_string()
}

/// Back / Next (the form's submit button) / Skip, and the way back to the results once they
/// have been seen.
pub fn step_nav(cat: &Catalog, last: bool, to_results: bool) -> String {
    let mut o = Out::default();
    o.raw("<div class=\"nav\">")
        .button("secondary", act::BACK, cat.get(Msg::NavBack))
        .raw("<button type=\"submit\" class=\"primary\">")
        .text(cat.get(if last {
            Msg::NavSeeResults
        } else {
            Msg::NavNext
        }))
        .raw("</button>")
        .button("link", act::SKIP, cat.get(Msg::NavSkip));
    if to_results && !last {
        o.button("link", act::RESULTS, cat.get(Msg::NavToResults));
    }
    o.raw("</div>");
    o.into_string()
}

/// "What next": links to the values, the readiness check and the questions, and Print.
pub fn next_steps(cat: &Catalog, questions: bool, quiz: bool) -> String {
    let mut o = Out::default();
    o.raw("<nav class=\"next-steps\" aria-labelledby=\"h-next\"><h2 id=\"h-next\">")
        .text(cat.get(Msg::ResultsNextTitle))
        .raw("</h2><ul>");
    // Numbered in order, skipping the parts that are not shown (no medicine applies).
    let steps = [
        (SectionId::Values, Msg::ResultsNextValues, true),
        (SectionId::Sure, Msg::ResultsNextSure, true),
        (SectionId::Questions, Msg::ResultsNextQuestions, questions),
        (SectionId::Quiz, Msg::ResultsNextQuiz, quiz),
        (SectionId::Note, Msg::ResultsNextNote, true),
    ];
    for (i, (id, label, _)) in steps.into_iter().filter(|s| s.2).enumerate() {
        o.raw("<li><a href=\"#")
            .raw(id.anchor())
            .raw("\" data-jump=\"")
            .raw(id.anchor())
            .raw("\"><span class=\"icon\" aria-hidden=\"true\">")
            .num(i + 1)
            .raw("</span>")
            .text(cat.get(label))
            .raw("</a></li>");
    }
    o.raw("<li>")
        .button("primary", act::PRINT, cat.get(Msg::ResultsPrint))
        .raw("</li></ul></nav>");
    o.into_string()
}

/// "Copy a link to my answers" (before the copy notices).
pub fn copy_button(cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<div class=\"actions\">")
        .button("secondary", act::COPY, cat.get(Msg::ResultsCopyLink))
        .raw("</div>");
    o.into_string()
}

/// What a link is for (after the copy notices).
pub fn link_explain(cat: &Catalog) -> String {
    let mut o = Out::default();
    o.el("p", "help", cat.get(Msg::ResultsLinkExplain));
    o.into_string()
}

/// The help under "Remember my answers", and "Forget my answers".
pub fn forget(cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<p class=\"help\" id=\"remember-help\">")
        .text(cat.get(Msg::ResultsRememberHelp))
        .raw("</p>")
        .button("secondary", act::FORGET, cat.get(Msg::ResultsForget));
    o.into_string()
}

/// The clinic's phone and patient portal, when the clinic set them.
pub fn clinic_contact(
    name: Option<&str>,
    phone: Option<&str>,
    portal: Option<&str>,
    cat: &Catalog,
) -> String {
    let mut o = Out::default();
    if let (Some(name), Some(phone)) = (name, phone) {
        o.el(
            "p",
            "clinic",
            &cat.fill(
                Msg::ResultsClinicContact,
                &[("clinic", name), ("phone", phone)],
            ),
        );
    }
    if let Some(url) = portal {
        o.raw("<p class=\"clinic\">")
            .new_tab_link(url, "", cat.get(Msg::ResultsClinicPortal), cat)
            .raw("</p>");
    }
    o.into_string()
}

/// The fixed top of "A note for my care team": what it is for, the copy button and the clinic's
/// message page, if set.
pub fn note_top(portal: Option<&str>, cat: &Catalog) -> String {
    let mut o = Out::default();
    o.el("p", "", cat.get(Msg::NoteIntro))
        .raw("<div class=\"actions\">")
        .button("secondary", act::NOTE_COPY, cat.get(Msg::NoteCopy));
    if let Some(url) = portal {
        o.new_tab_link(url, "button-link", cat.get(Msg::NotePortal), cat);
    }
    o.raw("</div>");
    o.into_string()
}

/// What "Copy the note" did, and the label of the note's box.
pub fn note_notice(copied: Option<bool>, cat: &Catalog) -> String {
    let mut o = Out::default();
    match copied {
        Some(true) => o.el("p", "notice", cat.get(Msg::NoteCopied)),
        Some(false) => o.el("p", "notice warning", cat.get(Msg::NoteCopyFailed)),
        None => &mut o,
    };
    o.into_string()
}

/// The choice between answers saved on this device and a link's (nothing is stored until the
/// person picks).
pub fn link_choice(cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<h1 id=\"screen-title\" tabindex=\"-1\">")
        .text(cat.get(Msg::PrivacyChoiceTitle))
        .raw("</h1>")
        .el("p", "", cat.get(Msg::PrivacyChoiceBody))
        .raw("<div class=\"actions\"><button class=\"primary\" data-act=\"")
        .raw(act::KEEP_SAVED)
        .raw("\">")
        .text(cat.get(Msg::PrivacyKeepSaved))
        .raw("</button><button class=\"secondary\" data-act=\"")
        .raw(act::USE_LINK)
        .raw("\">")
        .text(cat.get(Msg::PrivacyUseLink))
        .raw("</button></div>");
    o.into_string()
}

/// A notice with a heading and a list (the readiness check's next steps).
pub fn notice_list(all_yes: Option<&str>, title: &str, items: &[String]) -> String {
    let mut o = Out::default();
    if let Some(t) = all_yes {
        o.el("p", "notice", t);
    }
    if !items.is_empty() {
        o.raw("<div class=\"notice\">")
            .el("h3", "", title)
            .raw("<ul>");
        for i in items {
            o.el("li", "", i);
        }
        o.raw("</ul></div>");
    }
    o.into_string()
}

/// Which way each value points ("What matters to you"): the summary, then the considerations
/// toward, away and to discuss.
pub fn fit(fit: &crate::engine::values::Fit, cat: &Catalog) -> String {
    use crate::engine::values::Direction;
    let mut o = Out::default();
    o.raw("<p class=\"leaning\"><strong>")
        .text(&fit.summary)
        .raw("</strong></p>");
    for (d, title, class) in [
        (Direction::Toward, Msg::ValuesToward, "fit-group toward"),
        (Direction::Away, Msg::ValuesAway, "fit-group away"),
        (Direction::Discuss, Msg::ValuesNeutral, "fit-group discuss"),
    ] {
        let mut items = fit
            .considerations
            .iter()
            .filter(|c| c.direction == d)
            .peekable();
        if items.peek().is_none() {
            continue;
        }
        o.raw("<div class=\"")
            .raw(class)
            .raw("\">")
            .el("h3", "", cat.get(title))
            .raw("<ul>");
        for c in items {
            o.raw("<li>");
            if c.from_answers {
                o.el("span", "tag", cat.get(Msg::ValuesFromAnswers))
                    .raw(" ");
            }
            o.text(&c.text).raw("</li>");
        }
        o.raw("</ul></div>");
    }
    o.into_string()
}

/// The care-team note in a read-only box, with its label: tall enough (`rows`) to read
/// without scrolling inside it, and selectable by hand where a portal blocks the clipboard.
pub fn note_box(note: &str, rows: usize, cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<label for=\"care-note\" class=\"note-label\">")
        .text(cat.get(Msg::NoteLabel))
        .raw("</label><textarea id=\"care-note\" class=\"care-note\" readonly rows=\"")
        .num(rows)
        .raw("\">")
        .text(note)
        .raw("</textarea>");
    o.into_string()
}

/// `<tag class="...">text</tag>`, escaped: a fixed bit of a Yew view.
pub fn el(tag: &'static str, class: &str, text: &str) -> String {
    let mut o = Out::default();
    o.el(tag, class, text);
    o.into_string()
}

/// What "Copy a link" did: `Some(true)` copied, `Some(false)` failed (then the link is shown
/// to copy by hand).
pub fn copy_notice(copied: Option<bool>, url: &str, cat: &Catalog) -> String {
    let mut o = Out::default();
    match copied {
        Some(true) => {
            o.el("p", "notice", cat.get(Msg::ResultsCopied));
        }
        Some(false) => {
            o.raw("<div class=\"notice warning\">")
                .el("p", "", cat.get(Msg::ResultsCopyFailed))
                .raw("<label class=\"visually-hidden\" for=\"share-url\">")
                .text(cat.get(Msg::ResultsCopyLink))
                .raw("</label><input id=\"share-url\" type=\"text\" readonly=\"readonly\" value=\"")
                .text(url)
                .raw("\" class=\"share-url\"></div>");
        }
        None => {}
    }
    o.into_string()
}

impl Out {
    /// A question's legend and help (`id` names the help for `aria-describedby`).
    fn legend_help(&mut self, legend: &str, help: Option<(&str, &str)>) -> &mut Self {
        self.el("legend", "", legend);
        if let Some((id, text)) = help {
            self.raw("<p class=\"help\" id=\"")
                .text(id)
                .raw("\">")
                .text(text)
                .raw("</p>");
        }
        self
    }

    /// One option of a choice group: `<label><input><span>label</span></label>`.
    fn option(
        &mut self,
        class: &'static str,
        kind: Kind,
        id: &str,
        name: &str,
        value: Option<usize>,
        label: &str,
    ) -> &mut Self {
        self.raw("<label class=\"")
            .raw(class)
            .raw("\" for=\"")
            .text(id)
            .raw("\"><input type=\"")
            .raw(match kind {
                Kind::Radio => "radio",
                Kind::Checkbox => "checkbox",
            })
            .raw("\" id=\"")
            .text(id)
            .raw("\" name=\"")
            .text(name)
            .raw("\"");
        if let Some(v) = value {
            self.raw(" value=\"").num(v).raw("\"");
        }
        self.raw("><span>").text(label).raw("</span></label>")
    }
}

/// Radio buttons (one answer) or checkboxes (any number).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Radio,
    Checkbox,
}

/// The id of option `i` of the group `name` (`None`: its "None of these" box), in the markup
/// and in the ticks `ui::controls` sets after each render.
pub fn option_id(name: &str, i: Option<usize>) -> String {
    match i {
        Some(i) => [name, "-", &i.digits()].concat(),
        None => [name, "-none"].concat(),
    }
}

/// A question's options in a fieldset with its legend and help. Option `i` has the id
/// `name-i` (and, as a radio, the value `i`); `none` adds an exclusive "None of these" box
/// (`name-none`). `inline` lays short scales out in a row. The markup never says which boxes are
/// ticked: `ui::controls` sets them after each render, so an answer never replaces the group
/// and focus stays where it is.
pub fn choice_group(
    kind: Kind,
    name: &str,
    legend: &str,
    help: Option<&str>,
    labels: &[&str],
    inline: bool,
    none: Option<&str>,
) -> String {
    let help_id = [name, "-help"].concat();
    let mut o = Out::default();
    o.raw("<fieldset class=\"field\"");
    if help.is_some() {
        o.raw(" aria-describedby=\"").text(&help_id).raw("\"");
    }
    o.raw(">")
        .legend_help(legend, help.map(|h| (&*help_id, h)))
        .raw(if inline {
            "<div class=\"options inline\">"
        } else {
            "<div class=\"options\">"
        });
    for (i, label) in labels.iter().enumerate() {
        let id = option_id(name, Some(i));
        let value = (kind == Kind::Radio).then_some(i);
        o.option("option", kind, &id, name, value, label);
    }
    if let Some(label) = none {
        o.option(
            "option none",
            kind,
            &option_id(name, None),
            name,
            None,
            label,
        );
    }
    o.raw("</div></fieldset>");
    o.into_string()
}

/// The start of a question-to-ask checkbox's id (`ask-<id>`): written here, ticked by
/// `ui::questions`, read back by `App`'s change listener.
pub const ASK_ID: &str = "ask-";

/// "Questions to ask": a checkbox per question (`ask-<id>`), each with its kind. As with
/// [`choice_group`], the ticks are set after each render, not written here.
pub fn questions_list(title: &str, items: &[(&str, &str, &str)]) -> String {
    let mut o = Out::default();
    o.raw("<fieldset class=\"questions\">")
        .el("legend", "visually-hidden", title);
    for (id, text, tag) in items {
        let dom_id = [ASK_ID, id].concat();
        o.raw("<label class=\"option question\" for=\"")
            .text(&dom_id)
            .raw("\"><input type=\"checkbox\" id=\"")
            .text(&dom_id)
            .raw("\"><span>")
            .text(text)
            .el("span", "tag", tag)
            .raw("</span></label>");
    }
    o.raw("</fieldset>");
    o.into_string()
}

/// "Remember on this device" (its tick set after each render) and the Forget button.
pub fn remember(cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<div class=\"remember\"><label class=\"option\" for=\"remember\"><input type=\"checkbox\" id=\"remember\" aria-describedby=\"remember-help\">")
        .el("span", "", cat.get(Msg::ResultsRemember))
        .raw("</label>")
        .markup(&forget(cat))
        .raw("</div>");
    o.into_string()
}

/// The other language's page with the same answers: on every screen, as in the static HTML.
/// `offer`: the browser prefers that language, so say in it that the guide exists in it.
pub fn lang_switch(cat: &Catalog, href: &str, code: &'static str, offer: bool) -> String {
    let mut o = Out::default();
    o.raw("<p class=\"lang-switch\">");
    if offer {
        o.raw("<span lang=\"")
            .raw(code)
            .raw("\">")
            .text(cat.get(Msg::AppLangOffer))
            .raw("</span> ");
    }
    o.raw("<a href=\"")
        .text(href)
        .raw("\" hreflang=\"")
        .raw(code)
        .raw("\" lang=\"")
        .raw(code)
        .raw("\">")
        .text(cat.get(Msg::AppLangSwitch))
        .raw("</a></p>");
    o.into_string()
}
