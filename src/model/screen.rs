//! Where a person is in the guide: a questionnaire step or another screen. The lowest layer of
//! the answer model, so `profile` (which stores the screen) and `questionnaire` (which orders the
//! steps) both build on it.

/// One page of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepId {
    /// Age and sex at birth.
    About,
    /// How AA affects the person: extent, episode length, brows, lashes.
    Hair,
    Pregnancy,
    Contraception,
    /// Menopause stage and hormone therapy.
    Menopause,
    Smoking,
    /// Heart and blood-vessel history, and long trips.
    Heart,
    Cancer,
    /// Infections, eczema and the shingles vaccine.
    Infections,
    /// What matters to the person.
    Values,
}

impl StepId {
    pub const ALL: [StepId; 10] = [
        StepId::About,
        StepId::Hair,
        StepId::Pregnancy,
        StepId::Contraception,
        StepId::Menopause,
        StepId::Smoking,
        StepId::Heart,
        StepId::Cancer,
        StepId::Infections,
        StepId::Values,
    ];

    /// Stable code used in the share link (`s=`).
    pub fn code(self) -> &'static str {
        match self {
            StepId::About => "about",
            StepId::Hair => "hair",
            StepId::Pregnancy => "preg",
            StepId::Contraception => "contra",
            StepId::Menopause => "meno",
            StepId::Smoking => "smoke",
            StepId::Heart => "heart",
            StepId::Cancer => "cancer",
            StepId::Infections => "inf",
            StepId::Values => "values",
        }
    }

    pub fn from_code(code: &str) -> Option<StepId> {
        StepId::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Which screen the person was on, so reload and Back/Forward return there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    /// A questionnaire step, by its stable id.
    Step(StepId),
    Results,
}

/// One part of the results page. The engine writes the first eight; the page adds the rest.
/// Each has a stable anchor, used by in-page links and by share links that open a part (`at=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    Benefits,
    Warning,
    LifeStage,
    Risks,
    Options,
    Checklist,
    Expect,
    /// "Check what you know".
    Quiz,
    Questions,
    Values,
    Sure,
    /// A note for the care team, to copy.
    Note,
    /// Copy a link, remember or forget the answers.
    Keep,
    Answers,
    Sources,
    About,
}

impl SectionId {
    pub const ALL: [SectionId; 16] = [
        SectionId::Benefits,
        SectionId::Warning,
        SectionId::LifeStage,
        SectionId::Risks,
        SectionId::Options,
        SectionId::Checklist,
        SectionId::Expect,
        SectionId::Quiz,
        SectionId::Questions,
        SectionId::Values,
        SectionId::Sure,
        SectionId::Note,
        SectionId::Keep,
        SectionId::Answers,
        SectionId::Sources,
        SectionId::About,
    ];

    /// Stable anchor id for links within the page.
    pub fn anchor(self) -> &'static str {
        match self {
            SectionId::Benefits => "benefits",
            SectionId::Warning => "warning",
            SectionId::LifeStage => "life-stage",
            SectionId::Risks => "risks",
            SectionId::Options => "options",
            SectionId::Checklist => "checklist",
            SectionId::Expect => "expect",
            SectionId::Questions => "questions",
            SectionId::Values => "values",
            SectionId::Sure => "sure",
            SectionId::Quiz => "check",
            SectionId::Note => "note",
            SectionId::Keep => "keep",
            SectionId::Answers => "answers",
            SectionId::Sources => "sources",
            SectionId::About => "about",
        }
    }

    pub fn from_anchor(a: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|s| s.anchor() == a)
    }
}
