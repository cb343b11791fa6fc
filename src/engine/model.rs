//! What the engine produces: an ordered list of sections made of typed blocks. No HTML and no web
//! types, so the same explanation can be rendered by Yew, printed, or read as plain text.

use crate::model::profile::Drug;

/// Which medicine the results show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrugView {
    All,
    One(Drug),
}

/// Index into the evidence's `sources`.
pub type SourceIdx = usize;

/// A sentence or paragraph, with the sources behind any number in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub text: String,
    pub cites: Vec<SourceIdx>,
}

pub use crate::model::screen::SectionId;

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: SectionId,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One piece of a section. `drug` is set when the block is about one medicine only, so the
/// per-medicine view can hide the others.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub drug: Option<Drug>,
    pub kind: BlockKind,
}

impl Block {
    /// Whether this block shows in a one-medicine (or all-medicines) view.
    pub fn shown_in(&self, view: DrugView) -> bool {
        match (self.drug, view) {
            (None, _) | (_, DrugView::All) => true,
            (Some(d), DrugView::One(v)) => d == v,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum BlockKind {
    Subheading(String),
    Paragraph(Text),
    /// A caution or an honest "we don't know".
    Note(Text),
    IconArray(IconArray),
    Table(Table),
    Check(CheckItem),
    Question(Question),
    Urgent(Urgent),
}

/// Part-to-whole pictographs: one array per group, all with the same denominator and time frame.
#[derive(Clone, Debug, PartialEq)]
pub struct IconArray {
    /// Names the outcome and the time frame.
    pub title: String,
    /// People per array: 100, or 1,000 for rarer events.
    pub of: u32,
    pub groups: Vec<IconGroup>,
    pub cites: Vec<SourceIdx>,
    /// True for harms, so the UI can style them, but with the same format as benefits.
    pub harm: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct IconGroup {
    /// Who this array is about, e.g. "Baricitinib 4 mg".
    pub label: String,
    /// How many of `of` had the outcome.
    pub count: u32,
    /// The natural-frequency sentence in both frames ("35 in 100 did; 65 in 100 did not"): the
    /// picture's text equivalent.
    pub sentence: String,
    /// A shorter visible caption where the title already names the outcome (the first layer);
    /// empty to show `sentence`.
    pub short: String,
}

/// A comparison table with one label column and one or more value columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
    pub cites: Vec<SourceIdx>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
    /// Highlights the row that matches the person's answers.
    pub yours: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CheckItem {
    pub id: &'static str,
    pub title: String,
    pub why: String,
    /// A line tailored to the person's answers, if any.
    pub yours: Option<String>,
    pub status: CheckStatus,
    pub cites: Vec<SourceIdx>,
}

/// Where a check stands for this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckStatus {
    /// To ask about before starting.
    Todo,
    /// The person said it is done (e.g. both shingles vaccine doses).
    Done,
    /// Not now: the person is pregnant or breastfeeding, so nothing would be started yet.
    Later,
}

/// Benefits, Risks, Alternatives, Nothing — plus practical questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bran {
    Benefit,
    Risk,
    Alternative,
    Nothing,
    Practical,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Stable id, stored in the share link when ticked.
    pub id: &'static str,
    pub tag: Bran,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Urgent {
    pub title: String,
    pub items: Vec<String>,
    pub note: String,
}

/// The first layer of the results, read before any detail is opened.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Brief {
    /// Each medicine's main benefit against its own dummy pill (icon arrays).
    pub benefits: Vec<Block>,
    /// Each medicine's main harm, in the same format where a checked number exists.
    pub harms: Vec<Block>,
    /// Life-stage points not already in the key points.
    pub notes: Vec<Block>,
    /// The urgent signs in one sentence (none when no medicine applies).
    pub urgent: Option<Block>,
}

/// One "check what you know" question: a few options, one of which is what the results say.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizItem {
    /// Stable id, so an answer survives a re-render.
    pub id: &'static str,
    pub prompt: String,
    pub options: Vec<String>,
    /// Position of the option the results give.
    pub answer: usize,
    /// What the results say, shown after any answer, with its sources.
    pub fact: Text,
    /// The part of the results that explains it.
    pub link: SectionId,
}

/// How many questions were answered, and how many of those as the results say.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct QuizScore {
    pub right: usize,
    pub answered: usize,
    pub total: usize,
}

/// Score the person's choices (question id, option position) against the questions.
pub fn quiz_score(quiz: &[QuizItem], chosen: &[(&str, usize)]) -> QuizScore {
    let mut s = QuizScore {
        total: quiz.len(),
        ..QuizScore::default()
    };
    for q in quiz {
        if let Some((_, c)) = chosen.iter().find(|(id, _)| *id == q.id) {
            s.answered += 1;
            s.right += usize::from(*c == q.answer);
        }
    }
    s
}

/// Everything the results screen shows, in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The key points: what is approved, each medicine's result, and the personal points.
    pub summary: Vec<Text>,
    /// The first layer: main benefit and harm per medicine, brief notes, urgent signs.
    pub brief: Brief,
    pub sections: Vec<Section>,
    /// Sources in the order they are first cited; a citation's number is its position + 1.
    pub sources: Vec<SourceIdx>,
    /// Medicines approved for this person (and shown by the clinic), in display order.
    pub drugs: Vec<Drug>,
    /// "Check what you know": built from these results (none when no medicine applies).
    pub quiz: Vec<QuizItem>,
    /// The medicine a clinician's link asked to focus on, if it applies to this person.
    pub focus: Option<Drug>,
    /// A note about the clinician's focus, when it could not be honoured or needs saying.
    pub focus_note: Option<String>,
}

impl Explanation {
    /// The 1-based number shown for a source, if it is cited.
    pub fn cite_number(&self, source: SourceIdx) -> Option<usize> {
        self.sources
            .iter()
            .position(|s| *s == source)
            .map(|i| i + 1)
    }

    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Every question offered, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match &b.kind {
                BlockKind::Question(q) => Some(q),
                _ => None,
            })
    }

    /// Every checklist item, in order.
    pub fn checks(&self) -> impl Iterator<Item = &CheckItem> {
        self.sections
            .iter()
            .flat_map(|s| s.blocks.iter())
            .filter_map(|b| match &b.kind {
                BlockKind::Check(c) => Some(c),
                _ => None,
            })
    }
}
