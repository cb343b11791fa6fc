//! Explanation → accessible HTML markup, as a string. Pure (no web types), so the markup is
//! tested natively, and the wasm carries one compact string builder instead of a virtual-DOM
//! constructor per element. Yew shows the result as-is; radios and checkboxes are markup too
//! (their ticks set after each render by `ui::controls`), and the few parts that change while a
//! person uses them (the parts' toggles, the typed age, the medicine switch) stay Yew views.
//!
//! Every piece of text is escaped. In-page links carry `data-jump`, "Change" buttons carry
//! `data-step` and term-help buttons `data-term`; the results screen handles all three with one
//! delegated click listener, so the URL fragment (which holds the answers) is never touched by
//! in-page navigation.
//!
//! Blocks about one medicine carry `data-d` (its one-letter code): the medicine switch only
//! changes a class on the page, and CSS hides the other medicines, so switching re-renders
//! nothing.

pub mod care_note;
pub mod plain_text;

use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::data::evidence::Evidence;
use crate::engine::values::{assess, SURE_QUESTIONS};
use crate::engine::{
    Block, BlockKind, CheckStatus, Explanation, IconArray, QuizItem, QuizScore, Section, SourceIdx,
};
use crate::model::answers::{self, matter_label};
use crate::model::profile::Drug;
use crate::model::profile::{Matter, Profile};
use crate::model::questionnaire;

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
    fn open(&mut self, tag: &'static str, class: &str) -> &mut Self {
        self.raw("<").raw(tag);
        if !class.is_empty() {
            self.raw(" class=\"").text(class).raw("\"");
        }
        self.raw(">")
    }

    fn close(&mut self, tag: &'static str) -> &mut Self {
        self.raw("</").raw(tag).raw(">")
    }

    /// `<tag class="..." data-d="x">`: the block is about one medicine.
    fn open_d(&mut self, tag: &'static str, class: &str, d: Option<Drug>) -> &mut Self {
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
    fn new_tab_link(
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

/// The one-letter code that ties a block to its medicine (`data-d`) and the page's view class.
pub fn drug_code(d: Drug) -> &'static str {
    match d {
        Drug::Baricitinib => "b",
        Drug::Ritlecitinib => "r",
        Drug::Deuruxolitinib => "d",
    }
}

/// Words with a one-sentence explanation the person can open in place, as (word, explanation).
/// The first time a word appears in a part of the page, it becomes a button that shows the
/// explanation under it (keyboard and screen-reader friendly; never hover-only).
const TERMS: &[(Msg, Msg)] = &[
    (Msg::TermsSaltWord, Msg::TermsSalt),
    (Msg::TermsPlaceboWord, Msg::TermsPlacebo),
    (Msg::TermsBoxedWord, Msg::TermsBoxed),
    (Msg::TermsJakWord, Msg::TermsJak),
    (Msg::TermsTnfWord, Msg::TermsTnf),
    (Msg::TermsIgraWord, Msg::TermsIgra),
    (Msg::TermsCkWord, Msg::TermsCk),
    (Msg::TermsLymphWord, Msg::TermsLymph),
    (Msg::TermsPlateletsWord, Msg::TermsPlatelets),
    (Msg::TermsLiveWord, Msg::TermsLive),
    (Msg::TermsPackyearsWord, Msg::TermsPackyears),
    (Msg::TermsEhWord, Msg::TermsEh),
    (Msg::TermsFolliculitisWord, Msg::TermsFolliculitis),
    (Msg::TermsCypWord, Msg::TermsCyp),
];

/// Links the first use of each term in one part of the page.
struct Terms<'a> {
    cat: &'a Catalog,
    /// Part of the element ids, unique per part of the page.
    part: &'static str,
    used: u32,
}

/// Where `word` starts in `text` (its first letter may be either case), at a word boundary.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let w = word.as_bytes();
    let t = text.as_bytes();
    let first = *w.first()?;
    (0..t.len().saturating_sub(w.len() - 1)).find(|&i| {
        t[i].eq_ignore_ascii_case(&first)
            && t[i + 1..i + w.len()] == w[1..]
            && (i == 0 || !t[i - 1].is_ascii_alphanumeric())
            // Short words (CK, IGRA) must stand alone: not the start of a longer word.
            && (w.len() > 4 || t.get(i + w.len()).is_none_or(|c| !c.is_ascii_alphabetic()))
    })
}

impl<'a> Terms<'a> {
    fn new(cat: &'a Catalog, part: &'static str) -> Self {
        Terms { cat, part, used: 0 }
    }

    /// Write escaped text, turning the first use of each unused term into a help button.
    fn write(&mut self, o: &mut Out, text: &str) {
        let mut rest = text;
        loop {
            let hit = TERMS
                .iter()
                .enumerate()
                .filter(|(i, _)| self.used >> i & 1 == 0)
                .filter_map(|(i, (word, _))| {
                    let w = self.cat.get(*word);
                    find_word(rest, w).map(|at| (at, i, w.len()))
                })
                .min();
            let Some((at, i, len)) = hit else {
                o.text(rest);
                return;
            };
            self.used |= 1 << i;
            let (before, tail) = rest.split_at(at);
            let (shown, after) = tail.split_at(len);
            o.text(before)
                .raw(
                    "<button type=\"button\" class=\"term\" aria-expanded=\"false\" data-term=\"t-",
                )
                .raw(self.part)
                .raw("-")
                .num(i)
                .raw("\" aria-controls=\"t-")
                .raw(self.part)
                .raw("-")
                .num(i)
                .raw("\">")
                .text(shown)
                .raw("<span class=\"q\" aria-hidden=\"true\"></span></button><span class=\"term-def\" id=\"t-")
                .raw(self.part)
                .raw("-")
                .num(i)
                .raw("\" hidden>")
                .text(self.cat.get(TERMS[i].1))
                .raw("</span>");
            rest = after;
        }
    }
}

/// Superscript links to numbered sources; a dagger marks a source that is not peer-reviewed
/// (a company announcement, a congress abstract or expert opinion).
fn cites(o: &mut Out, ex: &Explanation, list: &[SourceIdx], cat: &Catalog) {
    let ev = Evidence::bundled();
    for (s, n) in list
        .iter()
        .filter_map(|s| ex.cite_number(*s).map(|n| (*s, n)))
    {
        let unreviewed = ev
            .sources
            .get(s)
            .is_some_and(|x| x.kind.not_peer_reviewed());
        let label = cat.fill(
            if unreviewed {
                Msg::A11yCiteUnreviewed
            } else {
                Msg::A11yCite
            },
            &[("n", &n.to_string())],
        );
        o.raw("<sup class=\"cite\"><a href=\"#src-")
            .num(n)
            .raw("\" data-jump=\"src-")
            .num(n)
            .raw("\" aria-label=\"")
            .text(&label)
            .raw("\">[")
            .num(n)
            .raw(if unreviewed { "†]" } else { "]" })
            .raw("</a></sup>");
    }
}

/// Feedback on one "check what you know" answer: kind either way, then what the results say
/// (with its sources) and a link to the part that explains it.
pub fn quiz_feedback(q: &QuizItem, right: bool, ex: &Explanation, cat: &Catalog) -> Markup {
    let mut o = Out::default();
    o.open(
        "p",
        if right {
            "quiz-feedback right"
        } else {
            "quiz-feedback"
        },
    )
    .el(
        "strong",
        "",
        cat.get(if right {
            Msg::QuizRight
        } else {
            Msg::QuizNotQuite
        }),
    )
    .raw(" ")
    .text(&q.fact.text);
    cites(&mut o, ex, &q.fact.cites, cat);
    if let Some(sec) = ex.section(q.link) {
        let a = q.link.anchor();
        o.raw(" <a href=\"#")
            .raw(a)
            .raw("\" data-jump=\"")
            .raw(a)
            .raw("\">")
            .text(&cat.fill(Msg::QuizReadMore, &[("part", &sec.title)]))
            .raw("</a>");
    }
    o.close("p");
    o.finish()
}

/// The key points: what is approved and what is personal, each with its sources.
pub fn key_points(ex: &Explanation, cat: &Catalog) -> Markup {
    let mut o = Out::default();
    let mut terms = Terms::new(cat, "key");
    o.raw("<section class=\"key-points\" aria-labelledby=\"h-key\"><h2 id=\"h-key\">")
        .text(cat.get(Msg::ResultsSummaryTitle))
        .raw("</h2><ul>");
    for t in &ex.summary {
        o.open("li", "");
        terms.write(&mut o, &t.text);
        cites(&mut o, ex, &t.cites, cat);
        o.close("li");
    }
    o.raw("</ul></section>");
    if let Some(note) = &ex.focus_note {
        o.el("p", "notice", note);
    }
    o.finish()
}

/// The first layer: for each medicine, its main benefit and main side effect in the same picture
/// format, side by side; then the brief notes and the urgent signs in one sentence.
pub fn glance(ex: &Explanation, cat: &Catalog) -> Markup {
    let b = &ex.brief;
    let mut o = Out::default();
    if b.benefits.is_empty() {
        return Markup::default();
    }
    let mut terms = Terms::new(cat, "glance");
    o.raw("<section class=\"glance\" aria-labelledby=\"h-glance\"><h2 id=\"h-glance\">")
        .text(cat.get(Msg::ResultsGlanceTitle))
        .raw("</h2>");
    if ex.drugs.len() > 1 {
        o.open("p", "hint");
        terms.write(&mut o, cat.get(Msg::ResultsGlanceHint));
        o.close("p");
    }
    // One key for every picture below (each picture's own key is hidden in the cards).
    legend(&mut o, "ia-on", false, cat);
    for benefit in &b.benefits {
        let Some(d) = benefit.drug else { continue };
        o.open_d("div", "card", Some(d))
            .el(
                "h3",
                "",
                crate::model::answers::label(crate::model::answers::DRUG, d, cat),
            )
            .raw("<div class=\"pair\">");
        // Inside the medicine's own card: shown in every view (no `data-d`).
        block_in(&mut o, benefit, None, ex, cat, &mut terms);
        for harm in b.harms.iter().filter(|h| h.drug == Some(d)) {
            block_in(&mut o, harm, None, ex, cat, &mut terms);
        }
        o.raw("</div></div>");
    }
    for n in &b.notes {
        block(&mut o, n, ex, cat, &mut terms);
    }
    if let Some(u) = &b.urgent {
        if let BlockKind::Paragraph(t) = &u.kind {
            o.raw("<p class=\"urgent-brief\" role=\"note\"><span class=\"icon\" aria-hidden=\"true\">!</span> ");
            terms.write(&mut o, &t.text);
            o.raw("</p>");
        }
    }
    o.raw("</section>");
    o.finish()
}

/// The blocks of one engine section (its heading is the part's disclosure button).
pub fn section(s: &Section, ex: &Explanation, cat: &Catalog) -> Markup {
    let mut o = Out::default();
    let mut terms = Terms::new(cat, s.id.anchor());
    let mut in_checklist = false;
    for b in &s.blocks {
        let is_check = matches!(b.kind, BlockKind::Check(_));
        if is_check && !in_checklist {
            o.raw("<ul class=\"checklist\">");
        } else if !is_check && in_checklist {
            o.raw("</ul>");
        }
        in_checklist = is_check;
        block(&mut o, b, ex, cat, &mut terms);
    }
    if in_checklist {
        o.raw("</ul>");
    }
    o.finish()
}

fn block(o: &mut Out, b: &Block, ex: &Explanation, cat: &Catalog, terms: &mut Terms) {
    block_in(o, b, b.drug, ex, cat, terms)
}

/// A block, marked as about medicine `d` (`data-d`, for the one-medicine view) or not.
fn block_in(
    o: &mut Out,
    b: &Block,
    d: Option<Drug>,
    ex: &Explanation,
    cat: &Catalog,
    terms: &mut Terms,
) {
    match &b.kind {
        BlockKind::Subheading(t) => {
            o.open_d("h3", "", d).text(t).close("h3");
        }
        BlockKind::Paragraph(t) | BlockKind::Note(t) => {
            let class = if matches!(b.kind, BlockKind::Note(_)) {
                "note"
            } else {
                ""
            };
            o.open_d("p", class, d);
            terms.write(o, &t.text);
            cites(o, ex, &t.cites, cat);
            o.close("p");
        }
        BlockKind::IconArray(a) => icon_array(o, a, ex, cat, d),
        BlockKind::Table(t) => {
            o.open_d("div", "table-wrap", d)
                .raw("<table><caption>")
                .text(&t.caption);
            cites(o, ex, &t.cites, cat);
            o.raw("</caption><thead><tr>");
            for c in &t.columns {
                o.raw("<th scope=\"col\">").text(c).raw("</th>");
            }
            o.raw("</tr></thead><tbody>");
            for r in &t.rows {
                o.open("tr", if r.yours { "yours" } else { "" })
                    .raw("<th scope=\"row\">")
                    .text(&r.label)
                    .raw("</th>");
                for c in &r.cells {
                    o.el("td", "", c);
                }
                o.close("tr");
            }
            o.raw("</tbody></table></div>");
        }
        BlockKind::Check(c) => {
            let (class, status) = match c.status {
                CheckStatus::Done => ("check done", Msg::CheckStatusDone),
                CheckStatus::Later => ("check later", Msg::CheckStatusLater),
                CheckStatus::Todo => ("check", Msg::CheckStatusTodo),
            };
            o.open_d("li", class, d)
                .el("span", "check-status", cat.get(status))
                .el("strong", "check-title", &c.title)
                .open("span", "check-why");
            terms.write(o, &c.why);
            cites(o, ex, &c.cites, cat);
            o.close("span");
            if let Some(y) = &c.yours {
                o.open("span", "check-yours");
                terms.write(o, y);
                o.close("span");
            }
            o.close("li");
        }
        BlockKind::Urgent(u) => {
            o.open_d("div", "urgent", d)
                .raw("<h3><span class=\"icon\" aria-hidden=\"true\">!</span> ")
                .text(&u.title)
                .raw("</h3><ul>");
            for i in &u.items {
                o.el("li", "", i);
            }
            o.raw("</ul>");
            if !u.note.is_empty() {
                o.el("p", "", &u.note);
            }
            o.raw("</div>");
        }
        // Interactive: rendered by the Yew questions view.
        BlockKind::Question(_) => {}
    }
}

/// Icon arrays: grouped, filled from the top-left; filled vs outlined (not colour alone); the
/// natural-frequency sentence is both the picture's label and visible text.
pub fn icon_array(o: &mut Out, a: &IconArray, ex: &Explanation, cat: &Catalog, d: Option<Drug>) {
    let thousand = a.of > 100;
    let on = if a.harm { "ia-on harm" } else { "ia-on" };
    let class = match (a.harm, thousand) {
        (true, true) => "icon-array harm thousand",
        (true, false) => "icon-array harm",
        (false, true) => "icon-array thousand",
        (false, false) => "icon-array",
    };
    o.open_d("figure", class, d)
        .raw("<figcaption><span class=\"ia-title\">")
        .text(&a.title)
        .raw("</span>");
    cites(o, ex, &a.cites, cat);
    o.raw("</figcaption><div class=\"ia-groups\">");
    for g in &a.groups {
        o.raw("<div class=\"ia-group\">")
            .el("p", "ia-label", &g.label)
            .raw("<div role=\"img\" class=\"ia-img\" aria-label=\"")
            .text(&g.sentence)
            .raw("\">");
        if thousand {
            o.raw("<svg class=\"ia-svg wide\" viewBox=\"0 0 320 200\" focusable=\"false\" aria-hidden=\"true\"><rect width=\"320\" height=\"200\" fill=\"url(#ia-dots)\"/>");
            for i in 0..g.count.min(1000) as usize {
                o.raw("<circle r=\"3\" cx=\"")
                    .num((i % 40) * 8 + 4)
                    .raw("\" cy=\"")
                    .num((i / 40) * 8 + 4)
                    .raw("\" class=\"")
                    .raw(on)
                    .raw("\"/>");
            }
        } else {
            o.raw("<svg class=\"ia-svg\" viewBox=\"0 0 200 200\" focusable=\"false\" aria-hidden=\"true\"><rect width=\"200\" height=\"200\" fill=\"url(#ia-people)\"/>");
            for i in 0..g.count.min(100) as usize {
                o.raw("<use href=\"#ia-person\" width=\"20\" height=\"20\" x=\"")
                    .num((i % 10) * 20)
                    .raw("\" y=\"")
                    .num((i / 10) * 20)
                    .raw("\" class=\"")
                    .raw(on)
                    .raw("\"/>");
            }
        }
        let caption = if g.short.is_empty() {
            &g.sentence
        } else {
            &g.short
        };
        o.raw("</svg></div>")
            .el("p", "ia-sentence", caption)
            .raw("</div>");
    }
    o.raw("</div>");
    legend(o, on, thousand, cat);
    o.raw("</figure>");
}

/// "Filled figure: the outcome happened; outlined: it did not" (for sighted readers: the
/// sentences already say it).
fn legend(o: &mut Out, on: &'static str, thousand: bool, cat: &Catalog) {
    o.raw("<p class=\"ia-legend\" aria-hidden=\"true\">");
    for (class, label) in [
        (on, Msg::ResultsIconLegendFilled),
        ("ia-off", Msg::ResultsIconLegendEmpty),
    ] {
        o.raw("<span class=\"key\">");
        if thousand {
            o.raw("<svg viewBox=\"0 0 8 8\" class=\"ia-key\"><circle cx=\"4\" cy=\"4\" r=\"3\" class=\"")
                .raw(class)
                .raw("\"/></svg>");
        } else {
            o.raw("<svg viewBox=\"0 0 20 20\" class=\"ia-key\"><use href=\"#ia-person\" class=\"")
                .raw(class)
                .raw("\"/></svg>");
        }
        o.text(cat.get(label)).raw("</span>");
    }
    o.raw("</p>");
}

/// The shared SVG symbol and patterns the icon arrays use (once per page).
pub const SVG_DEFS: &str = "<svg class=\"svg-defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>\
<symbol id=\"ia-person\" viewBox=\"0 0 20 20\"><circle cx=\"10\" cy=\"5.2\" r=\"3.6\"/><path d=\"M4.2 18.6c0-4.6 2.4-7.4 5.8-7.4s5.8 2.8 5.8 7.4z\"/></symbol>\
<pattern id=\"ia-people\" width=\"20\" height=\"20\" patternUnits=\"userSpaceOnUse\"><use href=\"#ia-person\" width=\"20\" height=\"20\" class=\"ia-off\"/></pattern>\
<pattern id=\"ia-dots\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><circle cx=\"4\" cy=\"4\" r=\"2.6\" class=\"ia-off\"/></pattern>\
</defs></svg>";

/// The numbered source list, with what kind of source each is where that matters.
pub fn sources(ex: &Explanation, ev: &Evidence, cat: &Catalog) -> Markup {
    let mut o = Out::default();
    o.el("p", "help", cat.get(Msg::ResultsSourcesDagger))
        .raw("<ol>");
    for (i, s) in ex.sources.iter().enumerate() {
        let Some(src) = ev.sources.get(*s) else {
            continue;
        };
        o.raw("<li id=\"src-")
            .num(i + 1)
            .raw("\" tabindex=\"-1\">")
            .text(src.citation);
        if let Some(kind) = kind_note(src.kind) {
            o.raw(" ").el("span", "src-kind", cat.get(kind));
        }
        if let Some(u) = src.url {
            o.raw(" ")
                .new_tab_link(u, "", cat.get(Msg::ResultsSourceLink), cat);
        }
        o.raw("</li>");
    }
    o.raw("</ol>");
    o.finish()
}

/// How a source that is not peer-reviewed is marked.
fn kind_note(k: crate::data::evidence::SourceKind) -> Option<Msg> {
    use crate::data::evidence::SourceKind::*;
    match k {
        Company => Some(Msg::ResultsKindCompany),
        Congress => Some(Msg::ResultsKindCongress),
        Expert => Some(Msg::ResultsKindExpert),
        _ => None,
    }
}

/// A clinic's own sign-off of the content, from `clinic.json`: (reviewer, role, date).
pub type Review<'a> = Option<(&'a str, &'a str, &'a str)>;

fn review_line(o: &mut Out, review: Review, cat: &Catalog) {
    match review {
        Some((name, role, date)) => o.el(
            "p",
            "review",
            &cat.fill(
                Msg::ResultsClinicReview,
                &[("name", name), ("role", role), ("date", date)],
            ),
        ),
        None => o.el("p", "review", cat.get(Msg::ResultsClinicNoReview)),
    };
}

/// Who made the guide, who checked it, review dates, update policy, funding and privacy.
pub fn about(ev: &Evidence, cat: &Catalog, review: Review) -> Markup {
    let mut o = Out::default();
    o.el("p", "", cat.get(Msg::ResultsWhoMade));
    review_line(&mut o, review, cat);
    o.el("p", "", cat.get(Msg::ResultsNotTested))
        .raw("<p>")
        .text(&cat.fill(
            Msg::ResultsReviewed,
            &[
                ("date", ev.meta.last_reviewed),
                ("next", ev.meta.next_review),
            ],
        ))
        .raw(" ")
        .text(&cat.fill(Msg::ResultsProduced, &[("date", ev.meta.produced)]))
        .raw("</p>")
        .el("p", "", cat.get(Msg::ResultsUpdatePolicy))
        .el("p", "", cat.get(Msg::ResultsFunding))
        .el("p", "", cat.get(Msg::ResultsPrivacy))
        // The clinician link builder, a separate page: nothing of it loads with the guide.
        .raw("<p class=\"staff-link\"><a href=\"clinician.html\" target=\"_blank\" rel=\"noopener\">")
        .text(cat.get(Msg::ResultsClinicianLink))
        .raw("</a></p>");
    o.finish()
}

fn marks(o: &mut Out, ex: &Explanation, list: &[SourceIdx]) {
    for n in list.iter().filter_map(|s| ex.cite_number(*s)) {
        o.raw(" [").num(n).raw("]");
    }
}

/// The printed visit summary (hidden on screen), at most two pages: the key points; each
/// medicine's main benefit and main side effect in the same format; the urgent signs; then the
/// key answers, checks, questions, values, readiness, notes space, sources and review dates. No
/// name or identifier is ever asked for or printed. Blocks about one medicine carry `data-d`, so
/// the medicine view applies to paper too.
///
/// A date (`YYYY-MM-DD`) as the reader's language writes it ("30 de noviembre de 2026").
pub fn date(cat: &Catalog, iso: &str) -> String {
    let part = |r: std::ops::Range<usize>| iso.get(r).unwrap_or("");
    let (y, mm, dd) = (part(0..4), part(5..7), part(8..10));
    let month = mm
        .parse::<usize>()
        .ok()
        .and_then(|m| cat.get(Msg::DateMonths).split('|').nth(m.wrapping_sub(1)))
        .unwrap_or(mm);
    cat.fill(
        Msg::DateFormat,
        &[
            ("y", y),
            ("mm", mm),
            ("dd", dd),
            ("d", dd.trim_start_matches('0')),
            ("month", month),
        ],
    )
}

/// Returned in parts so that a change to one answer re-renders only the parts it affects.
pub fn print_summary(
    p: &Profile,
    ex: &Explanation,
    cat: &Catalog,
    today: &str,
    review: Review,
    score: QuizScore,
) -> Vec<Markup> {
    let ev = Evidence::bundled();
    let mut parts = Vec::new();
    let mut o = Out::default();
    let mut used: Vec<SourceIdx> = ex.summary.iter().flat_map(|t| t.cites.clone()).collect();
    o.el("h1", "", cat.get(Msg::PrintTitle)).el(
        "p",
        "made",
        &cat.fill(Msg::PrintMade, &[("date", &date(cat, today))]),
    );
    review_line(&mut o, review, cat);
    o.raw("<ol class=\"summary-lines\">");
    for t in &ex.summary {
        o.open("li", "").text(&t.text);
        marks(&mut o, ex, &t.cites);
        o.close("li");
    }
    o.raw("</ol>");

    // Benefit and main side effect, side by side, per medicine.
    let b = &ex.brief;
    if !b.benefits.is_empty() {
        o.el("h2", "", cat.get(Msg::PrintBenefitsHarms))
            .raw("<div class=\"print-arrays\">");
        for benefit in &b.benefits {
            let Some(d) = benefit.drug else { continue };
            o.open_d("div", "print-drug", Some(d)).el(
                "h3",
                "",
                crate::model::answers::label(crate::model::answers::DRUG, d, cat),
            );
            for blk in std::iter::once(benefit).chain(b.harms.iter().filter(|h| h.drug == Some(d)))
            {
                match &blk.kind {
                    BlockKind::IconArray(a) => {
                        used.extend(a.cites.iter().copied());
                        icon_array(&mut o, a, ex, cat, None);
                    }
                    BlockKind::Paragraph(t) => {
                        used.extend(t.cites.iter().copied());
                        o.open("p", "print-harm").text(&t.text);
                        marks(&mut o, ex, &t.cites);
                        o.close("p");
                    }
                    _ => {}
                }
            }
            o.raw("</div>");
        }
        o.raw("</div>");
    }
    // The urgent signs, as on screen (the "get help right away" list; the "contact your care
    // team soon" list stays on screen, for space).
    if let Some(blk) = ex
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .find(|b| matches!(b.kind, BlockKind::Urgent(_)))
    {
        if let BlockKind::Urgent(u) = &blk.kind {
            o.open("div", "print-urgent")
                .el("h2", "", &u.title)
                .raw("<ul>");
            for i in &u.items {
                o.el("li", "", i);
            }
            o.raw("</ul>");
            if !u.note.is_empty() {
                o.el("p", "", &u.note);
            }
            o.raw("</div>");
        }
    }

    parts.push(std::mem::take(&mut o).finish());
    o.el("h2", "", cat.get(Msg::PrintKeyAnswers))
        .raw("<dl class=\"print-answers\">");
    // Only what was answered: the paper is for the visit, and space is short.
    let not_answered = cat.get(Msg::ResultsNotAnswered);
    // Values have their own part below.
    for l in answers::lines(p, cat)
        .into_iter()
        .filter(|l| l.value != not_answered && l.step != questionnaire::StepId::Values)
    {
        o.raw("<div>")
            .el("dt", "", l.label)
            .el("dd", "", &l.value)
            .raw("</div>");
    }
    o.raw("</dl>");

    let checks: Vec<&Block> = ex
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter(|b| matches!(b.kind, BlockKind::Check(_)))
        .collect();
    if !checks.is_empty() {
        o.el("h2", "", cat.get(Msg::PrintChecklist))
            .raw("<ul class=\"print-checks\">");
        for blk in checks {
            let BlockKind::Check(c) = &blk.kind else {
                continue;
            };
            // Titles only on paper: a title with a number keeps its sources; the others' are
            // on screen, with their reasons.
            let numbered = c.title.bytes().any(|b| b.is_ascii_digit());
            let cites: &[SourceIdx] = if numbered { &c.cites } else { &[] };
            used.extend(cites.iter().copied());
            o.open_d("li", "", blk.drug)
                .raw("<span class=\"box\" aria-hidden=\"true\">")
                .raw(match c.status {
                    CheckStatus::Done => "☑",
                    CheckStatus::Later => "○",
                    CheckStatus::Todo => "☐",
                })
                .raw("</span> ")
                .el("strong", "", &c.title);
            marks(&mut o, ex, cites);
            if c.status == CheckStatus::Later {
                o.raw(" (").text(cat.get(Msg::CheckStatusLater)).raw(")");
            }
            // Titles only: the reasons are on screen, and the paper has two pages.
            o.raw("</li>");
        }
        o.raw("</ul>");
    }

    parts.push(std::mem::take(&mut o).finish());
    o.el("h2", "", cat.get(Msg::PrintQuestions));
    let asked: Vec<_> = ex
        .questions()
        .filter(|q| p.ask.iter().any(|a| a == q.id))
        .collect();
    if asked.is_empty() {
        o.el("p", "", cat.get(Msg::PrintNoQuestions));
    } else {
        o.raw("<ol class=\"print-questions\">");
        for q in asked {
            o.el("li", "", &q.text);
        }
        o.raw("</ol>");
    }

    o.el("h2", "", cat.get(Msg::PrintValues))
        .raw("<ul class=\"print-values\">");
    for m in Matter::ALL {
        if let Some(w) = p.weight(m) {
            o.raw("<li>")
                .text(cat.get(matter_label(m)))
                .raw(": ")
                .text(answers::label(answers::WEIGHT, w, cat))
                .raw("</li>");
        }
    }
    o.raw("</ul>")
        .el("p", "", &assess(p, cat, &ex.drugs).summary)
        .el("h2", "", cat.get(Msg::PrintSure))
        .raw("<ul class=\"print-sure\">");
    for (q, a) in SURE_QUESTIONS.iter().zip(p.sure) {
        let answer = match a {
            Some(true) => cat.get(Msg::SureYes),
            Some(false) => cat.get(Msg::SureNo),
            None => cat.get(Msg::ResultsNotAnswered),
        };
        o.raw("<li>")
            .text(cat.get(*q))
            .raw(" ")
            .el("strong", "", answer)
            .raw("</li>");
    }
    o.raw("</ul>");
    if score.answered > 0 {
        o.el(
            "p",
            "",
            &cat.fill(
                Msg::QuizPrintLine,
                &[
                    ("n", &score.right.to_string()),
                    ("total", &score.answered.to_string()),
                ],
            ),
        );
    }
    o.el("h2", "", cat.get(Msg::PrintNotes))
        .raw("<div class=\"notes-lines\" aria-hidden=\"true\"></div>");
    parts.push(std::mem::take(&mut o).finish());
    o.el("h2", "", cat.get(Msg::ResultsSourcesTitle))
        .raw("<ol class=\"print-sources\">");
    // In citation order, each once.
    for (i, s) in ex
        .sources
        .iter()
        .enumerate()
        .filter(|(_, s)| used.contains(s))
    {
        if let Some(src) = ev.sources.get(*s) {
            o.raw("<li value=\"")
                .num(i + 1)
                .raw("\">")
                .text(src.citation);
            if let Some(kind) = kind_note(src.kind) {
                o.raw(" ").text(cat.get(kind));
            }
            o.raw("</li>");
        }
    }
    o.raw("</ol><p class=\"small\">")
        .text(&cat.fill(
            Msg::PrintFooter,
            &[
                ("date", ev.meta.last_reviewed),
                ("next", ev.meta.next_review),
            ],
        ))
        .raw("</p>");
    parts.push(o.finish());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::explain;
    use crate::engine::SectionId;
    use crate::model::profile::{Drug, Lang};
    use crate::model::share_link::decode;

    /// The printed summary's parts as one piece of markup.
    fn joined(parts: Vec<Markup>) -> String {
        parts.iter().map(Markup::as_str).collect()
    }

    fn setup(fragment: &str) -> (Profile, Explanation, Catalog) {
        let p = decode(fragment).profile;
        let cat = Catalog::for_lang(Lang::En);
        let ex = explain(&p, &Evidence::bundled(), &cat, &Drug::ALL);
        (p, ex, cat)
    }

    #[test]
    fn text_is_escaped() {
        let mut o = Out::default();
        o.text("<script>\"x\" & 'y'</script>");
        assert_eq!(
            o.into_string(),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn icon_arrays_have_labelled_images_and_the_right_number_of_filled_figures() {
        let (_, ex, cat) = setup("#v=1&age=40");
        let sec = ex.section(SectionId::Benefits).unwrap();
        let html = section(sec, &ex, &cat);
        assert!(html.contains("role=\"img\" class=\"ia-img\" aria-label=\"23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair. 77 in 100 did not.\""));
        let ritle = html
            .split("<figure class=\"icon-array\" data-d=\"r\">")
            .nth(1)
            .expect("a ritlecitinib array");
        let first = ritle.split("</svg>").next().unwrap();
        assert_eq!(first.matches("class=\"ia-on\"").count(), 23);
        // Each medicine's blocks carry its code, so the view switch is a class on the page.
        assert!(html.contains("<h3 data-d=\"b\">Baricitinib (Olumiant)</h3>"));
    }

    #[test]
    fn tables_have_header_scopes_and_citations_link_to_sources() {
        let (_, ex, cat) = setup("#v=1&age=28&sex=f&contra=combined");
        let sec = ex.section(SectionId::LifeStage).unwrap();
        let html = section(sec, &ex, &cat);
        assert!(html.contains("<th scope=\"col\">"));
        assert!(html
            .contains("<th scope=\"row\">Not pregnant, no hormonal birth control</th><td>2</td>"));
        assert!(html.contains("data-jump=\"src-"));
        let src = sources(&ex, &Evidence::bundled(), &cat);
        assert_eq!(src.matches("<li id=\"src-").count(), ex.sources.len());
    }

    #[test]
    fn the_first_use_of_a_term_gets_its_explanation_once_per_part() {
        let (_, ex, cat) = setup("#v=1&age=40");
        let sec = ex.section(SectionId::Benefits).unwrap();
        let html = section(sec, &ex, &cat);
        assert_eq!(
            html.matches("data-term=\"t-benefits-0\"").count(),
            1,
            "SALT score, once"
        );
        assert!(html.contains(">SALT score<span class=\"q\" aria-hidden=\"true\"></span></button><span class=\"term-def\" id=\"t-benefits-0\" hidden>A number from zero"));
        // Short words only at word boundaries: "CK" is not found inside "CKD" or "check".
        assert_eq!(find_word("a CKD check", "CK"), None);
        assert_eq!(find_word("higher CK in", "CK"), Some(7));
        assert_eq!(find_word("Live vaccines are", "live vaccine"), Some(0));
    }

    #[test]
    fn non_peer_reviewed_sources_are_marked_where_cited_and_in_the_list() {
        let (_, ex, cat) = setup("#v=1&age=40");
        let sec = ex.section(SectionId::Benefits).unwrap();
        let html = section(sec, &ex, &cat);
        // Deuruxolitinib's pooled result is from a congress presentation.
        assert!(html.contains("†]"));
        assert!(html.contains("not peer-reviewed"));
        let src = sources(&ex, &Evidence::bundled(), &cat);
        assert!(src.contains("(Congress presentation or abstract, not peer-reviewed.)"));
    }

    #[test]
    fn quiz_feedback_is_kind_sourced_and_links_to_its_part() {
        let (_, ex, cat) = setup("#v=1&age=15&sex=f");
        let q = &ex.quiz[0];
        let right = quiz_feedback(q, true, &ex, &cat);
        assert!(
            right
                .starts_with("<p class=\"quiz-feedback right\"><strong>That&#39;s right.</strong>"),
            "{right}"
        );
        assert!(right.contains("<sup class=\"cite\">"), "{right}");
        assert!(
            right.contains("data-jump=\"benefits\">Read more in “What treatment could do”</a>"),
            "{right}"
        );
        let wrong = quiz_feedback(q, false, &ex, &cat);
        assert!(wrong.contains("<strong>Not quite.</strong>"), "{wrong}");
    }

    #[test]
    fn the_print_summary_has_its_key_parts() {
        let (mut p, ex, cat) =
            setup("#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp&matters=scalp&sure=yyny");
        p.ask = vec!["warning_me".into()];
        let html = joined(print_summary(
            &p,
            &ex,
            &cat,
            "2026-11-26",
            None,
            QuizScore::default(),
        ));
        assert!(
            !html.contains("Check what you know"),
            "no score before any answer"
        );
        for part in [
            "My visit summary",
            "This clinic has not reviewed this guide.",
            "European advice is to use these medicines only when there is no suitable alternative",
            "Each medicine: main benefit and main side effect",
            "Get help right away if you have:",
            "Key answers",
            "Checks to ask about",
            "Ask about lung cancer screening",
            "My questions",
            "how does the boxed warning apply to me?",
            "What matters to me",
            "Growing back the hair on my scalp: A lot",
            "How ready I feel",
            "Sources",
            "Content last reviewed",
            "Not yet tested with patients.",
        ] {
            assert!(html.contains(part), "missing {part}");
        }
        // Benefits and harms with the same weight: a benefit array for each medicine, and a harm
        // array for each medicine that has a checked number (baricitinib's is said in words).
        assert_eq!(html.matches("<figure class=\"icon-array\"").count(), 3);
        assert_eq!(html.matches("<figure class=\"icon-array harm").count(), 2);
        let reviewed = joined(print_summary(
            &p,
            &ex,
            &cat,
            "2026-11-26",
            Some(("Dr A. Rivera", "Consultant dermatologist", "2026-12-01")),
            crate::engine::quiz_score(&ex.quiz, &[("benefit", 0), ("stop", 1), ("checks", 0)]),
        ));
        assert!(reviewed.contains("Check what you know: 2 of 3 answered in line with the results."));
        assert!(reviewed.contains(
            "Checked for this clinic by Dr A. Rivera, Consultant dermatologist, on 2026-12-01."
        ));
    }
}
