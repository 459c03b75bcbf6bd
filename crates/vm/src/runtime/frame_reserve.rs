//! Boxed frames kept for reuse by plain Python calls. A call that binds its arguments
//! positionally (`Vm::simple_call`) takes a finished frame from the reserve, writes its
//! references into it in place and runs it; the frame keeps its slot array and value stack
//! between calls, so a call moves no frame-sized value and allocates nothing. (Assembling a
//! 120-byte `Frame` on the Rust stack from pooled arrays, and handing it between helpers,
//! cost about a hundred instructions per call in moves alone.)
//!
//! A frame waiting in the reserve holds no reference that Python can observe: its code and
//! globals are the reserve's own idle ones (an empty module's code, a private empty dict).

use std::rc::Rc;

use heap::Gc;

use super::frame::{CodeData, Frame};
use super::objects::{DictObj, FuncObj};
use super::Vm;

/// How many finished frames the reserve keeps (deeper recursion allocates the rest).
const RESERVE_LIMIT: usize = 256;

/// Finished frames, kept for the next calls (see the module doc).
pub struct FrameReserve {
    // Boxed on purpose: a frame changes hands as one pointer, never as a 120-byte move. A
    // fixed array and a count rather than a `Vec`: `Vec::push` was an out-of-line call on
    // every return (about 14 instructions per call, callgrind, fib).
    free: Box<[Option<Box<Frame>>]>,
    len: usize,
    /// The code and globals of a frame waiting here. `None` until the VM has installed
    /// them: finished frames are then simply freed.
    idle: Option<(Rc<CodeData>, Gc<DictObj>)>,
}

impl Default for FrameReserve {
    fn default() -> Self {
        FrameReserve {
            free: (0..RESERVE_LIMIT).map(|_| None).collect(),
            len: 0,
            idle: None,
        }
    }
}

impl FrameReserve {
    /// A finished frame, if one is kept.
    #[inline(always)]
    fn take(&mut self) -> Option<Box<Frame>> {
        let i = self.len.checked_sub(1)?;
        self.len = i;
        self.free.get_mut(i)?.take()
    }

    /// Keep a finished frame, unless the reserve is full (then it is freed).
    #[inline(always)]
    fn give(&mut self, frame: Box<Frame>) {
        if let Some(slot) = self.free.get_mut(self.len) {
            // The slot is empty (`take` left it so): nothing to drop.
            std::mem::forget(slot.replace(frame));
            self.len += 1;
        }
    }
}

/// Install the reserve's idle code and globals (at start-up).
pub fn install(vm: &Vm) {
    let Ok(code) = crate::compile("", "<idle frame>", crate::Mode::Exec) else {
        return;
    };
    if let (Ok(data), Ok(globals)) = (vm.code_data(&code), vm.new_dict()) {
        vm.frame_reserve.borrow_mut().idle = Some((data, globals));
    }
}

impl Vm {
    /// A frame for a call of `fo` with all slots unbound and room for its deepest stack: a
    /// finished one from the reserve when there is one. Give it back with
    /// [`Vm::release_frame`].
    #[inline(always)]
    pub(crate) fn reserved_frame(&self, fo: &FuncObj) -> Box<Frame> {
        let code = &fo.code;
        let reused = self.frame_reserve.borrow_mut().take();
        let mut frame = match reused {
            Some(mut frame) => {
                // Replacing the idle code and globals drops references to the reserve's
                // own objects only.
                frame.data = fo.data.clone();
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
        if frame.slots.len() != n {
            // Finished frames keep their slot arrays unbound, so a frame the size of the
            // last one needs no resize.
            frame.slots.resize(n, None);
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
        let idle = self
            .frame_reserve
            .borrow()
            .idle
            .as_ref()
            .map(|(d, g)| (d.clone(), g.clone()));
        let Some((idle_data, idle_globals)) = idle else {
            drop(frame);
            drop((closure, locals));
            return;
        };
        let data = std::mem::replace(&mut frame.data, idle_data);
        let globals = std::mem::replace(&mut frame.globals, idle_globals);
        if frame.slots.capacity() <= 64
            && frame.stack.capacity() <= 64
            && frame.blocks.capacity() <= 16
        {
            self.frame_reserve.borrow_mut().give(frame);
        }
        drop(data);
        drop(globals);
        drop(closure);
        drop(locals);
    }
}
