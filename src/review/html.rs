//! The review pack as one self-contained, printable HTML page (no scripts, no external files).

use super::explore::{Answers, Exploration, Rule};
use crate::data::content::{Catalog, Msg};
use crate::data::evidence::{
    fmt_number, Confidence, Evidence, SourceKind, FIGURES, FIGURE_IDS, FIGURE_NOTES, SOURCES,
    SOURCE_DATES, SOURCE_IDS, SOURCE_NOTES,
};
use std::fmt::Write as _;

/// Text escaped by the guide's own writer (`render::Out`), so the pack and the page share one
/// escaping rule.
fn esc(s: &str) -> String {
    let mut o = crate::render::Out::default();
    o.text(s);
    o.into_string()
}

const STYLE: &str = "body{font:15px/1.45 system-ui,sans-serif;color:#1a1a1a;max-width:72rem;margin:0 auto;padding:1.5rem}\
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:2px solid #1d4e89;padding-bottom:.2rem}h3{margin:1.4rem 0 .3rem}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #b9c0ca;padding:.3rem .45rem;vertical-align:top;text-align:left}\
th{background:#eaf1fa}.rule{border:1px solid #b9c0ca;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0;break-inside:avoid}\
.key{font:12px ui-monospace,monospace;color:#4a4a4a}.text{background:#f6f7f9;padding:.4rem .6rem;border-radius:4px}\
.when{margin:.4rem 0 0}.or{font-weight:700;color:#8a3b12}.meta{color:#4a4a4a;font-size:13px}.warn{color:#b42318;font-weight:600}\
.signoff td{height:2.2rem}.signoff td.wide{height:7rem}.tag{font-size:12px;border:1px solid #9a6700;border-radius:4px;padding:0 .3rem;color:#7a4f00}\
@media print{body{font-size:11pt;padding:0}h2{break-after:avoid}.rule{page-break-inside:avoid}}";

/// The section a text belongs to, by its key.
fn section(m: Msg, cat: &Catalog) -> String {
    let key = m.key();
    let table = key.split('.').next().unwrap_or("");
    let title = match table {
        "summary" => Some(Msg::ResultsSummaryTitle),
        "benefit" => Some(Msg::SecBenefits),
        "warning" => Some(Msg::SecWarning),
        "life" => Some(Msg::SecLife),
        "risks" => Some(Msg::SecRisks),
        "options" => Some(Msg::SecOptions),
        "check" => Some(Msg::SecChecklist),
        "expect" => Some(Msg::SecExpect),
        "ask" => Some(Msg::SecQuestions),
        "values" => Some(Msg::SecValues),
        "sure" => Some(Msg::SecSure),
        _ => None,
    };
    title.map_or_else(|| "Results page".to_owned(), |t| cat.get(t).to_owned())
}

fn figure_value(i: usize) -> String {
    let f = &FIGURES[i];
    let mut v = fmt_number(f.value());
    if let (Some(lo), Some(hi)) = (f.low(), f.high()) {
        v = format!("{v} (range {}–{})", fmt_number(lo), fmt_number(hi));
    }
    format!("{v} {:?}", f.unit)
}

fn kind_label(k: SourceKind) -> &'static str {
    match k {
        SourceKind::Journal => "peer-reviewed paper",
        SourceKind::Label => "official label",
        SourceKind::Regulator => "regulator",
        SourceKind::Guideline => "guideline",
        SourceKind::Registry => "trial registry",
        SourceKind::Report => "agency report",
        SourceKind::Company => "company announcement (not peer-reviewed)",
        SourceKind::Congress => "congress presentation or abstract (not peer-reviewed)",
        SourceKind::Expert => "expert opinion (not a study)",
    }
}

/// "“A” or “B”", escaped.
fn quoted(v: &[String]) -> String {
    v.iter()
        .map(|s| format!("“{}”", esc(s)))
        .collect::<Vec<_>>()
        .join(" or ")
}

fn rule_html(o: &mut String, r: &Rule, cat: &Catalog) {
    let _ = write!(
        o,
        "<div class=\"rule\" id=\"rule-{}\"><div class=\"key\">{}</div><div class=\"text\">{}</div>",
        r.msg.key(),
        esc(r.msg.key()),
        esc(cat.get(r.msg))
    );
    o.push_str("<div class=\"when\"><strong>Appears when:</strong> ");
    if r.clauses.iter().any(Vec::is_empty) || r.clauses.is_empty() {
        o.push_str("always, for everyone this part of the results applies to.");
    } else {
        for (n, c) in r.clauses.iter().enumerate() {
            if n > 0 {
                o.push_str(" <span class=\"or\">OR</span> ");
            }
            let parts: Vec<String> = c
                .iter()
                .map(|(q, a)| match a {
                    Answers::AnyOf(v) => format!("<em>{}</em> is {}", esc(q), quoted(v)),
                    Answers::Except(v) => format!("<em>{}</em> is not {}", esc(q), quoted(v)),
                })
                .collect();
            let _ = write!(o, "({})", parts.join(" AND "));
        }
    }
    o.push_str("</div>");
    let _ = write!(
        o,
        "<div class=\"meta\">Depends on: {}. Checked on {} answer sets: the rule matched {}.",
        if r.depends_on.is_empty() {
            "no answers".to_owned()
        } else {
            esc(&r.depends_on.join(", "))
        },
        r.tried,
        if r.matched == r.tried {
            "all of them".to_owned()
        } else {
            format!(
                "<span class=\"warn\">{} of them (other answers also play a part)</span>",
                r.matched
            )
        }
    );
    if !r.figures.is_empty() {
        let figs: Vec<String> = r
            .figures
            .iter()
            .map(|i| format!("<a href=\"#fig-{0}\">{0}</a>", FIGURE_IDS[*i]))
            .collect();
        let _ = write!(o, " Figures: {}.", figs.join(", "));
    }
    if !r.sources.is_empty() {
        let srcs: Vec<String> = r
            .sources
            .iter()
            .map(|i| format!("<a href=\"#src-{0}\">{0}</a>", SOURCE_IDS[*i]))
            .collect();
        let _ = write!(o, " Sources: {}.", srcs.join(", "));
    }
    o.push_str("</div></div>");
}

pub fn page(ex: &Exploration, cat: &Catalog) -> String {
    let ev = Evidence::bundled();
    let mut o = String::new();
    let _ = write!(
        o,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Clinical review pack: {}</title><style>{STYLE}</style></head><body>",
        esc(cat.get(Msg::PrintTitle))
    );
    let _ = write!(
        o,
        "<h1>Clinical review pack: JAK inhibitors for alopecia areata decision aid</h1>\
<p>Content produced {}; last reviewed {}; next review due {}. This pack is generated from the guide's own engine and evidence file, so it shows exactly what patients can see.</p>\
<p>How to read it: section 1 lists every text the results can show and <strong>when</strong> it appears (found by running the engine on {} answer sets and changing one answer at a time). Section 2 lists every figure with its source. Section 3 lists the sources. Numbers in the texts are filled from the figures named beside them. For tick-all questions (heart and blood vessels, infections), an answer in a rule means that item is ticked. The rules assume the clinic shows all three medicines: a text about one medicine appears only if the clinic shows it. These appear only when the clinic shows fewer medicines: {}.</p>",
        ev.meta.produced,
        ev.meta.last_reviewed,
        ev.meta.next_review,
        ex.answer_sets,
        super::explore::CLINIC_ONLY
            .iter()
            .map(|m| format!("<span class=\"key\">{}</span> (“{}”)", m.key(), esc(cat.get(*m))))
            .collect::<Vec<_>>()
            .join("; ")
    );
    o.push_str("<h2>Sign-off</h2><table class=\"signoff\"><tr><th style=\"width:14rem\">Reviewer (name)</th><td></td></tr><tr><th>Role and registration</th><td></td></tr><tr><th>Date reviewed</th><td></td></tr><tr><th>Content version (last reviewed date above)</th><td>");
    o.push_str(&esc(ev.meta.last_reviewed));
    o.push_str("</td></tr><tr><th>Approved for our patients?</th><td>Yes &nbsp;/&nbsp; Yes, with the changes below &nbsp;/&nbsp; No</td></tr><tr><th>Comments and changes requested</th><td class=\"wide\"></td></tr><tr><th>Signature</th><td></td></tr></table>\
<p class=\"meta\">After signing, the clinic can put the reviewer's name, role and date in <code>clinic.json</code> (<code>\"review\"</code>) so patients see who checked the guide.</p>");
    if !ex.unreached.is_empty() {
        o.push_str("<p class=\"warn\">Texts never shown for any answer set tried: ");
        let keys: Vec<&str> = ex.unreached.iter().map(|m| m.key()).collect();
        o.push_str(&esc(&keys.join(", ")));
        o.push_str("</p>");
    }

    let _ = write!(
        o,
        "<h2>1. Every rule: when these answers, this text ({} texts)</h2>",
        ex.rules.len()
    );
    let mut last = String::new();
    for r in &ex.rules {
        let sec = section(r.msg, cat);
        if sec != last {
            let _ = write!(o, "<h3>{}</h3>", esc(&sec));
            last = sec;
        }
        rule_html(&mut o, r, cat);
    }

    let _ = write!(
        o,
        "<h2>2. Every figure ({} that can be shown, {} kept out)</h2>",
        FIGURES
            .iter()
            .filter(|f| !matches!(f.confidence, Confidence::Unverified | Confidence::Excluded))
            .count(),
        FIGURES
            .iter()
            .filter(|f| matches!(f.confidence, Confidence::Unverified | Confidence::Excluded))
            .count()
    );
    o.push_str("<table><thead><tr><th>Figure</th><th>Value</th><th>People (n)</th><th>Time frame</th><th>Trial and population</th><th>Source (where)</th><th>Confidence</th><th>Used in</th></tr></thead><tbody>");
    for (i, f) in FIGURES.iter().enumerate() {
        let (what, population, source, location) = FIGURE_NOTES[i];
        let used: Vec<String> = ex
            .rules
            .iter()
            .filter(|r| r.figures.contains(&i))
            .map(|r| format!("<a href=\"#rule-{0}\">{0}</a>", r.msg.key()))
            .collect();
        let time = match (f.weeks, f.years()) {
            (Some(w), _) => format!("{w} weeks"),
            (None, Some(y)) => format!("{} years", fmt_number(y)),
            _ => "–".to_owned(),
        };
        let shown = !matches!(f.confidence, Confidence::Unverified | Confidence::Excluded);
        let _ = write!(
            o,
            "<tr id=\"fig-{id}\"><td><span class=\"key\">{id}</span><br>{what}</td><td>{val}</td><td>{n}</td><td>{time}</td><td>{trial}{pop}</td><td><a href=\"#src-{source}\">{source}</a>{loc}</td><td>{conf:?}{not}</td><td>{used}</td></tr>",
            id = FIGURE_IDS[i],
            what = esc(what),
            val = esc(&figure_value(i)),
            n = f.n.map_or("–".to_owned(), |n| fmt_number(f64::from(n))),
            trial = f.trial.map(|t| format!("{}: ", esc(t))).unwrap_or_default(),
            pop = esc(population),
            loc = if location.is_empty() { String::new() } else { format!(", {}", esc(location)) },
            conf = f.confidence,
            not = if shown { "" } else { " — <strong>never shown</strong>" },
            used = if used.is_empty() { "–".to_owned() } else { used.join(", ") },
        );
    }
    o.push_str("</tbody></table>");

    o.push_str("<h2>3. Sources</h2><ol>");
    for (i, s) in SOURCES.iter().enumerate() {
        let _ = write!(
            o,
            "<li id=\"src-{id}\"><span class=\"key\">{id}</span> <span class=\"tag\">{kind}</span> {cit}{url}{dates}{note}</li>",
            id = SOURCE_IDS[i],
            kind = kind_label(s.kind),
            cit = esc(s.citation),
            dates = match SOURCE_DATES[i] {
                ("", "") => String::new(),
                (revised, read) => format!(
                    "<br><span class=\"meta\">Revision: {} · read for this guide: {}</span>",
                    esc(if revised.is_empty() { "not recorded" } else { revised }),
                    esc(if read.is_empty() { "not recorded" } else { read }),
                ),
            },
            note = if SOURCE_NOTES[i].is_empty() {
                String::new()
            } else {
                format!("<br><span class=\"meta\">Reviewer note: {}</span>", esc(SOURCE_NOTES[i]))
            },
            url = s.url.map(|u| format!(" <a href=\"{0}\">{0}</a>", esc(u))).unwrap_or_default(),
        );
    }
    o.push_str("</ol></body></html>\n");
    o
}
