//! The `gc` module's API on [`Heap`]: collection, thresholds, counts, generations,
//! introspection (objects, referrers, referents), freezing, callbacks and debug flags.

use core::cell::RefCell;
use core::sync::atomic::Ordering;
use std::rc::Rc;

use crate::collector;
use crate::gclist;
use crate::generations::{CallbackInfo, GenStats, Phase, NUM_GENERATIONS};
use crate::handle::ObjRef;
use crate::header::{gc_of, header, is_gc, obj_of, type_of, ObjPtr, FLAG_FINALIZED};
use crate::heap::CallbackId;
use crate::refcount::process_deferred;
use crate::state::{SAFEPOINT_COLLECT, SAFEPOINT_INTERRUPT};
use crate::trace::{VisitMode, Visitor};
use crate::{Heap, HeapError};

impl Heap {
    /// Run `o`'s PEP 442 finalizer now, once, as a collection's `finalize_garbage` would
    /// for this one object (the embedder finalizes what is left at shutdown in the order
    /// CPython's last collection finds it). Returns whether a finalizer ran.
    pub fn finalize_now(&self, o: &ObjRef) -> bool {
        let obj = o.as_ptr();
        // SAFETY: `o` holds a reference, so the object is alive for the whole call (its
        // finalizer runs with that reference, as finalize_garbage's incref provides).
        unsafe {
            let hdr = header(obj);
            let cell = type_of(obj);
            let Some(finalize) = cell.finalize else {
                return false;
            };
            if hdr.flags.get() & FLAG_FINALIZED != 0 || !(cell.wants_finalize)(obj) {
                return false;
            }
            hdr.flags.set(hdr.flags.get() | FLAG_FINALIZED);
            let r = std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| finalize(obj)));
            if let Err(p) = r {
                self.state().write_unraisable(
                    &format!("Exception ignored in finalizer of {}", cell.slots.name),
                    p,
                );
            }
        }
        true
    }

    /// Run the collection scheduled by allocations, if any (the embedder's safe point; CPython
    /// runs it from the eval breaker). Returns what the collection returned, or 0. An
    /// interrupt request ([`Heap::take_interrupt`]) is left for the embedder.
    pub fn safepoint(&self) -> Result<usize, HeapError> {
        let state = self.state();
        let requests = &state.safepoint_requests;
        if requests.load(Ordering::Relaxed) & SAFEPOINT_COLLECT == 0 {
            return Ok(0);
        }
        requests.fetch_and(!SAFEPOINT_COLLECT, Ordering::Relaxed);
        if !state.enabled.get() || state.collecting.get() || state.guard.get() > 0 {
            return Ok(0);
        }
        state.collecting.set(true);
        let r = collector::collect_generations(self);
        state.collecting.set(false);
        r
    }

    /// Whether an automatic collection is waiting for [`Heap::safepoint`].
    #[inline]
    pub fn collection_pending(&self) -> bool {
        self.state().safepoint_requests.load(Ordering::Relaxed) & SAFEPOINT_COLLECT != 0
    }

    /// Whether the next safe point has anything to do: a collection is pending or another
    /// thread asked for an interrupt. One relaxed byte load (a plain load on x86-64 and
    /// AArch64): the poll an eval loop makes on every call and backward jump.
    #[inline(always)]
    pub fn safepoint_requested(&self) -> bool {
        self.state().safepoint_requests.load(Ordering::Relaxed) != 0
    }

    /// Clear an interrupt request made through an [`Interrupter`](crate::Interrupter);
    /// true when there was one.
    pub fn take_interrupt(&self) -> bool {
        let requests = &self.state().safepoint_requests;
        requests.fetch_and(!SAFEPOINT_INTERRUPT, Ordering::Relaxed) & SAFEPOINT_INTERRUPT != 0
    }

    /// Ask this heap's next safe point to stop for an interrupt, from the owner's own
    /// thread (other threads use an [`Interrupter`](crate::Interrupter)).
    pub fn request_interrupt(&self) {
        let requests = &self.state().safepoint_requests;
        requests.fetch_or(SAFEPOINT_INTERRUPT, Ordering::Relaxed);
    }

    /// A handle other threads can use to make [`Heap::safepoint_requested`] true.
    pub fn interrupter(&self) -> crate::Interrupter {
        crate::Interrupter::new(&self.state().safepoint_requests)
    }

    /// `gc.collect(generation)`: collect generations `0..=generation`; returns the number of
    /// unreachable objects found plus the uncollectable ones. 0 if a collection is already
    /// running. Generation must be 0, 1 or 2.
    pub fn collect(&self, generation: usize) -> Result<usize, HeapError> {
        if generation >= NUM_GENERATIONS {
            return Err(HeapError::InvalidGeneration(generation));
        }
        let state = self.state();
        if state.collecting.get() || state.guard.get() > 0 {
            return Ok(0);
        }
        state.collecting.set(true);
        let r = collector::collect_with_callback(self, generation);
        state.collecting.set(false);
        r
    }

    /// `gc.enable()`.
    pub fn enable(&self) {
        self.state().enabled.set(true);
    }

    /// `gc.disable()`.
    pub fn disable(&self) {
        self.state().enabled.set(false);
    }

    /// `gc.isenabled()`.
    #[inline]
    pub fn is_enabled(&self) -> bool {
        self.state().enabled.get()
    }

    /// `gc.get_count()`.
    pub fn get_count(&self) -> (usize, usize, usize) {
        let g = &self.state().generations;
        (g[0].count.get(), g[1].count.get(), g[2].count.get())
    }

    /// `gc.get_threshold()`.
    pub fn get_threshold(&self) -> (i32, i32, i32) {
        let g = &self.state().generations;
        (
            g[0].threshold.get(),
            g[1].threshold.get(),
            g[2].threshold.get(),
        )
    }

    /// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`: one to three values.
    pub fn set_threshold(&self, thresholds: &[i32]) -> Result<(), HeapError> {
        if thresholds.is_empty() || thresholds.len() > NUM_GENERATIONS {
            return Err(HeapError::InvalidThresholds(thresholds.len()));
        }
        for (g, &t) in self.state().generations.iter().zip(thresholds) {
            g.threshold.set(t);
        }
        Ok(())
    }

    /// Set the threshold of one generation (CPython's `set_threshold` stores each value as
    /// soon as it has parsed it).
    pub fn set_generation_threshold(&self, generation: usize, t: i32) -> Result<(), HeapError> {
        match self.state().generations.get(generation) {
            Some(g) => {
                g.threshold.set(t);
                Ok(())
            }
            None => Err(HeapError::InvalidGeneration(generation)),
        }
    }

    /// `gc.get_stats()`.
    pub fn get_stats(&self) -> [GenStats; NUM_GENERATIONS] {
        let s = &self.state().stats;
        [s[0].get(), s[1].get(), s[2].get()]
    }

    /// `gc.get_debug()`.
    pub fn get_debug(&self) -> u32 {
        self.state().debug.get()
    }

    /// `gc.set_debug(flags)`; see [`DEBUG_SAVEALL`](crate::DEBUG_SAVEALL).
    pub fn set_debug(&self, flags: u32) {
        self.state().debug.set(flags);
    }

    /// Install (or remove) what is shown, borrowed, each object a collection is about to
    /// free (or save) while [`DEBUG_COLLECTABLE`](crate::DEBUG_COLLECTABLE) is set: after
    /// finalizers and resurrection, as CPython's `debug_cycle("collectable", ..)`. It runs
    /// inside the collection, so it must only read the object (no allocation on this heap,
    /// no releases).
    pub fn set_collectable_observer(&self, observer: Option<crate::CollectableObserver>) {
        *self.state().collectable_observer.borrow_mut() = observer;
    }

    /// `gc.garbage`: objects saved by `DEBUG_SAVEALL` (a copy of the list; see
    /// [`Heap::take_garbage`]).
    pub fn garbage(&self) -> Vec<ObjRef> {
        self.state().garbage.borrow().clone()
    }

    /// Empty `gc.garbage`, returning its objects.
    pub fn take_garbage(&self) -> Vec<ObjRef> {
        core::mem::take(&mut *self.state().garbage.borrow_mut())
    }

    fn check_walkable(&self, what: &'static str) -> Result<(), HeapError> {
        if self.state().guard.get() > 0 {
            Err(HeapError::Busy(what))
        } else {
            Ok(())
        }
    }

    /// `gc.get_objects(generation=None)`: the tracked objects of one generation, or of all
    /// three (the permanent generation is not included, as in CPython).
    pub fn get_objects(&self, generation: Option<usize>) -> Result<Vec<ObjRef>, HeapError> {
        self.check_walkable("get_objects")?;
        let range = match generation {
            Some(g) if g >= NUM_GENERATIONS => return Err(HeapError::GenerationOutOfRange(g)),
            Some(g) => g..g + 1,
            None => 0..NUM_GENERATIONS,
        };
        let state = self.state();
        let mut out = Vec::new();
        for g in range {
            let list = state.gen_list(g);
            // SAFETY: lists are whole (no guard); creating handles runs no user code.
            unsafe {
                let mut gc = gclist::next(list);
                while gc != list {
                    out.push(ObjRef::new_ref(obj_of(gc)));
                    gc = gclist::next(gc);
                }
            }
        }
        Ok(out)
    }

    /// Number of objects in each generation, plus the permanent one (cheaper than
    /// `get_objects`).
    pub fn generation_sizes(&self) -> Result<[usize; 4], HeapError> {
        self.check_walkable("generation_sizes")?;
        let s = self.state();
        Ok([
            s.generations[0].len(),
            s.generations[1].len(),
            s.generations[2].len(),
            s.permanent.len(),
        ])
    }

    /// `gc.get_referrers(*objs)`: tracked objects (generations 0–2) that refer to any of
    /// `targets`.
    pub fn get_referrers(&self, targets: &[ObjRef]) -> Result<Vec<ObjRef>, HeapError> {
        self.check_walkable("get_referrers")?;
        let state = self.state();
        let targets: Vec<ObjPtr> = targets.iter().map(|t| t.as_ptr()).collect();
        let mut found: Vec<ObjRef> = Vec::new();
        let mut failure = None;
        state.guard.set(state.guard.get() + 1);
        for g in 0..NUM_GENERATIONS {
            let list = state.gen_list(g);
            // SAFETY: the guard keeps traverse slots from changing the lists we walk.
            unsafe {
                let mut gc = gclist::next(list);
                while gc != list {
                    let obj = obj_of(gc);
                    let mut v = Visitor::new(VisitMode::Find(&targets, false));
                    let f = type_of(obj).traverse;
                    let r =
                        std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| f(obj, &mut v)));
                    if let Err(p) = r {
                        failure.get_or_insert(crate::state::panic_message(&p));
                    }
                    if let VisitMode::Find(_, true) = v.mode {
                        found.push(ObjRef::new_ref(obj));
                    }
                    gc = gclist::next(gc);
                }
            }
        }
        state.guard.set(state.guard.get() - 1);
        process_deferred(state);
        match failure {
            Some(f) => Err(HeapError::TraverseFailed(f)),
            None => Ok(found),
        }
    }

    /// `gc.get_referents(*objs)`: the objects directly referred to by `objs` (only tracked
    /// objects are traversed, as in CPython).
    pub fn get_referents(&self, objs: &[ObjRef]) -> Result<Vec<ObjRef>, HeapError> {
        self.check_walkable("get_referents")?;
        let state = self.state();
        let mut ptrs = Vec::new();
        let mut failure = None;
        state.guard.set(state.guard.get() + 1);
        for o in objs {
            let obj = o.as_ptr();
            // SAFETY: `o` keeps the object alive; the guard defers frees.
            unsafe {
                if !is_gc(obj) {
                    continue;
                }
                let mut v = Visitor::new(VisitMode::Collect(&mut ptrs));
                let f = type_of(obj).traverse;
                let r = std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| f(obj, &mut v)));
                if let Err(p) = r {
                    failure.get_or_insert(crate::state::panic_message(&p));
                }
            }
        }
        // SAFETY: referents reported by live objects are live (the guard defers frees).
        let out: Vec<ObjRef> = ptrs
            .into_iter()
            .map(|p| unsafe { ObjRef::new_ref(p) })
            .collect();
        state.guard.set(state.guard.get() - 1);
        process_deferred(state);
        match failure {
            Some(f) => Err(HeapError::TraverseFailed(f)),
            None => Ok(out),
        }
    }

    /// `gc.freeze()`: move every tracked object to the permanent generation, which
    /// collections ignore.
    pub fn freeze(&self) -> Result<(), HeapError> {
        self.check_walkable("freeze")?;
        let state = self.state();
        for g in 0..NUM_GENERATIONS {
            // SAFETY: lists are whole.
            unsafe { gclist::merge(state.gen_list(g), state.permanent.list()) };
        }
        state.generations[0].count.set(0);
        Ok(())
    }

    /// `gc.unfreeze()`: move the permanent generation back into the oldest one.
    pub fn unfreeze(&self) -> Result<(), HeapError> {
        self.check_walkable("unfreeze")?;
        let state = self.state();
        // SAFETY: lists are whole.
        unsafe { gclist::merge(state.permanent.list(), state.gen_list(NUM_GENERATIONS - 1)) };
        Ok(())
    }

    /// `gc.get_freeze_count()`.
    pub fn get_freeze_count(&self) -> Result<usize, HeapError> {
        self.check_walkable("get_freeze_count")?;
        Ok(self.state().permanent.len())
    }

    /// `PyObject_GC_UnTrack`: stop tracking a container (for example a tuple or dict that
    /// holds no trackable objects, as CPython does). Its references are then invisible to
    /// the collector, so a cycle through it is never collected. No-op for untracked objects;
    /// refused inside a traverse slot.
    pub fn untrack(&self, obj: &ObjRef) -> Result<(), HeapError> {
        self.check_walkable("untrack")?;
        let p = obj.as_ptr();
        // SAFETY: `obj` keeps the object alive; the lists are whole outside the guard.
        unsafe {
            if is_gc(p) && gclist::is_tracked(gc_of(p)) {
                gclist::remove(gc_of(p));
            }
        }
        Ok(())
    }

    /// `PyObject_GC_Track`: track a container again (it joins generation 0). No-op if it is
    /// tracked already or its type is not a container; refused inside a traverse slot.
    pub fn track(&self, obj: &ObjRef) -> Result<(), HeapError> {
        self.check_walkable("track")?;
        let p = obj.as_ptr();
        // SAFETY: as in `untrack`.
        unsafe {
            if is_gc(p) && !gclist::is_tracked(gc_of(p)) {
                gclist::append(gc_of(p), self.state().gen_list(0));
            }
        }
        Ok(())
    }

    /// `gc.is_tracked(obj)`.
    pub fn is_tracked(&self, obj: &ObjRef) -> bool {
        obj.is_tracked()
    }

    /// `gc.is_finalized(obj)`.
    pub fn is_finalized(&self, obj: &ObjRef) -> bool {
        obj.is_finalized()
    }

    /// Append to `gc.callbacks`: `f(heap, phase, info)` is called before (`Start`) and after
    /// (`Stop`) every collection.
    pub fn add_callback(&self, f: impl FnMut(&Heap, Phase, &CallbackInfo) + 'static) -> CallbackId {
        let state = self.state();
        let id = state.next_callback_id.get();
        state.next_callback_id.set(id + 1);
        let cb: crate::state::Callback = Rc::new(RefCell::new(f));
        state.callbacks.borrow_mut().push((id, cb));
        CallbackId(id)
    }

    /// Remove a callback; false if it was not registered.
    pub fn remove_callback(&self, id: CallbackId) -> bool {
        let mut cbs = self.state().callbacks.borrow_mut();
        let before = cbs.len();
        cbs.retain(|(i, _)| *i != id.0);
        cbs.len() != before
    }
}
