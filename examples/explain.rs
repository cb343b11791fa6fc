//! Print the explanation for a share-link fragment as plain text, for content review.
//!
//! cargo run --quiet --example explain -- '#v=1&age=28&sex=f&preg=planning&contra=combined'

use aa_decision_aid::data::content::Catalog;
use aa_decision_aid::data::evidence::Evidence;
use aa_decision_aid::engine::explain;
use aa_decision_aid::model::profile::Drug;
use aa_decision_aid::model::share_link::decode;
use aa_decision_aid::render::plain_text::render;

fn main() {
    let fragment = std::env::args().nth(1).unwrap_or_default();
    let decoded = decode(&fragment);
    for e in &decoded.errors {
        eprintln!(
            "could not read '{}' from the link; it was left out",
            e.key()
        );
    }
    let ev = Evidence::bundled();
    let cat = Catalog::for_lang(decoded.profile.lang);
    let ex = explain(&decoded.profile, &ev, &cat, &Drug::ALL);
    print!("{}", render(&ex, &ev));
}
