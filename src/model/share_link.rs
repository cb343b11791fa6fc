//! The share-link format: a profile as `key=value` pairs in the URL fragment (after `#`), so the
//! answers are never sent to a server. Documented in the README.
//!
//! Decoding never panics: unknown keys are ignored, a bad value is reported by key, and every
//! readable answer is kept.

use crate::data::digits::Digits;
use crate::model::answers::{choice_by_key, choice_spec, multi_by_key, multi_spec};
use crate::model::profile::*;
use crate::model::questionnaire::StepId;
use crate::model::screen::SectionId;

/// The only format version so far.
pub const VERSION: &str = "1";

/// Why part of a link could not be read. The rest of the link is still used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The value for this key is not one the format allows.
    BadValue { key: String },
    /// The link was made by a different version of the format.
    UnknownVersion,
}

impl DecodeError {
    pub fn key(&self) -> &str {
        match self {
            DecodeError::BadValue { key } => key,
            DecodeError::UnknownVersion => "v",
        }
    }
}

/// The result of reading a link: what could be read, and what could not.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Decoded {
    pub profile: Profile,
    pub errors: Vec<DecodeError>,
    /// True if the fragment held any recognised key at all (a plain `#top` is not a share link).
    pub recognised: bool,
    /// A part of the results the link asks to open (`at=warning`). Read only: the guide never
    /// writes it back, so it does not follow the person around.
    pub at: Option<SectionId>,
    /// The evidence the link was made from (`ev=`, the content's review date, `YYYY-MM-DD`):
    /// "Copy a link" names it, so a link opened after the content changed can say so.
    pub evidence: Option<String>,
}

// ---- link codes of values that are not questions (question codes live in `answers`) ----

macro_rules! codes {
    ($name:ident, $t:ty, [$($v:expr => $c:literal),+ $(,)?]) => {
        mod $name {
            use super::*;
            const TABLE: &[($t, &str)] = &[$(($v, $c)),+];
            pub fn enc(x: $t) -> &'static str {
                // Every variant is in the table; the round-trip property test checks it.
                TABLE.iter().find(|(v, _)| *v == x).map_or("", |(_, c)| *c)
            }
            pub fn dec(s: &str) -> Option<$t> {
                TABLE.iter().find(|(_, c)| *c == s).map(|(v, _)| *v)
            }
        }
    };
}

codes!(matter, Matter, [
    Matter::Scalp => "scalp", Matter::Brows => "brows", Matter::Lashes => "lashes", Matter::Body => "body",
    Matter::FewPills => "fewpills", Matter::FewTests => "fewtests", Matter::LowRisk => "lowrisk",
    Matter::Pregnancy => "pregnancy",
]);
codes!(drug, DrugFocus, [
    DrugFocus::One(Drug::Baricitinib) => "baricitinib", DrugFocus::One(Drug::Ritlecitinib) => "ritlecitinib",
    DrugFocus::One(Drug::Deuruxolitinib) => "deuruxolitinib", DrugFocus::Any => "any",
]);
codes!(lang, Lang, [Lang::En => "en", Lang::Es => "es"]);

/// The drug's link code (also used as a stable id elsewhere).
pub fn drug_code(d: Drug) -> &'static str {
    drug::enc(DrugFocus::One(d))
}

fn screen_code(s: Screen) -> &'static str {
    match s {
        Screen::Start => "start",
        Screen::Results => "results",
        Screen::Step(step) => step.code(),
    }
}

fn dec_screen(s: &str) -> Option<Screen> {
    match s {
        "start" => Some(Screen::Start),
        "results" => Some(Screen::Results),
        other => StepId::from_code(other).map(Screen::Step),
    }
}

/// The language a fragment names with `lang=`, if it names one (a link without it opens in the
/// page's own language).
pub fn named_lang(fragment: &str) -> Option<Lang> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .filter_map(|kv| kv.strip_prefix("lang="))
        .find_map(lang::dec)
}

/// The page written in `lang`, relative to either page (they sit side by side).
pub fn page_for(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "index.html",
        Lang::Es => "es.html",
    }
}

/// The address of the same answers, screen and ticked questions in another language: its page
/// and a fragment that names the language (also English, so that a clinic's default language
/// does not send the person back).
pub fn in_language(p: &Profile, lang: Lang) -> String {
    let mut q = p.clone();
    q.lang = lang;
    let mut out = [page_for(lang), "#", &encode(&q)].concat();
    if lang == Lang::En {
        out.push_str("&lang=en");
    }
    out
}

/// Encode a profile as a fragment (without the leading `#`). Unanswered questions are left out.
pub fn encode(p: &Profile) -> String {
    let mut out = String::from("v=");
    out.push_str(VERSION);
    let mut put = |k: &str, v: &str| {
        out.push('&');
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    };
    if let Some(a) = p.age {
        put("age", &a.digits());
    }
    for c in Choice::ALL {
        let spec = choice_spec(c);
        if let Some((code, _)) = p.choice(c).and_then(|i| spec.options.get(i)) {
            put(spec.key, code);
        }
    }
    for m in Multi::ALL {
        let spec = multi_spec(m);
        if let Some(list) = p.multi(m) {
            let codes: Vec<&str> = list
                .iter()
                .filter_map(|i| spec.options.get(*i).map(|o| o.0))
                .collect();
            put(spec.key, &join_or_none(codes.into_iter()));
        }
    }
    for (key, list) in [
        ("matters", &p.matters),
        ("msome", &p.matters_some),
        ("mnot", &p.matters_not),
    ] {
        if !list.is_empty() {
            put(key, &join(list.iter().map(|m| matter::enc(*m))));
        }
    }
    if let Some(x) = p.drug {
        put("drug", drug::enc(x));
    }
    // English is the default of the link format, whichever page writes the link.
    if p.lang != Lang::En {
        put("lang", lang::enc(p.lang));
    }
    if p.sure.iter().any(Option::is_some) {
        let s: String = p
            .sure
            .iter()
            .map(|a| match a {
                Some(true) => 'y',
                Some(false) => 'n',
                None => '-',
            })
            .collect();
        put("sure", &s);
    }
    if !p.ask.is_empty() {
        put("ask", &p.ask.join(","));
    }
    if let Some(s) = p.screen {
        put("s", screen_code(s));
    }
    out
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(",")
}

fn join_or_none<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let s = join(items);
    if s.is_empty() {
        "none".into()
    } else {
        s
    }
}

/// Longest fragment we read. Real links are a few hundred characters; anything far longer is
/// not ours, and reading it all would only waste a phone's time.
const MAX_LEN: usize = 4096;
/// Most question ids a link may carry.
const MAX_ASK: usize = 40;

/// Decode a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Decoded {
    let mut d = Decoded::default();
    let mut s = fragment.strip_prefix('#').unwrap_or(fragment);
    if s.len() > MAX_LEN {
        let mut cut = MAX_LEN;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s = s.get(..cut).unwrap_or_default();
    }
    for pair in s.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_val) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(val)) = (percent_decode(raw_key), percent_decode(raw_val)) else {
            // Undecodable percent escapes: report under the key as written.
            d.errors.push(DecodeError::BadValue {
                key: printable_key(raw_key),
            });
            continue;
        };
        let val = val.trim();
        if key == "at" {
            match SectionId::from_anchor(val) {
                Some(a) => d.at = Some(a),
                None => d.errors.push(DecodeError::BadValue { key: key.clone() }),
            }
            d.recognised = true;
        } else if key == "ev" {
            // Only a real date is kept; anything else is ignored (it says nothing about answers).
            if crate::data::evidence::is_iso_date(val) {
                d.evidence = Some(val.to_owned());
            }
        } else if read_pair(&mut d.profile, &key, val, &mut d.errors) {
            d.recognised = true;
        }
    }
    d
}

/// Apply one `key=value`; returns whether the key is part of the format.
fn read_pair(p: &mut Profile, key: &str, val: &str, errors: &mut Vec<DecodeError>) -> bool {
    let mut bad = || {
        errors.push(DecodeError::BadValue { key: key.into() });
    };
    macro_rules! one {
        ($field:expr, $codes:ident) => {
            match $codes::dec(val) {
                Some(x) => $field = Some(x),
                None => bad(),
            }
        };
    }
    if let Some(c) = choice_by_key(key) {
        match choice_spec(c)
            .options
            .iter()
            .position(|(code, _)| *code == val)
        {
            Some(i) => p.set_choice(c, Some(i)),
            None => bad(),
        }
        return true;
    }
    if let Some(m) = multi_by_key(key) {
        match list(val, multi_spec(m).options) {
            Some(v) => p.set_multi(m, Some(v)),
            None => bad(),
        }
        return true;
    }
    match key {
        "v" => {
            if val != VERSION {
                errors.push(DecodeError::UnknownVersion);
            }
        }
        "age" => match val.parse::<u8>() {
            Ok(a) if a <= MAX_AGE && !val.starts_with('+') => p.age = Some(a),
            _ => bad(),
        },
        "matters" | "msome" | "mnot" => match ordered(val) {
            Some(v) => {
                let w = match key {
                    "matters" => Weight::ALot,
                    "msome" => Weight::ALittle,
                    _ => Weight::NotMuch,
                };
                for m in v {
                    p.set_weight(m, Some(w));
                }
            }
            None => bad(),
        },
        "drug" => one!(p.drug, drug),
        "lang" => match lang::dec(val) {
            Some(l) => p.lang = l,
            None => bad(),
        },
        "sure" => match dec_sure(val) {
            Some(s) => p.sure = s,
            None => bad(),
        },
        "ask" => {
            let ids: Vec<String> = val
                .split(',')
                .filter(|x| !x.is_empty())
                .map(str::to_owned)
                .collect();
            if ids.len() <= MAX_ASK && ids.iter().all(|i| valid_id(i)) {
                p.ask = ids;
            } else {
                bad();
            }
        }
        "s" => match dec_screen(val) {
            Some(s) => p.screen = Some(s),
            None => bad(),
        },
        _ => return false,
    }
    true
}

/// A comma list of set members as option positions (sorted, duplicates dropped); `none` alone
/// means an empty set.
fn list(val: &str, options: &[(&str, crate::data::content::Msg)]) -> Option<Vec<usize>> {
    if val == "none" {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    for part in val.split(',') {
        insert_sorted(
            &mut out,
            options.iter().position(|(code, _)| *code == part)?,
        );
    }
    Some(out)
}

/// An ordered comma list of considerations (order kept, duplicates dropped).
fn ordered(val: &str) -> Option<Vec<Matter>> {
    let mut out = Vec::new();
    for part in val.split(',') {
        let m = matter::dec(part)?;
        if !out.contains(&m) {
            out.push(m);
        }
    }
    Some(out)
}

fn dec_sure(val: &str) -> Option<[Option<bool>; 4]> {
    let b = val.as_bytes();
    if b.len() != 4 {
        return None;
    }
    let mut out = [None; 4];
    for (slot, c) in out.iter_mut().zip(b) {
        *slot = match c {
            b'y' => Some(true),
            b'n' => Some(false),
            b'-' => None,
            _ => return None,
        };
    }
    Some(out)
}

fn valid_id(s: &str) -> bool {
    (1..=24).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A key safe to show back to a person in an error message.
fn printable_key(raw: &str) -> String {
    raw.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(16)
        .collect()
}

/// Decode `%XX` escapes (links pasted through email or chat often gain them). `None` if an
/// escape is malformed or the result is not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    if !s.contains('%') {
        return Some(s.to_owned());
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' => {
                let hex = b.get(i + 1..i + 3)?;
                let hi = (hex[0] as char).to_digit(16)?;
                let lo = (hex[1] as char).to_digit(16)?;
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_names_the_evidence_it_was_made_from_and_nothing_else_reads_it_as_an_answer() {
        let d = decode("#v=1&age=40&ev=2026-11-30&s=results");
        assert_eq!(d.evidence.as_deref(), Some("2026-11-30"));
        assert!(d.errors.is_empty(), "{:?}", d.errors);
        assert_eq!(d.profile.age, Some(40));
        let junk = decode("#v=1&age=40&ev=<script>");
        assert_eq!(junk.evidence, None);
        assert!(
            junk.errors.is_empty(),
            "a broken version never hides an answer"
        );
    }

    #[test]
    fn only_a_link_that_names_a_language_asks_for_another_page() {
        assert_eq!(named_lang("#v=1&age=40&lang=es&s=results"), Some(Lang::Es));
        assert_eq!(named_lang("v=1&lang=en"), Some(Lang::En));
        assert_eq!(named_lang("#v=1&age=40&s=results"), None);
        assert_eq!(named_lang("#v=1&lang=xx"), None);
    }

    #[test]
    fn another_language_keeps_answers_screen_and_ticked_questions() {
        let p = decode("#v=1&age=28&sex=f&s=results&ask=how_long").profile;
        let es = in_language(&p, Lang::Es);
        assert!(es.starts_with("es.html#"), "{es}");
        let back = decode(es.split_once('#').unwrap().1).profile;
        assert_eq!(back.lang, Lang::Es);
        assert_eq!(
            (back.age, back.screen, &back.ask),
            (p.age, p.screen, &p.ask)
        );
        // English names itself too, so a clinic whose default is Spanish does not send the
        // person back.
        let en = in_language(&back, Lang::En);
        assert!(
            en.starts_with("index.html#") && en.ends_with("&lang=en"),
            "{en}"
        );
        assert_eq!(decode(en.split_once('#').unwrap().1).profile.lang, Lang::En);
    }

    #[test]
    fn reads_the_example_from_the_readme() {
        let d = decode(
            "#v=1&age=28&sex=f&preg=planning&contra=combined&travel=monthly&smoke=never&aa=severe",
        );
        assert!(d.errors.is_empty(), "{:?}", d.errors);
        assert!(d.recognised);
        let p = d.profile;
        assert_eq!(p.age, Some(28));
        assert_eq!(p.sex, Some(Sex::Female));
        assert_eq!(p.preg, Some(Pregnancy::Planning));
        assert_eq!(p.contra, Some(Contraception::Combined));
        assert_eq!(p.travel, Some(Travel::Monthly));
        assert_eq!(p.smoke, Some(Smoking::Never));
        assert_eq!(p.aa, Some(AaExtent::Severe));
    }

    #[test]
    fn a_bad_value_names_its_key_and_keeps_the_rest() {
        let d = decode("v=1&age=250&sex=f&smoke=sometimes&aa=total");
        assert_eq!(
            d.errors,
            vec![
                DecodeError::BadValue { key: "age".into() },
                DecodeError::BadValue {
                    key: "smoke".into()
                }
            ]
        );
        assert_eq!(d.profile.age, None);
        assert_eq!(d.profile.sex, Some(Sex::Female));
        assert_eq!(d.profile.aa, Some(AaExtent::Total));
    }

    #[test]
    fn unknown_keys_are_ignored_and_other_versions_flagged() {
        let d = decode("v=9&utm_source=mail&age=40");
        assert_eq!(d.errors, vec![DecodeError::UnknownVersion]);
        assert_eq!(d.profile.age, Some(40));
        let plain = decode("#top");
        assert!(!plain.recognised);
        assert!(plain.errors.is_empty());
    }

    #[test]
    fn lists_accept_none_and_percent_encoded_commas() {
        let d = decode("cv=bp%2Cchol&inf=none");
        assert!(d.errors.is_empty());
        assert_eq!(
            d.profile.cv,
            Some(vec![Cv::HighBloodPressure, Cv::HighCholesterol])
        );
        assert_eq!(d.profile.inf, Some(vec![]));
        assert_eq!(
            decode("cv=bp,wings").errors,
            vec![DecodeError::BadValue { key: "cv".into() }]
        );
    }

    #[test]
    fn truncated_links_keep_what_was_complete() {
        let d = decode("v=1&age=58&smoke=current&cv=bp,ch");
        assert_eq!(d.profile.age, Some(58));
        assert_eq!(d.profile.smoke, Some(Smoking::Current));
        assert_eq!(d.errors, vec![DecodeError::BadValue { key: "cv".into() }]);
        // A broken escape does not sink the whole link.
        let d = decode("age=3%&sex=m");
        assert_eq!(d.profile.sex, Some(Sex::Male));
        assert_eq!(d.errors.len(), 1);
    }

    #[test]
    fn ages_must_be_plain_numbers_up_to_120() {
        for bad in ["-1", "121", "1e2", "", "+5", "4.5", "twelve"] {
            let d = decode(&format!("age={bad}"));
            assert_eq!(d.profile.age, None, "{bad}");
            assert_eq!(d.errors.len(), 1, "{bad}");
        }
        assert_eq!(decode("age=0").profile.age, Some(0));
        assert_eq!(decode("age=120").profile.age, Some(120));
    }

    #[test]
    fn values_weights_and_screen_round_trip() {
        let mut p = Profile::default();
        p.set_weight(Matter::Brows, Some(Weight::ALot));
        p.set_weight(Matter::Scalp, Some(Weight::ALot));
        p.set_weight(Matter::FewPills, Some(Weight::ALittle));
        p.set_weight(Matter::LowRisk, Some(Weight::NotMuch));
        p.sure = [Some(true), None, Some(false), None];
        p.ask = vec!["work_for_me".into(), "stop".into()];
        p.screen = Some(Screen::Step(StepId::Heart));
        p.drug = Some(DrugFocus::One(Drug::Ritlecitinib));
        let enc = encode(&p);
        assert!(enc.contains("matters=brows,scalp"), "{enc}");
        let d = decode(&enc);
        assert!(d.errors.is_empty());
        assert_eq!(d.profile, p);
    }

    #[test]
    fn a_blank_profile_encodes_to_just_the_version() {
        assert_eq!(encode(&Profile::default()), "v=1");
    }
}
