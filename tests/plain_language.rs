//! Reading level: what each kind of person reads should sit at grade 6–8 (Flesch–Kincaid),
//! with short sentences. A heuristic syllable count, as readability tools use.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use aa_decision_aid::data::content::{Catalog, Msg};
use aa_decision_aid::model::profile::Lang;
use common::{profile, run, run_in, texts};

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

const SCENARIOS: [&str; 5] = [
        "#v=1&age=17&sex=f&preg=none&contra=none&smoke=never&cv=none&aa=total&dur=1to4&brows=y&lashes=y",
        "#v=1&age=9&aa=patchy&dur=lt1",
        "#v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&aa=severe&dur=gt10",
        "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&cv=none&aa=severe",
    "#v=1&age=47&sex=f&meno=peri&hrt=considering&smoke=former&packyrs=lt20&quit15=y&cv=none",
];

/// The running text a person reads (sources and headings are not running text).
fn running_text(ex: &aa_decision_aid::engine::Explanation) -> String {
    texts(ex)
        .into_iter()
        .map(|t| t.text)
        .filter(|t| t.split_whitespace().count() > 6)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn what_people_read_is_at_grade_six_to_eight() {
    for fragment in SCENARIOS {
        let (g, words) = grade(&running_text(&run(&profile(fragment))));
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

/// Spanish syllables: one per vowel nucleus. Vowels side by side share a syllable (a diphthong)
/// unless both are strong (a, e, o) or a weak one carries the accent (í, ú): then they split.
fn sílabas(word: &str) -> usize {
    let strong = |c: char| "aeoáéó".contains(c);
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let mut n = 0;
    let mut prev: Option<char> = None;
    for c in word.to_lowercase().chars() {
        let c = if c == 'y' && prev.is_some_and(vowel) {
            'i'
        } else {
            c
        };
        if vowel(c) {
            match prev {
                Some(p) if vowel(p) => {
                    if (strong(p) && strong(c)) || "íú".contains(c) || "íú".contains(p) {
                        n += 1;
                    }
                }
                _ => n += 1,
            }
        }
        prev = Some(c);
    }
    n.max(1)
}

/// (Fernández-Huerta score, average words per sentence): 206.84 − 60 × syllables per word −
/// 1.02 × words per sentence. 70 and over is "fairly easy" (about grade 6).
fn fernández_huerta(text: &str) -> (f64, f64) {
    let sentences = text
        .split(['.', '?', '!'])
        .filter(|s| s.chars().any(char::is_alphabetic))
        .count()
        .max(1) as f64;
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let n = words.len().max(1) as f64;
    let syl: usize = words.iter().map(|w| sílabas(w)).sum();
    (
        206.84 - 60.0 * syl as f64 / n - 1.02 * n / sentences,
        n / sentences,
    )
}

#[test]
fn the_spanish_formula_behaves() {
    assert_eq!(
        ["casa", "pie", "país", "leer", "inmunosupresor", "hoy"].map(sílabas),
        [2, 1, 2, 2, 6, 1]
    );
    let (easy, _) = fernández_huerta("El gato come. La casa es azul.");
    let (hard, _) = fernández_huerta(
        "La farmacoterapia inmunosupresora necesita una vigilancia longitudinal exhaustiva de parámetros hematológicos.",
    );
    assert!(easy > 90.0 && hard < 30.0, "{easy} {hard}");
}

#[test]
fn what_people_read_in_spanish_is_fairly_easy() {
    for fragment in SCENARIOS {
        let text = running_text(&run_in(&profile(fragment), Lang::Es));
        let (score, words) = fernández_huerta(&text);
        println!("{fragment}: Fernández-Huerta {score:.1}, {words:.1} words per sentence");
        assert!(score >= 70.0, "{fragment}: Fernández-Huerta {score:.1}");
        assert!(words <= 20.0, "{fragment}: {words:.1} words per sentence");
    }
}

#[test]
fn no_english_sentence_reaches_a_spanish_reader() {
    let en = Catalog::for_lang(Lang::En);
    // English texts long enough to be sentences (names and doses are the same in both).
    let english: Vec<&str> = Msg::ALL
        .iter()
        .map(|m| en.get(*m))
        .flat_map(|t| t.split(['{', '}']))
        .filter(|piece| piece.split_whitespace().count() >= 4)
        .collect();
    for fragment in SCENARIOS {
        let text = running_text(&run_in(&profile(fragment), Lang::Es));
        for e in &english {
            assert!(
                !text.contains(e.trim()),
                "{fragment}: English in the Spanish results: {e}"
            );
        }
        // Numbers the Spanish way: a decimal comma.
        let decimal_point = text
            .as_bytes()
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit());
        assert!(
            !decimal_point,
            "{fragment}: a decimal point in Spanish text"
        );
    }
}
