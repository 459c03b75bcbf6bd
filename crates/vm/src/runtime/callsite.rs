//! Where each active Python frame currently is, for code that needs its callers' positions
//! (`logging`'s `%(funcName)s`, `%(lineno)d`, `%(filename)s`) without frame objects.
//!
//! Every call instruction records `(code object, instruction index)` at the calling
//! frame's depth (`Vm::depth`): one store, no push/pop, nothing to undo when the call
//! raises. A frame suspended in a call is therefore described by the entry at its depth;
//! entries above the current depth are stale and never read. The code pointer is only a
//! key into `Vm::code_data` (which keeps every executed code object alive), never
//! dereferenced.

use std::cell::RefCell;
use std::rc::Rc;

use crate::bytecode::CodeObject;

thread_local! {
    static SITES: RefCell<Vec<(usize, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Record that the frame at `depth`, running `code`, is at instruction `lasti` - 1 (the
/// eval loop has already advanced `lasti` past the call).
#[inline]
pub fn note(depth: usize, code: &Rc<CodeObject>, lasti: usize) {
    SITES.with(|s| {
        let mut s = s.borrow_mut();
        if s.len() <= depth {
            s.resize(depth + 1, (0, 0));
        }
        s[depth] = (Rc::as_ptr(code) as usize, lasti.saturating_sub(1) as u32);
    });
}

/// The recorded `(code pointer, instruction index)` of the frames at depths
/// `depth, depth-1, ..., 1` (innermost first).
pub fn stack(depth: usize) -> Vec<(usize, u32)> {
    SITES.with(|s| {
        let s = s.borrow();
        (1..=depth.min(s.len().saturating_sub(1)))
            .rev()
            .map(|d| s[d])
            .collect()
    })
}
