# traceback: the functions scripts use to show a caught exception, with CPython 3.12's
# signatures. Frames are rendered by the interpreter (_format); `limit` is not supported
# (pymem has no frame objects to walk), and asking for one says so.

import sys

_SEPARATORS = (
    "\nThe above exception was the direct cause of the following exception:\n\n",
    "\nDuring handling of the above exception, another exception occurred:\n\n",
)
_sentinel = object()


def _check_limit(limit):
    if limit is not None:
        raise NotImplementedError("pymem's traceback module does not support limit")


def _exception(exc, value):
    # print_exception(exc) and the old print_exception(type, value, tb) forms.
    if value is not _sentinel:
        return value
    return exc


def _lines(text):
    # Split as CPython's format_exception does: one string per frame (its "File" line with
    # the source and caret lines under it), one per separator, one per other line.
    out = []
    rest = text
    while rest:
        for sep in _SEPARATORS:
            if rest.startswith(sep):
                out.append(sep)
                rest = rest[len(sep):]
                break
        else:
            end = rest.find("\n")
            line = rest if end < 0 else rest[:end + 1]
            rest = "" if end < 0 else rest[end + 1:]
            if line.startswith("    ") and out and out[-1].startswith("  File "):
                out[-1] += line
            else:
                out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    _check_limit(limit)
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_format(exc, chain, True))


def format_exception_only(exc, /, value=_sentinel):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _lines(_format(exc, False, False))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    text = "".join(format_exception(exc, value, tb, limit=limit, chain=chain))
    if file is None:
        _write_stderr(text)
    else:
        file.write(text)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
