# contextvars (PEP 567): context variables and the contexts that hold their values.
#
# A Context is a snapshot: a mapping from ContextVar to value that is never changed in
# place. ContextVar.set gives the current context a new mapping (copy on write), so a
# context copied earlier keeps seeing the values it had. Each thread has its own current
# context (an empty one to start with, as in CPython), which Context.run swaps for the
# duration of a call. The classes report themselves as CPython's C module `_contextvars`
# does.

from _thread import get_ident as _get_ident, _on_thread_exit

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_NOT_SET = object()


def _addr(obj):
    return f'0x{id(obj):x}'


class Context:
    """A mapping of context variables to their values, entered with run()."""

    __slots__ = ('_vars', '_entered', '_outer')

    def __init__(self):
        self._vars = {}
        self._entered = False
        self._outer = None

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self!r} is already entered')
        thread = _get_ident()
        self._entered = True
        self._outer = _current()
        _contexts[thread] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _contexts[thread] = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        new = Context()
        new._vars = self._vars
        return new

    def __getitem__(self, var):
        _check_var(var)
        return self._vars[var]

    def get(self, var, default=None):
        _check_var(var)
        return self._vars.get(var, default)

    def __contains__(self, var):
        _check_var(var)
        return var in self._vars

    def __len__(self):
        return len(self._vars)

    def __iter__(self):
        return iter(self._vars)

    def keys(self):
        return self._vars.keys()

    def values(self):
        return self._vars.values()

    def items(self):
        return self._vars.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._vars == other._vars

    __hash__ = None

    def __repr__(self):
        return f'<_contextvars.Context object at {_addr(self)}>'


def _check_var(var):
    if not isinstance(var, ContextVar):
        raise TypeError(f"a ContextVar key was expected, got {var!r}")


class ContextVar:
    """A variable whose value depends on the context it is read in."""

    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_NOT_SET):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        value = _current()._vars.get(self, _NOT_SET)
        if value is not _NOT_SET:
            return value
        if args:
            return args[0]
        if self._default is not _NOT_SET:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old = ctx._vars.get(self, Token.MISSING)
        new_vars = dict(ctx._vars)
        new_vars[self] = value
        ctx._vars = new_vars
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {token!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        new_vars = dict(ctx._vars)
        if token._old_value is Token.MISSING:
            new_vars.pop(self, None)
        else:
            new_vars[self] = token._old_value
        ctx._vars = new_vars
        token._used = True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __hash__(self):
        return object.__hash__(self)

    def __repr__(self):
        default = ''
        if self._default is not _NOT_SET:
            default = f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at {_addr(self)}>'


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    """What ContextVar.set returns: lets reset() restore the previous value once."""

    __slots__ = ('_context', '_var', '_old_value', '_used')

    MISSING = _Missing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at {_addr(self)}>'


def copy_context():
    """A copy of the current context."""
    return _current().copy()


for _cls in (Context, ContextVar, Token):
    _cls.__module__ = '_contextvars'
del _cls

# The current context of each thread, by thread identity.
_contexts = {}


def _current():
    thread = _get_ident()
    ctx = _contexts.get(thread)
    if ctx is None:
        ctx = _contexts[thread] = Context()
        # Identities are reused: a later thread must not find this one's context.
        _on_thread_exit(lambda: _contexts.pop(thread, None))
    return ctx
