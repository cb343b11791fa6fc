//! Plain-text rendering of an explanation, for clinicians reviewing content
//! (`cargo run --example explain`) and for tests that read the output as a person would.

use crate::data::evidence::Evidence;
use crate::engine::{Block, BlockKind, Bran, CheckStatus, Explanation, SourceIdx};
use std::fmt::Write as _;

fn cites(ex: &Explanation, c: &[SourceIdx]) -> String {
    c.iter()
        .filter_map(|s| ex.cite_number(*s))
        .map(|n| format!(" [{n}]"))
        .collect()
}

fn tag(t: Bran) -> &'static str {
    match t {
        Bran::Benefit => "Benefit",
        Bran::Risk => "Risk",
        Bran::Alternative => "Alternative",
        Bran::Nothing => "Nothing",
        Bran::Practical => "Practical",
    }
}

/// The whole explanation as text, sources numbered as on screen.
pub fn render(ex: &Explanation, ev: &Evidence) -> String {
    let mut s = String::new();
    s.push_str("KEY POINTS\n");
    for line in &ex.summary {
        let _ = writeln!(s, "- {}{}", line.text, cites(ex, &line.cites));
    }
    if let Some(note) = &ex.focus_note {
        let _ = writeln!(s, "\n{note}");
    }
    let b = &ex.brief;
    let first: Vec<&Block> = b
        .benefits
        .iter()
        .chain(&b.harms)
        .chain(&b.notes)
        .chain(&b.urgent)
        .collect();
    let layers = std::iter::once((
        "FIRST LAYER (before any detail is opened)".to_owned(),
        first,
    ))
    .filter(|(_, blocks)| !blocks.is_empty())
    .chain(
        ex.sections
            .iter()
            .map(|sec| (sec.title.clone(), sec.blocks.iter().collect())),
    );
    for (title, blocks) in layers {
        let _ = writeln!(s, "\n== {title} ==");
        for b in blocks {
            let only = b.drug.map(|d| format!("({d:?} only) ")).unwrap_or_default();
            match &b.kind {
                BlockKind::Subheading(t) => {
                    let _ = writeln!(s, "\n### {t}");
                }
                BlockKind::Paragraph(t) => {
                    let _ = writeln!(s, "{only}{}{}", t.text, cites(ex, &t.cites));
                }
                BlockKind::Note(t) => {
                    let _ = writeln!(s, "{only}NOTE: {}{}", t.text, cites(ex, &t.cites));
                }
                BlockKind::IconArray(a) => {
                    let _ = writeln!(
                        s,
                        "{only}[icon array, per {}] {}{}",
                        a.of,
                        a.title,
                        cites(ex, &a.cites)
                    );
                    for g in &a.groups {
                        let _ = writeln!(
                            s,
                            "  * {}: {} of {}. {}",
                            g.label, g.count, a.of, g.sentence
                        );
                    }
                }
                BlockKind::Table(t) => {
                    let _ = writeln!(s, "{only}[table] {}{}", t.caption, cites(ex, &t.cites));
                    let _ = writeln!(s, "  | {} |", t.columns.join(" | "));
                    for r in &t.rows {
                        let _ = writeln!(s, "  | {} | {} |", r.label, r.cells.join(" | "));
                    }
                }
                BlockKind::Check(c) => {
                    let mark = match c.status {
                        CheckStatus::Done => "[x]",
                        CheckStatus::Later => "[later]",
                        CheckStatus::Todo => "[ ]",
                    };
                    let _ = write!(s, "{only}{mark} {}: {}", c.title, c.why);
                    if let Some(y) = &c.yours {
                        let _ = write!(s, " {y}");
                    }
                    let _ = writeln!(s, "{}", cites(ex, &c.cites));
                }
                BlockKind::Question(q) => {
                    let _ = writeln!(s, "? ({}) {} [id: {}]", tag(q.tag), q.text, q.id);
                }
                BlockKind::Urgent(u) => {
                    let _ = writeln!(s, "!! {}", u.title);
                    for i in &u.items {
                        let _ = writeln!(s, "   - {i}");
                    }
                    let _ = writeln!(s, "   {}", u.note);
                }
            }
        }
    }
    s.push_str("\n== Sources ==\n");
    for (i, src) in ex.sources.iter().enumerate() {
        if let Some(src) = ev.sources.get(*src) {
            let _ = write!(s, "[{}] {}", i + 1, src.citation);
            if let Some(u) = src.url {
                let _ = write!(s, " {u}");
            }
            s.push('\n');
        }
    }
    let _ = writeln!(
        s,
        "\nContent last reviewed {}; next review due {}.",
        ev.meta.last_reviewed, ev.meta.next_review
    );
    s
}
