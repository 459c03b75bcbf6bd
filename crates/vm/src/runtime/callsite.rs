//! Where each active Python frame currently is, for code that needs its callers' positions
//! (`logging`'s `%(funcName)s`, `%(lineno)d`, `%(filename)s`) without frame objects.
//!
//! Every call instruction records `(code object, instruction index)` at the calling
//! frame's depth (`Vm::depth`): one store, no push/pop, nothing to undo when the call
//! raises. `tracemalloc` reads the table to say where each object was made. A frame suspended in a call is therefore described by the entry at its depth;
//! entries above the current depth are stale and never read. The code pointer is only a
//! key into `Vm::code_data` (which keeps every executed code object alive), never
//! dereferenced.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::bytecode::CodeObject;

/// The per-depth call sites (`Vm::call_sites`). Entries are `Cell`s so that recording one
/// only takes a shared borrow of the table; the table grows (rarely) when a deeper frame
/// than ever before makes a call.
#[derive(Default)]
pub struct CallSites(RefCell<CallSiteTable>);

/// The table inside [`CallSites`]: one per thread (`threads.rs` swaps them).
pub type CallSiteTable = Vec<Cell<(usize, u32)>>;

impl CallSites {
    /// Put `table` in place of the current one (a thread switch); returns the old one.
    pub fn replace(&self, table: CallSiteTable) -> CallSiteTable {
        match self.0.try_borrow_mut() {
            Ok(mut t) => std::mem::replace(&mut *t, table),
            // Never borrowed across a switch; keep the table should it be.
            Err(_) => table,
        }
    }

    /// Record that the frame at `depth`, running `code`, is at instruction `lasti` - 1 (the
    /// eval loop has already advanced `lasti` past the call).
    #[inline]
    pub fn note(&self, depth: usize, code: &Rc<CodeObject>, lasti: usize) {
        let site = (Rc::as_ptr(code) as usize, lasti.saturating_sub(1) as u32);
        if let Some(c) = self.0.borrow().get(depth) {
            c.set(site);
            return;
        }
        self.grow_and_note(depth, site);
    }

    #[cold]
    fn grow_and_note(&self, depth: usize, site: (usize, u32)) {
        let mut s = self.0.borrow_mut();
        // Grow geometrically: deep recursion reaches here only O(log depth) times.
        let len = (depth + 1).max(s.len() * 2).max(64);
        s.resize(len, Cell::new((0, 0)));
        s[depth].set(site);
    }

    /// The recorded `(code pointer, instruction index)` of the frames at depths
    /// `depth, depth-1, ..., 1` (innermost first).
    pub fn stack(&self, depth: usize) -> Vec<(usize, u32)> {
        let s = self.0.borrow();
        (1..=depth.min(s.len().saturating_sub(1)))
            .rev()
            .map(|d| s[d].get())
            .collect()
    }

    /// Append the recorded sites of the innermost `limit` frames below `depth` (innermost
    /// first) to `out`, without allocating beyond `out`; returns how many frames there are
    /// in all (`tracemalloc`'s `total_nframe`).
    pub fn innermost(&self, depth: usize, limit: usize, out: &mut Vec<(usize, u32)>) -> usize {
        let Ok(s) = self.0.try_borrow() else {
            return 0;
        };
        let top = depth.min(s.len().saturating_sub(1));
        out.extend((1..=top).rev().take(limit).map(|d| s[d].get()));
        top
    }
}
