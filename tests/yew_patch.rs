//! The app is built with a Yew that leaves out per-element listeners, portals and suspense
//! (patches/yew-0.23.0-without-unused-features.patch). In a release build, using one of them
//! would stop the app with only "unreachable" in the console, so this test catches it in the
//! code first, with the reason.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<(String, String)>) {
    for e in std::fs::read_dir(dir).expect("read dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&p).expect("read file");
            out.push((p.display().to_string(), text));
        }
    }
}

/// The start of every DOM event name Yew has a listener for (`onkeydown` starts with `onkey`).
const EVENTS: &[&str] = &[
    "onabort",
    "onanimation",
    "onauxclick",
    "onbefore",
    "onblur",
    "oncancel",
    "oncan",
    "onchange",
    "onclick",
    "onclose",
    "oncontext",
    "oncopy",
    "oncue",
    "oncut",
    "ondblclick",
    "ondrag",
    "ondrop",
    "ondurationchange",
    "onemptied",
    "onended",
    "onerror",
    "onfocus",
    "onformdata",
    "ongot",
    "oninput",
    "oninvalid",
    "onkey",
    "onload",
    "onlost",
    "onmouse",
    "onpaste",
    "onpause",
    "onplay",
    "onpointer",
    "onprogress",
    "onratechange",
    "onreset",
    "onresize",
    "onscroll",
    "onsecuritypolicyviolation",
    "onseek",
    "onselect",
    "onshow",
    "onslotchange",
    "onstalled",
    "onsubmit",
    "onsuspend",
    "ontimeupdate",
    "ontoggle",
    "ontouch",
    "ontransition",
    "onvolumechange",
    "onwaiting",
    "onwheel",
];

/// `onclick={…}` or the shorthand `{onclick}`: an event listener on an element written with
/// `html!` (whose contents rustfmt leaves alone; Rust code has spaces around `=`).
fn listener_attributes(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut found = Vec::new();
    let word_at = |i: usize| {
        let end = (i..b.len())
            .find(|&j| !b[j].is_ascii_lowercase() && b[j] != b'_')
            .unwrap_or(b.len());
        (&text[i..end], end)
    };
    for i in 0..b.len().saturating_sub(3) {
        let starts_word = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if !(starts_word && b[i] == b'o' && b[i + 1] == b'n' && b[i + 2].is_ascii_lowercase()) {
            continue;
        }
        let (word, end) = word_at(i);
        if !EVENTS.iter().any(|e| word.starts_with(e)) {
            continue;
        }
        let rest = &text[end..];
        let attr = text[end..].starts_with("={");
        let shorthand = i > 0 && b[i - 1] == b'{' && rest.starts_with('}');
        if attr || shorthand {
            found.push(word.to_owned());
        }
    }
    found
}

#[test]
fn no_yew_element_listener_portal_or_suspense_in_the_app() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("tests"), &mut files);
    let mut problems = Vec::new();
    for (path, text) in &files {
        if path.ends_with("yew_patch.rs") {
            continue;
        }
        for word in listener_attributes(text) {
            problems.push(format!(
                "{path}: `{word}` on an element (handle it in ui::app::on_event)"
            ));
        }
        for name in ["create_portal", "Suspense", "use_suspend", "Suspension"] {
            if text.contains(name) {
                problems.push(format!("{path}: `{name}`"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "this app's Yew leaves these out (patches/yew-0.23.0-without-unused-features.patch): {problems:?}"
    );
}

#[test]
fn the_scan_finds_listener_attributes() {
    let sample =
        r#"html! { <button onclick={cb} class="x">{ "Go" }</button> <input {oninput} /> }"#;
    assert_eq!(listener_attributes(sample), ["onclick", "oninput"]);
    assert!(listener_attributes(r#"format!("{only} {one}")"#).is_empty());
    assert!(listener_attributes("let once = {1}; let condition={1}; fn on_event() {}").is_empty());
}
