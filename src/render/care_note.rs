//! "A note for my care team": plain text the person copies and pastes into a portal message.
//! Written from the patient's side: their key answers, what matters to them, how ready they
//! feel, the knowledge-check result, then the questions they ticked. No name, no identifier,
//! and nothing is sent: the widget only puts the text on the clipboard when asked.

use crate::data::content::{Catalog, Msg};
use crate::data::digits::Digits;
use crate::engine::values::SURE_QUESTIONS;
use crate::engine::{Explanation, QuizScore};
use crate::model::answers::{self, matter_label};
use crate::model::profile::{Matter, Profile, Weight};
use crate::model::questionnaire::StepId;

/// The short readiness label for each SURE question, in `SURE_QUESTIONS` order.
const SURE_SHORT: [Msg; 4] = [
    Msg::NoteSureSure,
    Msg::NoteSureUnderstand,
    Msg::NoteSureRiskBenefit,
    Msg::NoteSureEncouragement,
];

/// The note's core (answers, values, readiness, knowledge check) and the ticked questions after
/// it. `today` is the date as shown to the person.
pub fn care_note(
    p: &Profile,
    ex: &Explanation,
    cat: &Catalog,
    today: &str,
    score: QuizScore,
) -> String {
    let sep = cat.get(Msg::WordsListSep);
    let mut s = cat.fill(Msg::NoteHeading, &[("date", &super::date(cat, today))]);

    // Only what was answered, one line per answer, values in their own part.
    let not_answered = cat.get(Msg::ResultsNotAnswered);
    let answered: Vec<String> = answers::lines(p, cat)
        .into_iter()
        .filter(|l| l.value != not_answered && l.step != StepId::Values)
        .map(|l| [l.label, ": ", &l.value].concat())
        .collect();
    if !answered.is_empty() {
        heading(&mut s, cat.get(Msg::NoteAbout));
        s.push_str(&answered.join("\n"));
    }

    heading(&mut s, cat.get(Msg::NoteMatters));
    // One line per weight ("A lot: …"), in the order of the values exercise.
    let mut rated = false;
    for (weight, label) in [
        (Weight::ALot, Msg::NoteALot),
        (Weight::ALittle, Msg::NoteALittle),
    ] {
        let items: Vec<&str> = Matter::ALL
            .into_iter()
            .filter(|m| p.weight(*m) == Some(weight))
            .map(|m| cat.get(matter_label(m)))
            .collect();
        if !items.is_empty() {
            if rated {
                s.push('\n');
            }
            rated = true;
            s.push_str(cat.get(label));
            s.push_str(": ");
            s.push_str(&items.join(sep));
        }
    }
    if !rated {
        s.push_str(cat.get(Msg::NoteMattersNone));
    }

    if p.sure.iter().any(Option::is_some) {
        heading(&mut s, cat.get(Msg::NoteReady));
        let yes = p.sure.iter().filter(|a| **a == Some(true)).count();
        s.push_str(&cat.fill(
            Msg::NoteReadyCount,
            &[
                ("n", &yes.digits()),
                ("total", &SURE_QUESTIONS.len().digits()),
            ],
        ));
        let not_yet: Vec<&str> = SURE_SHORT
            .iter()
            .zip(p.sure)
            .filter(|(_, a)| *a == Some(false))
            .map(|(m, _)| cat.get(*m))
            .collect();
        if !not_yet.is_empty() {
            s.push(' ');
            s.push_str(cat.get(Msg::NoteReadyNo));
            s.push(' ');
            s.push_str(&not_yet.join(sep));
            s.push('.');
        }
    }

    if score.answered > 0 {
        s.push_str("\n\n");
        s.push_str(&cat.fill(
            Msg::NoteQuiz,
            &[
                ("n", &score.right.digits()),
                ("total", &score.answered.digits()),
            ],
        ));
    }

    heading(&mut s, cat.get(Msg::NoteQuestions));
    let asked: Vec<String> = ex
        .questions()
        .filter(|q| p.ask.iter().any(|a| a == q.id))
        .map(|q| ["- ", &q.text].concat())
        .collect();
    if asked.is_empty() {
        s.push_str(cat.get(Msg::NoteNoQuestions));
    } else {
        s.push_str(&asked.join("\n"));
    }
    s
}

fn heading(s: &mut String, title: &str) {
    s.push_str("\n\n");
    s.push_str(title);
    s.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::evidence::Evidence;
    use crate::engine::{explain, quiz_score};
    use crate::model::profile::{Drug, Lang};
    use crate::model::share_link::decode;

    fn note(fragment: &str, chosen: &[(&str, usize)]) -> String {
        let p = decode(fragment).profile;
        let cat = Catalog::for_lang(Lang::En);
        let ex = explain(&p, &Evidence::bundled(), &cat, &Drug::ALL);
        care_note(
            &p,
            &ex,
            &cat,
            "30 November 2026",
            quiz_score(&ex.quiz, chosen),
        )
    }

    /// The fullest answers a person can give: every question, many values, all readiness.
    const FULL: &str = "v=1&age=58&sex=f&preg=none&contra=combined&travel=monthly&meno=peri&hrt=oral&smoke=current&packyrs=ge20&cv=bp,chol,diabetes,clot&cancer=past&inf=tb,hepb,hsv&eczema=1&shingrix=no&aa=severe&dur=gt10&brows=1&lashes=1&matters=scalp,brows,lashes,lowrisk,fewpills&msome=body,fewtests&sure=nyny";

    fn core_len(n: &str) -> usize {
        let title = Catalog::for_lang(Lang::En).get(Msg::NoteQuestions);
        n.split(title).next().unwrap().chars().count()
    }

    #[test]
    fn the_core_stays_short_enough_to_paste() {
        // A typical full answer set (a 58-year-old smoker) stays within about 1,000 characters;
        // even every answer a person can give at once stays near it.
        let smoker = note(
            "v=1&age=58&sex=m&smoke=current&packyrs=ge20&cv=bp,chol&cancer=none&inf=none&eczema=0&shingrix=no&aa=severe&dur=1to4&brows=1&lashes=0&matters=scalp,lowrisk&msome=brows&sure=ynyy",
            &[("benefit", 0), ("stop", 1), ("checks", 2), ("warning", 1), ("urgent", 1)],
        );
        assert!(
            core_len(&smoker) <= 1000,
            "{} chars:\n{smoker}",
            core_len(&smoker)
        );
        assert!(smoker.contains("Check what you know: 5 of 5"), "{smoker}");
        let n = note(FULL, &[("benefit", 0), ("stop", 0), ("checks", 2)]);
        assert!(core_len(&n) <= 1200, "{} chars:\n{n}", core_len(&n));
        assert!(n.contains("Age: 58"), "{n}");
        assert!(n.contains("2 of 4 readiness questions answered yes"), "{n}");
        assert!(
            n.contains("Not yet: sure about the best choice, clear about what matters most."),
            "{n}"
        );
        assert!(
            n.contains("Matters a little: Growing back body hair, Not having regular blood tests"),
            "{n}"
        );
        assert!(n.contains("Check what you know: 2 of 3"), "{n}");
    }

    #[test]
    fn ticked_questions_are_listed_and_nothing_unanswered_is() {
        let n = note("v=1&age=17&sex=f&aa=patchy&ask=stop", &[]);
        assert!(
            n.contains("- If it works, how long will I need to take it?"),
            "{n}"
        );
        assert!(!n.contains("Not answered"), "{n}");
        assert!(
            !n.contains("Check what you know"),
            "no score before any answer: {n}"
        );
        assert!(n.contains("I have not said yet."), "{n}");
    }
}
