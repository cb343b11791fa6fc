//! Icon arrays (part-to-whole pictographs) and their legend.

use super::cites;
use super::writer::Out;
use crate::data::content::{Catalog, Msg};
use crate::engine::{Explanation, IconArray};
use crate::model::profile::Drug;

/// Icon arrays: grouped, filled from the top-left; filled vs outlined (not colour alone); the
/// natural-frequency sentence is both the picture's label and visible text.
pub fn icon_array(o: &mut Out, a: &IconArray, ex: &Explanation, cat: &Catalog, d: Option<Drug>) {
    let thousand = a.of > 100;
    let on = if a.harm { "ia-on harm" } else { "ia-on" };
    let class = match (a.harm, thousand) {
        (true, true) => "icon-array harm thousand",
        (true, false) => "icon-array harm",
        (false, true) => "icon-array thousand",
        (false, false) => "icon-array",
    };
    o.open_d("figure", class, d)
        .raw("<figcaption><span class=\"ia-title\">")
        .text(&a.title)
        .raw("</span>");
    cites(o, ex, &a.cites, cat);
    o.raw("</figcaption><div class=\"ia-groups\">");
    for g in &a.groups {
        o.raw("<div class=\"ia-group\">")
            .el("p", "ia-label", &g.label)
            .raw("<div role=\"img\" class=\"ia-img\" aria-label=\"")
            .text(&g.sentence)
            .raw("\">");
        if thousand {
            o.raw("<svg class=\"ia-svg wide\" viewBox=\"0 0 320 200\" focusable=\"false\" aria-hidden=\"true\"><rect width=\"320\" height=\"200\" fill=\"url(#ia-dots)\"/>");
            for i in 0..g.count.min(1000) as usize {
                o.raw("<circle r=\"3\" cx=\"")
                    .num((i % 40) * 8 + 4)
                    .raw("\" cy=\"")
                    .num((i / 40) * 8 + 4)
                    .raw("\" class=\"")
                    .raw(on)
                    .raw("\"/>");
            }
        } else {
            o.raw("<svg class=\"ia-svg\" viewBox=\"0 0 200 200\" focusable=\"false\" aria-hidden=\"true\"><rect width=\"200\" height=\"200\" fill=\"url(#ia-people)\"/>");
            for i in 0..g.count.min(100) as usize {
                o.raw("<use href=\"#ia-person\" width=\"20\" height=\"20\" x=\"")
                    .num((i % 10) * 20)
                    .raw("\" y=\"")
                    .num((i / 10) * 20)
                    .raw("\" class=\"")
                    .raw(on)
                    .raw("\"/>");
            }
        }
        let caption = if g.short.is_empty() {
            &g.sentence
        } else {
            &g.short
        };
        o.raw("</svg></div>")
            .el("p", "ia-sentence", caption)
            .raw("</div>");
    }
    o.raw("</div>");
    legend(o, on, thousand, cat);
    o.raw("</figure>");
}

/// "Filled figure: the outcome happened; outlined: it did not" (for sighted readers: the
/// sentences already say it).
pub(super) fn legend(o: &mut Out, on: &'static str, thousand: bool, cat: &Catalog) {
    o.raw("<p class=\"ia-legend\" aria-hidden=\"true\">");
    for (class, label) in [
        (on, Msg::ResultsIconLegendFilled),
        ("ia-off", Msg::ResultsIconLegendEmpty),
    ] {
        o.raw("<span class=\"key\">");
        if thousand {
            o.raw("<svg viewBox=\"0 0 8 8\" class=\"ia-key\"><circle cx=\"4\" cy=\"4\" r=\"3\" class=\"")
                .raw(class)
                .raw("\"/></svg>");
        } else {
            o.raw("<svg viewBox=\"0 0 20 20\" class=\"ia-key\"><use href=\"#ia-person\" class=\"")
                .raw(class)
                .raw("\"/></svg>");
        }
        o.text(cat.get(label)).raw("</span>");
    }
    o.raw("</p>");
}

/// The shared SVG symbol and patterns the icon arrays use (once per page).
pub const SVG_DEFS: &str = "<svg class=\"svg-defs\" aria-hidden=\"true\" focusable=\"false\" width=\"0\" height=\"0\"><defs>\
<symbol id=\"ia-person\" viewBox=\"0 0 20 20\"><circle cx=\"10\" cy=\"5.2\" r=\"3.6\"/><path d=\"M4.2 18.6c0-4.6 2.4-7.4 5.8-7.4s5.8 2.8 5.8 7.4z\"/></symbol>\
<pattern id=\"ia-people\" width=\"20\" height=\"20\" patternUnits=\"userSpaceOnUse\"><use href=\"#ia-person\" width=\"20\" height=\"20\" class=\"ia-off\"/></pattern>\
<pattern id=\"ia-dots\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><circle cx=\"4\" cy=\"4\" r=\"2.6\" class=\"ia-off\"/></pattern>\
</defs></svg>";
