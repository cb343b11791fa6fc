//! A link as a QR code, drawn as SVG so it stays crisp at any print size.
//!
//! `qrcodegen` (Project Nayuki's reference implementation: one file, no dependencies, no unsafe
//! code) does the encoding; this module only draws the modules as one SVG path.

use aa_decision_aid::render::{Markup, Out};
use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write as _;

/// The blank margin around the code, in modules. The QR standard asks for four.
pub const QUIET_ZONE: i32 = 4;

/// The QR code for `text` as an `<svg>` element, hidden from screen readers (the caller labels
/// it). Error correction "medium" (about 15 % of the code can be lost), raised for free when
/// the link still fits the same size: enough for a creased or smudged handout, while keeping
/// the modules large. `None` if the text is too long for any QR code (links here are short).
pub fn svg(text: &str) -> Option<Markup> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some(draw(qr.size(), |x, y| qr.get_module(x, y)))
}

/// Each row's runs of dark modules as `M x y h run v1 h -run z`, one path for the whole code.
fn draw(size: i32, dark: impl Fn(i32, i32) -> bool) -> Markup {
    let full = size + 2 * QUIET_ZONE;
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && dark(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(
                d,
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            );
        }
    }
    // Through the guide's escaping writer like every other piece of markup (the path data is
    // letters and numbers, which escaping leaves as they are).
    let mut o = Out::default();
    o.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .num(full as usize)
        .raw(" ")
        .num(full as usize)
        .raw("\" shape-rendering=\"crispEdges\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"")
        .num(full as usize)
        .raw("\" height=\"")
        .num(full as usize)
        .raw("\" fill=\"#fff\"/><path fill=\"#000\" d=\"")
        .text(&d)
        .raw("\"/></svg>");
    o.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_runs_with_a_quiet_zone() {
        // A 3×3 code: a dark top row, one dark module in the middle.
        let s = draw(3, |x, y| y == 0 || (x == 1 && y == 1));
        assert!(s.contains("viewBox=\"0 0 11 11\""), "{s}");
        assert!(s.contains("d=\"M4 4h3v1h-3zM5 5h1v1h-1z\""), "{s}");
    }

    #[test]
    fn a_real_link_fits_a_small_code() {
        let link =
            "https://dermatology.example.org/aa-decision-aid/#v=1&drug=deuruxolitinib&s=values";
        let qr = QrCode::encode_text(link, QrCodeEcc::Medium).unwrap();
        // Version 5 or below (37 modules or fewer) stays easy to scan from a half-page handout.
        assert!(
            qr.version().value() <= 5,
            "version {}",
            qr.version().value()
        );
        let s = svg(link).unwrap();
        assert!(s.starts_with("<svg") && s.ends_with("</svg>"));
    }

    #[test]
    fn text_too_long_for_any_code_gives_none() {
        assert!(svg(&"x".repeat(4000)).is_none());
    }
}
