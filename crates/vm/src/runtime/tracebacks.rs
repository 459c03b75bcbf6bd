//! `exc.__traceback__` as a chain of `traceback` objects (`tb_next`, `tb_lineno`,
//! `tb_lasti`, `tb_frame` with `f_code` / `f_lineno`), and the `code` object attributes
//! (`co_name`, `co_filename`, ...) that walking one needs.
//!
//! An exception keeps its traceback as entries, innermost first (`ExcData::traceback`; the
//! eval loop appends one per frame the exception leaves, and the printed traceback reads
//! them). The objects are a view made on demand and cached on the exception: as CPython
//! prepends a traceback object per frame, a later read wraps the earlier chain in objects
//! for the entries added since, so a `tb` read earlier stays the tail of the new chain.

use heap::{Gc, ObjRef};

use super::objects::exception::TbEntry;
use super::objects::traceback::{FrameObj, TracebackObj};
use super::objects::*;
use super::{PyResult, Vm};

/// The exception `exc` leaves the frame of `code` with locals `slots` (no handler there):
/// the frame's traceback entry (the last one, added when the exception reached the frame)
/// takes its locals, which the dying frame would drop now.
pub fn keep_frame_locals(
    exc: &ObjRef,
    code: &std::rc::Rc<crate::bytecode::CodeObject>,
    slots: &mut [Option<ObjRef>],
) {
    let Some(inst) = exc.downcast_ref::<Instance>() else {
        return;
    };
    let Some(e) = inst.exc() else {
        return;
    };
    let Ok(mut entries) = e.traceback.try_borrow_mut() else {
        return;
    };
    if let Some(entry) = entries
        .last_mut()
        .filter(|t| std::rc::Rc::ptr_eq(&t.code, code))
    {
        entry
            .locals
            .extend(slots.iter_mut().filter_map(Option::take));
    }
}

impl Vm {
    /// `exc.__traceback__`: None when the exception has not been raised.
    pub fn exc_traceback(&self, e: &ExcData) -> PyResult {
        // Only the code and line of each entry (not its locals: no references taken).
        let entries: Vec<(std::rc::Rc<crate::bytecode::CodeObject>, u32)> = e
            .traceback
            .borrow()
            .iter()
            .map(|t| (t.code.clone(), t.idx))
            .collect();
        let cached = e.tb_obj.borrow().clone();
        let (mut done, mut head) = match cached {
            Some((n, h)) if n <= entries.len() => (n, Some(h)),
            _ => (0, None),
        };
        if done == entries.len() {
            return Ok(head.unwrap_or_else(|| self.none()));
        }
        while done < entries.len() {
            let (code, idx) = entries[done].clone();
            head = Some(self.alloc_obj(TracebackObj {
                code,
                idx,
                next: head,
            })?);
            done += 1;
        }
        let head = head.unwrap_or_else(|| self.none());
        *e.tb_obj.borrow_mut() = Some((done, head.clone()));
        Ok(head)
    }

    /// `exc.__traceback__ = tb` / `exc.with_traceback(tb)`: the entries become `tb`'s chain
    /// (None clears them, so the exception prints without a traceback).
    pub fn set_exc_traceback(&self, e: &ExcData, tb: &ObjRef) -> PyResult<()> {
        let mut entries = Vec::new();
        if !self.is_none(tb) {
            if !tb.is::<TracebackObj>() {
                return self.type_err("__traceback__ must be a traceback or None");
            }
            let mut cur = Some(tb.clone());
            while let Some(t) = cur {
                let Some(level) = t.downcast_ref::<TracebackObj>() else {
                    break;
                };
                entries.push(TbEntry {
                    code: level.code.clone(),
                    idx: level.idx,
                    locals: Vec::new(),
                });
                cur = level.next.clone();
            }
            // The chain runs outermost first; the entries innermost first.
            entries.reverse();
        }
        let n = entries.len();
        *e.traceback.borrow_mut() = entries;
        let old = e.tb_obj.replace((n > 0).then(|| (n, tb.clone())));
        drop(old);
        Ok(())
    }

    /// The attributes of traceback, frame and code objects; `Ok(None)`: not one of them
    /// (or no such attribute).
    pub fn tb_object_attr(&self, o: &ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        if let Some(tb) = o.downcast_ref::<TracebackObj>() {
            return Ok(Some(match name {
                "tb_next" => tb.next.clone().unwrap_or_else(|| self.none()),
                "tb_lineno" => self.new_int(i64::from(tb.code.line_of(tb.idx as usize)))?,
                // CPython's is a byte offset into its own bytecode: two bytes per unit.
                "tb_lasti" => self.new_int(i64::from(tb.idx) * 2)?,
                "tb_frame" => self.alloc_obj(FrameObj {
                    code: tb.code.clone(),
                    lineno: tb.code.line_of(tb.idx as usize),
                    back: None,
                    globals: None,
                })?,
                _ => return Ok(None),
            }));
        }
        if let Some(f) = o.downcast_ref::<FrameObj>() {
            return Ok(Some(match name {
                "f_code" => self.alloc_obj(CodeObj::new(f.code.clone()))?,
                "f_lineno" => self.new_int(i64::from(f.lineno))?,
                "f_back" => f.back.clone().unwrap_or_else(|| self.none()),
                "f_globals" => match &f.globals {
                    Some(g) => g.clone(),
                    None => return super::modules::sys_frames::no_namespace(self, "f_globals"),
                },
                "f_builtins" => Gc::to_obj(&self.builtins),
                "f_trace" => self.none(),
                // A module body's locals are its globals; a function's are not recorded.
                "f_locals" => match &f.globals {
                    Some(g) if f.code.name == "<module>" => g.clone(),
                    _ => return super::modules::sys_frames::no_namespace(self, "f_locals"),
                },
                _ => return Ok(None),
            }));
        }
        if let Some(c) = o.downcast_ref::<CodeObj>() {
            let c = &c.code;
            let names = |v: &[String]| -> PyResult {
                let items = v
                    .iter()
                    .map(|n| self.intern(n))
                    .collect::<PyResult<Vec<_>>>()?;
                self.new_tuple(items)
            };
            return Ok(Some(match name {
                "co_name" => self.intern(&c.name)?,
                "co_qualname" => self.new_str(&c.qualname)?,
                "co_filename" => self.new_str(&c.filename)?,
                "co_firstlineno" => self.new_int(i64::from(c.first_line))?,
                "co_argcount" => self.new_int(i64::from(c.argcount))?,
                "co_flags" => self.new_int(i64::from(c.flags))?,
                "co_posonlyargcount" => self.new_int(i64::from(c.posonlyargcount))?,
                "co_kwonlyargcount" => self.new_int(i64::from(c.kwonlyargcount))?,
                "co_varnames" => names(&c.varnames)?,
                "co_cellvars" => names(&c.cellvars)?,
                "co_freevars" => names(&c.freevars)?,
                "co_names" => names(&c.names)?,
                _ => return Ok(None),
            }));
        }
        Ok(None)
    }

    /// `repr` of a frame or code object (CPython's forms); None for other objects.
    pub fn tb_object_repr(&self, o: &ObjRef) -> Option<String> {
        let addr = o.addr();
        if let Some(f) = o.downcast_ref::<FrameObj>() {
            return Some(format!(
                "<frame at {addr:#x}, file '{}', line {}, code {}>",
                f.code.filename, f.lineno, f.code.name
            ));
        }
        if let Some(c) = o.downcast_ref::<CodeObj>() {
            return Some(format!(
                "<code object {} at {addr:#x}, file \"{}\", line {}>",
                c.code.name, c.code.filename, c.code.first_line
            ));
        }
        None
    }
}
