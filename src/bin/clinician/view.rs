//! The builder page and the handout as markup. Pure (no web types), so it is tested natively.
//!
//! Text goes through one door, [`Html::text`], which escapes it; tags and attribute names are
//! static strings. The only other markup is the QR code's SVG, which `qr` draws from numbers.

use crate::link::{short_address, Choice};
use crate::qr;
use crate::text::{fill, fill_in, get, get_in, Text};
use aa_decision_aid::clinic::ClinicConfig;
use aa_decision_aid::model::profile::{Drug, Lang};
use aa_decision_aid::model::screen::StepId;
use aa_decision_aid::model::share_link::drug_code;
use aa_decision_aid::render::Out;

/// The paper the handout is printed on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    Letter,
    A4,
}

impl Paper {
    pub const ALL: [Paper; 2] = [Paper::Letter, Paper::A4];
    /// The form value and the CSS class (print.css sizes the page by it).
    pub fn code(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }
    fn text(self) -> Text {
        match self {
            Paper::Letter => Text::HandoutLetter,
            Paper::A4 => Text::HandoutA4,
        }
    }
}

/// Two copies per sheet to cut apart, or one per sheet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    #[default]
    Half,
    Full,
}

impl Layout {
    pub const ALL: [Layout; 2] = [Layout::Half, Layout::Full];
    pub fn code(self) -> &'static str {
        match self {
            Layout::Half => "half",
            Layout::Full => "full",
        }
    }
    fn text(self) -> Text {
        match self {
            Layout::Half => Text::HandoutHalf,
            Layout::Full => Text::HandoutFull,
        }
    }
}

/// Pick the value whose code is `code` (a form value), if any.
pub fn from_code<T: Copy>(all: &[T], code: &str, code_of: fn(T) -> &'static str) -> Option<T> {
    all.iter().copied().find(|x| code_of(*x) == code)
}

pub fn drug_text(d: Drug) -> Text {
    match d {
        Drug::Baricitinib => Text::DrugBaricitinib,
        Drug::Ritlecitinib => Text::DrugRitlecitinib,
        Drug::Deuruxolitinib => Text::DrugDeuruxolitinib,
    }
}

pub fn step_text(s: StepId) -> Text {
    match s {
        StepId::About => Text::StepAbout,
        StepId::Hair => Text::StepHair,
        StepId::Pregnancy => Text::StepPreg,
        StepId::Contraception => Text::StepContra,
        StepId::Menopause => Text::StepMeno,
        StepId::Smoking => Text::StepSmoke,
        StepId::Heart => Text::StepHeart,
        StepId::Cancer => Text::StepCancer,
        StepId::Infections => Text::StepInf,
        StepId::Values => Text::StepValues,
    }
}

/// The page's markup: the guide's HTML writer ([`Out`]: escaped text, static tags) and the two
/// things only this page draws.
type Html = Out;

trait ClinicianMarkup {
    fn qr(&mut self, link: &str) -> &mut Self;
    fn radio(&mut self, name: &'static str, value: &str, label: &str, checked: bool) -> &mut Self;
}

impl ClinicianMarkup for Out {
    /// A QR code drawn by `qr` (numbers and static tags only).
    fn qr(&mut self, link: &str) -> &mut Self {
        if let Some(svg) = qr::svg(link) {
            self.markup(&svg);
        }
        self
    }

    /// A radio button in a large, labelled target.
    fn radio(&mut self, name: &'static str, value: &str, label: &str, checked: bool) -> &mut Self {
        self.raw("<label class=\"option\"><input type=\"radio\" name=\"")
            .raw(name)
            .raw("\" value=\"")
            .text(value)
            .raw("\"");
        if checked {
            self.raw(" checked");
        }
        self.raw("><span>").text(label).raw("</span></label>")
    }
}

/// The whole page with the default choices; `page` then fills in the link, the QR code and the
/// handout with [`link_parts`] and [`sheet`]. `languages` is shown as a choice only when it
/// holds more than one.
pub fn page(clinic: &ClinicConfig, languages: &[(Lang, &str)]) -> String {
    let mut o = Html::default();
    o.raw("<a class=\"skip-link\" href=\"#main\">")
        .text(get(Text::AppSkipLink))
        .raw("</a><header class=\"masthead\"><p class=\"eyebrow\">")
        .text(get(Text::AppForStaff));
    if let Some(name) = &clinic.name {
        o.raw("<span class=\"clinic\">").text(name).raw("</span>");
    }
    o.raw("</p></header><main id=\"main\" tabindex=\"-1\">")
        .el("h1", "", get(Text::AppTitle))
        .el("p", "lede", get(Text::AppLede))
        .el("p", "no-data", get(Text::AppNoData))
        .raw("<div class=\"panels\">");

    // Choose.
    o.raw("<section class=\"panel\" aria-labelledby=\"h-choose\"><h2 id=\"h-choose\">")
        .text(get(Text::FormTitle))
        .raw("</h2><fieldset class=\"choices\" aria-describedby=\"drug-help\"><legend>")
        .text(get(Text::FormDrugLegend))
        .raw("</legend><p class=\"help\" id=\"drug-help\">")
        .text(get(Text::FormDrugHelp))
        .raw("</p>")
        .radio("drug", "", get(Text::FormDrugAny), true);
    for d in &clinic.drugs {
        o.radio("drug", drug_code(*d), get(drug_text(*d)), false);
    }
    o.raw("</fieldset>");
    if languages.len() > 1 {
        o.raw("<div class=\"field\"><label for=\"lang\">")
            .text(get(Text::FormLangLabel))
            .raw("</label><select id=\"lang\">");
        for (i, (_, name)) in languages.iter().enumerate() {
            o.raw("<option value=\"")
                .text(&i.to_string())
                .raw("\">")
                .text(name)
                .raw("</option>");
        }
        o.raw("</select></div>");
    }
    o.raw("<div class=\"field\"><label for=\"open\">")
        .text(get(Text::FormOpenLabel))
        .raw("</label><p class=\"help\" id=\"open-help\">")
        .text(get(Text::FormOpenHelp))
        .raw("</p><select id=\"open\" aria-describedby=\"open-help\"><option value=\"\">")
        .text(get(Text::FormOpenStart))
        .raw("</option>");
    for s in StepId::ALL {
        o.raw("<option value=\"")
            .text(s.code())
            .raw("\">")
            .text(&fill(Text::FormOpenStep, &[("step", get(step_text(s)))]))
            .raw("</option>");
    }
    o.raw("</select></div></section>");

    // The link and its QR code.
    o.raw("<section class=\"panel\" aria-labelledby=\"h-link\"><h2 id=\"h-link\">")
        .text(get(Text::LinkTitle))
        .raw("</h2><p class=\"visually-hidden\" id=\"link-label\">")
        .text(get(Text::LinkLabel))
        .raw("</p><p class=\"link-text\" id=\"link\" aria-labelledby=\"link-label\"></p>")
        .raw("<div class=\"actions\"><button type=\"button\" class=\"primary\" id=\"copy\" aria-describedby=\"link\">")
        .text(get(Text::LinkCopy))
        .raw("</button><a class=\"button secondary\" id=\"preview\" target=\"_blank\" rel=\"noopener noreferrer\">")
        .text(get(Text::LinkPreview))
        .raw("</a></div><div id=\"copy-status\" aria-live=\"polite\"></div><h3>")
        .text(get(Text::LinkQrTitle))
        .raw("</h3><div class=\"qr\" id=\"qr\" role=\"img\" aria-label=\"")
        .text(get(Text::LinkQrLabel))
        .raw("\"></div>")
        .el("p", "help", get(Text::LinkQrHelp))
        .raw("</section>");

    // The handout.
    o.raw("<section class=\"panel handout\" aria-labelledby=\"h-handout\"><h2 id=\"h-handout\">")
        .text(get(Text::HandoutTitle))
        .raw("</h2><div class=\"handout-grid\"><div class=\"handout-options\"><fieldset class=\"choices\"><legend>")
        .text(get(Text::HandoutPaperLegend))
        .raw("</legend>");
    for p in Paper::ALL {
        o.radio("paper", p.code(), get(p.text()), p == Paper::default());
    }
    o.raw("</fieldset><fieldset class=\"choices\"><legend>")
        .text(get(Text::HandoutLayoutLegend))
        .raw("</legend>");
    for l in Layout::ALL {
        o.radio("layout", l.code(), get(l.text()), l == Layout::default());
    }
    o.raw("</fieldset><div class=\"actions\"><button type=\"button\" class=\"primary\" id=\"print\" aria-describedby=\"print-help\">")
        .text(get(Text::HandoutPrint))
        .raw("</button></div><p class=\"help\" id=\"print-help\">")
        .text(get(Text::HandoutPrintHelp))
        .raw("</p></div><div class=\"handout-preview\"><h3 id=\"sheet-label\">")
        .text(get(Text::HandoutPreviewLabel))
        .raw("</h3><div class=\"sheet-frame\"><div id=\"sheet\" role=\"group\" aria-labelledby=\"sheet-label\"></div></div></div></div></section></div></main>");
    o.into_string()
}

/// The QR code for the link section.
pub fn qr(link: &str) -> String {
    let mut o = Html::default();
    o.qr(link);
    o.into_string()
}

/// The handout: one copy, or two with a cut line between them. The second copy is a print-only
/// duplicate, hidden from screen readers. The sheet's classes (paper and layout) are set by the
/// caller on the container.
pub fn sheet(
    clinic: &ClinicConfig,
    base: &str,
    link: &str,
    choice: &Choice,
    layout: Layout,
) -> String {
    let mut o = Html::default();
    copy(&mut o, clinic, base, link, choice, false);
    if layout == Layout::Half {
        o.raw("<div class=\"cut\" aria-hidden=\"true\"><span>")
            .text(get(Text::HandoutCut))
            .raw("</span></div>");
        copy(&mut o, clinic, base, link, choice, true);
    }
    o.into_string()
}

fn copy(
    o: &mut Html,
    clinic: &ClinicConfig,
    base: &str,
    link: &str,
    choice: &Choice,
    duplicate: bool,
) {
    // The handout speaks the language of the link it carries.
    let lang = choice.lang;
    let t = |k| get_in(lang, k);
    o.raw(if duplicate {
        "<article class=\"copy duplicate\" aria-hidden=\"true\" lang=\""
    } else {
        "<article class=\"copy\" lang=\""
    })
    .raw(lang.code())
    .raw("\">");
    if let Some(name) = &clinic.name {
        o.el("p", "sheet-clinic", name);
    }
    o.el("h4", "sheet-heading", t(Text::SheetHeading))
        .el("p", "sheet-topic", t(Text::SheetTopic))
        .raw("<div class=\"sheet-body\"><ul class=\"sheet-lines\">")
        .el("li", "", t(Text::SheetWhat))
        .el("li", "", t(Text::SheetHow))
        .el("li", "", t(Text::SheetPrivacy))
        .raw("</ul><div class=\"sheet-qr\">")
        .qr(link)
        .raw("</div></div>");
    if let Some(d) = choice.drug {
        o.el(
            "p",
            "sheet-focus",
            &fill_in(lang, Text::SheetFocus, &[("drug", t(drug_text(d)))]),
        );
    }
    o.el("p", "sheet-scan", t(Text::SheetScan))
        .el("p", "sheet-address", short_address(base));
    if let Some(phone) = &clinic.phone {
        o.el(
            "p",
            "sheet-contact",
            &fill_in(lang, Text::SheetContact, &[("phone", phone)]),
        );
    }
    o.raw("</article>");
}

/// The notice after a successful copy.
pub fn copied() -> String {
    let mut o = Html::default();
    o.el("p", "notice", get(Text::LinkCopied));
    o.into_string()
}

/// The notice when the browser refused to copy, with the link in a field to copy by hand.
pub fn copy_failed(link: &str) -> String {
    let mut o = Html::default();
    o.raw("<div class=\"notice warning\">")
        .el("p", "", get(Text::LinkCopyFailed))
        .raw("<label for=\"manual-link\">")
        .text(get(Text::LinkManualLabel))
        .raw("</label><input id=\"manual-link\" class=\"manual-link\" type=\"text\" readonly value=\"")
        .text(link)
        .raw("\"></div>");
    o.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::{link, LANGUAGES};
    use aa_decision_aid::clinic::{ClinicConfig, Field, RawClinic};

    const BASE: &str = "https://example.org/aa-guide/";

    fn clinic(name: &str, phone: &str, drugs: &[&str]) -> ClinicConfig {
        ClinicConfig::from_raw(&RawClinic {
            name: Field::Text(name.into()),
            phone: Field::Text(phone.into()),
            drugs: Field::List(drugs.iter().map(|d| (*d).into()).collect()),
            ..RawClinic::default()
        })
        .0
    }

    #[test]
    fn staff_choose_english_or_spanish_and_one_language_needs_no_choice() {
        let both = page(&ClinicConfig::default(), LANGUAGES);
        assert!(both.contains("<label for=\"lang\">"), "{both}");
        assert!(both.contains("English") && both.contains("Español"));
        let one = page(&ClinicConfig::default(), &[(Lang::En, "English")]);
        assert!(!one.contains("id=\"lang\""));
    }

    #[test]
    fn the_page_offers_each_medicine_the_clinic_shows_and_every_step() {
        let all = page(&ClinicConfig::default(), LANGUAGES);
        for d in Drug::ALL {
            assert!(all.contains(&format!("value=\"{}\"", drug_code(d))));
        }
        for s in StepId::ALL {
            assert!(all.contains(&format!("<option value=\"{}\">", s.code())));
        }
        let two = page(&clinic("Riverside", "", &["ritlecitinib"]), LANGUAGES);
        assert!(two.contains("value=\"ritlecitinib\""));
        assert!(!two.contains("value=\"baricitinib\""));
        assert!(two.contains("Riverside"));
    }

    #[test]
    fn the_handout_has_the_clinic_the_address_and_the_promise() {
        let c = clinic("Riverside <Dermatology>", "+1 (555) 010-2000", &[]);
        let choice = Choice {
            drug: Some(Drug::Ritlecitinib),
            ..Choice::default()
        };
        let half = sheet(&c, BASE, &link(BASE, &choice), &choice, Layout::Half);
        assert!(half.contains("Riverside &lt;Dermatology&gt;"), "escaped");
        assert!(half.contains(">example.org/aa-guide<"));
        assert!(half.contains(get(Text::SheetPrivacy)));
        assert!(half.contains("Ritlecitinib (Litfulo)"));
        assert!(half.contains("Questions? Call +1 (555) 010-2000."));
        assert_eq!(half.matches("<svg").count(), 2, "two copies");
        assert_eq!(
            half.matches("aria-hidden=\"true\" lang=\"en\"><p").count(),
            1,
            "the second copy is hidden"
        );
        let full = sheet(
            &ClinicConfig::default(),
            BASE,
            BASE,
            &Choice::default(),
            Layout::Full,
        );
        assert_eq!(full.matches("<svg").count(), 1);
        assert!(!full.contains("sheet-clinic") && !full.contains("sheet-focus"));
    }
}
