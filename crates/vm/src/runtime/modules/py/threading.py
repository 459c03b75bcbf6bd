"""Thread objects and synchronisation primitives over the `_thread` module.

pymem runs every Python thread on its own OS thread but lets only one of them run Python
code at a time; threads change turns when the running one blocks (a lock, a sleep, a
join, a wait), yields (`time.sleep(0)`) or has run for a switch interval while another
waits (crates/vm/src/runtime/baton.rs). Waiting for ever with no thread able to wake
anybody raises RuntimeError instead of hanging.
"""

import _thread
import sys as _sys
from collections import deque as _deque
from itertools import count as _count_from
from time import monotonic as _time

__all__ = ['Thread', 'Timer', 'current_thread', 'main_thread', 'enumerate',
           'active_count', 'get_ident', 'get_native_id', 'Lock', 'RLock', 'Condition',
           'Semaphore', 'BoundedSemaphore', 'Event', 'Barrier', 'BrokenBarrierError',
           'ThreadError', 'ExceptHookArgs', 'excepthook', 'local', 'stack_size',
           'TIMEOUT_MAX', 'settrace', 'setprofile', 'gettrace', 'getprofile',
           'settrace_all_threads', 'setprofile_all_threads']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_sentinel = _thread._set_sentinel
_daemon_threads_allowed = _thread.daemon_threads_allowed
_is_main_interpreter = _thread._is_main_interpreter
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
excepthook = __excepthook__ = _thread._excepthook
ExceptHookArgs = _thread._ExceptHookArgs
_CRLock = _thread.RLock
del _thread

Lock = _allocate_lock


def _deprecated(old, new):
    import warnings
    warnings.warn('%s is deprecated, %s' % (old, new), DeprecationWarning, stacklevel=3)


# ---- tracing and profiling hooks (kept for threads started later) --------------------

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Have every thread started from now on trace with func (sys.settrace)."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """settrace(func), also for the threads already running."""
    settrace(func)
    if hasattr(_sys, 'settrace'):
        _sys.settrace(func)


def gettrace():
    """The function settrace() installed, or None."""
    return _trace_hook


def setprofile(func):
    """Have every thread started from now on profile with func (sys.setprofile)."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """setprofile(func), also for the threads already running."""
    setprofile(func)
    if hasattr(_sys, 'setprofile'):
        _sys.setprofile(func)


def getprofile():
    """The function setprofile() installed, or None."""
    return _profile_hook


# ---- locks ---------------------------------------------------------------------------

def RLock(*args, **kwargs):
    """A reentrant lock: the thread holding it may take it again, and must release it
    as many times."""
    return _CRLock(*args, **kwargs)


class _RLock:
    """The reentrant lock written in Python (`RLock` is the native one)."""

    def __init__(self):
        self._inner = _allocate_lock()
        self._holder = None
        self._depth = 0

    def __repr__(self):
        kind = type(self)
        state = 'locked' if self._inner.locked() else 'unlocked'
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            state, kind.__module__, kind.__qualname__, self._holder, self._depth,
            hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder != me:
            if not self._inner.acquire(blocking, timeout):
                return False
            self._holder = me
        self._depth += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._holder != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._depth -= 1
        if not self._depth:
            self._holder = None
            self._inner.release()

    def __exit__(self, *exc_info):
        self.release()

    def _is_owned(self):
        return self._holder == get_ident()

    def _recursion_count(self):
        return self._depth if self._is_owned() else 0

    def _release_save(self):
        if not self._depth:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._depth, self._holder)
        self._holder, self._depth = None, 0
        self._inner.release()
        return state

    def _acquire_restore(self, state):
        self._inner.acquire()
        self._depth, self._holder = state

    def _at_fork_reinit(self):
        self._inner._at_fork_reinit()
        self._holder, self._depth = None, 0


_PyRLock = _RLock


class Condition:
    """A condition variable: threads wait() until another, holding the same lock,
    notifies them. The lock is an RLock unless one is given."""

    def __init__(self, lock=None):
        self._waiters = _deque()
        self._lock = lock = RLock() if lock is None else lock
        self.acquire, self.release = lock.acquire, lock.release
        # An RLock knows how to let go of all its levels and take them back; a plain
        # lock is released and taken once.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def _at_fork_reinit(self):
        self._waiters.clear()
        self._lock._at_fork_reinit()

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # Without an owner to ask: held by somebody if it cannot be taken now.
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def wait(self, timeout=None):
        """Release the lock, sleep until notified (or until timeout seconds passed),
        take the lock again. False when the timeout expired."""
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        # Each waiter sleeps on a lock of its own, which notify() releases.
        ticket = _allocate_lock()
        ticket.acquire()
        self._waiters.append(ticket)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = ticket.acquire()
            elif timeout > 0:
                woken = ticket.acquire(True, timeout)
            else:
                woken = ticket.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                try:
                    self._waiters.remove(ticket)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """wait() until predicate() is true (or timeout seconds passed); returns the
        predicate's last value."""
        deadline = None if timeout is None else _time() + timeout
        result = predicate()
        while not result:
            remaining = None
            if deadline is not None:
                remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the waiting threads (they run once the lock is released)."""
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        waiters = self._waiters
        while waiters and n > 0:
            ticket = waiters.popleft()
            n -= 1
            try:
                ticket.release()
            except RuntimeError:
                # Its waiter timed out meanwhile.
                pass

    def notify_all(self):
        """Wake up every waiting thread."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll()', 'use notify_all() instead')
        self.notify_all()


def _at(obj):
    kind = type(obj)
    return '<%s.%s at %s' % (kind.__module__, kind.__qualname__, hex(id(obj)))


class Semaphore:
    """A counter that acquire() decrements (waiting while it is zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '%s: value=%s>' % (_at(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        """Take one unit, waiting while there is none (up to timeout seconds); whether
        it was taken."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None if timeout is None else _time() + timeout
        with self._cond:
            while not self._value:
                if not blocking:
                    return False
                remaining = None
                if deadline is not None:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        return False
                self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '%s: value=%s/%s>' % (_at(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag threads can wait for: set() wakes them all, clear() lowers it again."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '%s: %s>' % (_at(self), 'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet()', 'use is_set() instead')
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Lower the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Wait until the flag is set (or timeout seconds passed); returns the flag."""
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


# A barrier's phases: threads arrive while it fills; once all parties are in, it drains
# (they leave, newcomers wait); a reset empties it with errors for those inside; broken
# it stays until reset.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    """Make `parties` threads wait for each other: each wait() returns once all have
    called it (with a distinct index 0..parties-1). The optional action runs in one of
    them just before they are let go."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0

    def __repr__(self):
        if self.broken:
            return '%s: broken>' % _at(self)
        return '%s: waiters=%d/%d>' % (_at(self), self.n_waiting, self._parties)

    def wait(self, timeout=None):
        """Wait until every party has arrived; returns this thread's arrival index."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Wait out the previous round's departure (or a reset).
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase is _BROKEN:
                raise BrokenBarrierError
            index = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (_DRAINING, _RESETTING):
                    # The last one out opens the barrier for the next round.
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._phase is not _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase in (_BROKEN, _RESETTING):
            raise BrokenBarrierError

    def reset(self):
        """Back to the empty state; threads waiting get BrokenBarrierError."""
        with self._cond:
            if self._inside:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: waiting threads, and those arriving later, get
        BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """How many threads trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads are waiting in the barrier now."""
        return self._inside if self._phase is _FILLING else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase is _BROKEN


# ---- the registry of threads ---------------------------------------------------------

_next_number = _count_from(1).__next__


def _newname(template):
    return template % _next_number()


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for the threads running Python code
_limbo = {}     # Thread -> Thread, started but not running yet
# The `_tstate_lock`s of the non-daemon threads, for _shutdown() to wait on.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
_SHUTTING_DOWN = False
_threading_atexits = []


def _set_limbo(thread, entering):
    with _active_limbo_lock:
        if entering:
            _limbo[thread] = thread
        else:
            _limbo.pop(thread, None)


def _prune_shutdown_locks():
    # A released lock is a thread that has ended (call with _shutdown_locks_lock held).
    _shutdown_locks.difference_update([t for t in _shutdown_locks if not t.locked()])


def _excepthook_invoker():
    """What a thread calls when run() raises: threading.excepthook (the one set when the
    thread was made, should it be None by then); if that fails, sys.excepthook reports the
    hook's own exception."""
    if excepthook is None:
        raise RuntimeError('threading.excepthook is None')
    if _sys.excepthook is None:
        raise RuntimeError('sys.excepthook is None')
    hook_then, sys_hook_then = excepthook, _sys.excepthook

    def invoke(thread):
        hook = hook_then if excepthook is None else excepthook
        try:
            hook(ExceptHookArgs([*_sys.exc_info(), thread]))
        except Exception as failure:
            failure.__suppress_context__ = True
            del failure
            stream = thread._stderr if _sys.stderr is None else _sys.stderr
            print('Exception in threading.excepthook:', file=stream, flush=True)
            report = sys_hook_then if _sys.excepthook is None else _sys.excepthook
            report(*_sys.exc_info())
    return invoke


class Thread:
    """A thread of control: run() (by default target(*args, **kwargs)) runs in a new
    thread once start() is called."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, 'group argument must be None for now'
        if name:
            name = str(name)
        else:
            name = _newname('Thread-%d')
            try:
                name = '%s (%s)' % (name, target.__name__) if target is not None else name
            except AttributeError:
                pass
        if daemon is None:
            daemon = current_thread().daemon
        elif daemon and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this (sub)interpreter')
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = name
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _excepthook_invoker()

    def __repr__(self):
        assert self._initialized, 'Thread.__init__() was not called'
        if self._started.is_set():
            self.is_alive()    # notices a thread that has ended
            status = 'stopped' if self._is_stopped else 'started'
        else:
            status = 'stopped' if self._is_stopped else 'initial'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        """Start run() in a new thread (once per Thread object); returns once it runs."""
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        # In limbo until the new thread runs (enumerate() lists it meanwhile).
        _set_limbo(self, True)
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            _set_limbo(self, False)
            raise
        self._started.wait()

    def run(self):
        """What the thread does: call the target. Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # The target and its arguments may refer back to this thread: drop them.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _set_ident(self):
        self._ident = get_ident()

    def _set_native_id(self):
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        # Held while the thread lives; the runtime releases it when the thread is gone.
        self._tstate_lock = _set_sentinel()
        self._tstate_lock.acquire()
        if not self._daemonic:
            with _shutdown_locks_lock:
                _prune_shutdown_locks()
                _shutdown_locks.add(self._tstate_lock)

    def _bootstrap_inner(self):
        try:
            self._set_ident()
            self._set_tstate_lock()
            self._set_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            if _trace_hook and hasattr(_sys, 'settrace'):
                _sys.settrace(_trace_hook)
            if _profile_hook and hasattr(_sys, 'setprofile'):
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except:
                self._invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    def _stop(self):
        # The thread is gone (its tstate lock was seen released): join() and is_alive()
        # answer at once from now on.
        self._is_stopped = True
        self._tstate_lock = None
        if not self._daemonic:
            with _shutdown_locks_lock:
                _prune_shutdown_locks()

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                # Taken, then interrupted before the release above.
                lock.release()
                self._stop()
            raise

    def join(self, timeout=None):
        """Wait until the thread ends, or until timeout seconds passed (then is_alive()
        tells which)."""
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout waits as long as 0 does.
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """Whether run() has started and not yet returned."""
        assert self._initialized, 'Thread.__init__() not called'
        running = self._started.is_set() and not self._is_stopped
        if running:
            # A released thread-state lock means the thread has ended.
            self._wait_for_tstate_lock(False)
            running = not self._is_stopped
        return running

    @property
    def name(self):
        """The thread's name (for identification only)."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, 'Thread.__init__() not called'
        self._name = str(name)

    @property
    def ident(self):
        """The thread's identifier (get_ident() in it), None before it starts."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._ident

    @property
    def native_id(self):
        """The kernel's id of the thread (get_native_id() in it), None before it starts."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._native_id

    @property
    def daemon(self):
        """Whether the program may end while this thread still runs (inherited from the
        creating thread; set it before start())."""
        assert self._initialized, 'Thread.__init__() not called'
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError('daemon threads are disabled in this interpreter')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated: the daemon attribute."""
        _deprecated('isDaemon()', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated('setDaemon()', 'set the daemon attribute instead')
        self.daemon = daemonic

    def getName(self):
        """Deprecated: the name attribute."""
        _deprecated('getName()', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated('setName()', 'set the name attribute instead')
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Do not call the function (if it has not been called yet)."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program started in."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started without this module (with _thread): current_thread()
    there makes one. It is always a daemon, alive until its thread ends, and cannot be
    joined."""

    def __init__(self):
        Thread.__init__(self, name=_newname('Dummy-%d'), daemon=_daemon_threads_allowed())
        self._started.set()
        self._set_ident()
        self._set_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self
        ident = self._ident

        def forget():
            with _active_limbo_lock:
                if _active.get(ident) is self:
                    del _active[ident]
        _on_thread_exit(forget)

    def is_alive(self):
        # Alive as long as its thread is: it leaves _active when that ends.
        assert self._started.is_set() and not self._is_stopped
        return True

    def join(self, timeout=None):
        raise AssertionError('cannot join a dummy thread')

    def _stop(self):
        pass


def _on_thread_exit(func):
    import _thread
    _thread._on_thread_exit(func)


def current_thread():
    """The Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated('currentThread()', 'use current_thread() instead')
    return current_thread()


def main_thread():
    """The main thread's Thread object."""
    return _main_thread


def enumerate():
    """The Thread objects of every thread alive (started ones included)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def active_count():
    """How many threads are alive (len(enumerate()))."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated('activeCount()', 'use active_count() instead')
    return active_count()


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) when the program ends, before the non-daemon threads
    are waited for."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """At interpreter exit: run _register_atexit's calls, then wait for every non-daemon
    thread to end."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    while True:
        with _shutdown_locks_lock:
            pending = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not pending:
            return
        for lock in pending:
            lock.acquire()
            lock.release()


_main_thread = _MainThread()
