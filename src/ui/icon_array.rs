//! Icon arrays: 100 people (or 1,000 dots for rarer events), filled from the top-left so the part
//! is grouped, never scattered. Filled vs outlined carries the meaning (not colour alone), and the
//! natural-frequency sentence is both the image's label and visible text.

use super::blocks::cites;
use super::use_cat;
use crate::content::Msg;
use crate::engine::{Explanation, IconArray};
use yew::prelude::*;

/// Shared SVG symbols and patterns, rendered once per page.
pub fn defs() -> Html {
    html! {
        <svg class="svg-defs" aria-hidden="true" focusable="false" width="0" height="0">
            <defs>
                <symbol id="ia-person" viewBox="0 0 20 20">
                    <circle cx="10" cy="5.2" r="3.6" />
                    <path d="M4.2 18.6c0-4.6 2.4-7.4 5.8-7.4s5.8 2.8 5.8 7.4z" />
                </symbol>
                <pattern id="ia-people" width="20" height="20" patternUnits="userSpaceOnUse">
                    <use href="#ia-person" width="20" height="20" class="ia-off" />
                </pattern>
                <pattern id="ia-dots" width="8" height="8" patternUnits="userSpaceOnUse">
                    <circle cx="4" cy="4" r="2.6" class="ia-off" />
                </pattern>
            </defs>
        </svg>
    }
}

fn people(count: u32, harm: bool) -> Html {
    let on = if harm { "ia-on harm" } else { "ia-on" };
    html! {
        <svg class="ia-svg" viewBox="0 0 200 200" focusable="false" aria-hidden="true">
            <rect width="200" height="200" fill="url(#ia-people)" />
            { for (0..count.min(100)).map(|i| html! {
                <use href="#ia-person" x={((i % 10) * 20).to_string()} y={((i / 10) * 20).to_string()}
                    width="20" height="20" class={on} />
            }) }
        </svg>
    }
}

fn dots(count: u32, harm: bool) -> Html {
    let on = if harm { "ia-on harm" } else { "ia-on" };
    html! {
        <svg class="ia-svg wide" viewBox="0 0 320 200" focusable="false" aria-hidden="true">
            <rect width="320" height="200" fill="url(#ia-dots)" />
            { for (0..count.min(1000)).map(|i| html! {
                <circle cx={((i % 40) * 8 + 4).to_string()} cy={((i / 40) * 8 + 4).to_string()} r="3" class={on} />
            }) }
        </svg>
    }
}

/// A legend swatch in the same shape as the array's icons.
fn key(of: u32, class: &'static str) -> Html {
    if of > 100 {
        html! { <svg viewBox="0 0 8 8" class="ia-key"><circle cx="4" cy="4" r="3" class={class} /></svg> }
    } else {
        html! { <svg viewBox="0 0 20 20" class="ia-key"><use href="#ia-person" class={class} /></svg> }
    }
}

#[derive(Properties, PartialEq)]
pub struct IconArrayProps {
    pub array: IconArray,
    pub ex: std::rc::Rc<Explanation>,
}

#[function_component(IconArrayView)]
pub fn icon_array_view(p: &IconArrayProps) -> Html {
    let cat = use_cat();
    let a = &p.array;
    html! {
        <figure class={classes!("icon-array", a.harm.then_some("harm"), (a.of > 100).then_some("thousand"))}>
            <figcaption>
                <span class="ia-title">{ a.title.clone() }</span>
                { cites(&p.ex, &a.cites, &cat) }
            </figcaption>
            <div class="ia-groups">
                { for a.groups.iter().map(|g| html! {
                    <div class="ia-group">
                        <p class="ia-label">{ g.label.clone() }</p>
                        <div role="img" aria-label={g.sentence.clone()} class="ia-img">
                            { if a.of > 100 { dots(g.count, a.harm) } else { people(g.count, a.harm) } }
                        </div>
                        <p class="ia-sentence">{ g.sentence.clone() }</p>
                    </div>
                }) }
            </div>
            <p class="ia-legend" aria-hidden="true">
                <span class="key">{ key(a.of, if a.harm { "ia-on harm" } else { "ia-on" }) }{ cat.get(Msg::ResultsIconLegendFilled) }</span>
                <span class="key">{ key(a.of, "ia-off") }{ cat.get(Msg::ResultsIconLegendEmpty) }</span>
            </p>
        </figure>
    }
}
