# pymem's `signal` module: the native `_signal` (handlers run by the main thread at its next
# safe point; `runtime/modules/signal.rs`) with the three IntEnums CPython's module puts
# over its numbers: Signals (SIGINT, ...), Handlers (SIG_DFL, SIG_IGN) and Sigmasks
# (SIG_BLOCK, ...). Functions that take or give those numbers accept members and answer
# with members where one exists.

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

_signal_names = [n for n in dir(_signal) if n.startswith('SIG') and not n.startswith('SIG_')]


def _make_enum(name, names):
    # Lowest value first, names alphabetically among equal values: the first name of a
    # value is its canonical member, the others aliases (SIGIOT is SIGABRT).
    pairs = sorted(((getattr(_signal, n), n) for n in names))
    cls = _IntEnum(name, [(n, v) for v, n in pairs], module=__name__)
    # The module's constants become the members themselves.
    for _, n in pairs:
        globals()[n] = cls[n]
    return cls


Signals = _make_enum('Signals', _signal_names)
Handlers = _make_enum('Handlers', ['SIG_DFL', 'SIG_IGN'])
Sigmasks = _make_enum('Sigmasks', ['SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK'])
del _signal_names


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'


def _as_enum(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def _as_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    return _as_enum(_signal.signal(_as_int(signalnum), _as_int(handler)), Handlers)


def getsignal(signalnum):
    return _as_enum(_signal.getsignal(signalnum), Handlers)


def valid_signals():
    return {_as_enum(n, Signals) for n in _signal.valid_signals()}


def setitimer(which, seconds, interval=0.0):
    try:
        return _signal._setitimer(which, seconds, interval)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def getitimer(which):
    try:
        return _signal._getitimer(which)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None

