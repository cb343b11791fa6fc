//! A person's answers. Every field is optional: skipping a question, or answering
//! "prefer not to say" / "not sure", must always be possible.
//!
//! The same struct is the share-link format (see `share_link`).

pub use super::screen::{Screen, StepId};
pub use crate::data::content::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    Female,
    Male,
    /// Prefer not to say: the pregnancy and hormone questions stay available.
    NotSaid,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pregnancy {
    None,
    /// Planning a pregnancy within about 2 years.
    Planning,
    Pregnant,
    Breastfeeding,
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Contraception {
    None,
    /// Pill, ring or patch containing estrogen.
    Combined,
    /// Progestin-only pill, implant or hormonal IUD.
    Progestin,
    /// The progestin injection (DMPA), kept apart: unlike the hormonal IUD, it has been linked
    /// to a higher clot risk.
    Injection,
    Copper,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Travel {
    Rare,
    /// Long trips about monthly or more.
    Monthly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Menopause {
    Pre,
    Peri,
    Post,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hrt {
    None,
    Considering,
    Oral,
    Transdermal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Smoking {
    Never,
    Former,
    Current,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PackYears {
    Under20,
    AtLeast20,
    Unsure,
}

/// Heart and blood-vessel history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cv {
    HighBloodPressure,
    HighCholesterol,
    Diabetes,
    /// Heart attack, angina or stents.
    HeartDisease,
    /// Stroke or mini-stroke (TIA).
    Stroke,
    /// Past blood clot in a vein or lung (DVT/PE).
    Clot,
    /// An inherited clotting disorder (thrombophilia, e.g. factor V Leiden).
    ClotDisorder,
    /// Long-term lung disease (e.g. COPD): a clot risk factor in ORAL Surveillance.
    LungDisease,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cancer {
    None,
    /// Treated more than 5 years ago.
    Past,
    /// Within 5 years or in treatment now.
    Recent,
    /// Non-melanoma skin cancer only.
    SkinOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Infection {
    /// TB, or contact with someone who had TB.
    Tb,
    HepatitisB,
    HepatitisC,
    /// Cold sores or genital herpes.
    Herpes,
    Shingles,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shingrix {
    Done,
    No,
    Unsure,
}

/// How much scalp hair is missing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AaExtent {
    /// Under half the scalp.
    Patchy,
    /// Half or more.
    Severe,
    /// All scalp hair, or all body hair.
    Total,
}

/// Length of the current episode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Episode {
    UnderOneYear,
    OneToFourYears,
    /// Within every trial's limit (BRAVE took bouts under 8 years).
    FourToEightYears,
    /// Beyond BRAVE's limit, within ALLEGRO's and THRIVE's (up to 10 years).
    EightToTenYears,
    /// Beyond every trial's limit.
    OverTenYears,
}

/// Things a person may say matter to them in the values exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Matter {
    Scalp,
    Brows,
    Lashes,
    Body,
    FewPills,
    FewTests,
    LowRisk,
    Pregnancy,
}

impl Matter {
    pub const ALL: [Matter; 8] = [
        Matter::Scalp,
        Matter::Brows,
        Matter::Lashes,
        Matter::Body,
        Matter::LowRisk,
        Matter::FewPills,
        Matter::FewTests,
        Matter::Pregnancy,
    ];
}

/// How much one consideration matters to the person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    NotMuch,
    ALittle,
    ALot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Drug {
    Baricitinib,
    Ritlecitinib,
    Deuruxolitinib,
}

impl Drug {
    pub const ALL: [Drug; 3] = [Drug::Baricitinib, Drug::Ritlecitinib, Drug::Deuruxolitinib];
}

/// The medicine a clinician's link asks to focus on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DrugFocus {
    One(Drug),
    Any,
}

/// `ALL` lists a value enum in declaration order, so `value as usize` is its position. The
/// form, the share link and the summaries all index options by that position.
macro_rules! all_values {
    ($($t:ident: [$($v:ident),+ $(,)?];)+) => {$(
        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),+];
        }
    )+};
}

all_values! {
    Sex: [Female, Male, NotSaid];
    Pregnancy: [None, Planning, Pregnant, Breastfeeding, Unsure];
    Contraception: [None, Combined, Progestin, Injection, Copper, Other];
    Travel: [Rare, Monthly];
    Menopause: [Pre, Peri, Post];
    Hrt: [None, Considering, Oral, Transdermal];
    Smoking: [Never, Former, Current];
    PackYears: [Under20, AtLeast20, Unsure];
    Cv: [HighBloodPressure, HighCholesterol, Diabetes, HeartDisease, Stroke, Clot, ClotDisorder, LungDisease];
    Cancer: [None, Past, Recent, SkinOnly];
    Infection: [Tb, HepatitisB, HepatitisC, Herpes, Shingles];
    Shingrix: [Done, No, Unsure];
    AaExtent: [Patchy, Severe, Total];
    Episode: [UnderOneYear, OneToFourYears, FourToEightYears, EightToTenYears, OverTenYears];
}

/// A single-choice question, named by the profile field it fills. Declared in share-link order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Sex,
    Preg,
    Contra,
    Travel,
    Meno,
    Hrt,
    Smoke,
    Packyrs,
    Quit15,
    Cancer,
    Eczema,
    Shingrix,
    Aa,
    Dur,
    Brows,
    Lashes,
}

impl Choice {
    pub const ALL: [Choice; 16] = [
        Choice::Sex,
        Choice::Preg,
        Choice::Contra,
        Choice::Travel,
        Choice::Meno,
        Choice::Hrt,
        Choice::Smoke,
        Choice::Packyrs,
        Choice::Quit15,
        Choice::Cancer,
        Choice::Eczema,
        Choice::Shingrix,
        Choice::Aa,
        Choice::Dur,
        Choice::Brows,
        Choice::Lashes,
    ];
}

/// A "tick all that apply" question with an exclusive "None of these".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Multi {
    Cv,
    Inf,
}

impl Multi {
    pub const ALL: [Multi; 2] = [Multi::Cv, Multi::Inf];
}

/// Yes/no questions list "Yes" first.
const YES_NO: &[bool] = &[true, false];

fn pick<T: Copy>(all: &[T], i: Option<usize>) -> Option<T> {
    i.and_then(|i| all.get(i).copied())
}

fn pick_all<T: Copy>(all: &[T], v: Option<Vec<usize>>) -> Option<Vec<T>> {
    v.map(|v| v.into_iter().filter_map(|i| all.get(i).copied()).collect())
}

/// All answers. `None` means "not answered / prefer not to say".
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Profile {
    pub age: Option<u8>,
    pub sex: Option<Sex>,
    pub preg: Option<Pregnancy>,
    pub contra: Option<Contraception>,
    pub travel: Option<Travel>,
    pub meno: Option<Menopause>,
    pub hrt: Option<Hrt>,
    pub smoke: Option<Smoking>,
    pub packyrs: Option<PackYears>,
    pub quit15: Option<bool>,
    /// `Some(empty)` means the person answered "none of these".
    pub cv: Option<Vec<Cv>>,
    pub cancer: Option<Cancer>,
    pub inf: Option<Vec<Infection>>,
    pub eczema: Option<bool>,
    pub shingrix: Option<Shingrix>,
    pub aa: Option<AaExtent>,
    pub dur: Option<Episode>,
    pub brows: Option<bool>,
    pub lashes: Option<bool>,
    /// Considerations that matter a lot, in the order given.
    pub matters: Vec<Matter>,
    /// Considerations that matter a little.
    pub matters_some: Vec<Matter>,
    /// Considerations the person said do not matter much.
    pub matters_not: Vec<Matter>,
    pub drug: Option<DrugFocus>,
    pub lang: Lang,
    /// SURE readiness answers: Sure, Understand, Risk–benefit, Encouragement.
    pub sure: [Option<bool>; 4],
    /// Ids of the questions the person ticked to bring to the visit.
    pub ask: Vec<String>,
    pub screen: Option<Screen>,
}

/// Insert into a sorted list, keeping it sorted and free of duplicates. (A full sort routine
/// costs kilobytes of wasm; these lists hold a handful of items.)
pub fn insert_sorted<T: Ord>(v: &mut Vec<T>, x: T) {
    if let Err(i) = v.binary_search(&x) {
        v.insert(i, x);
    }
}

/// Maximum age accepted (anything higher is treated as a typing mistake).
pub const MAX_AGE: u8 = 120;

/// Read a typed age: `Some(None)` for an empty box, `Some(Some(age))` for whole years up to
/// `MAX_AGE`, and `None` for anything else (shown with a kind message, never stored).
pub fn parse_age(text: &str) -> Option<Option<u8>> {
    let t = text.trim();
    if t.is_empty() {
        Some(None)
    } else if t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
        t.parse::<u8>().ok().filter(|a| *a <= MAX_AGE).map(Some)
    } else {
        None
    }
}

impl Profile {
    pub fn has_cv(&self, c: Cv) -> bool {
        self.cv.as_ref().is_some_and(|v| v.contains(&c))
    }

    pub fn has_inf(&self, i: Infection) -> bool {
        self.inf.as_ref().is_some_and(|v| v.contains(&i))
    }

    /// Whether pregnancy and hormone questions can apply (not asked of people who said male).
    pub fn may_be_pregnant(&self) -> bool {
        self.sex != Some(Sex::Male)
    }

    pub fn weight(&self, m: Matter) -> Option<Weight> {
        if self.matters.contains(&m) {
            Some(Weight::ALot)
        } else if self.matters_some.contains(&m) {
            Some(Weight::ALittle)
        } else if self.matters_not.contains(&m) {
            Some(Weight::NotMuch)
        } else {
            None
        }
    }

    /// Record how much `m` matters (or clear it with `None`), keeping the lists disjoint.
    pub fn set_weight(&mut self, m: Matter, w: Option<Weight>) {
        self.matters.retain(|x| *x != m);
        self.matters_some.retain(|x| *x != m);
        self.matters_not.retain(|x| *x != m);
        match w {
            Some(Weight::ALot) => self.matters.push(m),
            Some(Weight::ALittle) => self.matters_some.push(m),
            Some(Weight::NotMuch) => self.matters_not.push(m),
            None => {}
        }
    }

    /// The chosen option of a single-choice question, by position.
    pub fn choice(&self, c: Choice) -> Option<usize> {
        let yes_no = |b: Option<bool>| b.map(|b| usize::from(!b));
        match c {
            Choice::Sex => self.sex.map(|v| v as usize),
            Choice::Preg => self.preg.map(|v| v as usize),
            Choice::Contra => self.contra.map(|v| v as usize),
            Choice::Travel => self.travel.map(|v| v as usize),
            Choice::Meno => self.meno.map(|v| v as usize),
            Choice::Hrt => self.hrt.map(|v| v as usize),
            Choice::Smoke => self.smoke.map(|v| v as usize),
            Choice::Packyrs => self.packyrs.map(|v| v as usize),
            Choice::Quit15 => yes_no(self.quit15),
            Choice::Cancer => self.cancer.map(|v| v as usize),
            Choice::Eczema => yes_no(self.eczema),
            Choice::Shingrix => self.shingrix.map(|v| v as usize),
            Choice::Aa => self.aa.map(|v| v as usize),
            Choice::Dur => self.dur.map(|v| v as usize),
            Choice::Brows => yes_no(self.brows),
            Choice::Lashes => yes_no(self.lashes),
        }
    }

    /// Answer (or with `None`, clear) a single-choice question by option position. A position
    /// past the end clears it.
    pub fn set_choice(&mut self, c: Choice, i: Option<usize>) {
        match c {
            Choice::Sex => self.sex = pick(Sex::ALL, i),
            Choice::Preg => self.preg = pick(Pregnancy::ALL, i),
            Choice::Contra => self.contra = pick(Contraception::ALL, i),
            Choice::Travel => self.travel = pick(Travel::ALL, i),
            Choice::Meno => self.meno = pick(Menopause::ALL, i),
            Choice::Hrt => self.hrt = pick(Hrt::ALL, i),
            Choice::Smoke => self.smoke = pick(Smoking::ALL, i),
            Choice::Packyrs => self.packyrs = pick(PackYears::ALL, i),
            Choice::Quit15 => self.quit15 = pick(YES_NO, i),
            Choice::Cancer => self.cancer = pick(Cancer::ALL, i),
            Choice::Eczema => self.eczema = pick(YES_NO, i),
            Choice::Shingrix => self.shingrix = pick(Shingrix::ALL, i),
            Choice::Aa => self.aa = pick(AaExtent::ALL, i),
            Choice::Dur => self.dur = pick(Episode::ALL, i),
            Choice::Brows => self.brows = pick(YES_NO, i),
            Choice::Lashes => self.lashes = pick(YES_NO, i),
        }
    }

    /// The ticked options of a multi-select, by position (`Some(empty)` = "None of these").
    pub fn multi(&self, m: Multi) -> Option<Vec<usize>> {
        match m {
            Multi::Cv => self
                .cv
                .as_ref()
                .map(|v| v.iter().map(|x| *x as usize).collect()),
            Multi::Inf => self
                .inf
                .as_ref()
                .map(|v| v.iter().map(|x| *x as usize).collect()),
        }
    }

    /// Set a multi-select from sorted, duplicate-free positions; unknown positions are dropped.
    pub fn set_multi(&mut self, m: Multi, v: Option<Vec<usize>>) {
        match m {
            Multi::Cv => self.cv = pick_all(Cv::ALL, v),
            Multi::Inf => self.inf = pick_all(Infection::ALL, v),
        }
    }

    /// True when nothing about the person has been answered yet (presets like `drug` don't count).
    pub fn is_blank(&self) -> bool {
        let answers_only = Profile {
            drug: None,
            lang: self.lang,
            screen: None,
            ..self.clone()
        };
        answers_only
            == Profile {
                lang: self.lang,
                ..Profile::default()
            }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_positions_follow_declaration_order() {
        // `value as usize` must equal the position in `ALL`: options are indexed by it.
        fn check<T: Copy + std::fmt::Debug>(all: &[T], index: impl Fn(T) -> usize) {
            for (i, v) in all.iter().enumerate() {
                assert_eq!(index(*v), i, "{v:?}");
            }
        }
        check(Sex::ALL, |v| v as usize);
        check(Pregnancy::ALL, |v| v as usize);
        check(Contraception::ALL, |v| v as usize);
        check(Travel::ALL, |v| v as usize);
        check(Menopause::ALL, |v| v as usize);
        check(Hrt::ALL, |v| v as usize);
        check(Smoking::ALL, |v| v as usize);
        check(PackYears::ALL, |v| v as usize);
        check(Cv::ALL, |v| v as usize);
        check(Cancer::ALL, |v| v as usize);
        check(Infection::ALL, |v| v as usize);
        check(Shingrix::ALL, |v| v as usize);
        check(AaExtent::ALL, |v| v as usize);
        check(Episode::ALL, |v| v as usize);
    }

    #[test]
    fn ages_are_whole_years_up_to_120() {
        assert_eq!(parse_age(" 58 "), Some(Some(58)));
        assert_eq!(parse_age(""), Some(None));
        assert_eq!(parse_age("120"), Some(Some(120)));
        for bad in ["121", "200", "-5", "4.5", "+30", "thirty", "1000"] {
            assert_eq!(parse_age(bad), None, "{bad}");
        }
    }

    #[test]
    fn multi_selects_keep_none_distinct_from_unanswered() {
        let mut p = Profile::default();
        p.set_multi(Multi::Cv, Some(vec![0, 5]));
        assert_eq!(p.cv, Some(vec![Cv::HighBloodPressure, Cv::Clot]));
        p.set_multi(Multi::Cv, Some(Vec::new()));
        assert_eq!(p.multi(Multi::Cv), Some(Vec::new()));
        p.set_multi(Multi::Cv, None);
        assert_eq!(p.multi(Multi::Cv), None);
    }
}
