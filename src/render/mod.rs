//! The engine's `Explanation` as a document: accessible HTML [`Markup`] (the key points, the
//! first layer's overview, each section, the sources, the printout), or plain text. Pure (no web
//! types), so the markup is tested natively. The document is up to a thousand icon-array circles,
//! so it is written as markup, not as virtual-DOM nodes; the interactive parts of the page are
//! Yew components (`ui`). Every piece of text is escaped by the one writer, [`Out`]; only it and
//! `&'static` constants make a `Markup`, which enters Yew in one place (`ui::markup`).
//!
//! In-page links carry `data-jump` and term-help buttons `data-term`; the results screen's
//! document handler (`ui::results`) follows them without touching the page's address.
//!
//! Blocks about one medicine carry `data-d` (its one-letter code): the medicine switch only
//! changes a class on the page, and CSS hides the other medicines, so switching re-renders no
//! document.

pub mod care_note;
mod icons;
pub mod plain_text;
mod print;
mod terms;
mod writer;

use icons::legend;
pub use icons::{icon_array, SVG_DEFS};
pub use print::print_summary;
use terms::Terms;
pub use writer::{Markup, Out};

use crate::data::content::{Catalog, Msg};
use crate::data::evidence::Evidence;
use crate::engine::values::{assess, SURE_QUESTIONS};
use crate::engine::{
    Block, BlockKind, CheckStatus, Explanation, QuizItem, QuizScore, Section, SourceIdx,
};
use crate::model::answers::{self, matter_label};
use crate::model::profile::Drug;
use crate::model::profile::{Matter, Profile};
use crate::model::questionnaire;

/// The one-letter code that ties a block to its medicine (`data-d`) and the page's view class.
pub fn drug_code(d: Drug) -> &'static str {
    match d {
        Drug::Baricitinib => "b",
        Drug::Ritlecitinib => "r",
        Drug::Deuruxolitinib => "d",
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
                .raw("</h3>");
            urgent_list(o, u);
            o.raw("</div>");
        }
        // Interactive: rendered by the Yew questions view.
        BlockKind::Question(_) => {}
    }
}

/// The urgent signs as a list, and the note under them (on screen and on paper).
fn urgent_list(o: &mut Out, u: &crate::engine::Urgent) {
    o.raw("<ul>");
    for i in &u.items {
        o.el("li", "", i);
    }
    o.raw("</ul>");
    if !u.note.is_empty() {
        o.el("p", "", &u.note);
    }
}

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
                ("date", &date(cat, ev.meta.last_reviewed)),
                ("next", &date(cat, ev.meta.next_review)),
            ],
        ))
        .raw(" ")
        .text(&cat.fill(
            Msg::ResultsProduced,
            &[("date", &date(cat, ev.meta.produced))],
        ))
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

#[cfg(test)]
mod tests {
    use super::terms::find_word;
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
