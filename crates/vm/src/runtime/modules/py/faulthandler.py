"""Dump Python tracebacks (pymem's faulthandler).

pymem catches its own faults (a bad pointer or a stack overflow becomes a Python
exception or a clean exit, never a signal), so enable() only records that the handler is
on; dump_traceback() writes the calling thread's stack to a file descriptor the way
CPython's does, and dump_traceback_later() does so from a timer thread (its stack then is
the timer's; pymem cannot read another thread's frames). register() dumps the stack when
its signal arrives through a Python-level handler (so signal.getsignal() shows it, unlike
CPython's C-level one).
"""

import os as _os
import sys as _sys

_enabled = False
_registered = {}
_later = None


def _descriptor(file):
    """The descriptor to write to: sys.stderr's by default, an int as given, else the
    object's fileno() (flushed first, as CPython flushes it)."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        if file < 0:
            raise ValueError("file is not a valid file descriptor")
        return file
    fd = file.fileno()
    try:
        file.flush()
    except Exception:
        pass
    return fd


def _stack_text(frame, header):
    lines = [header]
    while frame is not None:
        code = frame.f_code
        lines.append('  File "%s", line %d in %s\n'
                     % (code.co_filename, frame.f_lineno, code.co_name))
        frame = frame.f_back
    return "".join(lines)


def _thread_header():
    import threading
    ident = threading.get_ident()
    return "Current thread 0x%016x (most recent call first):\n" % ident


def dump_traceback(file=None, all_threads=True):
    """Write the current thread's traceback to `file`."""
    fd = _descriptor(file)
    header = _thread_header() if all_threads else "Stack (most recent call first):\n"
    text = _stack_text(_sys._getframe(1), header)
    _os.write(fd, text.encode("utf-8", "backslashreplace"))


def enable(file=None, all_threads=True):
    """Turn the fault handler on (writing to `file` should a fault happen)."""
    global _enabled
    _descriptor(file)
    _enabled = True


def disable():
    """Turn the fault handler off; whether it was on."""
    global _enabled
    was, _enabled = _enabled, False
    return was


def is_enabled():
    return _enabled


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    """Dump a traceback after `timeout` seconds (again every `timeout` with `repeat`),
    then end the process with `exit`."""
    global _later
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    fd = _descriptor(file)
    cancel_dump_traceback_later()
    import threading

    def fire():
        seconds, micros = divmod(round(timeout * 1e6), 1000000)
        stamp = "Timeout (%d:%02d:%02d" % (seconds // 3600, seconds // 60 % 60, seconds % 60)
        stamp += (".%06d)!\n" % micros) if micros else ")!\n"
        _os.write(fd, _stack_text(_sys._getframe(0), stamp + _thread_header())
                  .encode("utf-8", "backslashreplace"))
        if exit:
            _os._exit(1)
        if repeat and _later is timer:
            dump_traceback_later(timeout, repeat, fd, exit)

    timer = threading.Timer(timeout, fire)
    timer.daemon = True
    _later = timer
    timer.start()


def cancel_dump_traceback_later():
    """Cancel a dump_traceback_later() that has not fired."""
    global _later
    timer, _later = _later, None
    if timer is not None:
        timer.cancel()


def register(signum, file=None, all_threads=True, chain=False):
    """Dump the traceback to `file` whenever signal `signum` arrives (then run the
    handler it replaced too, with `chain`)."""
    import signal
    if not isinstance(signum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signum).__name__)
    if signum in (signal.SIGSEGV, signal.SIGFPE, signal.SIGABRT, signal.SIGBUS,
                  signal.SIGILL) or signum not in signal.valid_signals():
        raise RuntimeError("signal %d cannot be registered, use enable() instead"
                           % signum)
    fd = _descriptor(file)
    previous = _registered[signum][0] if signum in _registered else signal.getsignal(signum)

    def on_signal(num, frame):
        if frame is None:
            # pymem's handlers get no frame: the code the signal interrupted called this.
            frame = _sys._getframe(1)
        header = _thread_header() if all_threads else "Stack (most recent call first):\n"
        _os.write(fd, _stack_text(frame, header).encode("utf-8", "backslashreplace"))
        if chain and callable(previous):
            previous(num, frame)

    signal.signal(signum, on_signal)
    _registered[signum] = (previous, on_signal)


def unregister(signum):
    """Give signal `signum` back its previous handler; whether it was registered."""
    import signal
    entry = _registered.pop(signum, None)
    if entry is None:
        return False
    signal.signal(signum, entry[0] if entry[0] is not None else signal.SIG_DFL)
    return True
