//! The app's state and its pure reducer (as in yew's function_todomvc example). No web types:
//! effects (URL, storage, clipboard, postMessage) live in `platform` and run from hooks.

use crate::clinic::ClinicConfig;
use crate::data::content::Lang;
use crate::data::digits::Digits;
pub use crate::engine::DrugView;
use crate::model::answers::WEIGHT;
use crate::model::profile::{
    insert_sorted, parse_age, Choice, DrugFocus, Matter, Multi, Profile, Screen,
};
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
    /// How many times "Forget my answers" was used in this browser tab. Every history entry
    /// this app writes is stamped with it, and the fragment of an entry stamped with a smaller
    /// number is never read again: Back and Forward cannot bring forgotten answers back.
    pub generation: u32,
    /// Answers saved on this device that differ from those of a link just opened. They wait
    /// here, and nothing is stored, until the person chooses which answers to use.
    pub saved_choice: Option<Profile>,
    /// The language of this page (its words are the ones loaded).
    pub page_lang: Lang,
    /// The words the results need: `None` while they load (the start screen and the questions
    /// never wait for them), then whether they arrived.
    pub results_text: Option<bool>,
    /// The evidence an opened link was made from (its `ev=`), to say so when it is not today's.
    pub link_evidence: Option<String>,
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
            generation: 0,
            saved_choice: None,
            page_lang: Lang::En,
            results_text: None,
            link_evidence: None,
        }
    }
}

/// Where the address shown came from, told by the stamp this app leaves on every history entry
/// it writes (the `generation` it was written in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Not written by this app: a link opened, pasted or typed.
    Fresh,
    /// Written by this app since the last "Forget my answers": the person's own Back/Forward.
    Own,
    /// Written before the last "Forget my answers": its answers must never come back.
    Stale,
}

pub fn entry_kind(stamp: Option<u32>, generation: u32) -> Entry {
    match stamp {
        None => Entry::Fresh,
        Some(g) if g < generation => Entry::Stale,
        Some(_) => Entry::Own,
    }
}

/// The same answers, whatever the screen, medicine focus or language.
fn same_answers(a: &Profile, b: &Profile) -> bool {
    let mut a = a.clone();
    a.screen = b.screen;
    a.drug = b.drug;
    a.lang = b.lang;
    a == *b
}

/// Whether opening `link` must first ask the person which answers to use: only when answers
/// are saved on this device and the link carries different ones.
pub fn needs_choice(link: &Decoded, saved: Option<&Decoded>) -> bool {
    saved.is_some_and(|sv| !link.profile.is_blank() && !same_answers(&link.profile, &sv.profile))
}

/// What the address and this device held when the page opened (`first`) or the address
/// changed (Back/Forward, a link pasted, a page shown again from the back/forward cache).
#[derive(Clone, Debug, PartialEq)]
pub struct Arrival {
    /// The stamp on the history entry, if this app wrote it.
    pub stamp: Option<u32>,
    /// The generation kept in this tab's session storage (it may be newer than this page's).
    pub generation: u32,
    pub link: Decoded,
    /// Answers saved on this device, if any.
    pub saved: Option<Decoded>,
    pub first: bool,
}

/// One answer given with a control: what a click, a tick or an arrow key means, typed. The
/// components emit these; [`reduce`] turns them into the new answers (pure, tested natively).
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Option `i` of a single-choice question.
    Choice(Choice, usize),
    /// Tick or untick option `i` of a multi-select; `None`: its "None of these" box.
    Multi(Multi, Option<usize>),
    /// How much something matters: position `i` on the scale (`WEIGHT`).
    Weight(Matter, usize),
    /// A SURE readiness question (0–3): yes or no.
    Sure(usize, bool),
    /// Tick or untick a question to ask at the visit (by its id).
    Ask(String),
}

/// The answers after one more answer.
pub fn answer(p: &Profile, a: Answer) -> Profile {
    let mut p = p.clone();
    match a {
        Answer::Choice(c, i) => p.set_choice(c, Some(i)),
        Answer::Multi(m, i) => toggle_multi(&mut p, m, i),
        Answer::Weight(m, i) => p.set_weight(m, WEIGHT.get(i).map(|(w, _)| *w)),
        Answer::Sure(i, yes) => {
            if let Some(slot) = p.sure.get_mut(i) {
                *slot = Some(yes);
            }
        }
        Answer::Ask(id) => match p.ask.iter().position(|a| *a == id) {
            Some(i) => {
                p.ask.remove(i);
            }
            None => p.ask.push(id),
        },
    }
    p
}

/// Tick or untick option `i` of a multi-select, or "None of these" for `None` (which unticks
/// the others, as ticking another unticks it).
pub fn toggle_multi(profile: &mut Profile, m: Multi, i: Option<usize>) {
    let now = profile.multi(m);
    let next = match i {
        Some(i) => {
            let mut set = now.unwrap_or_default();
            match set.iter().position(|x| *x == i) {
                Some(pos) => {
                    set.remove(pos);
                }
                None => insert_sorted(&mut set, i),
            }
            // Unticking the last box means "not answered", not "none".
            (!set.is_empty()).then_some(set)
        }
        None if now.as_ref().is_some_and(Vec::is_empty) => None,
        None => Some(Vec::new()),
    };
    profile.set_multi(m, next);
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Replace the answers (a form control changed).
    SetProfile(Profile),
    /// One answer given with a control.
    Answer(Answer),
    /// The age box changed: store the age if it is a real one, keep the text either way.
    TypeAge(String),
    Start,
    Next,
    Back,
    /// Move on without answering what is left on this step (answers given stay).
    Skip,
    GoTo(Screen),
    /// The page opened, or the address changed: decides what the address may show.
    Arrive(Box<Arrival>),
    /// Answer the question about an opened link: keep the saved answers (`true`), or use the
    /// link's answers and remember them instead (`false`).
    KeepSaved(bool),
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
    /// The words the results need arrived (`true`) or could not be loaded.
    ResultsText(bool),
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

/// Show answers that were read: a link, the person's own Back/Forward, or saved answers.
/// `remembered`: they are stored on this device.
fn load(s: &mut State, decoded: Decoded, remembered: bool) {
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
    s.link_evidence = decoded.evidence;
    if let Some(at) = decoded.at {
        open(s, at);
    }
    s.remember = s.remember || remembered;
}

/// A blank start after "Forget my answers" (or at a history entry written before it); the
/// clinic's settings stay.
fn forgotten(s: &State, generation: u32) -> State {
    State {
        clinic: s.clinic.clone(),
        forgotten: true,
        generation,
        page_lang: s.page_lang,
        results_text: s.results_text,
        ..State::default()
    }
}

/// A link was opened. Answers saved on this device are never replaced without asking: a link
/// with no answers (`#v=1`, a clinician's preset) opens the saved answers, focused on the
/// preset's medicine; a link with other answers asks first (`saved_choice`).
fn open_link(s: &mut State, link: Decoded, saved: Option<Decoded>) {
    let ask = needs_choice(&link, saved.as_ref());
    s.saved_choice = None;
    match saved {
        Some(saved) if link.profile.is_blank() => {
            load(s, saved, true);
            if link.profile.drug.is_some() {
                s.profile.drug = link.profile.drug;
                s.view = view_for(&s.profile);
            }
            s.link_errors = link.errors;
        }
        Some(saved) if ask => {
            load(s, link, false);
            s.saved_choice = Some(saved.profile);
        }
        saved => load(s, link, saved.is_some()),
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
        Action::Answer(a) => {
            let mut p = answer(&state.profile, a);
            questionnaire::prune(&mut p);
            s.profile = p;
            s.forgotten = false;
        }
        Action::TypeAge(text) => {
            // An impossible age is never stored, and neither is what an earlier keystroke left
            // ("20" on the way to "200"): the age is unanswered until the text is a real one.
            s.profile.age = parse_age(&text).flatten();
            questionnaire::prune(&mut s.profile);
            s.forgotten = false;
            s.age_text = Some(text);
        }
        Action::Start => {
            let first = first_step(&s.profile);
            go(&mut s.profile, first);
            s.forgotten = false;
        }
        // An impossible age on this screen: stay, keep the message, and go to the box.
        Action::Next | Action::Skip if age_is_invalid(&s) => s.jump = Some("age".to_owned()),
        Action::Next | Action::Skip => {
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
        Action::GoTo(screen) => go(&mut s.profile, screen),
        Action::Arrive(arrival) => {
            let Arrival {
                stamp,
                generation,
                link,
                saved,
                first,
            } = *arrival;
            let generation = s.generation.max(generation);
            s.generation = generation;
            let usable = link.recognised || (first && !link.errors.is_empty());
            match entry_kind(stamp, generation) {
                // As if the address held no answers: a blank start, or what was saved since.
                Entry::Stale => {
                    s = forgotten(&s, generation);
                    if let Some(saved) = saved {
                        load(&mut s, saved, true);
                    }
                }
                // The person's own Back/Forward: their answers as they were on that screen.
                Entry::Own if usable && !first => {
                    s.saved_choice = None;
                    load(&mut s, link, false);
                }
                _ if usable => open_link(&mut s, link, saved),
                // No link: the answers saved on this device, if any. (After the page opened,
                // an in-page anchor such as #sources changes nothing.)
                _ => {
                    if let (true, Some(saved)) = (first, saved) {
                        load(&mut s, saved, true);
                    }
                }
            }
        }
        Action::KeepSaved(keep) => match s.saved_choice.take() {
            Some(profile) if keep => {
                let saved = Decoded {
                    profile,
                    recognised: true,
                    ..Decoded::default()
                };
                load(&mut s, saved, true);
            }
            Some(_) => s.remember = true,
            None => {}
        },
        Action::SetView(v) => s.view = v,
        Action::SetRemember(on) => s.remember = on,
        Action::Forget => s = forgotten(&s, s.generation + 1),
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
            s.jump = Some(["src-", &n.digits()].concat());
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
        Action::ResultsText(ok) => s.results_text = Some(ok),
    }
    // The age box shows the stored age again once the age changes elsewhere (a link, Back,
    // Skip) or the person leaves the screen.
    if !typed_age && (s.profile.age != state.profile.age || s.screen() != state.screen()) {
        s.age_text = None;
    }
    if s.screen() == Screen::Results {
        s.seen_results = true;
    }
    // The answers are in this page's language, whatever a link or a reset said (the loader has
    // already sent a link for another language to that language's page).
    s.profile.lang = s.page_lang;
    s
}

/// What following an in-page link of the results document does (`target`: the id it points
/// to): a citation opens the sources at its number, a part's anchor opens that part. `None`:
/// any other target, which is simply scrolled to.
pub fn link_action(target: &str) -> Option<Action> {
    if let Some(n) = target.strip_prefix("src-").and_then(|n| n.parse().ok()) {
        return Some(Action::JumpToSource(n));
    }
    SectionId::from_anchor(target).map(Action::Jump)
}

/// The age box on this screen holds text that is not a real age.
fn age_is_invalid(s: &State) -> bool {
    s.age_text
        .as_deref()
        .is_some_and(|t| parse_age(t).is_none())
        && s.step().is_some_and(|step| {
            questionnaire::questions(step, &s.profile).contains(&questionnaire::Question::Age)
        })
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
    fn skip_moves_on_and_keeps_every_answer_given_on_the_step() {
        use crate::model::profile::Choice;
        // Three hair answers, including the severity that decides who the medicines are for.
        let mut s = after(vec![Action::GoTo(Screen::Step(StepId::Hair))]);
        for a in [
            Answer::Choice(Choice::Aa, 1),
            Answer::Choice(Choice::Brows, 0),
            Answer::Choice(Choice::Dur, 2),
        ] {
            s = reduce(&s, Action::Answer(a));
        }
        let before = s.profile.clone();
        s = reduce(&s, Action::Skip);
        assert_ne!(s.screen(), Screen::Step(StepId::Hair), "skip moves on");
        let mut kept = s.profile.clone();
        kept.screen = before.screen;
        assert_eq!(kept, before, "no answer given on the step was cleared");
        assert!(s.profile.choice(Choice::Aa).is_some());
    }

    #[test]
    fn an_impossible_age_is_never_stored_and_next_stays_on_the_step() {
        let mut s = after(vec![Action::Start]);
        assert_eq!(s.screen(), Screen::Step(StepId::About));
        // Typing "200": "2" and "20" are real ages on the way, "200" is not.
        for t in ["2", "20", "200"] {
            s = reduce(&s, Action::TypeAge(t.to_owned()));
        }
        assert_eq!(s.profile.age, None, "200 must not become 20");
        s = reduce(&s, Action::Next);
        assert_eq!(s.screen(), Screen::Step(StepId::About), "Next stays");
        assert_eq!(
            s.age_text.as_deref(),
            Some("200"),
            "the typed text and its message stay"
        );
        assert_eq!(s.jump.as_deref(), Some("age"), "focus goes to the age box");
        // "8O" (a letter O) is not 8: an adult never becomes a child.
        s = reduce(&s, Action::TypeAge("8O".to_owned()));
        assert_eq!(s.profile.age, None);
        s = reduce(&s, Action::Skip);
        assert_eq!(s.screen(), Screen::Step(StepId::About), "Skip stays too");
        // Fixed: Next moves on with the real age.
        s = reduce(&s, Action::TypeAge("38".to_owned()));
        s = reduce(&s, Action::Next);
        assert_eq!(s.profile.age, Some(38));
        assert_ne!(s.screen(), Screen::Step(StepId::About));
    }

    #[test]
    fn the_answers_stay_in_the_page_language_through_links_and_forget() {
        let page = State {
            page_lang: Lang::Es,
            ..State::default()
        };
        let s = reduce(&page, Action::Start);
        assert_eq!(
            s.profile.lang,
            Lang::Es,
            "a fresh start on the Spanish page"
        );
        let s = reduce(&s, arrive(None, 0, "#v=1&age=30&lang=en", None, true));
        assert_eq!(
            s.profile.lang,
            Lang::Es,
            "a link's language never changes this page's"
        );
        let s = reduce(&s, Action::Forget);
        assert_eq!((s.profile.lang, s.page_lang), (Lang::Es, Lang::Es));
    }

    #[test]
    fn a_link_keeps_the_evidence_it_was_made_from_until_forget() {
        let s = reduce(
            &State::default(),
            arrive(None, 0, "#v=1&age=40&ev=2026-01-15&s=results", None, true),
        );
        assert_eq!(s.link_evidence.as_deref(), Some("2026-01-15"));
        assert_eq!(s.screen(), Screen::Results);
        let s = reduce(&s, Action::Forget);
        assert_eq!(s.link_evidence, None);
    }

    #[test]
    fn in_page_links_open_their_part_or_the_cited_source() {
        assert_eq!(link_action("src-12"), Some(Action::JumpToSource(12)));
        assert_eq!(
            link_action(SectionId::Warning.anchor()),
            Some(Action::Jump(SectionId::Warning))
        );
        assert_eq!(link_action("src-x"), None);
        assert_eq!(link_action("t-benefits-0"), None);
        // Following one opens the part and asks for a scroll to it.
        let s = reduce(&State::default(), link_action("src-3").unwrap());
        assert!(s.open.contains(&SectionId::Sources));
        assert_eq!(s.jump.as_deref(), Some("src-3"));
    }

    #[test]
    fn answers_from_controls_become_the_profile() {
        use crate::model::profile::{Choice, Matter, Multi};
        let mut s = after(vec![Action::GoTo(Screen::Step(StepId::Heart))]);
        s = reduce(&s, Action::Answer(Answer::Multi(Multi::Cv, Some(2))));
        s = reduce(&s, Action::Answer(Answer::Multi(Multi::Cv, Some(0))));
        assert_eq!(
            s.profile.multi(Multi::Cv),
            Some(vec![0, 2]),
            "kept in order"
        );
        // "None of these" unticks the others; ticking one again unticks "None".
        s = reduce(&s, Action::Answer(Answer::Multi(Multi::Cv, None)));
        assert_eq!(s.profile.multi(Multi::Cv), Some(vec![]));
        s = reduce(&s, Action::Answer(Answer::Multi(Multi::Cv, Some(1))));
        assert_eq!(s.profile.multi(Multi::Cv), Some(vec![1]));
        // Unticking the last box is "not answered", not "none".
        s = reduce(&s, Action::Answer(Answer::Multi(Multi::Cv, Some(1))));
        assert_eq!(s.profile.multi(Multi::Cv), None);
        s = reduce(&s, Action::Answer(Answer::Choice(Choice::Smoke, 2)));
        assert_eq!(s.profile.choice(Choice::Smoke), Some(2));
        s = reduce(&s, Action::Answer(Answer::Weight(Matter::ALL[0], 0)));
        assert_eq!(s.profile.weight(Matter::ALL[0]), Some(WEIGHT[0].0));
        s = reduce(&s, Action::Answer(Answer::Sure(3, false)));
        assert_eq!(s.profile.sure[3], Some(false));
        s = reduce(&s, Action::Answer(Answer::Ask("stop".into())));
        assert_eq!(s.profile.ask, vec!["stop".to_owned()]);
        s = reduce(&s, Action::Answer(Answer::Ask("stop".into())));
        assert!(s.profile.ask.is_empty(), "a second tick unticks");
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
        let s = after(vec![arrive(
            None,
            0,
            "#v=1&age=58&smoke=sometimes",
            None,
            true,
        )]);
        assert_eq!(s.screen(), Screen::Results);
        assert_eq!(s.profile.age, Some(58));
        assert_eq!(s.link_errors.len(), 1);
    }

    #[test]
    fn a_clinician_preset_alone_starts_at_the_start_screen_focused_on_the_drug() {
        let s = after(vec![arrive(None, 0, "#v=1&drug=ritlecitinib", None, true)]);
        assert_eq!(s.screen(), Screen::Start);
        assert_eq!(s.view, DrugView::One(Drug::Ritlecitinib));
        // Starting keeps the preset.
        let s = reduce(&s, Action::Start);
        assert_eq!(s.profile.drug, Some(DrugFocus::One(Drug::Ritlecitinib)));
    }

    #[test]
    fn a_link_to_a_step_that_no_longer_applies_lands_nearby() {
        let s = after(vec![arrive(None, 0, "#v=1&sex=m&s=preg", None, true)]);
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
        let mut s = after(vec![arrive(
            None,
            0,
            "#v=1&age=30",
            Some("v=1&age=30"),
            true,
        )]);
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
        assert_eq!(
            s.profile.age, None,
            "420 is not an age, and 42 was not what was meant"
        );
        assert_eq!(
            s.age_text.as_deref(),
            Some("420"),
            "what was typed stays visible"
        );
        let s = reduce(&s, Action::TypeAge("".into()));
        assert_eq!(s.profile.age, None, "emptying the box clears the answer");
        assert_eq!(
            reduce(&s, Action::Next).screen(),
            Screen::Step(StepId::Hair)
        );
        // Leaving the screen, or the age changing elsewhere, shows the stored age again.
        let s = reduce(&s, Action::GoTo(Screen::Step(StepId::Hair)));
        assert_eq!(s.age_text, None);
        let s = reduce(&s, Action::GoTo(Screen::Step(StepId::About)));
        let s = reduce(&s, Action::TypeAge("7x".into()));
        let s = reduce(&s, arrive(None, 0, "#v=1&age=30&s=about", None, true));
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
        let s = after(vec![arrive(None, 0, "#v=1&age=30&at=risks", None, true)]);
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

    fn arrive(
        stamp: Option<u32>,
        generation: u32,
        link: &str,
        saved: Option<&str>,
        first: bool,
    ) -> Action {
        Action::Arrive(Box::new(Arrival {
            stamp,
            generation,
            link: decode(link),
            saved: saved.map(decode),
            first,
        }))
    }

    #[test]
    fn history_entries_are_told_apart_by_their_stamp() {
        assert_eq!(entry_kind(None, 0), Entry::Fresh);
        assert_eq!(entry_kind(None, 3), Entry::Fresh);
        assert_eq!(entry_kind(Some(0), 0), Entry::Own);
        assert_eq!(entry_kind(Some(2), 2), Entry::Own);
        assert_eq!(entry_kind(Some(1), 2), Entry::Stale);
    }

    #[test]
    fn after_forget_back_forward_and_reload_never_show_earlier_answers() {
        // Answers given in generation 0, then Forget.
        let s = after(vec![arrive(
            None,
            0,
            "#v=1&age=44&sex=f&s=hair",
            None,
            true,
        )]);
        assert_eq!(s.generation, 0);
        let s = reduce(&s, Action::Forget);
        assert_eq!(s.generation, 1);
        assert!(s.profile.is_blank());
        // Back (or Forward) to an entry written before the Forget: a blank start.
        for first in [false, true] {
            let back = reduce(
                &s,
                arrive(Some(0), 1, "#v=1&age=44&sex=f&s=about", None, first),
            );
            assert!(back.profile.is_blank(), "first: {first}");
            assert_eq!(back.screen(), Screen::Start);
            assert!(back.forgotten);
        }
        // A reload in another page of the same tab knows the generation from session storage.
        let reloaded = after(vec![arrive(Some(0), 1, "#v=1&age=44&s=about", None, true)]);
        assert!(reloaded.profile.is_blank());
        assert_eq!(reloaded.generation, 1);
        // A page restored from the back/forward cache learns of the newer generation too.
        let old_page = after(vec![arrive(None, 0, "#v=1&age=44&s=results", None, true)]);
        let restored = reduce(
            &old_page,
            arrive(Some(0), 1, "#v=1&age=44&s=results", None, false),
        );
        assert!(restored.profile.is_blank());
        // Answers given after the Forget, and links opened after it, still work.
        let own = reduce(&s, arrive(Some(1), 1, "#v=1&age=50&s=about", None, false));
        assert_eq!(own.profile.age, Some(50));
        let fresh = reduce(&s, arrive(None, 1, "#v=1&age=30", None, false));
        assert_eq!(fresh.profile.age, Some(30));
    }

    #[test]
    fn a_stale_entry_shows_answers_saved_since_rather_than_wiping_them() {
        let s = after(vec![Action::Forget]);
        let s = reduce(
            &s,
            arrive(
                Some(0),
                1,
                "#v=1&age=44",
                Some("v=1&age=61&s=results"),
                false,
            ),
        );
        assert_eq!(s.profile.age, Some(61));
        assert!(s.remember);
    }

    #[test]
    fn in_page_anchors_change_nothing() {
        let s = after(vec![arrive(None, 0, "#v=1&age=44&s=results", None, true)]);
        assert_eq!(reduce(&s, arrive(None, 0, "#sources", None, false)), s);
    }

    #[test]
    fn a_link_with_other_answers_asks_before_replacing_saved_answers() {
        let saved = Some("v=1&age=52&sex=m&s=results");
        let s = after(vec![arrive(None, 0, "#v=1&age=28&sex=f", saved, true)]);
        assert_eq!(
            s.saved_choice.as_ref().and_then(|p| p.age),
            Some(52),
            "the saved answers wait for the person's choice"
        );
        assert!(needs_choice(
            &decode("#v=1&age=28"),
            Some(&decode("v=1&age=52"))
        ));

        let kept = reduce(&s, Action::KeepSaved(true));
        assert_eq!((kept.profile.age, kept.remember), (Some(52), true));
        assert_eq!(kept.saved_choice, None);
        assert_eq!(kept.screen(), Screen::Results);

        let used = reduce(&s, Action::KeepSaved(false));
        assert_eq!((used.profile.age, used.remember), (Some(28), true));
        assert_eq!(used.saved_choice, None);

        // The same when a link is pasted while the widget is open, and after a reload of it.
        let pasted = reduce(
            &kept,
            arrive(None, 0, "#v=1&age=33", Some("v=1&age=52"), false),
        );
        assert!(pasted.saved_choice.is_some());
        let reload = after(vec![arrive(
            Some(0),
            0,
            "#v=1&age=33",
            Some("v=1&age=52"),
            true,
        )]);
        assert!(reload.saved_choice.is_some());
    }

    #[test]
    fn a_link_without_answers_opens_the_saved_answers() {
        let saved = Some("v=1&age=52&sex=m&s=results");
        let s = after(vec![arrive(None, 0, "#v=1", saved, true)]);
        assert_eq!(
            (s.profile.age, s.remember, s.saved_choice.is_some()),
            (Some(52), true, false)
        );
        let s = after(vec![arrive(None, 0, "#v=1&drug=ritlecitinib", saved, true)]);
        assert_eq!(s.profile.age, Some(52));
        assert_eq!(s.profile.drug, Some(DrugFocus::One(Drug::Ritlecitinib)));
        assert_eq!(s.view, DrugView::One(Drug::Ritlecitinib));
        assert!(s.saved_choice.is_none());
    }

    #[test]
    fn the_same_answers_or_the_persons_own_history_need_no_question() {
        let saved = Some("v=1&age=52&sex=m&s=results");
        let s = after(vec![arrive(
            None,
            0,
            "#v=1&age=52&sex=m&s=about",
            saved,
            true,
        )]);
        assert!(s.saved_choice.is_none());
        assert!(s.remember);
        let back = reduce(&s, arrive(Some(0), 0, "#v=1&age=52&s=about", saved, false));
        assert!(back.saved_choice.is_none());
        assert_eq!(back.profile.sex, None);
    }
}
