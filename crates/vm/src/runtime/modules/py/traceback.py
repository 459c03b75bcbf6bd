# traceback: the functions scripts use to show a caught exception or walk its traceback,
# with CPython 3.12's signatures. Frames are rendered by the interpreter (_format,
# _tb_levels). A `limit` (or `sys.tracebacklimit` when none is given) keeps the first
# `limit` levels of each traceback, or with a negative one the last ones; the chain is then
# assembled here from the kept levels (exception groups keep their full rendering).

import itertools
import sys

_SEPARATORS = (
    "\nThe above exception was the direct cause of the following exception:\n\n",
    "\nDuring handling of the above exception, another exception occurred:\n\n",
)
_sentinel = object()


def _effective_limit(limit):
    # The caller's limit, else sys.tracebacklimit if set; None keeps every level.
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
    return limit


def _limited(levels, limit):
    # The first `limit` levels, or the last `-limit` of them for a negative one (the
    # comparison raises CPython's TypeError for a limit that is not a number).
    if limit is None:
        return levels
    if limit >= 0:
        return levels[:limit]
    return levels[limit:] if -limit < len(levels) else levels


def _format_limited(exc, limit, chain, seen):
    # format_exception's lines for `exc` and, with `chain`, the exceptions before it,
    # each traceback cut to `limit` levels (CPython's TracebackException.format).
    seen.add(id(exc))
    out = []
    if chain:
        cause, context = exc.__cause__, exc.__context__
        if cause is not None and id(cause) not in seen:
            out += _format_limited(cause, limit, chain, seen)
            out.append(_SEPARATORS[0])
        elif (context is not None and not exc.__suppress_context__
              and id(context) not in seen):
            out += _format_limited(context, limit, chain, seen)
            out.append(_SEPARATORS[1])
    if isinstance(exc, BaseExceptionGroup):
        # A group's boxed rendering, whole.
        return out + _lines(_format(exc, False, True))
    stack = extract_tb(exc.__traceback__, limit=limit)
    if stack:
        out.append("Traceback (most recent call last):\n")
        out += stack.format()
    return out + format_exception_only(exc)


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
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    limit = _effective_limit(limit)
    if limit is not None:
        return _format_limited(exc, limit, chain, set())
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

_RECURSIVE_CUTOFF = 3


def walk_tb(tb):
    """Walk a traceback along tb_next, yielding (frame, lineno) for each level."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _source_line(filename, lineno):
    # The text of line `lineno` of a file ('' when it cannot be read), as linecache gives;
    # first from the source the interpreter ran under that name.
    line = _ran_line(filename, lineno)
    if line is not None:
        return line
    try:
        with open(filename, encoding='utf-8') as source:
            for number, text in enumerate(source, 1):
                if number == lineno:
                    return text
    except (OSError, UnicodeDecodeError, TypeError, ValueError):
        pass
    return ''


class FrameSummary:
    """One level of a traceback or stack: where (filename, lineno, name) and the source
    line; it also acts as the 4-tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, _text=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line
        self.locals = locals
        # The rendering the interpreter made for this level, when it made one.
        self._text = _text
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        # Locals count, the source line does not.
        return ((self.filename, self.lineno, self.name, self.locals) ==
                (other.filename, other.lineno, other.name, other.locals))

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _as_frame_summary(entry):
    if isinstance(entry, FrameSummary):
        return entry
    filename, lineno, name, line = entry
    return FrameSummary(filename, lineno, name, line=line)


def _run_key(frame_summary):
    # Consecutive frames with equal keys are one run (a recursion); no file, no run.
    if frame_summary.filename is None:
        return object()
    return (frame_summary.filename, frame_summary.lineno, frame_summary.name)


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        # Always a StackSummary, whatever the class it is called on (as CPython).
        return StackSummary(map(_as_frame_summary, a_list))

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        text = f'  File "{frame_summary.filename}", line {frame_summary.lineno}, ' \
               f'in {frame_summary.name}\n'
        if frame_summary.line:
            text += f'    {frame_summary.line}\n'
        return text

    def format(self):
        # Each level's text, but a run of one frame repeating shows only its first
        # _RECURSIVE_CUTOFF levels and a line counting the others.
        out = []
        for _, run in itertools.groupby(self, key=_run_key):
            texts = [text for text in map(self.format_frame_summary, run)
                     if text is not None]
            out += texts[:_RECURSIVE_CUTOFF]
            hidden = len(texts) - _RECURSIVE_CUTOFF
            if hidden > 0:
                plural = 's' if hidden > 1 else ''
                out.append(f'  [Previous line repeated {hidden} more time{plural}]\n')
        return out


def extract_tb(tb, limit=None):
    """The frames of a traceback as a StackSummary of FrameSummary objects."""
    limit = _effective_limit(limit)
    levels = list(walk_tb(tb))
    blocks = _tb_levels(tb)
    result = StackSummary()
    # An inlined comprehension's level has no text (the level before it shows its
    # position): not a level of CPython's, so not counted by the limit either.
    shown = [(level, text) for level, text in zip(levels, blocks) if text is not None]
    for (frame, lineno), text in _limited(shown, limit):
        rows = text.split("\n")
        line = rows[1] if len(rows) > 1 and rows[1].startswith("    ") else ""
        head = rows[0]
        at = head.rfind(", line ")
        if at >= 0:
            lineno = int(head[at + 7:head.index(",", at + 7)])
        code = frame.f_code
        result.append(FrameSummary(code.co_filename, lineno, code.co_name, line=line,
                                   _text=text))
    return result


def format_list(extracted_list):
    """The printable lines of a list of FrameSummary objects or (file, line, name, text)
    tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    text = "".join(format_list(extracted_list))
    if file is None:
        _write_stderr(text)
    else:
        file.write(text)


def format_tb(tb, limit=None):
    """The frame lines of a traceback, one string per frame."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the frame lines of a traceback."""
    print_list(extract_tb(tb, limit=limit), file=file)


# ---- the active stack (frame records from sys._getframe) ----

def walk_stack(f):
    """(frame, line number) for `f` and each frame below it, innermost first (from the
    caller's frame when `f` is None)."""
    if f is None:
        f = sys._getframe(1)
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _stack_levels(f, limit):
    levels = list(walk_stack(f))
    limit = _effective_limit(limit)
    if limit is not None:
        # The innermost `limit` frames; a negative limit keeps the outermost ones.
        levels = levels[:limit] if limit >= 0 else levels[limit:]
    levels.reverse()
    return levels


def extract_stack(f=None, limit=None):
    """The active frames from the outermost to `f` (default: the caller) as a
    StackSummary."""
    if f is None:
        f = sys._getframe(1)
    result = StackSummary()
    for frame, lineno in _stack_levels(f, limit):
        code = frame.f_code
        result.append(FrameSummary(code.co_filename, lineno, code.co_name))
    return result


def format_stack(f=None, limit=None):
    """The printable lines of the active stack (as extract_stack)."""
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the active stack (as extract_stack)."""
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)
