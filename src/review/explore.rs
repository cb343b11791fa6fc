//! Find, for every text the engine can show, which answers make it appear — by running the
//! engine, not by reading its code.

use crate::data::content::{used, Catalog, Msg};
use crate::engine::values::{assess, sure_next_steps};
use crate::engine::{explain, trace};
use crate::model::answers::{choice_spec, multi_spec, WEIGHT};
use crate::model::profile::{Choice, Drug, DrugFocus, Matter, Multi, Profile};
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::Effort;

/// One question (or one part of a question) the rules can depend on.
pub struct Dim {
    pub label: String,
    pub values: Vec<String>,
    kind: Kind,
}

#[derive(Clone, Copy)]
enum Kind {
    Age,
    One(Choice),
    /// A tick-all question: not answered, "none of these", or one item ticked.
    Many(Multi),
    Matter(Matter),
    Focus,
    Sure(usize),
}

/// Age groups split exactly where the engine's rules change (12, 18, 19, 35, 50, 55, 60, 65,
/// 80), each with an age to try.
const AGES: &[(Option<u8>, &str)] = &[
    (None, "not answered"),
    (Some(9), "under 12"),
    (Some(15), "12 to 17"),
    (Some(18), "18"),
    (Some(25), "19 to 34"),
    (Some(40), "35 to 49"),
    (Some(52), "50 to 55"),
    (Some(58), "56 to 60"),
    (Some(62), "61 to 64"),
    (Some(65), "65"),
    (Some(72), "66 to 80"),
    (Some(90), "over 80"),
];

const FOCUS: &[(Option<DrugFocus>, &str)] = &[
    (None, "none"),
    (Some(DrugFocus::Any), "any medicine"),
    (Some(DrugFocus::One(Drug::Baricitinib)), "baricitinib"),
    (Some(DrugFocus::One(Drug::Ritlecitinib)), "ritlecitinib"),
    (Some(DrugFocus::One(Drug::Deuruxolitinib)), "deuruxolitinib"),
];

fn dims(cat: &Catalog) -> Vec<Dim> {
    let not_answered = || "not answered".to_owned();
    let mut out = vec![Dim {
        label: cat.get(Msg::AnswerAge).to_owned(),
        values: AGES.iter().map(|(_, l)| (*l).to_owned()).collect(),
        kind: Kind::Age,
    }];
    for c in Choice::ALL {
        let spec = choice_spec(c);
        let mut values = vec![not_answered()];
        values.extend(spec.options.iter().map(|(_, m)| cat.get(*m).to_owned()));
        out.push(Dim {
            label: cat.get(spec.answer).to_owned(),
            values,
            kind: Kind::One(c),
        });
    }
    for m in Multi::ALL {
        let spec = multi_spec(m);
        let mut values = vec![not_answered(), cat.get(spec.none).to_owned()];
        values.extend(spec.options.iter().map(|(_, m)| cat.get(*m).to_owned()));
        out.push(Dim {
            label: cat.get(spec.answer).to_owned(),
            values,
            kind: Kind::Many(m),
        });
    }
    for m in Matter::ALL {
        let mut values = vec!["not rated".to_owned()];
        values.extend(WEIGHT.iter().map(|(_, l)| cat.get(*l).to_owned()));
        out.push(Dim {
            label: [
                cat.get(Msg::QValuesTitle),
                ": ",
                cat.get(crate::model::answers::matter_label(m)),
            ]
            .concat(),
            values,
            kind: Kind::Matter(m),
        });
    }
    out.push(Dim {
        label: "Clinician's link focuses on".to_owned(),
        values: FOCUS.iter().map(|(_, l)| (*l).to_owned()).collect(),
        kind: Kind::Focus,
    });
    for (i, q) in crate::engine::values::SURE_QUESTIONS.iter().enumerate() {
        out.push(Dim {
            label: ["Readiness: ", cat.get(*q)].concat(),
            values: vec![
                not_answered(),
                cat.get(Msg::SureYes).to_owned(),
                cat.get(Msg::SureNo).to_owned(),
            ],
            kind: Kind::Sure(i),
        });
    }
    out
}

fn set(p: &mut Profile, kind: Kind, i: usize) {
    match kind {
        Kind::Age => p.age = AGES[i].0,
        Kind::One(c) => p.set_choice(c, i.checked_sub(1)),
        Kind::Many(m) => p.set_multi(
            m,
            match i {
                0 => None,
                1 => Some(Vec::new()),
                n => Some(vec![n - 2]),
            },
        ),
        Kind::Matter(m) => p.set_weight(m, i.checked_sub(1).map(|w| WEIGHT[w].0)),
        Kind::Focus => p.drug = FOCUS[i].0,
        Kind::Sure(q) => p.sure[q] = [None, Some(true), Some(false)][i],
    }
}

/// A set of texts, one bit per `Msg`.
#[derive(Clone, PartialEq, Eq)]
struct Texts(Vec<u64>);

impl Texts {
    fn has(&self, m: usize) -> bool {
        self.0[m / 64] >> (m % 64) & 1 == 1
    }
}

/// Everything the engine reads for one set of answers.
///
/// The clinic shows all three medicines here: a text about one medicine appears only when the
/// clinic's `clinic.json` shows that medicine (the pack says so).
fn evaluate(p: &Profile, cat: &Catalog) -> Texts {
    used::start();
    let ex = explain(
        p,
        &crate::data::evidence::Evidence::bundled(),
        cat,
        &Drug::ALL,
    );
    assess(p, cat, &ex.drugs);
    sure_next_steps(&p.sure, cat);
    let mut bits = vec![0u64; Msg::ALL.len().div_ceil(64)];
    for m in used::finish() {
        let i = m as usize;
        bits[i / 64] |= 1 << (i % 64);
    }
    Texts(bits)
}

/// Texts the results screen itself shows around the engine's content (headings, buttons,
/// labels, the readiness questions): not rules, so not in the rule list.
const UI_ONLY: &[&str] = &[
    "ask.tag_",
    "check.status_",
    "sec.",
    "results.",
    "sure.intro",
    "sure.sure",
    "sure.understand",
    "sure.risk_benefit",
    "sure.encouragement",
    "sure.yes",
    "sure.no",
    "sure.all_yes",
    "sure.next_title",
    "values.intro",
    "values.toward",
    "values.away",
    "values.neutral",
    "values.choose_title",
    "values.from_answers",
];

/// Texts the engine chooses from: the content tables, without question labels, names, small
/// helper words and the screen's own headings and buttons.
pub fn is_rule(m: Msg) -> bool {
    let key = m.key();
    let engine_table = [
        "summary.", "benefit.", "warning.", "life.", "risks.", "options.", "check.", "expect.",
        "ask.", "values.", "sure.",
    ]
    .iter()
    .any(|p| key.starts_with(p));
    // Engine notes that live with the results screen's words.
    let engine_result = matches!(
        m,
        Msg::ResultsTrialsDiffer | Msg::ResultsClinicianFocus | Msg::ResultsFocusNotEligible
    );
    engine_result
        || (engine_table
            && !UI_ONLY.iter().any(|p| key.starts_with(p))
            && !CLINIC_ONLY.contains(&m))
}

/// Texts that appear only when the clinic shows a single medicine (the rules assume all
/// three); the pack lists them apart.
pub const CLINIC_ONLY: [Msg; 3] = [
    Msg::ResultsNoDrugs,
    Msg::SummaryPregnantDeur,
    Msg::SummaryBreastfeedingDeur,
];

/// The answers to one question that a clause allows.
#[derive(Clone, Debug, PartialEq)]
pub enum Answers {
    AnyOf(Vec<String>),
    /// Any answer but these.
    Except(Vec<String>),
}

/// Which answers make one text appear.
pub struct Rule {
    pub msg: Msg,
    /// Each clause is a list of (question label, allowed answers); the text appears when every
    /// part of any one clause holds. An empty clause: it always appears.
    pub clauses: Vec<Vec<(String, Answers)>>,
    /// Questions the text depends on.
    pub depends_on: Vec<String>,
    /// Answer sets tried, and how many the rule described correctly.
    pub tried: usize,
    pub matched: usize,
    /// Figures and sources the text uses.
    pub figures: BTreeSet<usize>,
    pub sources: BTreeSet<usize>,
}

pub struct Exploration {
    pub dims: Vec<Dim>,
    pub rules: Vec<Rule>,
    /// Engine texts never seen in any answer set tried (should be none).
    pub unreached: Vec<Msg>,
    pub answer_sets: usize,
}

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        // xorshift64*: deterministic, so the pack is the same on every run.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n
    }
}

struct Runner<'a> {
    cat: &'a Catalog,
    dims: Vec<Dim>,
    cache: HashMap<Vec<u8>, Texts>,
    figs: BTreeMap<usize, BTreeSet<usize>>,
    srcs: BTreeMap<usize, BTreeSet<usize>>,
}

impl Runner<'_> {
    fn run(&mut self, a: &[u8]) -> Texts {
        if let Some(t) = self.cache.get(a) {
            return t.clone();
        }
        let mut p = Profile::default();
        for (d, v) in self.dims.iter().zip(a) {
            set(&mut p, d.kind, usize::from(*v));
        }
        trace::start();
        let t = evaluate(&p, self.cat);
        let (figs, srcs) = trace::finish();
        for (m, f) in figs {
            self.figs.entry(m as usize).or_default().insert(f.index());
        }
        for (m, s) in srcs {
            self.srcs.entry(m as usize).or_default().insert(s as usize);
        }
        self.cache.insert(a.to_vec(), t.clone());
        t
    }
}

/// Run the engine over sampled answers and derive a rule for every text it shows.
pub fn explore(cat: &Catalog, effort: Effort) -> Exploration {
    let dims = dims(cat);
    let sizes: Vec<usize> = dims.iter().map(|d| d.values.len()).collect();
    let mut r = Runner {
        cat,
        dims,
        cache: HashMap::new(),
        figs: BTreeMap::new(),
        srcs: BTreeMap::new(),
    };
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let n = Msg::ALL.len();
    let mut relevant: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut bases: Vec<Vec<u8>> = Vec::new();
    // Start from random answer sets: half fully random, half leaning to "not answered" and to
    // each question's first answer (often "none" or "never"), so that rarer combinations — a
    // young never-smoker with no risk factors, say — are reached too.
    for k in 0..effort.samples {
        bases.push(
            sizes
                .iter()
                .map(|s| {
                    let roll = rng.below(10);
                    if k % 2 == 1 && roll < 2 {
                        0
                    } else if k % 2 == 1 && roll < 7 {
                        1.min(s - 1) as u8
                    } else {
                        rng.below(*s) as u8
                    }
                })
                .collect(),
        );
    }
    bases.push(vec![0; sizes.len()]);
    for base in bases.clone() {
        let before = r.run(&base);
        for (d, size) in sizes.iter().enumerate() {
            for v in 0..*size as u8 {
                if v == base[d] {
                    continue;
                }
                let mut a = base.clone();
                a[d] = v;
                let after = r.run(&a);
                for (i, (x, y)) in before.0.iter().zip(&after.0).enumerate() {
                    let mut diff = x ^ y;
                    while diff != 0 {
                        let bit = diff.trailing_zeros() as usize;
                        relevant[i * 64 + bit].insert(d);
                        diff &= diff - 1;
                    }
                }
            }
        }
    }

    let mut rules = Vec::new();
    let mut unreached = Vec::new();
    for m in Msg::ALL.iter().copied().filter(|m| is_rule(*m)) {
        let i = m as usize;
        let seen = r.cache.values().any(|t| t.has(i));
        if !seen {
            unreached.push(m);
            continue;
        }
        let rel: Vec<usize> = relevant[i].iter().copied().collect();
        rules.push(rule(&mut r, &sizes, &bases, m, &rel, effort));
    }
    let answer_sets = r.cache.len();
    Exploration {
        dims: r.dims,
        rules,
        unreached,
        answer_sets,
    }
}

/// Allowed values per dimension, as bit masks (every domain has fewer than 32 values).
type Clause = Vec<u32>;

fn rule(
    r: &mut Runner,
    sizes: &[usize],
    bases: &[Vec<u8>],
    m: Msg,
    rel: &[usize],
    effort: Effort,
) -> Rule {
    let i = m as usize;
    let product: usize = rel.iter().map(|d| sizes[*d]).product();
    // Shown / not shown for each combination of the answers it depends on.
    let mut table: BTreeMap<Vec<u8>, (usize, usize)> = BTreeMap::new();
    if product <= effort.max_combinations {
        for k in 0..product {
            let mut combo = Vec::with_capacity(rel.len());
            let mut rest = k;
            for d in rel {
                combo.push((rest % sizes[*d]) as u8);
                rest /= sizes[*d];
            }
            for bg in bases.iter().take(effort.backgrounds) {
                let mut a = bg.clone();
                for (d, v) in rel.iter().zip(&combo) {
                    a[*d] = *v;
                }
                let shown = r.run(&a).has(i);
                let e = table.entry(combo.clone()).or_default();
                if shown {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
    }
    // Every answer set already run counts too.
    for (a, t) in &r.cache {
        let combo: Vec<u8> = rel.iter().map(|d| a[*d]).collect();
        let e = table.entry(combo).or_default();
        if t.has(i) {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    let full: Vec<u32> = rel.iter().map(|d| (1u32 << sizes[*d]) - 1).collect();
    let rows: Vec<(Clause, usize, usize)> = table
        .into_iter()
        .map(|(combo, (yes, no))| (combo.iter().map(|v| 1u32 << v).collect(), yes, no))
        .collect();
    let clauses = learn(&rows, &full);
    let holds = |a: &[u8]| {
        clauses
            .iter()
            .any(|c| rel.iter().zip(c).all(|(d, mask)| mask >> a[*d] & 1 == 1))
    };
    let tried = r.cache.len();
    let matched = r.cache.iter().filter(|(a, t)| holds(a) == t.has(i)).count();
    let dims = &r.dims;
    let readable = clauses
        .iter()
        .map(|c| {
            rel.iter()
                .zip(c)
                .zip(&full)
                .filter(|((_, mask), all)| mask != all)
                .map(|((d, mask), _)| {
                    let dim = &dims[*d];
                    let pick = |want: bool| -> Vec<String> {
                        dim.values
                            .iter()
                            .enumerate()
                            .filter(|(v, _)| (mask >> v & 1 == 1) == want)
                            .map(|(_, s)| s.clone())
                            .collect()
                    };
                    let (yes, no) = (pick(true), pick(false));
                    // "anything except X" when that is shorter to read.
                    if no.len() < yes.len() {
                        (dim.label.clone(), Answers::Except(no))
                    } else {
                        (dim.label.clone(), Answers::AnyOf(yes))
                    }
                })
                .collect()
        })
        .collect();
    Rule {
        msg: m,
        clauses: readable,
        depends_on: rel.iter().map(|d| dims[*d].label.clone()).collect(),
        tried,
        matched,
        figures: r.figs.get(&i).cloned().unwrap_or_default(),
        sources: r.srcs.get(&i).cloned().unwrap_or_default(),
    }
}

fn covers(c: &Clause, row: &Clause) -> bool {
    c.iter().zip(row).all(|(mask, one)| mask & one != 0)
}

/// Learn readable clauses from the answer combinations that show the text (`yes`) and those
/// that don't (`no`), by sequential covering: start from "any answer" and take away the answer
/// values that let in the most non-showing combinations per showing one lost (FOIL gain) until
/// the clause lets in none; then give back every value that does not let any in. Repeat for the
/// showing combinations not yet covered.
fn learn(rows: &[(Clause, usize, usize)], full: &[u32]) -> Vec<Clause> {
    let positive = |r: &&(Clause, usize, usize)| r.1 > r.2;
    let mut left: Vec<&(Clause, usize, usize)> = rows.iter().filter(positive).collect();
    let negatives: Vec<&(Clause, usize, usize)> = rows.iter().filter(|r| !positive(r)).collect();
    let count = |c: &Clause, set: &[&(Clause, usize, usize)]| {
        set.iter().filter(|r| covers(c, &r.0)).count()
    };
    let mut out: Vec<Clause> = Vec::new();
    while !left.is_empty() && out.len() < 40 {
        let mut c: Clause = full.to_vec();
        loop {
            let (p, n) = (count(&c, &left), count(&c, &negatives));
            if n == 0 || p == 0 {
                break;
            }
            let base = (p as f64 / (p + n) as f64).log2();
            let mut best: Option<(f64, usize, u32)> = None;
            for (d, mask) in c.iter().enumerate() {
                let mut bits = *mask;
                while bits != 0 {
                    let bit = bits & bits.wrapping_neg();
                    bits &= bits - 1;
                    let mut t = c.clone();
                    t[d] &= !bit;
                    if t[d] == 0 {
                        continue;
                    }
                    let (tp, tn) = (count(&t, &left), count(&t, &negatives));
                    if tp == 0 || tn == n {
                        continue;
                    }
                    let gain = tp as f64 * ((tp as f64 / (tp + tn) as f64).log2() - base);
                    if best.is_none_or(|(g, _, _)| gain > g) {
                        best = Some((gain, d, bit));
                    }
                }
            }
            match best {
                Some((_, d, bit)) => c[d] &= !bit,
                None => break,
            }
        }
        // Give back every value that lets in no non-showing combination.
        for d in 0..c.len() {
            let mut missing = full[d] & !c[d];
            while missing != 0 {
                let bit = missing & missing.wrapping_neg();
                missing &= missing - 1;
                let mut t = c.clone();
                t[d] |= bit;
                if count(&t, &negatives) <= count(&c, &negatives) {
                    c = t;
                }
            }
        }
        let before = left.len();
        left.retain(|r| !covers(&c, &r.0));
        if left.len() == before {
            break;
        }
        out.push(c);
    }
    out
}
