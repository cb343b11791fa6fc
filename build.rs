//! Turns the reviewable TOML files into Rust data at compile time.
//!
//! - `src/data/evidence.toml` → `evidence_data.rs`: sources, figures, and a `Fig` enum that
//!   names only *verified* figures, so the engine cannot reference an unverified number at all.
//! - `src/data/en.toml` → `catalog_en.rs`: a `Msg` enum with one variant per text key and the
//!   English strings. A missing key is a compile error, not a blank on screen.
//! - `src/data/clinician.en.toml` → `catalog_clinician_en.rs`: the same for the clinician link
//!   builder, as a separate `Text` enum that only the clinician binary includes, so its words
//!   never enter the patient's wasm.
//!
//! Doing this here keeps a TOML parser out of the wasm a patient downloads.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

#[derive(Deserialize)]
struct EvidenceFile {
    meta: Meta,
    source: Vec<Source>,
    figure: Vec<Figure>,
}

#[derive(Deserialize)]
struct Meta {
    produced: String,
    last_reviewed: String,
    next_review: String,
}

#[derive(Deserialize)]
struct Source {
    id: String,
    citation: String,
    url: Option<String>,
}

#[derive(Deserialize)]
struct Figure {
    id: String,
    what: String,
    value: f64,
    low: Option<f64>,
    high: Option<f64>,
    unit: String,
    n: Option<u32>,
    weeks: Option<u32>,
    years: Option<f64>,
    trial: Option<String>,
    population: String,
    source: String,
    confidence: String,
}

fn main() {
    println!("cargo:rerun-if-changed=src/data/evidence.toml");
    println!("cargo:rerun-if-changed=src/data/en.toml");
    println!("cargo:rerun-if-changed=src/data/clinician.en.toml");
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    fs::write(Path::new(&out).join("evidence_data.rs"), evidence()).expect("write evidence");
    fs::write(
        Path::new(&out).join("catalog_en.rs"),
        catalog("src/data/en.toml", "Msg", "EN"),
    )
    .expect("write catalog");
    fs::write(
        Path::new(&out).join("catalog_clinician_en.rs"),
        catalog("src/data/clinician.en.toml", "Text", "EN"),
    )
    .expect("write clinician catalog");
}

fn camel(id: &str) -> String {
    id.split(['_', '.', '-'])
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            let first = c.next().unwrap().to_ascii_uppercase();
            std::iter::once(first).chain(c).collect::<String>()
        })
        .collect()
}

/// `<decl>: &[&str] = &[...];` with one string per item.
fn str_table<'a>(s: &mut String, decl: &str, items: impl Iterator<Item = &'a String>) {
    writeln!(s, "{decl}: &[&str] = &[").unwrap();
    for item in items {
        writeln!(s, "  {item:?},").unwrap();
    }
    s.push_str("];\n");
}

fn opt_f32(v: Option<f64>) -> String {
    v.map_or("None".into(), |x| format!("Some({:?}_f32)", x as f32))
}

fn opt_u16(v: Option<u32>, what: &str) -> String {
    v.map_or("None".into(), |x| {
        let x = u16::try_from(x).unwrap_or_else(|_| panic!("evidence.toml: {what} {x} too large"));
        format!("Some({x})")
    })
}

fn opt_str(v: &Option<String>) -> String {
    v.as_ref().map_or("None".into(), |x| format!("Some({x:?})"))
}

fn unit(u: &str) -> &'static str {
    match u {
        "percent" => "Unit::Percent",
        "per_100_py" => "Unit::Per100PersonYears",
        "per_1000_py" => "Unit::Per1000PersonYears",
        "per_10000_wy" => "Unit::Per10000WomenYears",
        "per_10000_flights" => "Unit::Per10000Flights",
        "count" => "Unit::Count",
        "years" => "Unit::Years",
        "weeks" => "Unit::Weeks",
        "months" => "Unit::Months",
        "days" => "Unit::Days",
        "hours" => "Unit::Hours",
        "mg" => "Unit::Milligrams",
        "age" => "Unit::Age",
        other => panic!("evidence.toml: unknown unit {other:?}"),
    }
}

fn confidence(c: &str) -> &'static str {
    match c {
        "verified-primary" => "Confidence::VerifiedPrimary",
        "verified-secondary" => "Confidence::VerifiedSecondary",
        "unverified" => "Confidence::Unverified",
        "excluded" => "Confidence::Excluded",
        other => panic!("evidence.toml: unknown confidence {other:?}"),
    }
}

fn evidence() -> String {
    let text = fs::read_to_string("src/data/evidence.toml").expect("read evidence.toml");
    let file: EvidenceFile = toml::from_str(&text).expect("evidence.toml does not parse");
    let mut s = String::new();
    let m = &file.meta;
    writeln!(
        s,
        "pub static META: Meta = Meta {{ produced: {:?}, last_reviewed: {:?}, next_review: {:?} }};",
        m.produced, m.last_reviewed, m.next_review
    )
    .unwrap();

    s.push_str("pub static SOURCES: &[Source] = &[\n");
    for src in &file.source {
        writeln!(
            s,
            "  Source {{ citation: {:?}, url: {} }},",
            src.citation,
            opt_str(&src.url)
        )
        .unwrap();
    }
    s.push_str("];\n");
    // Ids are for reviewers and tests; kept apart so the wasm drops them. The engine names a
    // source by `Src`, so a typo is a compile error.
    s.push_str("/// Each source's id in `evidence.toml`, in `SOURCES` order.\n");
    str_table(
        &mut s,
        "pub static SOURCE_IDS",
        file.source.iter().map(|x| &x.id),
    );
    s.push_str("/// A source the engine can cite for a statement without a number of its own.\n");
    s.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum Src {\n");
    for (i, src) in file.source.iter().enumerate() {
        writeln!(s, "  {} = {i},", camel(&src.id)).unwrap();
    }
    s.push_str("}\n");

    // Unknown source ids become usize::MAX; the evidence test reports them by name.
    let source_index = |id: &str| {
        file.source
            .iter()
            .position(|s| s.id == id)
            .map_or(u16::MAX, |i| i as u16)
    };

    s.push_str("pub static FIGURES: &[Figure] = &[\n");
    for f in &file.figure {
        writeln!(
            s,
            "  Figure {{ value: {:?}_f32, low: {}, high: {}, unit: {}, n: {}, weeks: {}, years: {}, trial: {}, source: {}, confidence: {} }},",
            f.value as f32,
            opt_f32(f.low),
            opt_f32(f.high),
            unit(&f.unit),
            opt_u16(f.n, "n"),
            opt_u16(f.weeks, "weeks"),
            opt_f32(f.years),
            opt_str(&f.trial),
            source_index(&f.source),
            confidence(&f.confidence),
        )
        .unwrap();
    }
    s.push_str("];\n");

    s.push_str(
        "/// Each figure's id in `evidence.toml`, in `FIGURES` order (for reviewers and tests).\n",
    );
    str_table(
        &mut s,
        "pub static FIGURE_IDS",
        file.figure.iter().map(|x| &x.id),
    );

    // Reviewer notes: kept apart so the wasm build drops them (nothing on screen uses them).
    s.push_str("/// (what, population, source id) for each figure, in `FIGURES` order.\n");
    s.push_str("pub static FIGURE_NOTES: &[(&str, &str, &str)] = &[\n");
    for f in &file.figure {
        writeln!(s, "  ({:?}, {:?}, {:?}),", f.what, f.population, f.source).unwrap();
    }
    s.push_str("];\n");

    // Only verified figures get a name the engine can use.
    let verified: Vec<(usize, &Figure)> = file
        .figure
        .iter()
        .enumerate()
        .filter(|(_, f)| f.confidence != "unverified" && f.confidence != "excluded")
        .collect();
    s.push_str("/// A verified figure the engine may show. Unverified and excluded figures have no variant.\n");
    s.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Fig {\n");
    for (_, f) in &verified {
        writeln!(s, "  {},", camel(&f.id)).unwrap();
    }
    s.push_str("}\nimpl Fig {\n  pub const ALL: &'static [Fig] = &[\n");
    for (_, f) in &verified {
        writeln!(s, "    Fig::{},", camel(&f.id)).unwrap();
    }
    s.push_str("  ];\n  /// Position of this figure in `FIGURES`.\n  pub const fn index(self) -> usize {\n    match self {\n");
    for (i, f) in &verified {
        writeln!(s, "      Fig::{} => {i},", camel(&f.id)).unwrap();
    }
    s.push_str("    }\n  }\n}\n");
    s
}

/// A catalog file as a text-key enum named `name` (one variant per key) and its strings, in
/// `{prefix}_TEXT` and `{prefix}_ENDS`.
fn catalog(path: &str, name: &str, prefix: &str) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|_| panic!("read {path}"));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    // Flatten [section] key = "text" into "section.key" in file order (BTreeMap keeps it stable).
    let mut flat: BTreeMap<String, String> = BTreeMap::new();
    flatten("", &table, &mut flat, path);
    let mut s = String::new();
    writeln!(s, "/// A text key in the catalog `{path}`.").unwrap();
    writeln!(
        s,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {name} {{"
    )
    .unwrap();
    for k in flat.keys() {
        writeln!(s, "  {},", camel(k)).unwrap();
    }
    writeln!(
        s,
        "}}\nimpl {name} {{\n  pub const ALL: &'static [{name}] = &["
    )
    .unwrap();
    for k in flat.keys() {
        writeln!(s, "    {name}::{},", camel(k)).unwrap();
    }
    s.push_str(
        "  ];\n  /// The key as written in the catalog file (for reviewers and error messages).\n",
    );
    s.push_str("  pub fn key(self) -> &'static str { KEYS[self as usize] }\n}\n");
    str_table(&mut s, "static KEYS", flat.keys());
    // One string plus end offsets: half the size of a table of string slices.
    let all: String = flat.values().map(String::as_str).collect();
    assert!(
        all.len() < usize::from(u16::MAX),
        "{path}: catalog too large for u16 offsets"
    );
    writeln!(s, "pub static {prefix}_TEXT: &str = {all:?};").unwrap();
    writeln!(s, "pub static {prefix}_ENDS: &[u16] = &[").unwrap();
    let mut end = 0;
    for v in flat.values() {
        end += v.len();
        writeln!(s, "  {end},").unwrap();
    }
    s.push_str("];\n");
    s
}

fn flatten(prefix: &str, t: &toml::Table, out: &mut BTreeMap<String, String>, path: &str) {
    for (k, v) in t {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(text) => {
                // Collapse the line breaks and indentation of multi-line TOML strings, but keep
                // single-line strings exactly (a list separator is ", ").
                let text = if text.contains('\n') {
                    text.split_whitespace().collect::<Vec<_>>().join(" ")
                } else {
                    text.clone()
                };
                out.insert(key, text);
            }
            toml::Value::Table(inner) => flatten(&key, inner, out, path),
            _ => panic!("{path}: {key} must be a string or a table"),
        }
    }
}
