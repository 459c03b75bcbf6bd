# pymem's frozen `contextlib` module: contextmanager, suppress, closing, nullcontext,
# ExitStack, ContextDecorator and redirect_stdout/redirect_stderr with CPython 3.12's
# behaviour and messages for what they cover, and the asynchronous managers
# asynccontextmanager, aclosing and AbstractAsyncContextManager (nullcontext works with
# `async with` too). Not provided: AsyncExitStack, AsyncContextDecorator.

import abc
import sys

__all__ = ["contextmanager", "closing", "nullcontext", "suppress", "ExitStack",
           "AbstractContextManager", "ContextDecorator", "redirect_stdout",
           "redirect_stderr", "asynccontextmanager", "aclosing",
           "AbstractAsyncContextManager"]


def _defines_all(cls, names):
    # True when every name is found along cls's MRO and is not blocked with None.
    for name in names:
        owner = next((k for k in cls.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with statement (any class with __enter__ and
    __exit__ counts as a subclass)."""

    __slots__ = ()

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, candidate):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(candidate, ('__enter__', '__exit__'))


class ContextDecorator:
    """Mixin for context managers that also decorate functions: each call of the
    decorated function runs inside the manager."""

    def _recreate_cm(self):
        # The manager one call enters; managers that cannot be re-entered make a new one.
        return self

    def __call__(self, func):
        # Imported late so that importing contextlib does not load functools.
        from functools import wraps

        @wraps(func)
        def managed_call(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return managed_call


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Context manager made by @contextmanager from a generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        # Instances document themselves with the generator function's docstring.
        func_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if func_doc is None else func_doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Only a decorator recreates the manager; once entered, the call is not needed.
        del self.func, self.args, self.kwds
        for value in self.gen:
            return value
        raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is not None:
            return self._throw_in(typ() if value is None else value, traceback)
        for _ in self.gen:
            self._give_up("generator didn't stop")
        return False

    def _throw_in(self, exc, traceback):
        # Let the generator handle exc at its yield. Its finishing means exc was dealt
        # with; exc coming back out (as such, or as the RuntimeError a StopIteration
        # turns into inside a generator) means it was not: report it unhandled, with
        # the traceback the with statement gave.
        try:
            self.gen.throw(exc)
        except StopIteration as finished:
            return finished is not exc
        except BaseException as err:
            converted = (isinstance(err, RuntimeError) and isinstance(exc, StopIteration)
                         and err.__cause__ is exc)
            if err is not exc and not converted:
                raise
            exc.__traceback__ = traceback
            return False
        self._give_up("generator didn't stop after throw()")

    def _give_up(self, message):
        try:
            raise RuntimeError(message)
        finally:
            self.gen.close()


def contextmanager(func):
    """Decorator: calling the generator function gives a context manager that runs it
    up to its single yield on entry (the value yielded is what `as` binds) and on to
    its end on exit."""
    from functools import wraps

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class _RedirectStream(AbstractContextManager):
    # The subclass says which sys attribute it replaces.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # Replaced streams, innermost last: the same manager may be entered again.
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, *exc_info):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file while the with block runs."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file while the with block runs."""

    _stream = "stderr"


class closing(AbstractContextManager):
    """Call thing.close() when the with block ends, however it ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A manager that does nothing; entering it gives enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc_info):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc_info):
        return None


class suppress(AbstractContextManager):
    """Swallow the listed exception types raised in the with block (and exception
    groups made only of them)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        # Plain issubclass() semantics, hooks included (unlike an except clause).
        if issubclass(exctype, self._exceptions):
            return True
        if not issubclass(exctype, BaseExceptionGroup):
            return False
        rest = excinst.split(self._exceptions)[1]
        if rest is not None:
            raise rest
        return True


def _bind_exit(exit_method, manager):
    def exit_callback(*exc_details):
        return exit_method(manager, *exc_details)
    return exit_callback


def _chain_onto(err, previous, outer):
    # Python chained a callback's exception onto `outer`, the exception handled around
    # the with statement; it belongs after `previous`, what the callbacks run so far left
    # pending. Replace that link, wherever it is in err's context chain.
    link = err
    while True:
        context = link.__context__
        if context is None or context is previous:
            return
        if context is outer:
            link.__context__ = previous
            return
        link = context


class ExitStack(AbstractContextManager):
    """A with statement over any number of managers and callbacks, registered while
    the block runs and exited in the reverse order on leaving it."""

    def __init__(self):
        # Each is called as __exit__ is: (type, value, traceback) -> suppress?
        self._exit_callbacks = []

    def pop_all(self):
        """Move the registered callbacks to a new stack (of this type) and return it."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return moved

    def push(self, exit):
        """Register an __exit__-like callable, or an object's bound __exit__."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(_bind_exit(exit_method, exit))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its exit, and return what its __enter__ returned."""
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        exit_method = getattr(kind, "__exit__", None)
        if enter is None or exit_method is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the context manager protocol")
        result = enter(cm)
        self._exit_callbacks.append(_bind_exit(exit_method, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it never suppresses)."""
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append(run_callback)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exception()
        suppressed = False
        pending = None
        while self._exit_callbacks:
            exit_callback = self._exit_callbacks.pop()
            try:
                if exit_callback(*exc_details):
                    suppressed, pending = True, None
                    exc_details = (None, None, None)
            except BaseException as err:
                _chain_onto(err, exc_details[1], outer)
                pending = err
                exc_details = (type(err), err, err.__traceback__)
        if pending is None:
            return had_exception and suppressed
        # Raising sets the context to the exception handled here: keep the chained one.
        chained = pending.__context__
        try:
            raise pending
        except BaseException:
            pending.__context__ = chained
            raise


class AbstractAsyncContextManager(abc.ABC):
    """Base of asynchronous context managers: `__aenter__` returns self."""

    __slots__ = ()

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


class _AsyncGeneratorContextManager(AbstractAsyncContextManager):
    """Context manager made by @asynccontextmanager from an async generator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        func_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if func_doc is None else func_doc

    async def __aenter__(self):
        first = await anext(self.gen, _NO_VALUE)
        if first is _NO_VALUE:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await anext(self.gen, _NO_VALUE) is _NO_VALUE:
                return False  # finished, as it should
            await self._abandon("generator didn't stop")
        exc = typ() if value is None else value
        # As the synchronous manager: the generator finishing means it handled exc.
        try:
            await self.gen.athrow(exc)
        except StopAsyncIteration as finished:
            return finished is not exc
        except BaseException as err:
            unchanged = err is exc or (
                isinstance(err, RuntimeError) and err.__cause__ is exc
                and isinstance(exc, (StopIteration, StopAsyncIteration)))
            if not unchanged:
                raise
            exc.__traceback__ = traceback
            return False
        await self._abandon("generator didn't stop after athrow()")

    async def _abandon(self, message):
        # The generator went on where it should have finished: close it, then complain.
        await self.gen.aclose()
        raise RuntimeError(message)


_NO_VALUE = object()


def asynccontextmanager(func):
    """Decorator: calling the async generator function gives an asynchronous context
    manager that runs it up to its single yield on entry and on to its end on exit."""
    from functools import wraps

    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(agen)`: awaits agen.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


# PEP 585: `AbstractContextManager[int]` in annotations (types imported late, as functools).
def _allow_subscription():
    from types import GenericAlias
    AbstractContextManager.__class_getitem__ = classmethod(GenericAlias)


_allow_subscription()
del _allow_subscription
