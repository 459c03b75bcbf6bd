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
    /// The local variables of a frame the exception left (moved out of the dying frame):
    /// CPython's traceback keeps the frame, so what its locals reference lives as long as
    /// the traceback does (a `__del__` runs when the exception is dropped, not at the
    /// raise).
    pub locals: Vec<ObjRef>,
}

/// What the printed form of an uncaught `NameError`/`AttributeError` needs for CPython's
/// "Did you mean" hint (`runtime/suggestions.rs`).
pub enum Hint {
    /// A missing name and the closest visible one found when it was raised.
    Name {
        /// The missing name (`NameError.name`).
        name: String,
        /// The closest name, if any.
        suggestion: Option<String>,
    },
    /// `from module import name` failed (`ImportError.name_from`).
    ImportFrom {
        /// The module.
        module: ObjRef,
        /// The name that was not found.
        name: String,
    },
    /// A SyntaxError from `eval`/`exec`: CPython's rendering of the error location and
    /// message, printed after the traceback entries.
    Rendered(String),
    /// A missing attribute (`AttributeError.obj` / `.name`).
    Attr {
        /// The object.
        obj: ObjRef,
        /// The attribute name.
        name: String,
    },
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
    /// The "Did you mean" hint material, for the exceptions that have one.
    pub hint: RefCell<Option<Hint>>,
    /// `__traceback__` as last handed out: how many of `traceback`'s entries (innermost
    /// first) it covers, and its head (`runtime/tracebacks.rs`).
    pub tb_obj: RefCell<Option<(usize, ObjRef)>>,
    /// An exception group's `message` (a str) and `exceptions` (a non-empty tuple), set by
    /// `BaseExceptionGroup.__new__` (`runtime/exception_group.rs`).
    pub group: RefCell<Option<(ObjRef, ObjRef)>>,
}

impl ExcData {
    /// Report references.
    pub fn trace(&self, v: &mut heap::Visitor<'_>) {
        v.visit(&self.args);
        match self.traceback.try_borrow() {
            Ok(entries) => {
                for entry in entries.iter() {
                    for o in &entry.locals {
                        v.visit(o);
                    }
                }
            }
            Err(_) => v.mark_incomplete(),
        }
        v.visit(&self.cause);
        v.visit(&self.context);
        match self.tb_obj.try_borrow() {
            Ok(t) => {
                if let Some((_, tb)) = &*t {
                    v.visit(tb);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
        match self.group.try_borrow() {
            Ok(g) => {
                if let Some((msg, excs)) = &*g {
                    v.visit(msg);
                    v.visit(excs);
                }
            }
            Err(_) => v.mark_incomplete(),
        }
        match self.hint.try_borrow() {
            Ok(h) => match &*h {
                Some(Hint::Attr { obj, .. }) => v.visit(obj),
                Some(Hint::ImportFrom { module, .. }) => v.visit(module),
                _ => {}
            },
            Err(_) => v.mark_incomplete(),
        }
    }
    /// Drop references.
    pub fn clear(&self) {
        heap::Trace::clear_refs(&self.args);
        let old_locals: Vec<Vec<ObjRef>> = match self.traceback.try_borrow_mut() {
            Ok(mut entries) => entries
                .iter_mut()
                .map(|e| std::mem::take(&mut e.locals))
                .collect(),
            Err(_) => Vec::new(),
        };
        drop(old_locals);
        heap::Trace::clear_refs(&self.cause);
        heap::Trace::clear_refs(&self.context);
        let old_tb = self.tb_obj.try_borrow_mut().ok().and_then(|mut t| t.take());
        drop(old_tb);
        let old = self.hint.try_borrow_mut().ok().and_then(|mut h| h.take());
        drop(old);
        let old_group = self.group.try_borrow_mut().ok().and_then(|mut g| g.take());
        drop(old_group);
    }
}
