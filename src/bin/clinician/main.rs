//! The clinician link builder (`clinician.html`): clinic staff choose a medicine focus, the
//! language and where the guide opens, and get the link, its QR code and a printable handout.
//!
//! A binary of its own, built by `scripts/build-clinician.mjs`, so none of its code or words can
//! reach the patient's download. It uses the library's answer model (the share-link encoder the
//! guide reads links with, so a link made here can never drift from the format), the clinic
//! settings and the browser glue, but never the patient UI (no Yew).
//!
//! - [`text`]: the builder's words (`src/data/clinician.en.toml`, compiled by build.rs).
//! - [`link`]: the choices → the link and the short address (pure).
//! - [`qr`]: a link → a QR code as SVG (pure).
//! - [`view`]: the page and the handout as escaped markup (pure).
//! - [`page`]: browser glue: mounts the view, listens for changes, copies, prints.

// The same allocator as the guide (see Cargo.toml).
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

mod link;
mod page;
mod qr;
mod text;
mod view;

fn main() {
    page::start();
}
