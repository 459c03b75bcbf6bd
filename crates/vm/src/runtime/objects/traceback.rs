//! `traceback`, `frame` and `code` objects as Python code sees them (`exc.__traceback__`,
//! `tb.tb_frame.f_code`). Frames run on the VM's own stack and are not heap objects: a
//! `frame` here is a record of one traceback entry (its code and line), made on demand.

use std::rc::Rc;

use heap::ObjRef;

use crate::bytecode::CodeObject;

/// One level of a traceback: the code, the instruction that was running, and the next
/// level inward (`tb_next`, None at the innermost frame).
pub struct TracebackObj {
    /// The code of the frame.
    pub code: Rc<CodeObject>,
    /// Instruction index (for `tb_lineno` / `tb_lasti`).
    pub idx: u32,
    /// `tb_next`.
    pub next: Option<ObjRef>,
}

impl heap::Object for TracebackObj {
    const NAME: &'static str = "traceback";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.next);
    }
    fn clear(&self) {}
}

/// `tb.tb_frame`: the frame's code and the line it was at.
pub struct FrameObj {
    /// `f_code`.
    pub code: Rc<CodeObject>,
    /// `f_lineno`.
    pub lineno: u32,
}

impl heap::Object for FrameObj {
    const NAME: &'static str = "frame";
    const TRACKED: bool = false;
}
