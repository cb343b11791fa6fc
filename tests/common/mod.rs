//! Helpers shared by the native test files.
#![allow(dead_code)]

use aa_decision_aid::data::content::Catalog;
use aa_decision_aid::data::evidence::{fmt_number, Evidence};
use aa_decision_aid::engine::{explain, BlockKind, Explanation, Text};
use aa_decision_aid::model::profile::{Drug, Lang, Profile};
use aa_decision_aid::model::share_link::decode;
use aa_decision_aid::render::plain_text::render;

pub fn profile(fragment: &str) -> Profile {
    let d = decode(fragment);
    assert!(
        d.errors.is_empty(),
        "test fragment has errors: {:?}",
        d.errors
    );
    d.profile
}

pub fn run(p: &Profile) -> Explanation {
    run_in(p, Lang::En)
}

/// The explanation in another language's words.
pub fn run_in(p: &Profile, lang: Lang) -> Explanation {
    explain(
        p,
        &Evidence::bundled(),
        &Catalog::for_lang(lang),
        &Drug::ALL,
    )
}

/// The explanation as a person would read it (sources included).
pub fn read(fragment: &str) -> String {
    let ex = run(&profile(fragment));
    render(&ex, &Evidence::bundled())
}

/// Every piece of text in an explanation, each with the sources it cites.
pub fn texts(ex: &Explanation) -> Vec<Text> {
    let mut out: Vec<Text> = ex.summary.clone();
    let brief = ex
        .brief
        .benefits
        .iter()
        .chain(&ex.brief.harms)
        .chain(&ex.brief.notes)
        .chain(&ex.brief.urgent);
    let sections = ex.sections.iter().flat_map(|s| &s.blocks);
    {
        for b in brief.chain(sections) {
            match &b.kind {
                BlockKind::Subheading(t) => out.push(Text {
                    text: t.clone(),
                    cites: vec![],
                }),
                BlockKind::Paragraph(t) | BlockKind::Note(t) => out.push(t.clone()),
                BlockKind::IconArray(a) => {
                    let mut all = a.title.clone();
                    for g in &a.groups {
                        all.push_str(&format!(
                            " {} {} {} {}",
                            g.label,
                            g.count,
                            fmt_number(f64::from(a.of)),
                            g.sentence
                        ));
                    }
                    out.push(Text {
                        text: all,
                        cites: a.cites.clone(),
                    });
                }
                BlockKind::Table(t) => {
                    // Each row is a unit of its own for reading measures, as each list item is.
                    let mut all = format!("{}. {}", t.caption, t.columns.join(" "));
                    for r in &t.rows {
                        all.push_str(&format!(". {} {}", r.label, r.cells.join(" ")));
                    }
                    out.push(Text {
                        text: all,
                        cites: t.cites.clone(),
                    });
                }
                BlockKind::Check(c) => out.push(Text {
                    text: format!(
                        "{}. {} {}",
                        c.title,
                        c.why,
                        c.yours.clone().unwrap_or_default()
                    ),
                    cites: c.cites.clone(),
                }),
                BlockKind::Question(q) => out.push(Text {
                    text: q.text.clone(),
                    cites: vec![],
                }),
                BlockKind::Urgent(u) => out.push(Text {
                    text: format!("{} {}. {}", u.title, u.items.join(". "), u.note),
                    cites: vec![],
                }),
            }
        }
    }
    out
}

/// Numbers as a reader sees them: "1,294", "61.2", "35". Names that contain digits (trial names,
/// the CYP2C9 gene) are removed first.
pub fn numbers_in(text: &str) -> Vec<String> {
    let mut t = text.to_owned();
    for name in [
        "BRAVE-AA1",
        "BRAVE-AA2",
        "THRIVE-AA1",
        "THRIVE-AA2",
        "ALLEGRO-2b/3",
        "CYP2C9",
    ] {
        t = t.replace(name, " ");
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = t.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let joins = (*c == ',' || *c == '.')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() || joins {
            cur.push(*c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
