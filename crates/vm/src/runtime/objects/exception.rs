//! Exception state carried by exception instances: args, traceback, cause and context.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use heap::ObjRef;

use crate::bytecode::CodeObject;

/// One traceback entry: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TbEntry {
    /// The code.
    pub code: Rc<CodeObject>,
    /// Instruction index.
    pub idx: u32,
}

/// The exception part of an instance.
#[derive(Default)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: RefCell<Option<ObjRef>>,
    /// Traceback entries, innermost first.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__`.
    pub cause: RefCell<Option<ObjRef>>,
    /// `__context__`.
    pub context: RefCell<Option<ObjRef>>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
}

impl ExcData {
    /// Report references.
    pub fn trace(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.args);
        v.visit(&self.cause);
        v.visit(&self.context);
    }
    /// Drop references.
    pub fn clear(&self) {
        heap::Trace::clear_refs(&self.args);
        heap::Trace::clear_refs(&self.cause);
        heap::Trace::clear_refs(&self.context);
    }
}
