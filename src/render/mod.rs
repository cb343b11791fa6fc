//! Explanation → accessible HTML markup, as a string. Pure (no web types), so the markup is
//! tested natively, and the wasm carries one compact string builder instead of a virtual-DOM
//! constructor per element. Yew shows the result as-is; the few interactive parts (questions,
//! values, readiness, actions) stay Yew views.
//!
//! Every piece of text is escaped. In-page links carry `data-jump` and "Change" buttons carry
//! `data-step`; the results screen handles both with one delegated click listener, so the URL
//! fragment (which holds the answers) is never touched by in-page navigation.

pub mod plain_text;

use crate::data::content::{Catalog, Msg};
use crate::data::evidence::Evidence;
use crate::engine::values::{assess, SURE_QUESTIONS};
use crate::engine::{
    Block, BlockKind, DrugView, Explanation, IconArray, Section, SectionId, SourceIdx,
};
use crate::model::answers::{self, matter_label, step_title};
use crate::model::profile::{Matter, Profile};
use crate::model::questionnaire;

/// A small HTML writer. Text is always escaped; tags and attribute names are static.
#[derive(Default)]
pub struct Out(String);

impl Out {
    pub fn into_string(self) -> String {
        self.0
    }

    /// Static markup (never user or content text).
    fn raw(&mut self, s: &'static str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// Escaped text.
    fn text(&mut self, s: &str) -> &mut Self {
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

    fn num(&mut self, n: usize) -> &mut Self {
        self.0.push_str(&n.to_string());
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

    /// `<tag class="...">text</tag>`.
    fn el(&mut self, tag: &'static str, class: &str, text: &str) -> &mut Self {
        self.open(tag, class).text(text).close(tag)
    }
}

/// Superscript links to numbered sources.
fn cites(o: &mut Out, ex: &Explanation, list: &[SourceIdx], cat: &Catalog) {
    for n in list.iter().filter_map(|s| ex.cite_number(*s)) {
        let label = cat.fill(Msg::A11yCite, &[("n", &n.to_string())]);
        o.raw("<sup class=\"cite\"><a href=\"#src-")
            .num(n)
            .raw("\" data-jump=\"src-")
            .num(n)
            .raw("\" aria-label=\"")
            .text(&label)
            .raw("\">[")
            .num(n)
            .raw("]</a></sup>");
    }
}

pub fn visible(b: &Block, view: DrugView) -> bool {
    b.shown_in(view)
}

/// "Your summary in three lines".
pub fn summary(ex: &Explanation, cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<section class=\"summary\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">")
        .text(cat.get(Msg::ResultsSummaryTitle))
        .raw("</h2><ol>");
    for t in &ex.summary {
        o.open("li", "").text(&t.text);
        cites(&mut o, ex, &t.cites, cat);
        o.close("li");
    }
    o.raw("</ol></section>");
    if let Some(note) = &ex.focus_note {
        o.el("p", "notice", note);
    }
    o.into_string()
}

/// "On this page": links to each part of the results.
pub fn toc(items: &[(&'static str, String)], cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<nav class=\"toc\" aria-labelledby=\"h-toc\"><h2 id=\"h-toc\">")
        .text(cat.get(Msg::ResultsContents))
        .raw("</h2><ul>");
    for (id, title) in items {
        o.raw("<li><a href=\"#")
            .raw(id)
            .raw("\" data-jump=\"")
            .raw(id)
            .raw("\">")
            .text(title)
            .raw("</a></li>");
    }
    o.raw("</ul></nav>");
    o.into_string()
}

/// A section's heading and its non-interactive blocks (questions are rendered by Yew).
pub fn section(s: &Section, ex: &Explanation, view: DrugView, cat: &Catalog) -> String {
    let mut o = Out::default();
    let id = s.id.anchor();
    o.raw("<h2 id=\"h-")
        .raw(id)
        .raw("\" tabindex=\"-1\">")
        .text(&s.title)
        .raw("</h2>");
    let mut in_checklist = false;
    for b in s.blocks.iter().filter(|b| visible(b, view)) {
        let is_check = matches!(b.kind, BlockKind::Check(_));
        if is_check && !in_checklist {
            o.raw("<ul class=\"checklist\">");
        } else if !is_check && in_checklist {
            o.raw("</ul>");
        }
        in_checklist = is_check;
        block(&mut o, b, ex, cat);
    }
    if in_checklist {
        o.raw("</ul>");
    }
    o.into_string()
}

fn block(o: &mut Out, b: &Block, ex: &Explanation, cat: &Catalog) {
    match &b.kind {
        BlockKind::Subheading(t) => {
            o.el("h3", "", t);
        }
        BlockKind::Paragraph(t) | BlockKind::Note(t) => {
            let class = if matches!(b.kind, BlockKind::Note(_)) {
                "note"
            } else {
                ""
            };
            o.open("p", class).text(&t.text);
            cites(o, ex, &t.cites, cat);
            o.close("p");
        }
        BlockKind::IconArray(a) => icon_array(o, a, ex, cat),
        BlockKind::Table(t) => {
            o.raw("<div class=\"table-wrap\"><table><caption>")
                .text(&t.caption);
            cites(o, ex, &t.cites, cat);
            o.raw("</caption><thead><tr>");
            for (i, c) in t.columns.iter().enumerate() {
                o.raw("<th scope=\"col\">");
                if i == 0 && c.is_empty() {
                    o.el(
                        "span",
                        "visually-hidden",
                        cat.get(Msg::ResultsTableSituation),
                    );
                } else {
                    o.text(c);
                }
                o.raw("</th>");
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
            o.open("li", if c.done { "check done" } else { "check" })
                .el(
                    "span",
                    "check-status",
                    cat.get(if c.done {
                        Msg::CheckStatusDone
                    } else {
                        Msg::CheckStatusTodo
                    }),
                )
                .el("strong", "check-title", &c.title)
                .open("span", "check-why")
                .text(&c.why);
            cites(o, ex, &c.cites, cat);
            o.close("span");
            if let Some(y) = &c.yours {
                o.el("span", "check-yours", y);
            }
            o.close("li");
        }
        BlockKind::Urgent(u) => {
            o.raw("<div class=\"urgent\" role=\"note\">")
                .el("h3", "", &u.title)
                .raw("<ul>");
            for i in &u.items {
                o.el("li", "", i);
            }
            o.raw("</ul>").el("p", "", &u.note).raw("</div>");
        }
        // Interactive: rendered by the Yew questions view.
        BlockKind::Question(_) => {}
    }
}

/// Icon arrays: grouped, filled from the top-left; filled vs outlined (not colour alone); the
/// natural-frequency sentence is both the picture's label and visible text.
pub fn icon_array(o: &mut Out, a: &IconArray, ex: &Explanation, cat: &Catalog) {
    let thousand = a.of > 100;
    let on = if a.harm { "ia-on harm" } else { "ia-on" };
    o.raw("<figure class=\"icon-array");
    if a.harm {
        o.raw(" harm");
    }
    if thousand {
        o.raw(" thousand");
    }
    o.raw("\"><figcaption><span class=\"ia-title\">")
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
        o.raw("</svg></div>")
            .el("p", "ia-sentence", &g.sentence)
            .raw("</div>");
    }
    o.raw("</div><p class=\"ia-legend\" aria-hidden=\"true\">");
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
    o.raw("</p></figure>");
}

/// The shared SVG symbol and patterns the icon arrays use (once per page).
pub const SVG_DEFS: &str = "<svg class=\"svg-defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>\
<symbol id=\"ia-person\" viewBox=\"0 0 20 20\"><circle cx=\"10\" cy=\"5.2\" r=\"3.6\"/><path d=\"M4.2 18.6c0-4.6 2.4-7.4 5.8-7.4s5.8 2.8 5.8 7.4z\"/></symbol>\
<pattern id=\"ia-people\" width=\"20\" height=\"20\" patternUnits=\"userSpaceOnUse\"><use href=\"#ia-person\" width=\"20\" height=\"20\" class=\"ia-off\"/></pattern>\
<pattern id=\"ia-dots\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><circle cx=\"4\" cy=\"4\" r=\"2.6\" class=\"ia-off\"/></pattern>\
</defs></svg>";

/// The numbered source list.
pub fn sources(ex: &Explanation, ev: &Evidence, cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<h2 id=\"h-sources\" tabindex=\"-1\">")
        .text(cat.get(Msg::ResultsSourcesTitle))
        .raw("</h2><ol>");
    for (i, s) in ex.sources.iter().enumerate() {
        let Some(src) = ev.sources.get(*s) else {
            continue;
        };
        o.raw("<li id=\"src-")
            .num(i + 1)
            .raw("\" tabindex=\"-1\">")
            .text(src.citation);
        if let Some(u) = src.url {
            o.raw(" <a rel=\"noreferrer noopener\" target=\"_blank\" href=\"")
                .text(u)
                .raw("\">")
                .text(cat.get(Msg::ResultsSourceLink))
                .raw("<span class=\"visually-hidden\"> ")
                .text(cat.get(Msg::A11yNewWindow))
                .raw("</span></a>");
        }
        o.raw("</li>");
    }
    o.raw("</ol>");
    o.into_string()
}

/// Review dates, update policy, funding and privacy.
pub fn about(ev: &Evidence, cat: &Catalog) -> String {
    let mut o = Out::default();
    o.raw("<h2 id=\"h-about\">")
        .text(cat.get(Msg::ResultsAboutTitle))
        .raw("</h2><p>")
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
    o.into_string()
}

/// "Your answers", grouped by step, each group with a Change button (`data-step`).
pub fn answers(p: &Profile, cat: &Catalog) -> String {
    let lines = answers::lines(p, cat);
    let mut o = Out::default();
    o.raw("<h2 id=\"h-answers\" tabindex=\"-1\">")
        .text(cat.get(Msg::ResultsAnswersTitle))
        .raw("</h2>");
    for step in questionnaire::steps(p) {
        let title = cat.get(step_title(step));
        o.raw("<div class=\"answer-group\">")
            .el("h3", "", title)
            .raw("<dl>");
        for l in lines.iter().filter(|l| l.step == step) {
            o.raw("<div class=\"answer\">")
                .el("dt", "", l.label)
                .el("dd", "", &l.value)
                .raw("</div>");
        }
        o.raw("</dl><button type=\"button\" class=\"link\" data-step=\"")
            .raw(step.code())
            .raw("\">")
            .text(cat.get(Msg::NavChange))
            .raw("<span class=\"visually-hidden\">: ")
            .text(title)
            .raw("</span></button></div>");
    }
    o.into_string()
}

fn marks(o: &mut Out, ex: &Explanation, list: &[SourceIdx]) {
    for n in list.iter().filter_map(|s| ex.cite_number(*s)) {
        o.raw(" [").num(n).raw("]");
    }
}

/// The printed visit summary (hidden on screen): summary, main results, key answers, checklist,
/// chosen questions, values, SURE answers, notes space, sources and review date. No name or
/// identifier is ever asked for or printed.
///
/// Returned in parts so that a change to one answer re-renders only the parts it affects.
pub fn print_summary(
    p: &Profile,
    ex: &Explanation,
    view: DrugView,
    cat: &Catalog,
    today: &str,
) -> Vec<String> {
    let ev = Evidence::bundled();
    let mut parts = Vec::new();
    let mut o = Out::default();
    let mut used: Vec<SourceIdx> = ex.summary.iter().flat_map(|t| t.cites.clone()).collect();
    o.el("h1", "", cat.get(Msg::PrintTitle))
        .el("p", "made", &cat.fill(Msg::PrintMade, &[("date", today)]))
        .raw("<ol class=\"summary-lines\">");
    for t in &ex.summary {
        o.open("li", "").text(&t.text);
        marks(&mut o, ex, &t.cites);
        o.close("li");
    }
    o.raw("</ol>");

    // The main scalp result for each medicine in view: its first icon array.
    if let Some(b) = ex.section(SectionId::Benefits) {
        let mut seen = Vec::new();
        o.raw("<div class=\"print-arrays\">");
        for blk in b.blocks.iter().filter(|b| visible(b, view)) {
            if let (BlockKind::IconArray(a), Some(d)) = (&blk.kind, blk.drug) {
                if !seen.contains(&d) {
                    seen.push(d);
                    used.extend(a.cites.iter().copied());
                    icon_array(&mut o, a, ex, cat);
                }
            }
        }
        o.raw("</div>");
    }

    parts.push(std::mem::take(&mut o).into_string());
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

    let checks: Vec<_> = ex
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter(|b| visible(b, view))
        .filter_map(|b| match &b.kind {
            BlockKind::Check(c) => Some(c),
            _ => None,
        })
        .collect();
    if !checks.is_empty() {
        o.el("h2", "", cat.get(Msg::PrintChecklist))
            .raw("<ul class=\"print-checks\">");
        for c in checks {
            used.extend(c.cites.iter().copied());
            o.raw("<li><span class=\"box\" aria-hidden=\"true\">")
                .raw(if c.done { "☑" } else { "☐" })
                .raw("</span> ")
                .el("strong", "", &c.title);
            marks(&mut o, ex, &c.cites);
            if let Some(y) = &c.yours {
                o.raw(" ").text(y);
            }
            o.raw("</li>");
        }
        o.raw("</ul>");
    }

    parts.push(std::mem::take(&mut o).into_string());
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
        .raw("<ul>");
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
    o.raw("</ul>")
        .el("h2", "", cat.get(Msg::PrintNotes))
        .raw("<div class=\"notes-lines\" aria-hidden=\"true\"></div>");
    parts.push(std::mem::take(&mut o).into_string());
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
                .text(src.citation)
                .raw("</li>");
        }
    }
    o.raw("</ol><p class=\"small\">")
        .text(&cat.fill(
            Msg::ResultsReviewed,
            &[
                ("date", ev.meta.last_reviewed),
                ("next", ev.meta.next_review),
            ],
        ))
        .raw(" ")
        .text(cat.get(Msg::ResultsFunding))
        .raw("</p>");
    parts.push(o.into_string());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::explain;
    use crate::model::profile::{Drug, Lang};
    use crate::model::share_link::decode;

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
        let html = section(sec, &ex, DrugView::One(Drug::Ritlecitinib), &cat);
        assert!(html.contains("role=\"img\" class=\"ia-img\" aria-label=\"23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair. 77 in 100 did not.\""));
        let first = html
            .split("role=\"img\"")
            .nth(1)
            .unwrap()
            .split("</svg>")
            .next()
            .unwrap();
        assert_eq!(first.matches("class=\"ia-on\"").count(), 23);
        assert!(
            !html.contains("Baricitinib (Olumiant)"),
            "other medicines are hidden in a one-medicine view"
        );
    }

    #[test]
    fn tables_have_header_scopes_and_citations_link_to_sources() {
        let (_, ex, cat) = setup("#v=1&age=28&sex=f&contra=combined");
        let sec = ex.section(SectionId::LifeStage).unwrap();
        let html = section(sec, &ex, DrugView::All, &cat);
        assert!(html.contains("<th scope=\"col\">"));
        assert!(html
            .contains("<th scope=\"row\">Not pregnant, no hormonal birth control</th><td>2</td>"));
        assert!(html.contains("data-jump=\"src-"));
        let src = sources(&ex, &Evidence::bundled(), &cat);
        assert_eq!(src.matches("<li id=\"src-").count(), ex.sources.len());
    }

    #[test]
    fn the_print_summary_has_its_key_parts() {
        let (mut p, ex, cat) =
            setup("#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp&matters=scalp&sure=yyny");
        p.ask = vec!["warning_me".into()];
        let html = print_summary(&p, &ex, DrugView::All, &cat, "2026-11-26").concat();
        for part in [
            "My visit summary",
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
        ] {
            assert!(html.contains(part), "missing {part}");
        }
        assert_eq!(
            html.matches("<figure").count(),
            3,
            "one main result per medicine"
        );
    }

    #[test]
    fn answers_have_a_change_button_per_step() {
        let (p, _, cat) = setup("#v=1&age=30&sex=m");
        let html = answers(&p, &cat);
        assert_eq!(
            html.matches("data-step=").count(),
            questionnaire::steps(&p).len()
        );
        assert!(html.contains("data-step=\"smoke\""));
    }
}
