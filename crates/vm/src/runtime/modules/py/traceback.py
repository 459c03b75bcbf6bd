# traceback: the functions scripts use to show a caught exception or walk its traceback,
# with CPython 3.12's signatures. Frames are rendered by the interpreter (_format,
# _tb_levels); `limit` is not supported (pymem has no frame objects to walk), and asking
# for one says so.

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

_RECURSIVE_CUTOFF = 3


def walk_tb(tb):
    """Walk a traceback along tb_next, yielding (frame, lineno) for each level."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, _text=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self._text = _text

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line)
        return row

    def format(self):
        # Runs of the same frame past 3 collapse into a "Previous line repeated" line.
        result = []
        last = None
        count = 0
        for frame_summary in self:
            formatted = self.format_frame_summary(frame_summary)
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    """The frames of a traceback as a StackSummary of FrameSummary objects."""
    _check_limit(limit)
    levels = list(walk_tb(tb))
    blocks = _tb_levels(tb)
    result = StackSummary()
    for (frame, lineno), text in zip(levels, blocks):
        if text is None:
            # An inlined comprehension: the level before it shows its position.
            continue
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
