# pymem's `concurrent.futures`: futures and executors over the `threading` module.
#
# A Future moves pending -> running -> finished (or pending -> cancelled), guarded by one
# Condition that also wakes `wait`/`as_completed` callers: each waiter registers a small
# object on the futures it watches and is notified as they finish. ThreadPoolExecutor keeps
# a queue of work items and starts a worker thread per submission until it has
# `max_workers` of them (fewer when workers sit idle). ProcessPoolExecutor is offered with
# the same interface, but its workers are threads of this process: pymem cannot start
# Python processes, and results are the same for the functions such pools run.

import itertools as _itertools
import os as _os
import queue as _queue
import threading as _threading
import time as _time
import types as _types
from collections import namedtuple as _namedtuple

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
           'TimeoutError', 'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor',
           'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
# Cancelled, and the waiters were told (set_running_or_notify_cancel ran).
_CANCELLED_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

_STATE_NAMES = {_PENDING: 'pending', _RUNNING: 'running', _CANCELLED: 'cancelled',
                _CANCELLED_NOTIFIED: 'cancelled', _FINISHED: 'finished'}


class Error(Exception):
    """Base class for this module's errors."""
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    """The Future was cancelled."""
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The Future is not in a state that allows the operation."""
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""
    __module__ = 'concurrent.futures._base'


class BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed."""
    __module__ = 'concurrent.futures.thread'


class _Watcher:
    """What `wait` and `as_completed` block on: the futures that finished, in order."""

    def __init__(self, kind, pending_count):
        self.kind = kind
        self.left = pending_count
        self.finished = []
        self.event = _threading.Event()
        self.lock = _threading.Lock()

    def add(self, future):
        # Called with the future's condition held: its fields are read directly.
        with self.lock:
            self.finished.append(future)
            self.left -= 1
            failed = future._state == _FINISHED and future._exception is not None
            if (self.kind == FIRST_COMPLETED or self.kind == 'as_completed'
                    or (self.kind == FIRST_EXCEPTION and failed) or self.left <= 0):
                self.event.set()


class Future:
    """The result of a call that may not have finished yet."""
    __module__ = 'concurrent.futures._base'

    def __init__(self):
        self._condition = _threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._watchers = []
        self._callbacks = []

    def __repr__(self):
        with self._condition:
            state = _STATE_NAMES[self._state]
            if self._state == _FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        type(self).__name__, id(self), state,
                        type(self._exception).__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    type(self).__name__, id(self), state, type(self._result).__name__)
            return '<%s at %#x state=%s>' % (type(self).__name__, id(self), state)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _call_back(self, fn):
        # A failing callback is logged, and the others still run.
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger('concurrent.futures').exception(
                'exception calling callback for %r', self)

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_back(fn)

    def cancel(self):
        """Cancel the call if it has not started; True if it is (now) cancelled."""
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED)

    def _outcome(self):
        if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                # Drop the frame's reference: the traceback would keep it alive.
                self = None
        return self._result

    def _wait_done(self, timeout):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                self._condition.wait(timeout)
            if self._state not in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise TimeoutError()

    def result(self, timeout=None):
        """The call's return value, waiting up to `timeout` seconds for it."""
        try:
            self._wait_done(timeout)
            with self._condition:
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned)."""
        self._wait_done(timeout)
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED):
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        """Call `fn(future)` when the future finishes (now, if it has)."""
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                self._callbacks.append(fn)
                return
        self._call_back(fn)

    def set_running_or_notify_cancel(self):
        """For executors: start the call (True), or report a cancellation (False)."""
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_NOTIFIED
                for w in self._watchers:
                    w.add(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self):
        self._state = _FINISHED
        for w in self._watchers:
            w.add(self)
        self._condition.notify_all()

    def _settle(self, result, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_NOTIFIED, _FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._finish()
        self._run_callbacks()

    def set_result(self, result):
        self._settle(result, None)

    def set_exception(self, exception):
        self._settle(None, exception)


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = 'concurrent.futures._base'


def _watch(fs, kind):
    """Register a watcher on the unfinished futures of `fs`; (watcher, finished set)."""
    finished = set()
    pending = []
    for f in fs:
        f._condition.acquire()
    try:
        for f in fs:
            if f._state in (_CANCELLED_NOTIFIED, _FINISHED):
                finished.add(f)
            else:
                pending.append(f)
        watcher = _Watcher(kind, len(pending))
        for f in pending:
            f._watchers.append(watcher)
    finally:
        for f in fs:
            f._condition.release()
    return watcher, finished


def _unwatch(fs, watcher):
    for f in fs:
        with f._condition:
            if watcher in f._watchers:
                f._watchers.remove(watcher)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures `fs`: (done, not_done) sets once `return_when` holds or after
    `timeout` seconds."""
    fs = set(fs)
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return condition: {return_when!r}')
    watcher, done = _watch(fs, return_when)
    try:
        failed = any(f._state == _FINISHED and f._exception is not None for f in done)
        settled = (len(done) == len(fs) or (return_when == FIRST_COMPLETED and done)
                   or (return_when == FIRST_EXCEPTION and failed))
        if not settled:
            watcher.event.wait(timeout)
    finally:
        _unwatch(fs, watcher)
    with watcher.lock:
        done.update(watcher.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish (those already done first); TimeoutError
    when `timeout` seconds pass with some unfinished."""
    deadline = None if timeout is None else _time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    watcher, finished = _watch(fs, 'as_completed')
    pending = fs - finished
    try:
        yield from finished
        while pending:
            if deadline is None:
                wait_for = None
            else:
                wait_for = deadline - _time.monotonic()
                if wait_for < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            watcher.event.wait(wait_for)
            with watcher.lock:
                ready = watcher.finished
                watcher.finished = []
                watcher.event.clear()
            for f in ready:
                yield f
                pending.discard(f)
    finally:
        _unwatch(fs, watcher)


class Executor:
    """Runs calls asynchronously; subclasses say how."""
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls made concurrently; results in order."""
        deadline = None if timeout is None else _time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if deadline is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(deadline - _time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(_types.GenericAlias)


# Executors whose workers must be told to stop at interpreter exit.
_live_executors = []
_exiting = False


def _at_exit():
    global _exiting
    _exiting = True
    for ex in list(_live_executors):
        ex.shutdown(wait=True)


_threading._register_atexit(_at_exit)


class ThreadPoolExecutor(Executor):
    """Runs calls in a pool of up to `max_workers` threads."""
    __module__ = 'concurrent.futures.thread'

    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None,
                 initargs=()):
        if max_workers is None:
            max_workers = min(32, (_os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle = _threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = _threading.Lock()
        self._thread_name_prefix = thread_name_prefix or (
            "ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = Executor.submit.__doc__

    def _adjust_thread_count(self):
        # A worker waiting for work takes this one; otherwise start another if allowed.
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = _threading.Thread(name=name, target=self._worker, daemon=True)
            t.start()
            self._threads.add(t)
            if self not in _live_executors:
                _live_executors.append(self)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                import logging
                logging.getLogger('concurrent.futures').critical(
                    'Exception in initializer:', exc_info=True)
                self._initializer_failed()
                return
        while True:
            item = self._work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                self._idle.release()
                continue
            # The shutdown sentinel: pass it on to the next worker.
            self._work_queue.put(None)
            return

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
            if self in _live_executors:
                _live_executors.remove(self)
    shutdown.__doc__ = Executor.shutdown.__doc__


class ProcessPoolExecutor(ThreadPoolExecutor):
    """The interface of CPython's process pool; pymem runs its calls in threads (see the
    module comment)."""
    __module__ = 'concurrent.futures.process'

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = _os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None:
            if type(max_tasks_per_child) is not int:
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        super().__init__(max_workers, '', initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)
