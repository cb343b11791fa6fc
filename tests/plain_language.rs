//! Reading level: what each kind of person reads should sit at grade 6–8 (Flesch–Kincaid),
//! with short sentences. A heuristic syllable count, as readability tools use.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{profile, run, texts};

fn syllables(word: &str) -> usize {
    let w: String = word
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let mut w = w.as_str();
    for end in ["es", "ed", "e"] {
        if let Some(stem) = w.strip_suffix(end) {
            if stem.len() > 2 && !stem.ends_with(['a', 'e', 'i', 'o', 'u', 'y', 'l']) {
                w = stem;
                break;
            }
        }
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    groups.max(1)
}

/// (Flesch–Kincaid grade, average words per sentence).
fn grade(text: &str) -> (f64, f64) {
    let sentences = text
        .split(['.', '?', '!'])
        .filter(|s| s.chars().any(|c| c.is_ascii_alphabetic()))
        .count()
        .max(1) as f64;
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| syllables(w)).sum();
    (
        0.39 * n / sentences + 11.8 * syl as f64 / n - 15.59,
        n / sentences,
    )
}

#[test]
fn what_people_read_is_at_grade_six_to_eight() {
    for fragment in [
        "#v=1&age=17&sex=f&preg=none&contra=none&smoke=never&cv=none&aa=total&dur=1to4&brows=y&lashes=y",
        "#v=1&age=9&aa=patchy&dur=lt1",
        "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&aa=severe&dur=gt10",
        "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&aa=severe",
        "#v=1&age=47&sex=f&meno=peri&hrt=considering&smoke=former&packyrs=lt20&quit15=y&cv=none",
    ] {
        let ex = run(&profile(fragment));
        let all: Vec<String> = texts(&ex)
            .into_iter()
            .map(|t| t.text)
            // Reference material (sources) and headings are not running text.
            .filter(|t| t.split_whitespace().count() > 6)
            .collect();
        let (g, words) = grade(&all.join(" "));
        assert!(g <= 8.0, "{fragment}: reading grade {g:.1}");
        assert!(words <= 18.0, "{fragment}: {words:.1} words per sentence");
    }
}

#[test]
fn the_grade_formula_behaves() {
    let (easy, _) = grade("The cat sat on the mat. It was a hot day.");
    let (hard, _) = grade(
        "Immunosuppressive pharmacotherapy necessitates comprehensive longitudinal surveillance of hematological parameters.",
    );
    assert!(easy < 3.0 && hard > 14.0, "{easy} {hard}");
}
