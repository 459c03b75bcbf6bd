//! Interrupting the owner of a heap from another thread.
//!
//! A heap is single-threaded (`!Send`, `!Sync`), and its owner polls
//! [`Heap::safepoint_requested`](crate::Heap::safepoint_requested) at its safe points (an
//! interpreter's calls and backward jumps). An embedder that runs other threads, one at a
//! time, needs a way for a waiting thread to make the running one stop at its next safe
//! point (CPython's `gil_drop_request` in the eval breaker). An [`Interrupter`] is that
//! way: it can be sent to another thread and sets the heap's interrupt bit, an atomic byte
//! that is the only part of the heap it ever reaches.

use core::ptr::NonNull;
use core::sync::atomic::{AtomicU8, Ordering};

use crate::state::SAFEPOINT_INTERRUPT;

/// Sets a heap's interrupt request from any thread (see the module doc); made by
/// [`Heap::interrupter`](crate::Heap::interrupter).
#[derive(Clone, Copy, Debug)]
pub struct Interrupter {
    requests: NonNull<AtomicU8>,
}

// SAFETY: an `Interrupter` reaches nothing but one `AtomicU8`, which is `Sync`; whether that
// byte is still alive when it is used is the contract of `Interrupter::interrupt`.
unsafe impl Send for Interrupter {}
// SAFETY: as for `Send`: shared use only performs atomic operations on the byte.
unsafe impl Sync for Interrupter {}

impl Interrupter {
    pub(crate) fn new(requests: &AtomicU8) -> Interrupter {
        Interrupter {
            requests: NonNull::from(requests),
        }
    }

    /// Make the heap's next [`Heap::safepoint_requested`](crate::Heap::safepoint_requested)
    /// true; the owner clears the request with
    /// [`Heap::take_interrupt`](crate::Heap::take_interrupt).
    ///
    /// # Safety
    ///
    /// The heap this interrupter was made from must still be alive (its owner not yet
    /// dropped): the request byte lives in the heap's state.
    pub unsafe fn interrupt(&self) {
        // SAFETY: the caller guarantees the heap state, hence the byte, is alive; the byte
        // is only ever accessed atomically.
        let requests = unsafe { self.requests.as_ref() };
        requests.fetch_or(SAFEPOINT_INTERRUPT, Ordering::Relaxed);
    }
}
