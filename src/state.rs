//! The app's state and its pure reducer (as in yew's function_todomvc example). No web types:
//! effects (URL, storage, clipboard, postMessage) live in `platform` and run from hooks.

use crate::clinic::ClinicConfig;
pub use crate::engine::DrugView;
use crate::model::profile::{parse_age, DrugFocus, Profile, Screen};
use crate::model::questionnaire::{self, StepId};
use crate::model::screen::SectionId;
use crate::model::share_link::{DecodeError, Decoded};

/// Outcome of "Copy a link to my answers".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyStatus {
    Copied,
    Failed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Answers, plus the current screen (`profile.screen`), exactly as in the share link.
    pub profile: Profile,
    /// Parts of an opened link that could not be read.
    pub link_errors: Vec<DecodeError>,
    pub view: DrugView,
    /// "Remember my answers on this device" (off unless the person turns it on).
    pub remember: bool,
    /// Shown once after "Forget my answers".
    pub forgotten: bool,
    pub copy: Option<CopyStatus>,
    pub clinic: ClinicConfig,
    /// The results have been shown, so steps offer a way straight back to them.
    pub seen_results: bool,
    /// Parts of the results the person has opened (the first layer is always shown; every
    /// detail is one tap away). Kept here, not in the DOM, so a re-render never folds a part
    /// shut under the reader.
    pub open: Vec<SectionId>,
    /// The element to scroll to once it is on screen (a part a link or an in-page jump opened,
    /// or a source in the opened source list).
    pub jump: Option<String>,
    /// What the person typed in the age box, kept while they are on that screen so an
    /// impossible age stays visible with its message (only valid ages reach `profile`).
    pub age_text: Option<String>,
    /// "Check what you know": the option chosen for each question (by question id). Not in the
    /// share link: it is a check for the reader, not an answer about them.
    pub quiz: Vec<(&'static str, usize)>,
    /// The result of "Copy the note" for the care team, shown once.
    pub note_copy: Option<CopyStatus>,
}

impl Default for State {
    fn default() -> Self {
        State {
            profile: Profile::default(),
            link_errors: Vec::new(),
            view: DrugView::All,
            remember: false,
            forgotten: false,
            copy: None,
            clinic: ClinicConfig::default(),
            seen_results: false,
            open: Vec::new(),
            jump: None,
            age_text: None,
            quiz: Vec::new(),
            note_copy: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the answers (a form control changed).
    SetProfile(Profile),
    /// The age box changed: store the age if it is a real one, keep the text either way.
    TypeAge(String),
    Start,
    Next,
    Back,
    /// Clear this step's answers and move on.
    Skip,
    GoTo(Screen),
    /// A share link (or Back/Forward, or saved answers) was read.
    LoadLink {
        decoded: Decoded,
        remembered: bool,
    },
    SetView(DrugView),
    SetRemember(bool),
    Forget,
    Copied(CopyStatus),
    SetClinic(ClinicConfig),
    /// Open or close one part of the results.
    Toggle(SectionId),
    /// "Show all details" / "Hide all details".
    ShowAll(bool),
    /// Open a part and scroll to it (an in-page link).
    Jump(SectionId),
    /// Open the sources and scroll to one (a citation's number).
    JumpToSource(usize),
    /// Open a part without scrolling (find-in-page revealed it).
    Open(SectionId),
    /// The scroll to `jump` has happened.
    Jumped,
    /// An option was chosen in "Check what you know" (question id, option position).
    Quiz(&'static str, usize),
    NoteCopied(CopyStatus),
}

impl State {
    pub fn screen(&self) -> Screen {
        self.profile.screen.unwrap_or(Screen::Start)
    }

    /// The questionnaire step shown now, if any.
    pub fn step(&self) -> Option<StepId> {
        match self.screen() {
            Screen::Step(s) => Some(s),
            _ => None,
        }
    }
}

fn go(p: &mut Profile, s: Screen) {
    p.screen = Some(s);
}

fn first_step(p: &Profile) -> Screen {
    questionnaire::steps(p)
        .first()
        .map_or(Screen::Results, |s| Screen::Step(*s))
}

fn view_for(p: &Profile) -> DrugView {
    match p.drug {
        Some(DrugFocus::One(d)) => DrugView::One(d),
        _ => DrugView::All,
    }
}

pub fn reduce(state: &State, action: Action) -> State {
    let mut s = state.clone();
    s.copy = None;
    s.note_copy = None;
    let typed_age = matches!(action, Action::TypeAge(_));
    match action {
        Action::SetProfile(mut p) => {
            p.screen = state.profile.screen;
            questionnaire::prune(&mut p);
            s.profile = p;
            s.forgotten = false;
        }
        Action::TypeAge(text) => {
            if let Some(age) = parse_age(&text) {
                s.profile.age = age;
                questionnaire::prune(&mut s.profile);
                s.forgotten = false;
            }
            s.age_text = Some(text);
        }
        Action::Start => {
            let first = first_step(&s.profile);
            go(&mut s.profile, first);
            s.forgotten = false;
        }
        Action::Next => {
            let next = match s.step() {
                Some(step) => {
                    questionnaire::next(&s.profile, step).map_or(Screen::Results, Screen::Step)
                }
                None => first_step(&s.profile),
            };
            go(&mut s.profile, next);
        }
        Action::Back => {
            let back = match s.screen() {
                Screen::Step(step) => {
                    questionnaire::previous(&s.profile, step).map_or(Screen::Start, Screen::Step)
                }
                Screen::Results => questionnaire::steps(&s.profile)
                    .last()
                    .map_or(Screen::Start, |l| Screen::Step(*l)),
                Screen::Start => Screen::Start,
            };
            go(&mut s.profile, back);
        }
        Action::Skip => {
            if let Some(step) = s.step() {
                questionnaire::clear(step, &mut s.profile);
            }
            return reduce(&s, Action::Next);
        }
        Action::GoTo(screen) => go(&mut s.profile, screen),
        Action::LoadLink {
            decoded,
            remembered,
        } => {
            let mut p = decoded.profile;
            questionnaire::prune(&mut p);
            // A link with answers but no screen opens the results; a preset alone starts fresh.
            if p.screen.is_none() {
                p.screen = Some(if p.is_blank() {
                    Screen::Start
                } else {
                    Screen::Results
                });
            }
            // A step that no longer applies falls back to the nearest one that does.
            if let Some(Screen::Step(step)) = p.screen {
                let list = questionnaire::steps(&p);
                if !list.contains(&step) {
                    let i = questionnaire::position(&p, step);
                    p.screen = list.get(i).map(|s| Screen::Step(*s));
                }
            }
            s.view = view_for(&p);
            s.profile = p;
            s.link_errors = decoded.errors;
            if let Some(at) = decoded.at {
                open(&mut s, at);
            }
            s.remember = s.remember || remembered;
        }
        Action::SetView(v) => s.view = v,
        Action::SetRemember(on) => s.remember = on,
        Action::Forget => {
            let clinic = s.clinic.clone();
            s = State {
                clinic,
                forgotten: true,
                ..State::default()
            };
        }
        Action::Copied(status) => s.copy = Some(status),
        Action::SetClinic(c) => s.clinic = c,
        Action::Toggle(part) => match s.open.iter().position(|x| *x == part) {
            Some(i) => {
                s.open.remove(i);
            }
            None => s.open.push(part),
        },
        Action::ShowAll(true) => s.open = SectionId::ALL.to_vec(),
        Action::ShowAll(false) => s.open.clear(),
        Action::Jump(part) => open(&mut s, part),
        Action::JumpToSource(n) => {
            open(&mut s, SectionId::Sources);
            s.jump = Some(["src-", &n.to_string()].concat());
        }
        Action::Open(part) => {
            if !s.open.contains(&part) {
                s.open.push(part);
            }
        }
        Action::Jumped => s.jump = None,
        Action::Quiz(id, choice) => {
            s.quiz.retain(|(q, _)| *q != id);
            s.quiz.push((id, choice));
        }
        Action::NoteCopied(status) => s.note_copy = Some(status),
    }
    // The age box shows the stored age again once the age changes elsewhere (a link, Back,
    // Skip) or the person leaves the screen.
    if !typed_age && (s.profile.age != state.profile.age || s.screen() != state.screen()) {
        s.age_text = None;
    }
    if s.screen() == Screen::Results {
        s.seen_results = true;
    }
    s
}

/// Open a part (if closed) and ask for a scroll to it.
fn open(s: &mut State, part: SectionId) {
    if !s.open.contains(&part) {
        s.open.push(part);
    }
    s.jump = Some(part.anchor().to_owned());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::profile::Drug;
    use crate::model::profile::Sex;
    use crate::model::share_link::decode;

    fn after(actions: Vec<Action>) -> State {
        actions
            .into_iter()
            .fold(State::default(), |s, a| reduce(&s, a))
    }

    #[test]
    fn start_next_and_back_walk_the_steps_that_apply() {
        let s = after(vec![Action::Start]);
        assert_eq!(s.screen(), Screen::Step(StepId::About));
        let mut p = s.profile.clone();
        p.sex = Some(Sex::Male);
        let s = reduce(&s, Action::SetProfile(p));
        let s = reduce(&reduce(&s, Action::Next), Action::Next);
        assert_eq!(s.screen(), Screen::Step(StepId::Smoking));
        let s = reduce(&s, Action::Back);
        assert_eq!(s.screen(), Screen::Step(StepId::Hair));
    }

    #[test]
    fn skip_clears_the_step_and_moves_on() {
        let mut s = after(vec![Action::Start]);
        let mut p = s.profile.clone();
        p.age = Some(40);
        s = reduce(&s, Action::SetProfile(p));
        s = reduce(&s, Action::Skip);
        assert_eq!(s.profile.age, None);
        assert_eq!(s.screen(), Screen::Step(StepId::Hair));
    }

    #[test]
    fn the_last_step_leads_to_results_and_back_again() {
        let s = after(vec![
            Action::GoTo(Screen::Step(StepId::Values)),
            Action::Next,
        ]);
        assert_eq!(s.screen(), Screen::Results);
        let s = reduce(&s, Action::Back);
        assert_eq!(s.screen(), Screen::Step(StepId::Values));
    }

    #[test]
    fn a_link_with_answers_opens_the_results_and_keeps_errors() {
        let s = after(vec![Action::LoadLink {
            decoded: decode("#v=1&age=58&smoke=sometimes"),
            remembered: false,
        }]);
        assert_eq!(s.screen(), Screen::Results);
        assert_eq!(s.profile.age, Some(58));
        assert_eq!(s.link_errors.len(), 1);
    }

    #[test]
    fn a_clinician_preset_alone_starts_at_the_start_screen_focused_on_the_drug() {
        let s = after(vec![Action::LoadLink {
            decoded: decode("#v=1&drug=ritlecitinib"),
            remembered: false,
        }]);
        assert_eq!(s.screen(), Screen::Start);
        assert_eq!(s.view, DrugView::One(Drug::Ritlecitinib));
        // Starting keeps the preset.
        let s = reduce(&s, Action::Start);
        assert_eq!(s.profile.drug, Some(DrugFocus::One(Drug::Ritlecitinib)));
    }

    #[test]
    fn a_link_to_a_step_that_no_longer_applies_lands_nearby() {
        let s = after(vec![Action::LoadLink {
            decoded: decode("#v=1&sex=m&s=preg"),
            remembered: false,
        }]);
        assert_eq!(s.screen(), Screen::Step(StepId::Hair));
    }

    #[test]
    fn after_seeing_the_results_a_changed_step_offers_the_way_back() {
        let s = after(vec![Action::GoTo(Screen::Step(StepId::About))]);
        assert!(!s.seen_results);
        let s = reduce(&s, Action::GoTo(Screen::Results));
        let s = reduce(&s, Action::GoTo(Screen::Step(StepId::Smoking)));
        assert!(s.seen_results);
    }

    #[test]
    fn forget_clears_answers_but_keeps_the_clinic_settings() {
        let mut s = after(vec![Action::LoadLink {
            decoded: decode("#v=1&age=30"),
            remembered: true,
        }]);
        s.clinic.name = Some("Skin Clinic".into());
        let s = reduce(&s, Action::Forget);
        assert!(s.profile.is_blank());
        assert!(!s.remember);
        assert!(s.forgotten);
        assert_eq!(s.clinic.name.as_deref(), Some("Skin Clinic"));
    }

    #[test]
    fn an_impossible_age_stays_in_the_box_but_never_in_the_answers() {
        let s = after(vec![Action::Start, Action::TypeAge("42".into())]);
        assert_eq!(s.profile.age, Some(42));
        let s = reduce(&s, Action::TypeAge("420".into()));
        assert_eq!(s.profile.age, Some(42), "the last real age is kept");
        assert_eq!(
            s.age_text.as_deref(),
            Some("420"),
            "what was typed stays visible"
        );
        let s = reduce(&s, Action::TypeAge("".into()));
        assert_eq!(s.profile.age, None, "emptying the box clears the answer");
        // Leaving the screen, or the age changing elsewhere, shows the stored age again.
        let s = reduce(&reduce(&s, Action::TypeAge("abc".into())), Action::Next);
        assert_eq!(s.age_text, None);
        let s = reduce(&s, Action::GoTo(Screen::Step(StepId::About)));
        let s = reduce(&s, Action::TypeAge("7x".into()));
        let s = reduce(
            &s,
            Action::LoadLink {
                decoded: decode("#v=1&age=30&s=about"),
                remembered: false,
            },
        );
        assert_eq!((s.profile.age, s.age_text), (Some(30), None));
    }

    #[test]
    fn parts_open_and_close_and_a_link_can_open_one() {
        let s = after(vec![Action::GoTo(Screen::Results)]);
        assert!(s.open.is_empty(), "the details start folded");
        let s = reduce(&s, Action::Toggle(SectionId::Warning));
        assert_eq!(s.open, vec![SectionId::Warning]);
        // A change of answers keeps what the person opened.
        let mut p = s.profile.clone();
        p.age = Some(30);
        let s = reduce(&s, Action::SetProfile(p));
        assert_eq!(s.open, vec![SectionId::Warning]);
        let s = reduce(&s, Action::Toggle(SectionId::Warning));
        assert!(s.open.is_empty());
        let s = reduce(&s, Action::ShowAll(true));
        assert_eq!(s.open.len(), SectionId::ALL.len());
        let s = reduce(&s, Action::ShowAll(false));
        assert!(s.open.is_empty());
        // An in-page link opens its part and asks for a scroll once it is on screen.
        let s = reduce(&s, Action::Jump(SectionId::Checklist));
        assert_eq!(s.open, vec![SectionId::Checklist]);
        assert_eq!(s.jump.as_deref(), Some("checklist"));
        assert_eq!(reduce(&s, Action::Jumped).jump, None);
        // So does a share link that names a part.
        let s = after(vec![Action::LoadLink {
            decoded: decode("#v=1&age=30&at=risks"),
            remembered: false,
        }]);
        assert_eq!(
            (s.screen(), s.jump.as_deref()),
            (Screen::Results, Some("risks"))
        );
        assert!(s.open.contains(&SectionId::Risks));
        // A citation opens the sources at its number.
        let s = reduce(&s, Action::JumpToSource(3));
        assert!(s.open.contains(&SectionId::Sources));
        assert_eq!(s.jump.as_deref(), Some("src-3"));
    }
}
