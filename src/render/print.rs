//! The printed visit summary (hidden on screen).

use super::*;

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
            o.open("div", "print-urgent").el("h2", "", &u.title);
            urgent_list(&mut o, u);
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
                ("date", &date(cat, ev.meta.last_reviewed)),
                ("next", &date(cat, ev.meta.next_review)),
            ],
        ))
        .raw("</p>");
    parts.push(o.finish());
    parts
}
