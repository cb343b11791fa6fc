//! Which figures and sources each piece of text uses, recorded while the engine runs — for the
//! clinician review pack (`cargo run --example review`), never in the browser: in the wasm build
//! every function here is an empty inline stub.

use crate::data::content::Msg;
use crate::data::evidence::{Fig, Src};

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::*;
    use std::cell::{Cell, RefCell};

    thread_local! {
        static ON: Cell<bool> = const { Cell::new(false) };
        static CURRENT: Cell<Option<Msg>> = const { Cell::new(None) };
        static FIGS: RefCell<Vec<(Msg, Fig)>> = const { RefCell::new(Vec::new()) };
        static SRCS: RefCell<Vec<(Msg, Src)>> = const { RefCell::new(Vec::new()) };
    }

    /// Start recording on this thread.
    pub fn start() {
        ON.with(|o| o.set(true));
        CURRENT.with(|c| c.set(None));
        FIGS.with(|f| f.borrow_mut().clear());
        SRCS.with(|s| s.borrow_mut().clear());
    }

    /// What a recording holds: (text, figure) and (text, source) pairs.
    pub type Uses = (Vec<(Msg, Fig)>, Vec<(Msg, Src)>);

    /// Stop recording; the pairs seen since `start`.
    pub fn finish() -> Uses {
        ON.with(|o| o.set(false));
        (
            FIGS.with(|f| std::mem::take(&mut *f.borrow_mut())),
            SRCS.with(|s| std::mem::take(&mut *s.borrow_mut())),
        )
    }

    fn on() -> bool {
        ON.with(Cell::get)
    }

    /// The text now being written: later figures and sources belong to it.
    pub(crate) fn msg(m: Msg) {
        if on() {
            CURRENT.with(|c| c.set(Some(m)));
        }
    }

    pub(crate) fn fig(f: Fig) {
        if let (true, Some(m)) = (on(), CURRENT.with(Cell::get)) {
            FIGS.with(|v| v.borrow_mut().push((m, f)));
        }
    }

    pub(crate) fn src(s: Src) {
        if let (true, Some(m)) = (on(), CURRENT.with(Cell::get)) {
            SRCS.with(|v| v.borrow_mut().push((m, s)));
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::*;
    #[inline(always)]
    pub(crate) fn msg(_: Msg) {}
    #[inline(always)]
    pub(crate) fn fig(_: Fig) {}
    #[inline(always)]
    pub(crate) fn src(_: Src) {}
}

#[allow(unused_imports)]
pub use imp::*;
