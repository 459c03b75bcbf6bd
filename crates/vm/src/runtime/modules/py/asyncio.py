# pymem's frozen `asyncio`: a single-threaded event loop for coroutines, with the parts of
# CPython 3.12's API that programs use most: run, the loop (call_soon, call_later,
# run_until_complete, create_task), Future and Task with cancellation, sleep, gather,
# wait_for, wait, shield, as_completed, timeout, TaskGroup, Queue, Event, Lock, Semaphore,
# and Condition.
#
# How it works: a Task steps its coroutine with send()/throw(). Awaiting a pending Future
# yields the Future itself up to the Task (through every coroutine in between), which
# parks until the Future's done-callbacks wake it; a bare `yield` (sleep(0)) gives the
# other ready callbacks a turn. The loop runs the callbacks that are ready, then sleeps
# until the earliest timer is due.
#
# Deviations: there is no I/O (no sockets, streams, subprocesses or signal handlers);
# run_in_executor and to_thread run the function at once, in this thread.
#
# Context variables: as in CPython, every callback runs in a context, the one it was
# scheduled with (a copy of the current one by default), and a Task runs each step of its
# coroutine in its own context.

import collections
import contextvars
import heapq
import sys
import time as _time

__all__ = ['run', 'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop',
           'AbstractEventLoop', 'Handle', 'TimerHandle',
           'Future', 'Task', 'create_task', 'ensure_future', 'sleep', 'gather', 'wait_for',
           'wait', 'shield', 'as_completed', 'timeout', 'Timeout', 'TaskGroup',
           'current_task', 'all_tasks', 'iscoroutine', 'iscoroutinefunction', 'isfuture',
           'to_thread', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull',
           'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """get_nowait() on an empty Queue."""


class QueueFull(Exception):
    """put_nowait() on a full Queue."""


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine' and type(obj).__module__ == 'builtins'


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


def isfuture(obj):
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None


# ----- the loop ---------------------------------------------------------------------------

class Handle:
    """A callback the loop will run (call_soon)."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._context = contextvars.copy_context() if context is None else context
        self._callback, self._args = callback, args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        callback, args = self._callback, self._args
        try:
            self._context.run(callback, *args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            report = {'message': f'Exception in callback {callback!r}', 'exception': exc,
                      'handle': self}
            self._loop.call_exception_handler(report)


class TimerHandle(Handle):
    """A callback the loop will run at a time (call_later, call_at)."""
    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when


class AbstractEventLoop:
    """The event loop interface (the one implementation is _Loop)."""


_running_loop = None
_default_loop = None


class _Loop(AbstractEventLoop):
    def __init__(self):
        self._ready = collections.deque()
        self._timers = []
        self._stopping = False
        self._running = False
        self._closed = False
        self._exception_handler = None
        self._task_count = 0
        self._debug = False

    def __repr__(self):
        return (f'<_UnixSelectorEventLoop running={self._running} '
                f'closed={self._closed} debug={self._debug}>')

    def time(self):
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        h = Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        h = TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._timers, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def run_forever(self):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # retrieved: not reported again
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        timers = self._timers
        while timers and timers[0]._cancelled:
            heapq.heappop(timers)
        if not self._ready and timers and not self._stopping:
            delay = timers[0]._when - self.time()
            if delay > 0:
                _time.sleep(delay)
        now = self.time()
        while timers and timers[0]._when <= now:
            h = heapq.heappop(timers)
            if not h._cancelled:
                self._ready.append(h)
        if not self._ready and not timers and not self._stopping:
            raise RuntimeError('Event loop stopped before Future completed.')
        for _ in range(len(self._ready)):
            h = self._ready.popleft()
            if not h._cancelled:
                h._run()

    def run_in_executor(self, executor, func, *args):
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self, timeout=None):
        pass

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        print('\n'.join(lines), file=sys.stderr)
        if exc is not None:
            import traceback
            traceback.print_exception(exc, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


def _stop_loop(fut):
    fut.get_loop().stop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = _Loop()
    return _default_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = new_event_loop()
    if debug is not None:
        loop.set_debug(debug)
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_remaining(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_remaining(loop):
    pending = [t for t in all_tasks(loop) if not t.done()]
    if not pending:
        return
    for t in pending:
        t.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for t in pending:
        if not t.cancelled() and t.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': t.exception(),
                'task': t,
            })


# ----- futures and tasks ------------------------------------------------------------------

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    """A result that will be set later; awaiting it waits for it."""
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._retrieved = False

    def __repr__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def get_context(self):
        return self._context

    def _describe(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'{state} exception={self._exception!r}'
            return f'{state} result={self._result!r}'
        return state

    def get_loop(self):
        return self._loop

    def __del__(self):
        # An exception nobody asked for is reported when the future goes away.
        if getattr(self, '_state', None) != _FINISHED or self._exception is None \
                or self._retrieved:
            return
        self._loop.call_exception_handler({
            'message': f'{type(self).__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        })

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._retrieved = True
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception.__traceback__)
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._retrieved = True
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        kept = [(f, ctx) for f, ctx in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for fn, context in callbacks:
            self._loop.call_soon(fn, self, context=context)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


_all_tasks = set()
_current_tasks = {}


class Task(Future):
    """A coroutine run by the loop, stepping whenever what it awaits is done."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            self._state = _CANCELLED
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._loop._task_count += 1
        self._name = str(name) if name is not None else f'Task-{self._loop._task_count}'
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _all_tasks.add(self)

    def _describe(self):
        state = self._state.lower()
        code = self._coro.cr_code
        if self.done():
            where = f'done, defined at {code.co_filename}:{code.co_firstlineno}'
        else:
            frame = self._coro.cr_frame
            line = code.co_firstlineno if frame is None else frame.f_lineno
            where = f'running at {code.co_filename}:{line}'
        text = f'{state} name={self._name!r} coro=<{self._coro.__qualname__}() {where}>'
        if self._state == _FINISHED:
            if self._exception is not None:
                return f'{text} exception={self._exception!r}'
            return f'{text} result={self._result!r}'
        return text

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            self._park(result)
        finally:
            del _current_tasks[self._loop]
            if self.done():
                _all_tasks.discard(self)

    def _park(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result.get_loop() is not self._loop:
                err = RuntimeError(f'Task {self!r} got Future {result!r} attached to a '
                                   'different loop')
                self._loop.call_soon(self._step, err, context=self._context)
            elif not blocking:
                err = RuntimeError(f'yield was used instead of yield from in task {self!r} '
                                   f'with {result!r}')
                self._loop.call_soon(self._step, err, context=self._context)
            elif result is self:
                err = RuntimeError(f'Task cannot await on itself: {self!r}')
                self._loop.call_soon(self._step, err, context=self._context)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self._step, context=self._context)
        else:
            err = RuntimeError(f'Task got bad yield: {result!r}')
            self._loop.call_soon(self._step, err, context=self._context)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


def ensure_future(obj, *, loop=None):
    if isfuture(obj):
        return obj
    if loop is None:
        loop = get_event_loop()
    if iscoroutine(obj):
        return loop.create_task(obj)
    if type(obj).__name__ == 'generator':
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if hasattr(type(obj), '__await__'):
        async def _wrap():
            return await obj
        return loop.create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


class _Yield:
    # `await _Yield()`: a bare yield, giving the loop's other callbacks a turn.
    __slots__ = ()

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    # gather()'s result: cancelling it cancels the children.
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        outcomes = [child.cancel(msg=msg) for child in self._children]
        if any(outcomes):
            # Finished by the children's cancellation (child_done sees the request).
            self._cancel_requested = True
            return True
        return False


def gather(*coros_or_futures, return_exceptions=False):
    loop = get_event_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    seen = {}
    for arg in coros_or_futures:
        if id(arg) in seen:
            fut = seen[id(arg)]
        else:
            fut = ensure_future(arg, loop=loop)
            loop = fut.get_loop()
            seen[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    state = {'done': 0}
    total = len(children)

    def child_done(fut):
        state['done'] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()  # retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['done'] == total:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(f._cancelled_error())
                else:
                    exc = f.exception()
                    results.append(f.result() if exc is None else exc)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in set(children):
        fut.add_done_callback(child_done)
    return outer


async def wait_for(fut, timeout):
    if timeout is None:
        return await fut
    loop = get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter)
    fut.add_done_callback(lambda f: _release(waiter))
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.cancel()
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timer.cancel()


def _release(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()
    fut.add_done_callback(lambda f: _release(waiter))
    fut.cancel()
    try:
        await waiter
    finally:
        pass


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    fs = set(fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter) if timeout is not None else None
    counter = {'left': len(fs)}

    def on_done(f):
        counter['left'] -= 1
        if (counter['left'] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled()
                    and f.exception() is not None)):
            _release(waiter)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not all(f.done() for f in fs):
            await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def copy_state(f):
        if outer.cancelled():
            if not f.cancelled():
                f.exception()
            return
        if f.cancelled():
            outer.cancel()
        elif f.exception() is not None:
            outer.set_exception(f.exception())
        else:
            outer.set_result(f.result())

    inner.add_done_callback(copy_state)
    return outer


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = collections.deque()
    waiters = collections.deque()

    def on_done(f):
        todo.discard(f)
        done.append(f)
        if waiters:
            _release(waiters.popleft())

    for f in todo:
        f.add_done_callback(on_done)

    async def next_done():
        if not done:
            w = loop.create_future()
            waiters.append(w)
            if timeout is None:
                await w
            else:
                try:
                    await wait_for(w, timeout)
                except TimeoutError:
                    raise TimeoutError() from None
        return done.popleft().result()

    for _ in range(len(todo)):
        yield next_done()


async def to_thread(func, /, *args, **kwargs):
    return func(*args, **kwargs)


class Timeout:
    """`async with asyncio.timeout(delay)`: cancel the block when the deadline passes and
    raise TimeoutError instead of the CancelledError."""

    def __init__(self, when):
        self._when = when
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            self._handle = get_running_loop().call_at(when, self._on_timeout)

    def expired(self):
        return self._expired

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            self._task.uncancel()
            raise TimeoutError from exc
        return None

    def _on_timeout(self):
        self._expired = True
        self._handle = None
        self._task.cancel()


def timeout(delay):
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    """`async with TaskGroup() as tg: tg.create_task(...)`: waits for all its tasks; the
    first failure cancels the rest, and the failures are raised as an ExceptionGroup."""

    def __init__(self):
        self._tasks = []
        self._errors = []
        self._entered = False
        self._parent = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._entered = True
        self._parent = current_task()
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        task = get_running_loop().create_task(coro, name=name, context=context)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _on_task_done(self, task):
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        for t in self._tasks:
            if not t.done():
                t.cancel()

    async def __aexit__(self, et, exc, tb):
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
            for t in self._tasks:
                if not t.done():
                    t.cancel()
        while any(not t.done() for t in self._tasks):
            try:
                await wait([t for t in self._tasks if not t.done()])
            except CancelledError:
                for t in self._tasks:
                    if not t.done():
                        t.cancel()
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors)
        return None


# ----- synchronization ---------------------------------------------------------------------

class Event:
    def __init__(self):
        self._waiters = collections.deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


def _wake_first(waiters, value=True):
    # Wake the first waiter still waiting (a cancelled one is skipped), leaving it queued.
    for fut in waiters:
        if not fut.done():
            fut.set_result(value)
            return


class Lock:
    def __init__(self):
        self._waiters = collections.deque()
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f'<asyncio.locks.Lock object at {id(self):#x} [{state}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_first(self._waiters)

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = collections.deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_first(self._waiters)

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    # A Semaphore whose count may not rise above where it started.
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._limit = value

    def release(self):
        if self._value < self._limit:
            return Semaphore.release(self)
        raise ValueError('BoundedSemaphore released too many times')


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else Lock()
        self._waiters = collections.deque()

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def __aenter__(self):
        await self._lock.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)
            await self._lock.acquire()

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = collections.deque()
        self._putters = collections.deque()
        self._unfinished = 0
        self._finished = Event()
        self._finished.set()
        self._init()

    def _init(self):
        self._queue = collections.deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} maxsize={self._maxsize!r}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    @staticmethod
    def _wake(waiters):
        while waiters:
            w = waiters.popleft()
            if not w.done():
                w.set_result(None)
                break

    async def _wait_while(self, blocked, waiters):
        # Park until `blocked()` is false; the other side wakes one waiter per change.
        while blocked():
            fut = get_running_loop().create_future()
            waiters.append(fut)
            try:
                await fut
            except BaseException:
                fut.cancel()
                if fut in waiters:
                    waiters.remove(fut)
                if not blocked() and not fut.cancelled():
                    self._wake(waiters)  # pass the turn on
                raise

    async def put(self, item):
        await self._wait_while(self.full, self._putters)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._finished.clear()
        self._wake(self._getters)

    async def get(self):
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake(self._putters)
        return item

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _init(self):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
