//! Which questionnaire steps, and which questions on each, a person sees. Pure logic: the UI
//! only renders it.

use crate::model::profile::{Choice, Menopause, Multi, Profile, Sex, Smoking};
pub use crate::model::screen::StepId;

/// Youngest age at which pregnancy and contraception questions are asked.
const PREGNANCY_QUESTIONS_FROM: u8 = 12;
/// Hormone-therapy questions appear from this age, or earlier if the person says perimenopause.
const MENOPAUSE_QUESTIONS_FROM: u8 = 35;
/// Past this age, contraception and pregnancy questions are not asked.
const PREGNANCY_QUESTIONS_UNTIL: u8 = 55;
/// The shingles vaccine question is asked from the age the CDC recommends it for people on
/// immune-suppressing treatment (19).
pub const SHINGRIX_QUESTION_FROM: u8 = 19;

/// The "what matters to you" items that fit this person: being able to get pregnant soon only
/// for adults the pregnancy questions apply to (not for men, children or teenagers).
pub fn values(p: &Profile) -> Vec<crate::model::profile::Matter> {
    use crate::model::profile::Matter;
    let adult = p.age.is_none_or(|a| a >= ADULT);
    let pregnancy = adult && steps(p).contains(&StepId::Pregnancy);
    Matter::ALL
        .into_iter()
        .filter(|m| *m != Matter::Pregnancy || pregnancy)
        .collect()
}

/// Adults, for the values that fit adults only.
const ADULT: u8 = 18;

/// Whether the shingles-vaccine question applies.
pub fn asks_shingrix(p: &Profile) -> bool {
    p.age.is_none_or(|a| a >= SHINGRIX_QUESTION_FROM)
}

/// The steps that apply to this person, in order. Recomputed after every answer, so answering
/// "male" removes the pregnancy steps at once.
pub fn steps(p: &Profile) -> Vec<StepId> {
    let may_be_pregnant = p.sex != Some(Sex::Male);
    // Unknown age keeps the questions: better one skippable question too many than a missed one.
    let age_between = |lo: u8, hi: u8| p.age.is_none_or(|a| (lo..=hi).contains(&a));
    let post_menopause = p.meno == Some(Menopause::Post);
    StepId::ALL
        .into_iter()
        .filter(|s| match s {
            StepId::Pregnancy | StepId::Contraception => {
                may_be_pregnant
                    && age_between(PREGNANCY_QUESTIONS_FROM, PREGNANCY_QUESTIONS_UNTIL)
                    && !post_menopause
            }
            StepId::Menopause => {
                may_be_pregnant
                    && (p.age.is_none_or(|a| a >= MENOPAUSE_QUESTIONS_FROM)
                        || matches!(p.meno, Some(Menopause::Peri | Menopause::Post)))
            }
            _ => true,
        })
        .collect()
}

/// Position of `step` among the steps that apply (0-based), or the nearest earlier step that
/// still applies when an answer removed it.
pub fn position(p: &Profile, step: StepId) -> usize {
    let list = steps(p);
    if let Some(i) = list.iter().position(|s| *s == step) {
        return i;
    }
    let order = StepId::ALL.iter().position(|s| *s == step).unwrap_or(0);
    list.iter()
        .rposition(|s| StepId::ALL.iter().position(|x| x == s).unwrap_or(0) < order)
        .unwrap_or(0)
}

/// The step after `step`, or `None` when the next screen is the results.
pub fn next(p: &Profile, step: StepId) -> Option<StepId> {
    let list = steps(p);
    match list.iter().position(|s| *s == step) {
        Some(i) => list.get(i + 1).copied(),
        None => list.get(position(p, step) + 1).copied(),
    }
}

/// The step before `step`, or `None` when the previous screen is the start screen.
pub fn previous(p: &Profile, step: StepId) -> Option<StepId> {
    let list = steps(p);
    match list.iter().position(|s| *s == step) {
        Some(0) => None,
        Some(i) => list.get(i - 1).copied(),
        None => list.get(position(p, step)).copied(),
    }
}

/// One question on a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Age,
    One(Choice),
    Many(Multi),
    /// "What matters to you": one three-point scale per consideration.
    Values,
}

/// Every question a step can hold, in order, follow-ups included.
fn clear_question(q: Question, p: &mut Profile) {
    match q {
        Question::Age => p.age = None,
        Question::One(c) => p.set_choice(c, None),
        Question::Many(m) => p.set_multi(m, None),
        Question::Values => {
            p.matters.clear();
            p.matters_some.clear();
            p.matters_not.clear();
        }
    }
}

fn all_questions(step: StepId) -> &'static [Question] {
    use Question::*;
    match step {
        StepId::About => &[Age, One(Choice::Sex)],
        StepId::Hair => &[
            One(Choice::Aa),
            One(Choice::Dur),
            One(Choice::Brows),
            One(Choice::Lashes),
        ],
        StepId::Pregnancy => &[One(Choice::Preg)],
        StepId::Contraception => &[One(Choice::Contra)],
        StepId::Menopause => &[One(Choice::Meno), One(Choice::Hrt)],
        StepId::Smoking => &[
            One(Choice::Smoke),
            One(Choice::Packyrs),
            One(Choice::Quit15),
        ],
        StepId::Heart => &[Many(Multi::Cv), One(Choice::Travel)],
        StepId::Cancer => &[One(Choice::Cancer)],
        StepId::Infections => &[Many(Multi::Inf), One(Choice::Eczema), One(Choice::Shingrix)],
        StepId::Values => &[Values],
    }
}

/// Whether a follow-up question applies: pack-years for anyone who has smoked, "quit within
/// fifteen years" for former smokers, the shingles vaccine from its age.
fn asked(q: Question, p: &Profile) -> bool {
    match q {
        Question::One(Choice::Packyrs) => {
            matches!(p.smoke, Some(Smoking::Former | Smoking::Current))
        }
        Question::One(Choice::Quit15) => p.smoke == Some(Smoking::Former),
        Question::One(Choice::Shingrix) => asks_shingrix(p),
        _ => true,
    }
}

/// The questions on `step` that apply to this person, in order. The form, "Your answers" and
/// the printed summary all use this list.
pub fn questions(step: StepId, p: &Profile) -> Vec<Question> {
    all_questions(step)
        .iter()
        .copied()
        .filter(|q| asked(*q, p))
        .collect()
}

/// Drop answers that no longer apply (a step hidden by a later answer, or a follow-up question
/// whose lead answer changed), so hidden answers never shape the results or the share link.
pub fn prune(p: &mut Profile) {
    let shown = steps(p);
    let fits = values(p);
    for m in crate::model::profile::Matter::ALL {
        if !fits.contains(&m) {
            p.set_weight(m, None);
        }
    }
    for step in StepId::ALL {
        for q in all_questions(step) {
            if !shown.contains(&step) || !asked(*q, p) {
                clear_question(*q, p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(f: impl FnOnce(&mut Profile)) -> Profile {
        let mut p = Profile::default();
        f(&mut p);
        p
    }

    #[test]
    fn men_are_not_asked_about_pregnancy_or_menopause() {
        let p = with(|p| {
            p.sex = Some(Sex::Male);
            p.age = Some(40);
        });
        let s = steps(&p);
        assert!(!s.contains(&StepId::Pregnancy));
        assert!(!s.contains(&StepId::Contraception));
        assert!(!s.contains(&StepId::Menopause));
        assert_eq!(s.first(), Some(&StepId::About));
        assert_eq!(s.last(), Some(&StepId::Values));
    }

    #[test]
    fn no_hormone_therapy_step_under_35_unless_perimenopause() {
        let young = with(|p| {
            p.sex = Some(Sex::Female);
            p.age = Some(30);
        });
        assert!(!steps(&young).contains(&StepId::Menopause));
        let early_peri = with(|p| {
            p.sex = Some(Sex::Female);
            p.age = Some(33);
            p.meno = Some(Menopause::Peri);
        });
        assert!(steps(&early_peri).contains(&StepId::Menopause));
        let older = with(|p| {
            p.sex = Some(Sex::Female);
            p.age = Some(47);
        });
        assert!(steps(&older).contains(&StepId::Menopause));
    }

    #[test]
    fn children_under_12_skip_pregnancy_steps() {
        let child = with(|p| p.age = Some(9));
        assert!(!steps(&child).contains(&StepId::Pregnancy));
        let teen = with(|p| p.age = Some(15));
        assert!(steps(&teen).contains(&StepId::Pregnancy));
    }

    #[test]
    fn unknown_sex_and_age_keep_every_step() {
        assert_eq!(steps(&Profile::default()).len(), StepId::ALL.len());
    }

    #[test]
    fn navigation_skips_steps_that_do_not_apply() {
        let man = with(|p| p.sex = Some(Sex::Male));
        assert_eq!(next(&man, StepId::Hair), Some(StepId::Smoking));
        assert_eq!(previous(&man, StepId::Smoking), Some(StepId::Hair));
        assert_eq!(previous(&man, StepId::About), None);
        assert_eq!(next(&man, StepId::Values), None);
        // A step removed by a later answer falls back to the nearest earlier one.
        assert_eq!(next(&man, StepId::Pregnancy), Some(StepId::Smoking));
    }

    #[test]
    fn pruning_drops_answers_hidden_by_later_answers() {
        let mut p = with(|p| {
            p.sex = Some(Sex::Female);
            p.age = Some(30);
            p.preg = Some(crate::model::profile::Pregnancy::Planning);
            p.contra = Some(crate::model::profile::Contraception::Combined);
            p.smoke = Some(Smoking::Never);
            p.packyrs = Some(crate::model::profile::PackYears::AtLeast20);
        });
        prune(&mut p);
        assert!(p.preg.is_some() && p.contra.is_some());
        assert_eq!(p.packyrs, None, "never-smokers have no pack-years");
        p.sex = Some(Sex::Male);
        prune(&mut p);
        assert_eq!((p.preg, p.contra), (None, None));
        assert_eq!(p.age, Some(30));
    }

    #[test]
    fn codes_round_trip() {
        for s in StepId::ALL {
            assert_eq!(StepId::from_code(s.code()), Some(s));
        }
        assert_eq!(StepId::from_code("nope"), None);
    }
}
