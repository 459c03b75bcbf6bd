//! Boxed frames kept for reuse by plain Python calls. A call that binds its arguments
//! positionally (`Vm::simple_call`) takes a finished frame from the reserve, writes its
//! references into it in place and runs it; the frame keeps its slot array and value stack
//! between calls, so a call moves no frame-sized value and allocates nothing. (Assembling a
//! 120-byte `Frame` on the Rust stack from pooled arrays, and handing it between helpers,
//! cost about a hundred instructions per call in moves alone.)
//!
//! A frame waiting in the reserve holds no reference that Python can observe: its globals
//! are the reserve's own private empty dict. It keeps the code data of its last call
//! (constants and names, not a Python object): the next call of the same code, the usual
//! case in a loop or a recursion, then sets no code at all.

use std::cell::{Cell, OnceCell};
use std::rc::Rc;

use heap::Gc;

use super::frame::Frame;
use super::objects::{DictObj, FuncObj};
use super::Vm;

/// How many finished frames the reserve keeps (deeper recursion allocates the rest).
const RESERVE_LIMIT: usize = 256;

/// Finished frames, kept for the next calls (see the module doc). Cells, not a `RefCell`:
/// taking and giving a frame call nothing, so they need no borrow flag (three checks per
/// call otherwise).
pub struct FrameReserve {
    // Boxed on purpose: a frame changes hands as one pointer, never as a 120-byte move. A
    // fixed array and a count rather than a `Vec`: `Vec::push` was an out-of-line call on
    // every return (about 14 instructions per call, callgrind, fib).
    free: Box<[Cell<Option<Box<Frame>>>]>,
    len: Cell<usize>,
    /// The globals of a frame waiting here. Unset until the VM has installed it: finished
    /// frames are then simply freed.
    idle_globals: OnceCell<Gc<DictObj>>,
}

impl Default for FrameReserve {
    fn default() -> Self {
        FrameReserve {
            free: (0..RESERVE_LIMIT).map(|_| Cell::new(None)).collect(),
            len: Cell::new(0),
            idle_globals: OnceCell::new(),
        }
    }
}

impl FrameReserve {
    /// A finished frame, if one is kept.
    #[inline(always)]
    fn take(&self) -> Option<Box<Frame>> {
        let i = self.len.get().checked_sub(1)?;
        self.len.set(i);
        self.free.get(i)?.take()
    }

    /// Keep a finished frame, unless the reserve is full (then it is given back).
    #[inline(always)]
    fn give(&self, frame: Box<Frame>) -> Option<Box<Frame>> {
        let len = self.len.get();
        match self.free.get(len) {
            Some(slot) => {
                // The slot is empty (`take` left it so): nothing to drop.
                std::mem::forget(slot.replace(Some(frame)));
                self.len.set(len + 1);
                None
            }
            None => Some(frame),
        }
    }
}

/// Install the reserve's idle code and globals (at start-up).
pub fn install(vm: &Vm) {
    if let Ok(globals) = vm.new_dict() {
        let _ = vm.frame_reserve.idle_globals.set(globals);
    }
}

impl Vm {
    /// A frame for a call of `fo` with all slots unbound and room for its deepest stack: a
    /// finished one from the reserve when there is one. Give it back with
    /// [`Vm::release_frame`].
    #[inline(always)]
    pub(crate) fn reserved_frame(&self, fo: &FuncObj) -> Box<Frame> {
        let code = &fo.code;
        let reused = self.frame_reserve.take();
        let mut frame = match reused {
            Some(mut frame) => {
                if !Rc::ptr_eq(&frame.data, &fo.data) {
                    frame.data = fo.data.clone();
                }
                // Replacing the idle globals drops a reference to the reserve's own dict.
                frame.globals = fo.globals.clone();
                if let Some(c) = &fo.closure {
                    // Written only when there is one: an assignment would first drop the
                    // frame's (always empty) old closure, through an out-of-line call.
                    frame.closure.get_or_insert_with(|| c.clone());
                }
                frame
            }
            None => Box::new(Frame {
                data: fo.data.clone(),
                slots: Vec::new(),
                stack: heap::ValueStack::new(),
                blocks: Vec::new(),
                globals: fo.globals.clone(),
                locals: None,
                closure: fo.closure.clone(),
                lasti: 0,
            }),
        };
        let n = code.n_slots as usize;
        let len = frame.slots.len();
        if len != n {
            // Finished frames keep their slot arrays unbound, so a frame the size of the
            // last one needs no resize. (`truncate`/`resize_with` inline; `resize` was an
            // out-of-line call per call site alternating between two functions.)
            if len > n {
                frame.slots.truncate(n);
            } else {
                frame.slots.resize_with(n, || None);
            }
        }
        frame.stack.reserve(code.max_stack as usize);
        frame
    }

    /// A frame from [`Vm::reserved_frame`] has run: drop what it holds (its slots first,
    /// then its stack, as a returning call does) and keep it for the next call. No borrow
    /// of the reserve is held while references are dropped: a finalizer may call functions.
    #[inline(always)]
    pub(crate) fn release_frame(&self, mut frame: Box<Frame>) {
        for s in &mut frame.slots {
            *s = None;
        }
        while let Some(v) = frame.stack.pop() {
            drop(v);
        }
        frame.lasti = 0;
        let closure = frame.closure.take();
        let locals = frame.locals.take();
        // The block stack is empty once a frame has returned or raised (both unwind it);
        // it keeps its array for the next call.
        debug_assert!(frame.blocks.is_empty());
        let Some(idle_globals) = self.frame_reserve.idle_globals.get().cloned() else {
            drop(frame);
            drop((closure, locals));
            return;
        };
        let globals = std::mem::replace(&mut frame.globals, idle_globals);
        let unkept = if frame.slots.capacity() <= 64
            && frame.stack.capacity() <= 64
            && frame.blocks.capacity() <= 16
        {
            self.frame_reserve.give(frame)
        } else {
            Some(frame)
        };
        drop(unkept);
        drop(globals);
        drop(closure);
        drop(locals);
    }
}
