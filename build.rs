//! Turns the reviewable TOML files into Rust data at compile time.
//!
//! - `src/data/evidence.toml` → `evidence_data.rs`: sources, figures, and a `Fig` enum that
//!   names only *verified* figures, so the engine cannot reference an unverified number at all.
//! - `src/data/en.toml` → `catalog_en.rs`: a `Msg` enum with one variant per text key (a
//!   missing key is a compile error, not a blank on screen), and each language's words as text
//!   files the app loads at run time (`text-<lang>-<part>.txt`, see `write_texts`): one wasm
//!   serves every language, and a person downloads only the words of theirs.
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
    kind: String,
    /// For reviewers (the review pack); never in the wasm.
    note: Option<String>,
    /// A label's own revision, as read (its "Revised:" line or the regulator's record).
    revised: Option<String>,
    /// When it was last read for this guide (YYYY-MM-DD).
    read: Option<String>,
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
    location: Option<String>,
    source: String,
    confidence: String,
}

fn main() {
    for f in [
        "src/data/evidence.toml",
        "src/data/en.toml",
        "src/data/es.toml",
        "src/data/clinician.en.toml",
        "src/data/clinician.es.toml",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    let write = |name: &str, text: String| {
        fs::write(Path::new(&out).join(name), text).unwrap_or_else(|_| panic!("write {name}"))
    };
    write("evidence_data.rs", evidence());
    // Every language has every key: a missing or extra key is a build error (no silent English).
    let en = flat("src/data/en.toml");
    let mut guide = catalog(&en, "Msg", "src/data/en.toml");
    let keys = ordered_keys(&en);
    let start = keys.iter().filter(|k| is_start_text(k)).count();
    let fingerprint = fingerprint(&keys);
    writeln!(
        guide,
        "/// Which build of the keys a text file was written for (see `write_texts` in build.rs).\n\
         pub const TEXT_FINGERPRINT: &str = {fingerprint:?};\n\
         /// The texts the start screen and the questions need come first: `Msg` below this is\n\
         /// in the \"start\" file, the rest in the \"rest\" file.\n\
         pub const START_TEXTS: usize = {start};"
    )
    .unwrap();
    write_texts(&out, "en", &en, &fingerprint, start);
    let es = same_keys("src/data/es.toml", &en);
    write_texts(&out, "es", &es, &fingerprint, start);
    write("catalog_en.rs", guide);
    // The clinician link builder's words stay compiled into its own small wasm (a page for staff,
    // built once with both languages).
    let clinician_en = flat("src/data/clinician.en.toml");
    let mut clinician = catalog(&clinician_en, "Text", "src/data/clinician.en.toml");
    clinician += &text_table(&clinician_en, "EN");
    clinician += &text_table(
        &same_keys("src/data/clinician.es.toml", &clinician_en),
        "ES",
    );
    write("catalog_clinician_en.rs", clinician);
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

fn source_kind(k: &str) -> &'static str {
    match k {
        "journal" => "SourceKind::Journal",
        "label" => "SourceKind::Label",
        "regulator" => "SourceKind::Regulator",
        "guideline" => "SourceKind::Guideline",
        "registry" => "SourceKind::Registry",
        "report" => "SourceKind::Report",
        "company" => "SourceKind::Company",
        "congress" => "SourceKind::Congress",
        "expert" => "SourceKind::Expert",
        other => panic!("evidence.toml: unknown source kind {other:?}"),
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
            "  Source {{ citation: {:?}, url: {}, kind: {} }},",
            src.citation,
            opt_str(&src.url),
            source_kind(&src.kind)
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
    s.push_str("/// Each source's reviewer note (empty if none), in `SOURCES` order.\n");
    let notes: Vec<String> = file
        .source
        .iter()
        .map(|x| x.note.clone().unwrap_or_default())
        .collect();
    str_table(&mut s, "pub static SOURCE_NOTES", notes.iter());
    s.push_str("/// Each source's (revision as read, date read), \"\" where not recorded, in `SOURCES` order.\n");
    s.push_str("pub static SOURCE_DATES: &[(&str, &str)] = &[\n");
    for src in &file.source {
        writeln!(
            s,
            "  ({:?}, {:?}),",
            src.revised.as_deref().unwrap_or(""),
            src.read.as_deref().unwrap_or("")
        )
        .unwrap();
    }
    s.push_str("];\n");
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
    s.push_str("/// (what, population, source id, where in the source) for each figure, in `FIGURES` order.\n");
    s.push_str("pub static FIGURE_NOTES: &[(&str, &str, &str, &str)] = &[\n");
    for f in &file.figure {
        let location = f.location.as_deref().unwrap_or("");
        writeln!(
            s,
            "  ({:?}, {:?}, {:?}, {:?}),",
            f.what, f.population, f.source, location
        )
        .unwrap();
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

/// A text-key enum named `name` (one variant per key, the start screen's texts first: see
/// [`is_start_text`]), and (native builds) each key as written, for reviewers and messages.
fn catalog(flat: &BTreeMap<String, String>, name: &str, path: &str) -> String {
    let keys = ordered_keys(flat);
    let mut s = String::new();
    writeln!(s, "/// A text key in the catalog `{path}`.").unwrap();
    writeln!(
        s,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum {name} {{"
    )
    .unwrap();
    for k in &keys {
        writeln!(s, "  {},", camel(k)).unwrap();
    }
    writeln!(
        s,
        "}}\nimpl {name} {{\n  pub const ALL: &'static [{name}] = &["
    )
    .unwrap();
    for k in &keys {
        writeln!(s, "    {name}::{},", camel(k)).unwrap();
    }
    s.push_str(
        "  ];\n  /// The key as written in the catalog file (for reviewers and error messages).\n",
    );
    s.push_str("  pub fn key(self) -> &'static str { KEYS[self as usize] }\n}\n");
    str_table(&mut s, "static KEYS", keys.iter().copied());
    s
}

/// The sections of the catalog the start screen, the questions and the notices on them read;
/// every other text is only read on the results. (A text read too early shows as a blank and
/// fails the component test that walks every step with only the start texts loaded.)
const START_SECTIONS: &[&str] = &[
    "a11y.", "answer.", "app.", "date.", "drug.", "nav.", "privacy.", "q.", "sec.", "words.",
];
const START_KEYS: &[&str] = &[
    "results.forgotten",
    "results.link_errors",
    "results.link_errors_generic",
    "results.link_version",
    "results.clinician_focus",
    "results.title",
];

fn is_start_text(key: &str) -> bool {
    START_SECTIONS.iter().any(|s| key.starts_with(s)) || START_KEYS.contains(&key)
}

/// The keys in `Msg` order: the start texts first, each group in key order.
fn ordered_keys(flat: &BTreeMap<String, String>) -> Vec<&String> {
    let (mut start, rest): (Vec<&String>, Vec<&String>) =
        flat.keys().partition(|k| is_start_text(k));
    start.extend(rest);
    start
}

/// FNV-1a over the keys in `Msg` order: a text file made for other keys (an older release left
/// in a cache, a half-finished upload) is refused instead of showing the wrong words.
fn fingerprint(keys: &[&String]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for k in keys {
        for b in k.bytes().chain(std::iter::once(b'\n')) {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    format!("{h:08x}")
}

/// A language's words as two text files, `text-<lang>-start.txt` and `text-<lang>-rest.txt`:
/// a header line `aa-text/1 <lang> <part> <fingerprint> <first> <count>`, then the texts in
/// `Msg` order, each followed by U+001E (record separator). Written to OUT_DIR (the native
/// build reads them with `include_str!`) and, for the wasm, beside the wasm in
/// `<target>/wasm32-unknown-unknown/<profile>/aa-text/`, where the build step that publishes
/// them (scripts/text-files.mjs) finds them. Both are re-made when missing.
fn write_texts(out: &str, lang: &str, flat: &BTreeMap<String, String>, fp: &str, start: usize) {
    let keys = ordered_keys(flat);
    let mut dirs = vec![Path::new(out).to_path_buf()];
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        // OUT_DIR is <target>/<triple>/<profile>/build/<crate>-<hash>/out.
        if let Some(profile_dir) = Path::new(out).ancestors().nth(3) {
            dirs.push(profile_dir.join("aa-text"));
        }
    }
    for (part, range) in [("start", 0..start), ("rest", start..keys.len())] {
        let mut file = format!(
            "aa-text/1 {lang} {part} {fp} {} {}\n",
            range.start,
            range.len()
        );
        for k in &keys[range] {
            let text = &flat[*k];
            assert!(!text.contains('\u{1e}'), "{lang}: {k} contains U+001E");
            file.push_str(text);
            file.push('\u{1e}');
        }
        for dir in &dirs {
            fs::create_dir_all(dir).expect("text dir");
            let path = dir.join(format!("text-{lang}-{part}.txt"));
            // Only when changed, so the file's age says when its words last changed.
            if fs::read_to_string(&path).ok().as_deref() != Some(file.as_str()) {
                fs::write(&path, &file).unwrap_or_else(|_| panic!("write {}", path.display()));
            }
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}

/// Another language's texts: exactly the keys of the reference language.
fn same_keys(path: &str, reference: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let flat = flat(path);
    let missing: Vec<&String> = reference
        .keys()
        .filter(|k| !flat.contains_key(*k))
        .collect();
    let extra: Vec<&String> = flat
        .keys()
        .filter(|k| !reference.contains_key(*k))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{path}: missing keys {missing:?}, keys not in the English catalog {extra:?}"
    );
    flat
}

fn flat(path: &str) -> BTreeMap<String, String> {
    let text = fs::read_to_string(path).unwrap_or_else(|_| panic!("read {path}"));
    let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut flat: BTreeMap<String, String> = BTreeMap::new();
    flatten("", &table, &mut flat, path);
    flat
}

/// One string plus end offsets: half the size of a table of string slices. The offsets are
/// u16; past 64 KB they wrap, and `WRAPS` lists the keys where each wrap happens.
fn text_table(flat: &BTreeMap<String, String>, prefix: &str) -> String {
    let mut s = String::new();
    // In `catalog`'s order.
    let values: Vec<&String> = ordered_keys(flat).into_iter().map(|k| &flat[k]).collect();
    let all: String = values.iter().map(|v| v.as_str()).collect();
    writeln!(s, "pub static {prefix}_TEXT: &str = {all:?};").unwrap();
    writeln!(s, "pub static {prefix}_ENDS: &[u16] = &[").unwrap();
    let mut end = 0usize;
    let mut wraps = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let before = end >> 16;
        end += v.len();
        if end >> 16 != before {
            wraps.push(i);
        }
        writeln!(s, "  {},", end & 0xffff).unwrap();
    }
    s.push_str("];\n");
    writeln!(s, "pub static {prefix}_WRAPS: &[u16] = &{wraps:?};").unwrap();
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
