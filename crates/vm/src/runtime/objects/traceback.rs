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

/// `tb.tb_frame`, `gen.gi_frame`, `sys._getframe()`: the frame's code and the line it was
/// at; for `sys._getframe()`, also the calling frames (`f_back`) and the module namespace
/// the code runs in (`f_globals`), as they were when the record was made.
pub struct FrameObj {
    /// `f_code`.
    pub code: Rc<CodeObject>,
    /// `f_lineno`.
    pub lineno: u32,
    /// `f_back`: the caller's record (None: the outermost frame, or not recorded).
    pub back: Option<ObjRef>,
    /// `f_globals`, when known.
    pub globals: Option<ObjRef>,
}

impl heap::Object for FrameObj {
    const NAME: &'static str = "frame";
    fn traverse(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.back);
        v.visit(&self.globals);
    }
    fn clear(&self) {}
}
