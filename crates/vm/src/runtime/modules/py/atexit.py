# pymem's frozen `atexit` module: functions registered here run, last registered first, when
# the interpreter shuts down (Vm::shutdown calls _run_exitfuncs before clearing __main__).

import sys
import _logging

_exithandlers = []


def register(func, *args, **kwargs):
    """Register func(*args, **kwargs) to run at exit; returns func (usable as a decorator)."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Remove every registration of func."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _ncallbacks():
    return len(_exithandlers)


def _clear():
    del _exithandlers[:]


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            sys.stderr.write(_logging.format_exception(e))
