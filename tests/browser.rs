//! Components mounted in a real DOM (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use aa_decision_aid::data::content::{self, Lang, Part};
use aa_decision_aid::ui::controls::RadioGroup;
use aa_decision_aid::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A new root for one test, with the id `App` listens on (an earlier test's root leaves the page).
fn fresh_root() -> web_sys::Element {
    if let Some(old) = document().get_element_by_id("app") {
        old.remove();
    }
    let div = document().create_element("div").unwrap();
    div.set_id("app");
    document().body().unwrap().append_child(&div).unwrap();
    div
}

fn set_hash(h: &str) {
    let w = web_sys::window().unwrap();
    let path = w.location().pathname().unwrap();
    w.history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{h}")),
        )
        .unwrap();
}

/// Load the words as the page's loader would (the test page serves no text files).
fn load_words(lang: Lang, parts: &[Part]) {
    document()
        .document_element()
        .unwrap()
        .set_attribute("lang", lang.code())
        .unwrap();
    for part in parts {
        let file = content::build_text_file(lang, *part);
        content::install(lang, *part, file.to_owned()).expect("the build's text file");
    }
}

/// The whole app, in English, mounted in a fresh root with `hash` as the page's address, after
/// its first render.
async fn mount_app(hash: &str) -> web_sys::Element {
    load_words(Lang::En, &[Part::Start, Part::Rest]);
    set_hash(hash);
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

/// The `input` event typing fires: it bubbles, so Yew (which listens at the app's root) hears it
/// (an event made with `InputEvent::new` does not bubble).
fn typed() -> web_sys::Event {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    web_sys::Event::new_with_event_init_dict("input", &init).unwrap()
}

fn click(el: &web_sys::Element, selector: &str, label: &str) {
    let list = el.query_selector_all(selector).unwrap();
    for i in 0..list.length() {
        let node = list.item(i).unwrap();
        if node.text_content().unwrap_or_default().trim() == label {
            node.unchecked_into::<web_sys::HtmlElement>().click();
            return;
        }
    }
    panic!("no {selector} labelled {label}");
}

/// A radio group on its own, with the choice it reports shown beside it.
#[function_component(RadioHost)]
fn radio_host() -> Html {
    let chosen = use_state(|| None::<usize>);
    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |i| chosen.set(Some(i)))
    };
    html! {
        <>
            <RadioGroup name="smoke" legend="Do you smoke?" help={Some(AttrValue::from("It matters here."))}
                options={vec![AttrValue::from("Never"), "Used to".into(), "Now".into()]}
                selected={*chosen} {on_select} />
            <output id="chosen">{ chosen.map(|i| i.to_string()).unwrap_or_default() }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn radio_group_is_a_labelled_fieldset_that_reports_the_option_chosen() {
    let root = fresh_root();
    yew::Renderer::<RadioHost>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let fieldset = root.query_selector("fieldset").unwrap().expect("fieldset");
    assert_eq!(
        text(&fieldset.query_selector("legend").unwrap().unwrap()),
        "Do you smoke?"
    );
    assert_eq!(
        fieldset.get_attribute("aria-describedby").as_deref(),
        Some("smoke-help")
    );
    let radios = root
        .query_selector_all("input[type=radio][name=smoke]")
        .unwrap();
    assert_eq!(radios.length(), 3);
    assert!(root.query_selector("input:checked").unwrap().is_none());
    click(&root, "label", "Used to");
    yew::scheduler::flush().await;
    // The typed callback got the option's position, and the group shows it ticked.
    assert_eq!(text(&root.query_selector("#chosen").unwrap().unwrap()), "1");
    let checked: web_sys::HtmlInputElement = root
        .query_selector("input[name=smoke]:checked")
        .unwrap()
        .expect("a checked option")
        .unchecked_into();
    assert_eq!(checked.id(), "smoke-1");
    root.set_inner_html("");
}

#[wasm_bindgen_test]
async fn result_icon_arrays_are_labelled_pictures_in_the_dom() {
    let root = mount_app("#v=1&age=30&drug=ritlecitinib&s=results").await;
    // The clinician's focus shows ritlecitinib: a class on the page hides the others' blocks.
    assert!(root.query_selector("main.view-r").unwrap().is_some());
    let img = root
        .query_selector("#benefits figure[data-d=r] [role=img]")
        .unwrap()
        .expect("a ritlecitinib icon array in the benefits section");
    assert_eq!(
        img.get_attribute("aria-label").as_deref(),
        Some("23 in 100 people taking ritlecitinib 50 mg regrew most of their scalp hair. 77 in 100 did not.")
    );
    assert_eq!(img.query_selector_all("use.ia-on").unwrap().length(), 23);
    // The shared symbol the figures point at is on the page.
    assert!(document().get_element_by_id("ia-person").is_some());
    root.set_inner_html("");
}

#[wasm_bindgen_test]
async fn the_app_starts_asks_kindly_for_a_real_age_and_keeps_answers_in_the_link() {
    let root = mount_app("").await;
    assert!(text(&root).contains("Thinking about a JAK inhibitor for alopecia areata?"));
    assert!(text(&root).contains("Your answers stay on this device."));

    click(&root, "button", "Start");
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root.query_selector("h1").unwrap().unwrap()),
        "About you"
    );
    assert!(text(&root).contains("Step 1 of"));

    let age: web_sys::HtmlInputElement = root
        .query_selector("#age")
        .unwrap()
        .unwrap()
        .unchecked_into();
    age.set_value("200");
    age.dispatch_event(&typed()).unwrap();
    yew::scheduler::flush().await;
    let error = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error message");
    assert!(text(&error).contains("whole years"));
    assert_eq!(age.get_attribute("aria-invalid").as_deref(), Some("true"));

    // Next stays on the step with the message, and takes the person to the box: 200 is never
    // kept as 20.
    click(&root, "button", "Next");
    yew::scheduler::flush().await;
    assert_eq!(
        text(&root.query_selector("h1").unwrap().unwrap()),
        "About you"
    );
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    assert!(document()
        .active_element()
        .is_some_and(|a| a.is_same_node(Some(&age))));
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(!hash.contains("age="), "no age was stored: {hash}");

    age.set_value("28");
    age.dispatch_event(&typed()).unwrap();
    yew::scheduler::flush().await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none());
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.contains("age=28"), "{hash}");
    root.set_inner_html("");
}

#[wasm_bindgen_test]
async fn a_link_with_answers_opens_personalised_results() {
    let root = mount_app("#v=1&age=15&sex=f&smoke=never&cv=none&s=results").await;
    let t = text(&root);
    assert!(t.contains("Your results"));
    assert!(t.contains("At 15, only ritlecitinib is approved for alopecia areata."));
    assert!(!t.contains("CYP2C9"), "deuruxolitinib is for adults only");
    root.set_inner_html("");
}

fn input(root: &web_sys::Element, id: &str) -> web_sys::HtmlInputElement {
    root.query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("no #{id}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn answering_keeps_the_same_controls_and_ticks_them_as_the_answers_say() {
    let root = mount_app("#v=1&age=58&sex=m&s=smoke").await;

    // A radio answered by keyboard or pointer stays the same element, ticked and focused: the
    // group's markup does not change, so it is never replaced (arrow keys keep working).
    let former = input(&root, "smoke-1");
    let heading = root.query_selector("h1").unwrap().unwrap();
    former.focus().unwrap();
    former.click();
    yew::scheduler::flush().await;
    assert!(former.is_connected(), "the radio was replaced");
    assert!(heading.is_connected(), "the heading was replaced");
    assert!(former.checked());
    assert!(document()
        .active_element()
        .is_some_and(|a| a.is_same_node(Some(&former))));
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(hash.contains("smoke=former"), "{hash}");
    // Its follow-up questions appear below it.
    assert!(root
        .query_selector("input[name=packyrs]")
        .unwrap()
        .is_some());

    // Checkboxes: "None of these" unticks the others, and a box unticks "None of these".
    let root = mount_app("#v=1&age=58&sex=m&cv=bp,chol&s=heart").await;
    let (bp, chol, none) = (
        input(&root, "cv-0"),
        input(&root, "cv-1"),
        input(&root, "cv-none"),
    );
    assert!(
        bp.checked() && chol.checked() && !none.checked(),
        "ticks from the link"
    );
    none.click();
    yew::scheduler::flush().await;
    assert!(none.checked() && !bp.checked() && !chol.checked());
    bp.click();
    yew::scheduler::flush().await;
    assert!(bp.checked() && !none.checked() && !chol.checked());
    assert!(
        bp.is_connected() && none.is_connected(),
        "the boxes were replaced"
    );
    root.set_inner_html("");
}

#[wasm_bindgen_test]
async fn skipping_moves_on_and_keeps_the_answers_given_on_the_step() {
    let root = mount_app("#v=1&age=30&sex=m&aa=severe&brows=y&s=hair").await;
    assert!(input(&root, "aa-1").checked(), "severity from the link");
    click(&root, "button", "Skip this question");
    yew::scheduler::flush().await;
    assert_ne!(
        text(&root.query_selector("h1").unwrap().unwrap()),
        "Your alopecia areata"
    );
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert!(
        hash.contains("aa=severe") && hash.contains("brows=y"),
        "{hash}"
    );
    root.set_inner_html("");
}

#[wasm_bindgen_test]
async fn a_part_of_the_results_opens_from_its_heading_and_folds_until_found() {
    let root = mount_app("#v=1&age=30&sex=m&aa=severe&s=results").await;
    let body = root
        .query_selector("#body-sources")
        .unwrap()
        .expect("sources part");
    assert_eq!(body.get_attribute("hidden").as_deref(), Some("until-found"));
    click(&root, "#sources .part-toggle", "Sources");
    yew::scheduler::flush().await;
    assert!(!body.has_attribute("hidden"), "opened");
    let toggle = root
        .query_selector("#sources .part-toggle")
        .unwrap()
        .unwrap();
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    root.set_inner_html("");
}

/// Every step, with answers that show every question, needs only the "start" words: the results'
/// words may still be on their way (a text read too early panics in this debug build).
#[wasm_bindgen_test]
async fn the_start_screen_and_every_question_need_only_the_start_words() {
    load_words(Lang::Es, &[Part::Start]);
    set_hash("");
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert!(
        text(&root).contains("¿Está pensando en un inhibidor de JAK"),
        "{}",
        text(&root)
    );
    // Answers that bring up every follow-up question: pregnancy, birth control, menopause and
    // hormone therapy, smoking with its follow-ups, every multi-select.
    set_hash("#v=1&age=47&sex=f&preg=none&contra=combined&travel=monthly&meno=peri&hrt=oral&smoke=former&packyrs=ge20&quit15=y&cv=bp&cancer=none&inf=none&eczema=n&shingrix=no&aa=severe&dur=gt10&brows=y&lashes=y&s=about");
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let mut titles = Vec::new();
    for _ in 0..12 {
        let title = text(&root.query_selector("h1").unwrap().unwrap());
        if titles.contains(&title) {
            break;
        }
        assert!(!title.is_empty());
        titles.push(title);
        let next = root.query_selector("button[type=submit]").unwrap();
        let Some(next) = next else { break };
        next.unchecked_into::<web_sys::HtmlElement>().click();
        yew::scheduler::flush().await;
    }
    assert!(titles.len() >= 9, "walked {titles:?}");
    // The results wait kindly for their words (this test page serves none).
    assert!(text(&root).contains("Sus resultados"), "{}", text(&root));
    root.set_inner_html("");
    document()
        .document_element()
        .unwrap()
        .set_attribute("lang", "en")
        .unwrap();
}
