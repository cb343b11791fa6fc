//! A person's answers. Every field is optional: skipping a question, or answering
//! "prefer not to say" / "not sure", must always be possible.
//!
//! The same struct is the share-link format (see `share_link`).

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
    OverFourYears,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
}

/// Which screen the person was on, so reload and Back/Forward return there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    /// A questionnaire step, by its stable id.
    Step(crate::questionnaire::StepId),
    Results,
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
