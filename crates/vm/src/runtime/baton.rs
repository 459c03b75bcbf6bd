//! The baton: which thread of control may run Python code, and who runs next.
//!
//! ```text
//!          register()                 block(deadline) / yield_now()
//!   new ──────────────► Ready ◄───────────────────────────── Running (the holder)
//!                        ▲  │ hand-off: the front of `ready`          │
//!      wake() / deadline │  └────────────────────────────────────────►│
//!                        │                                            │ block(deadline)
//!                     Blocked(deadline) ◄─────────────────────────────┘
//! ```
//!
//! Every Python thread is an OS thread, but only the *holder* of the baton runs; the others
//! wait on their own condition variable. The baton changes hands only when its holder
//! blocks (a lock it cannot take, a sleep, a join: [`Baton::block`]), yields
//! ([`Baton::yield_now`]: `time.sleep(0)` and the periodic switch) or ends
//! ([`Baton::exit`]). It then goes to the thread at the front of the `ready` queue, in the
//! order threads became ready, so a program whose threads only switch at those points runs
//! the same way every time.
//!
//! Waiting is the scheduler's own business, not the OS's: a thread blocked on a Python lock
//! is `Blocked` here and the lock keeps its key in a waiting list; the thread that releases
//! the lock calls [`Baton::wake`], which queues it as `Ready`. A `Blocked` thread with a
//! deadline wakes itself when the deadline passes (its condition variable wait times out)
//! and queues itself, or takes the baton at once when nobody holds it (everybody else was
//! blocked too: the program was sleeping).
//!
//! Two consequences of knowing every waiter:
//! * Deadlock is detected, not suffered: when the holder blocks without a deadline while no
//!   thread is ready and no blocked thread has a deadline, nothing could ever wake anybody,
//!   and [`Baton::block`] refuses ([`Deadlock`]); the holder keeps the baton and reports
//!   it (CPython would hang).
//! * A thread waiting in `ready` for longer than the switch interval without any hand-off
//!   happening asks the holder to yield, through the heap's [`heap::Interrupter`]: the
//!   holder sees it at its next call or backward jump (the heap's safe-point poll, which the
//!   eval loop makes anyway), as CPython's eval breaker sees `gil_drop_request`. A thread
//!   spinning in `while not done: pass` therefore lets the others run.
//!
//! At interpreter exit the main thread calls [`Baton::finalize`]: from then on it keeps the
//! baton for good, and every other thread stays parked in its wait, whatever it waits for.
//!
//! This module is plain `std` synchronisation and knows nothing of the VM; `threads.rs`
//! puts the VM's per-thread state aside and back around these calls.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// A thread's key in the scheduler: 0 is the thread that made the baton (the main
/// thread); keys are never reused.
pub type Key = u64;

/// The key of the thread that created the baton.
pub const MAIN: Key = 0;

/// Where a thread is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Status {
    /// Holding the baton.
    Running,
    /// In the `ready` queue.
    Ready,
    /// Waiting to be woken, or for its deadline.
    Blocked(Option<Instant>),
}

struct Entry {
    /// Signalled when the thread gets the baton (or should look at its deadline again).
    cv: Arc<Condvar>,
    status: Status,
}

/// Interpreter-wide values that the runtime keeps in thread-locals, handed over with the
/// baton: each thread stores its values when it lets go and loads them when it resumes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Carry {
    /// `sys.set_int_max_str_digits`.
    pub int_max_str_digits: usize,
}

/// The holder blocked with no deadline while every other thread was blocked without one.
#[derive(Debug, PartialEq, Eq)]
pub struct Deadlock;

/// Starting a thread after [`Baton::finalize`].
#[derive(Debug, PartialEq, Eq)]
pub struct Finalizing;

struct Schedule {
    holder: Option<Key>,
    ready: VecDeque<Key>,
    threads: HashMap<Key, Entry>,
    next_key: Key,
    /// Set by [`Baton::finalize`]: only `finalizer` runs from then on.
    finalizing: bool,
    finalizer: Key,
    /// Hand-offs so far (a waiting thread asks for a switch only when none happened
    /// during its interval).
    handoffs: u64,
    switch_interval: Duration,
    interrupter: Option<heap::Interrupter>,
    carry: Carry,
}

impl Schedule {
    fn entry(&mut self, k: Key) -> Option<&mut Entry> {
        self.threads.get_mut(&k)
    }

    /// Give the baton to the first ready thread (or to nobody).
    fn hand_off(&mut self) {
        self.holder = None;
        while let Some(k) = self.ready.pop_front() {
            if let Some(e) = self.threads.get_mut(&k) {
                e.status = Status::Running;
                e.cv.notify_one();
                self.holder = Some(k);
                self.handoffs += 1;
                return;
            }
        }
    }

    /// Queue `k` as ready; it takes the baton at once if nobody holds it. Its thread is
    /// woken either way, to start timing its wait (the periodic switch request).
    fn make_ready(&mut self, k: Key) {
        if let Some(e) = self.entry(k) {
            e.status = Status::Ready;
            e.cv.notify_one();
            self.ready.push_back(k);
            if self.holder.is_none() {
                self.hand_off();
            }
        }
    }

    /// Whether a thread that is not ready could still become ready by itself.
    fn someone_has_deadline(&self) -> bool {
        self.threads
            .values()
            .any(|e| matches!(e.status, Status::Blocked(Some(_))))
    }
}

/// The baton and the schedule of the threads that pass it (see the module doc).
pub struct Baton {
    schedule: Mutex<Schedule>,
}

impl Baton {
    /// A baton held by the calling thread, which becomes [`MAIN`]. `interrupter` asks the
    /// holder to reach a safe point (the periodic switch); `None` switches only at blocking
    /// points.
    pub fn new(
        interrupter: Option<heap::Interrupter>,
        switch_interval: Duration,
        carry: Carry,
    ) -> Baton {
        let mut threads = HashMap::new();
        threads.insert(
            MAIN,
            Entry {
                cv: Arc::new(Condvar::new()),
                status: Status::Running,
            },
        );
        Baton {
            schedule: Mutex::new(Schedule {
                holder: Some(MAIN),
                ready: VecDeque::new(),
                threads,
                next_key: MAIN + 1,
                finalizing: false,
                finalizer: MAIN,
                handoffs: 0,
                switch_interval,
                interrupter,
                carry,
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Schedule> {
        // No code panics while holding the mutex; should one ever, the schedule is still
        // consistent (every update is a single assignment), so carry on.
        self.schedule.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Holder: a new thread, ready to run after those already ready.
    pub fn register(&self) -> Result<Key, Finalizing> {
        let mut s = self.lock();
        if s.finalizing {
            return Err(Finalizing);
        }
        let k = s.next_key;
        s.next_key += 1;
        s.threads.insert(
            k,
            Entry {
                cv: Arc::new(Condvar::new()),
                status: Status::Ready,
            },
        );
        s.ready.push_back(k);
        Ok(k)
    }

    /// Holder: forget a registered thread that never started (its OS thread could not be
    /// made).
    pub fn forget(&self, k: Key) {
        let mut s = self.lock();
        s.threads.remove(&k);
        s.ready.retain(|&r| r != k);
    }

    /// A registered thread, not yet running: wait for its first turn.
    pub fn first_turn(&self, me: Key) -> Carry {
        let s = self.wait_turn(self.lock(), me);
        s.carry
    }

    /// Holder: let go of the baton until another thread calls [`Baton::wake`] for `me` or
    /// `deadline` passes, then wait for it again. Refuses ([`Deadlock`]) to wait for ever
    /// when nobody could wake `me`; the caller then still holds the baton. After
    /// [`Baton::finalize`], the finalizing thread just sleeps until `deadline`.
    pub fn block(
        &self,
        me: Key,
        deadline: Option<Instant>,
        carry: &mut Carry,
    ) -> Result<(), Deadlock> {
        let mut s = self.lock();
        if s.finalizing {
            drop(s);
            return match deadline {
                Some(d) => {
                    sleep_until(d);
                    Ok(())
                }
                None => Err(Deadlock),
            };
        }
        if deadline.is_none() && s.ready.is_empty() && !s.someone_has_deadline() {
            return Err(Deadlock);
        }
        s.carry = *carry;
        if let Some(e) = s.entry(me) {
            e.status = Status::Blocked(deadline);
        }
        s.hand_off();
        let s = self.wait_turn(s, me);
        *carry = s.carry;
        Ok(())
    }

    /// Holder: make a blocked thread ready (nothing happens to a thread that is not
    /// blocked, or gone).
    pub fn wake(&self, k: Key) {
        let mut s = self.lock();
        if matches!(s.entry(k).map(|e| e.status), Some(Status::Blocked(_))) {
            s.make_ready(k);
        }
    }

    /// Holder: let every thread that is ready now run before `me` runs again. False (and
    /// no switch) when none is ready.
    pub fn yield_now(&self, me: Key, carry: &mut Carry) -> bool {
        let mut s = self.lock();
        if s.finalizing || s.ready.is_empty() {
            return false;
        }
        s.carry = *carry;
        if let Some(e) = s.entry(me) {
            e.status = Status::Ready;
        }
        s.ready.push_back(me);
        s.hand_off();
        let s = self.wait_turn(s, me);
        *carry = s.carry;
        true
    }

    /// Holder: `me` ends; the baton goes on. The caller must touch nothing the baton
    /// guards afterwards.
    pub fn exit(&self, me: Key, carry: Carry) {
        let mut s = self.lock();
        s.threads.remove(&me);
        s.ready.retain(|&r| r != me);
        if s.holder == Some(me) && !s.finalizing {
            s.carry = carry;
            s.hand_off();
        }
    }

    /// Holder: from now on `me` keeps the baton and no other thread runs again.
    pub fn finalize(&self, me: Key) {
        let mut s = self.lock();
        s.finalizing = true;
        s.finalizer = me;
    }

    /// Whether [`Baton::finalize`] was called.
    pub fn finalizing(&self) -> bool {
        self.lock().finalizing
    }

    /// `sys.setswitchinterval`.
    pub fn set_switch_interval(&self, d: Duration) {
        self.lock().switch_interval = d;
    }

    /// Registered threads (the main thread included).
    pub fn thread_count(&self) -> usize {
        self.lock().threads.len()
    }

    /// Wait until `me` holds the baton, waking at deadlines to queue itself and, while
    /// ready, asking the holder for a switch when none happens for a switch interval.
    fn wait_turn<'a>(
        &'a self,
        mut s: MutexGuard<'a, Schedule>,
        me: Key,
    ) -> MutexGuard<'a, Schedule> {
        loop {
            let Some(e) = s.threads.get(&me) else {
                // Not registered (cannot happen): do not wait for a turn that never comes.
                return s;
            };
            let cv = e.cv.clone();
            let status = e.status;
            if s.finalizing && s.finalizer != me {
                // Parked for good: the interpreter is going away under us.
                s = cv.wait(s).unwrap_or_else(PoisonError::into_inner);
                continue;
            }
            if s.holder == Some(me) {
                return s;
            }
            match status {
                Status::Blocked(Some(deadline)) => {
                    let now = Instant::now();
                    if now >= deadline {
                        s.make_ready(me);
                        continue;
                    }
                    s = cv
                        .wait_timeout(s, deadline - now)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0;
                }
                Status::Blocked(None) => {
                    s = cv.wait(s).unwrap_or_else(PoisonError::into_inner);
                }
                Status::Ready | Status::Running => {
                    if s.holder.is_none() {
                        // Cannot happen (whoever makes a thread ready with no holder hands
                        // the baton on), but never wait for a hand-off nobody will make.
                        s.hand_off();
                        continue;
                    }
                    let seen = s.handoffs;
                    let interval = s.switch_interval;
                    let (g, waited) = cv
                        .wait_timeout(s, interval)
                        .unwrap_or_else(PoisonError::into_inner);
                    s = g;
                    let still_first = s.ready.front() == Some(&me);
                    if waited.timed_out()
                        && s.handoffs == seen
                        && still_first
                        && s.holder.is_some()
                        && !s.finalizing
                    {
                        if let Some(i) = &s.interrupter {
                            interrupt(i);
                        }
                    }
                }
            }
        }
    }
}

/// Ask the holder for a switch at its next safe point.
fn interrupt(i: &heap::Interrupter) {
    // SAFETY: `Interrupter::interrupt` needs the heap to be alive. The interrupter is the
    // heap's of the VM that made this baton, and only threads of that VM wait here: each
    // of them holds a strong reference to the VM (threads.rs: the main thread's caller owns
    // it while Python code runs; every other thread keeps an `Rc<Vm>` until it exits), so
    // while this thread waits, the VM and its heap are alive. After `finalize` nobody
    // interrupts.
    unsafe { i.interrupt() }
}

/// Sleep until `d` (in pieces if the OS wakes us early).
pub fn sleep_until(d: Instant) {
    loop {
        let now = Instant::now();
        if now >= d {
            return;
        }
        std::thread::sleep(d - now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn baton() -> Arc<Baton> {
        Arc::new(Baton::new(None, Duration::from_millis(5), Carry::default()))
    }

    /// Runs `body` on a new OS thread registered as `k`, once it has the baton; the thread
    /// exits afterwards.
    fn spawn(
        b: &Arc<Baton>,
        body: impl FnOnce(&Baton, Key) + Send + 'static,
    ) -> std::thread::JoinHandle<()> {
        let k = b.register().unwrap();
        let b = b.clone();
        std::thread::spawn(move || {
            let carry = b.first_turn(k);
            body(&b, k);
            b.exit(k, carry);
        })
    }

    #[test]
    fn threads_run_in_the_order_they_became_ready() {
        let b = baton();
        let log = Arc::new(Mutex::new(Vec::new()));
        let mut handles = Vec::new();
        for i in 0..3 {
            let log = log.clone();
            handles.push(spawn(&b, move |b, k| {
                log.lock().unwrap().push(format!("{i}a"));
                assert!(b.yield_now(k, &mut Carry::default()) || i == 2);
                log.lock().unwrap().push(format!("{i}b"));
            }));
        }
        // Main yields until everybody is done.
        let mut carry = Carry::default();
        while b.thread_count() > 1 {
            b.yield_now(MAIN, &mut carry);
        }
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(
            *log.lock().unwrap(),
            ["0a", "1a", "2a", "0b", "1b", "2b"],
            "FIFO hand-offs"
        );
    }

    #[test]
    fn a_woken_thread_runs_when_the_holder_blocks() {
        let b = baton();
        let counter = Arc::new(AtomicUsize::new(0));
        let c = counter.clone();
        let h = spawn(&b, move |b, k| {
            // Wait for main to wake us.
            b.block(k, None, &mut Carry::default()).unwrap();
            c.fetch_add(1, Ordering::SeqCst);
            b.wake(MAIN);
        });
        let mut carry = Carry::default();
        // Let the thread run until it blocks.
        assert!(b.yield_now(MAIN, &mut carry));
        assert_eq!(counter.load(Ordering::SeqCst), 0);
        b.wake(1);
        b.block(MAIN, None, &mut carry).unwrap();
        assert_eq!(counter.load(Ordering::SeqCst), 1);
        h.join().unwrap();
    }

    #[test]
    fn blocking_with_nobody_to_wake_is_a_deadlock() {
        let b = baton();
        assert_eq!(b.block(MAIN, None, &mut Carry::default()), Err(Deadlock));
        // A thread blocked for ever does not help.
        let h = spawn(&b, |b, k| {
            let _ = b.block(k, None, &mut Carry::default());
        });
        let mut carry = Carry::default();
        assert!(b.yield_now(MAIN, &mut carry));
        assert_eq!(b.block(MAIN, None, &mut carry), Err(Deadlock));
        // A deadline does: main sleeps until it passes.
        let t0 = Instant::now();
        let d = t0 + Duration::from_millis(20);
        b.block(MAIN, Some(d), &mut carry).unwrap();
        assert!(Instant::now() >= d);
        b.wake(1);
        while b.thread_count() > 1 {
            b.yield_now(MAIN, &mut carry);
        }
        h.join().unwrap();
    }

    #[test]
    fn a_sleeper_wakes_itself_and_the_carry_travels() {
        let b = baton();
        let h = spawn(&b, |b, k| {
            let mut carry = Carry {
                int_max_str_digits: 7,
            };
            b.block(
                k,
                Some(Instant::now() + Duration::from_millis(10)),
                &mut carry,
            )
            .unwrap();
            assert_eq!(carry.int_max_str_digits, 9, "main's value");
            b.wake(MAIN);
        });
        let mut carry = Carry::default();
        assert!(b.yield_now(MAIN, &mut carry));
        assert_eq!(carry.int_max_str_digits, 7, "the sleeper's value");
        carry.int_max_str_digits = 9;
        b.block(MAIN, None, &mut carry).unwrap();
        h.join().unwrap();
    }

    #[test]
    fn after_finalize_other_threads_never_run() {
        let b = baton();
        let ran = Arc::new(AtomicUsize::new(0));
        let r = ran.clone();
        let k = b.register().unwrap();
        let b2 = b.clone();
        // Detached: it stays parked.
        std::thread::spawn(move || {
            b2.first_turn(k);
            r.fetch_add(1, Ordering::SeqCst);
        });
        b.finalize(MAIN);
        assert!(!b.yield_now(MAIN, &mut Carry::default()));
        assert_eq!(b.register(), Err(Finalizing));
        let d = Instant::now() + Duration::from_millis(10);
        b.block(MAIN, Some(d), &mut Carry::default()).unwrap();
        assert_eq!(b.block(MAIN, None, &mut Carry::default()), Err(Deadlock));
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(ran.load(Ordering::SeqCst), 0);
    }
}
