# pymem's frozen `tracemalloc` module, written for pymem with the public API of CPython
# 3.12's tracemalloc, over the native `_tracemalloc` (crates/vm/src/runtime/modules/tracemalloc.rs), executed on
# `import tracemalloc` (frozen.rs embeds it).
#
# Same public behaviour: Snapshot (statistics, compare_to, filter_traces, traces, dump/load),
# Statistic, StatisticDiff, Traceback, Frame, Trace, Filter, DomainFilter, and the native
# functions re-exported. Sizes are pymem's heap block sizes (see tracemalloc.rs).
#
# Deviations, because pymem has no collections.abc, fnmatch, linecache or pickle:
# Traceback and the traces sequence implement the Sequence methods themselves; filename
# patterns are matched by _fnmatch below (fnmatch.fnmatch's rules on POSIX); source lines
# come from the runtime's table of files it ran, then from the file itself; Snapshot.dump
# writes a text format of its own (Snapshot.load reads it back), not a pickle.
# `__file__` is the name this module's frames carry, so that the usual
# `Filter(False, tracemalloc.__file__)` drops them.

__file__ = "<frozen tracemalloc>"

import _logging
from _tracemalloc import (start, stop, is_tracing, clear_traces, get_traceback_limit,
                          get_traced_memory, reset_peak, get_tracemalloc_memory,
                          _get_object_traceback, _get_traces)


_UNITS = ('B', 'KiB', 'MiB', 'GiB', 'TiB')


def _format_size(size, sign):
    # Shown with 3 or 4 significant digits: a unit above bytes gets one decimal below 100,
    # and the next unit is taken once the value reaches 10 * 1024 (TiB is the last one).
    template = '%+.{}f %s' if sign else '%.{}f %s'
    for unit in _UNITS:
        if unit != 'B' and abs(size) < 100:
            return template.format(1) % (size, unit)
        if unit == 'TiB' or abs(size) < 10 * 1024:
            return template.format(0) % (size, unit)
        size /= 1024


def _average_suffix(stat):
    if not stat.count:
        return ""
    return ", average=" + _format_size(stat.size / stat.count, False)


class _Fields:
    # Value semantics over the attributes named in _fields: equality with instances of the
    # same class (anything else is NotImplemented) and a hash of the same values.
    __slots__ = ()

    def _values(self):
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other):
        if isinstance(other, type(self)._kind):
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self):
        return hash(self._values())


class Statistic(_Fields):
    """Size and count of the memory blocks allocated at one traceback."""

    __slots__ = ('traceback', 'size', 'count')
    _fields = __slots__

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def __str__(self):
        return "%s: size=%s, count=%i%s" % (
            self.traceback, _format_size(self.size, False), self.count, _average_suffix(self))

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % self._values()

    def _sort_key(self):
        return self.size, self.count, self.traceback


class StatisticDiff(_Fields):
    """A Statistic together with its change since an older snapshot."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')
    _fields = __slots__

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback, self.size, self.count = traceback, size, count
        self.size_diff, self.count_diff = size_diff, count_diff

    def __str__(self):
        return "%s: size=%s (%s), count=%i (%+i)%s" % (
            self.traceback, _format_size(self.size, False), _format_size(self.size_diff, True),
            self.count, self.count_diff, _average_suffix(self))

    def __repr__(self):
        return '<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>' % self._values()

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


Statistic._kind = Statistic
StatisticDiff._kind = StatisticDiff


def _diff_groups(old_group, new_group):
    # Keys of the new snapshot first (in its order), then those only the old one has.
    diffs = []
    for key, now in new_group.items():
        before = old_group.pop(key, None)
        old_size = 0 if before is None else before.size
        old_count = 0 if before is None else before.count
        diffs.append(StatisticDiff(key, now.size, now.size - old_size,
                                   now.count, now.count - old_count))
    for key, gone in old_group.items():
        diffs.append(StatisticDiff(key, 0, -gone.size, 0, -gone.count))
    return diffs


def _raw_field(slot, index):
    # A read-only property giving one element of the raw tuple held in `slot`.
    return property(lambda self: getattr(self, slot)[index])


class _Wrapper:
    # Compares and hashes through the raw tuple kept in the slot named by _raw_name,
    # restricted to instances of the same class.
    __slots__ = ()

    def _raw(self):
        return getattr(self, self._raw_name)

    def _peer(self, other):
        return isinstance(other, type(self)._kind)

    def __eq__(self, other):
        return self._raw() == other._raw() if self._peer(other) else NotImplemented

    def __hash__(self):
        return hash(self._raw())


class _OrderedWrapper(_Wrapper):
    # Adds the ordering of the raw tuples.
    __slots__ = ()

    def __lt__(self, other):
        return self._raw() < other._raw() if self._peer(other) else NotImplemented

    def __le__(self, other):
        return self._raw() <= other._raw() if self._peer(other) else NotImplemented

    def __gt__(self, other):
        return self._raw() > other._raw() if self._peer(other) else NotImplemented

    def __ge__(self, other):
        return self._raw() >= other._raw() if self._peer(other) else NotImplemented


class _WrappedSequence:
    # A read-only sequence over a tuple of raw records, handing out each record wrapped by
    # _item (what collections.abc.Sequence would provide, written out).
    __slots__ = ()

    def __len__(self):
        return len(self._items())

    def __getitem__(self, index):
        records = self._items()
        if isinstance(index, slice):
            return tuple(self._item(r) for r in records[index])
        return self._item(records[index])

    def __iter__(self):
        for record in self._items():
            yield self._item(record)

    def __reversed__(self):
        for record in reversed(self._items()):
            yield self._item(record)

    def index(self, value, start=0, stop=None):
        size = len(self)
        if start is not None and start < 0:
            start = max(size + start, 0)
        if stop is not None and stop < 0:
            stop += size
        position = start
        while stop is None or position < stop:
            try:
                candidate = self[position]
            except IndexError:
                break
            if candidate is value or candidate == value:
                return position
            position += 1
        raise ValueError

    def count(self, value):
        hits = 0
        for candidate in self:
            if candidate is value or candidate == value:
                hits += 1
        return hits


class Frame(_OrderedWrapper):
    """One (filename, lineno) entry of a Traceback."""

    __slots__ = ("_frame",)
    _raw_name = "_frame"

    def __init__(self, frame):
        self._frame = frame

    filename = _raw_field("_frame", 0)
    lineno = _raw_field("_frame", 1)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)


Frame._kind = Frame


def _source_line(filename, lineno):
    # linecache.getline(filename, lineno).strip()
    line = _logging.source_line(filename, lineno)
    if line is not None:
        return line
    if filename.startswith('<') or lineno < 1:
        return ''
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text.strip()
    except (OSError, UnicodeError):
        pass
    return ''


class Traceback(_OrderedWrapper, _WrappedSequence):
    """The Frames of an allocation, oldest first."""

    __slots__ = ("_frames", '_total_nframe')
    _raw_name = "_frames"

    def __init__(self, frames, total_nframe=None):
        # _tracemalloc lists the most recent frame first; the API is oldest first.
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    def _items(self):
        return self._frames

    _item = staticmethod(Frame)

    def __contains__(self, frame):
        return frame._frame in self._frames

    @property
    def total_nframe(self):
        return self._total_nframe

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        tail = "" if self._total_nframe is None else f" total_nframe={self._total_nframe}"
        return f"<Traceback {tuple(self)}{tail}>"

    def format(self, limit=None, most_recent_first=False):
        """Lines in the style of a Python traceback, with source lines when found."""
        chosen = self
        if limit is not None:
            chosen = self[-limit:] if limit > 0 else self[:limit]
        if most_recent_first:
            chosen = reversed(chosen)
        out = []
        for frame in chosen:
            out.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            source = _source_line(frame.filename, frame.lineno)
            if source:
                out.append('    ' + source)
        return out


Traceback._kind = Traceback


def get_object_traceback(obj):
    """Traceback of where obj was allocated, or None when that is not known."""
    raw = _get_object_traceback(obj)
    return None if raw is None else Traceback(raw)


class Trace(_Wrapper):
    """One traced memory block: domain, size and traceback."""

    __slots__ = ("_trace",)
    _raw_name = "_trace"

    def __init__(self, trace):
        # (domain, size, raw traceback, total_nframe)
        self._trace = trace

    domain = _raw_field("_trace", 0)
    size = _raw_field("_trace", 1)

    @property
    def traceback(self):
        # The raw record ends with the frames and, when known, total_nframe.
        return Traceback(*self._trace[2:])

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


Trace._kind = Trace


class _Traces(_WrappedSequence):
    def __init__(self, traces):
        self._traces = traces

    def _items(self):
        return self._traces

    _item = staticmethod(Trace)

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if isinstance(other, _Traces):
            return self._traces == other._traces
        return NotImplemented

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _fnmatch(name, pattern):
    # fnmatch.fnmatchcase: '*' any run, '?' one character, '[seq]' / '[!seq]' a set (with
    # ranges); a '[' without its ']' is a literal. Backtracks only to the latest '*'.
    n, p = 0, 0
    star_p, star_n = -1, 0
    while n < len(name):
        if p < len(pattern):
            c = pattern[p]
            if c == '*':
                star_p, star_n = p, n
                p += 1
                continue
            if c == '?':
                n += 1
                p += 1
                continue
            if c == '[':
                end, matched = _match_set(pattern, p, name[n])
                if end is None:
                    if name[n] == '[':
                        n += 1
                        p += 1
                        continue
                elif matched:
                    n += 1
                    p = end
                    continue
            elif c == name[n]:
                n += 1
                p += 1
                continue
        if star_p < 0:
            return False
        star_n += 1
        n = star_n
        p = star_p + 1
    while p < len(pattern) and pattern[p] == '*':
        p += 1
    return p == len(pattern)


def _match_set(pattern, p, ch):
    # The set starting at pattern[p] == '[': (index after its ']', whether ch is in it), or
    # (None, False) when it has no closing ']'.
    i = p + 1
    negate = i < len(pattern) and pattern[i] == '!'
    if negate:
        i += 1
    start = i
    while i < len(pattern) and (pattern[i] != ']' or i == start):
        i += 1
    if i >= len(pattern):
        return None, False
    body = pattern[start:i]
    matched = False
    j = 0
    while j < len(body):
        if j + 2 < len(body) and body[j + 1] == '-':
            if body[j] <= ch <= body[j + 2]:
                matched = True
            j += 3
        else:
            if body[j] == ch:
                matched = True
            j += 1
    return i + 1, matched != negate


def _normalize_filename(filename):
    # A .pyc stands for its .py; os.path.normcase changes nothing on POSIX.
    return filename[:-1] if filename.endswith('.pyc') else filename


class BaseFilter:
    # _match(raw trace) says whether this filter lets the trace through (see
    # Snapshot.filter_traces); `inclusive` says whether the traces it describes are the
    # ones let through or the ones stopped.

    def _match(self, trace):
        raise NotImplementedError

    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    """Keep (inclusive) or drop the traces whose frames match a filename pattern."""

    def __init__(self, inclusive, filename_pattern,
                 lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno, self.all_frames, self.domain = lineno, all_frames, domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _frame_matches(self, filename, lineno):
        if self.lineno is not None and lineno != self.lineno:
            return False
        return _fnmatch(_normalize_filename(filename), self._filename_pattern)

    def _match(self, trace):
        domain, _, frames, _ = trace
        if self.all_frames:
            hit = any(self._frame_matches(name, line) for name, line in frames)
        else:
            hit = self._frame_matches(*frames[0])
        # For an exclusive filter the answer is "keep", i.e. the frame test negated; a
        # domain, when given, narrows what an inclusive filter keeps and what an exclusive
        # one drops.
        if self.inclusive:
            return hit and (self.domain is None or domain == self.domain)
        return not hit or (self.domain is not None and domain != self.domain)


class DomainFilter(BaseFilter):
    """Keep (inclusive) or drop the traces of one address-space domain."""

    def __init__(self, inclusive, domain):
        BaseFilter.__init__(self, inclusive)
        self._domain = domain

    def _match(self, trace):
        same = trace[0] == self.domain
        return same if self.inclusive else not same

    @property
    def domain(self):
        # Read-only: fixed when the filter is made.
        return self._domain


# Snapshot.dump's file format: a header line, the traceback limit, then one line per trace
# ("domain size total_nframe nframe") followed by its frames ("lineno filename").
_DUMP_HEADER = "pymem tracemalloc snapshot 1"


_KEY_TYPES = ('traceback', 'filename', 'lineno')


def _keys_for(raw_frames, key_type, cumulative):
    # (cache key, frames of the grouping Traceback) for each group a trace counts in.
    if cumulative:
        if key_type == 'lineno':
            return [(frame, (frame,)) for frame in raw_frames]
        return [(frame, ((frame[0], 0),)) for frame in raw_frames]
    if key_type == 'traceback':
        return [(raw_frames, raw_frames)]
    if key_type == 'lineno':
        return [(raw_frames, raw_frames[:1])]
    return [(raw_frames, ((raw_frames[0][0], 0),))]


class Snapshot:
    """The traces recorded at one moment, with the traceback limit then in force."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot to a file (pymem's text format, see _DUMP_HEADER)."""
        with open(filename, "w") as fp:
            fp.write("%s\n%d\n" % (_DUMP_HEADER, self.traceback_limit))
            for domain, size, traceback, total_nframe in self.traces._traces:
                fp.write("%d %d %d %d\n" % (domain, size, total_nframe, len(traceback)))
                for filename, lineno in traceback:
                    if '\n' in filename:
                        raise ValueError("cannot dump a file name with a newline: %r"
                                         % (filename,))
                    fp.write("%d %s\n" % (lineno, filename))

    @staticmethod
    def load(filename):
        """Read back a snapshot written by dump()."""
        with open(filename) as fp:
            lines = fp.read().split("\n")
        if not lines or lines[0] != _DUMP_HEADER:
            raise ValueError("%r is not a tracemalloc snapshot dumped by pymem"
                             % (filename,))
        limit = int(lines[1])
        traces = []
        i = 2
        while i < len(lines) and lines[i]:
            domain, size, total_nframe, nframe = [int(x) for x in lines[i].split(" ")]
            frames = []
            for line in lines[i + 1:i + 1 + nframe]:
                lineno, name = line.split(" ", 1)
                frames.append((name, int(lineno)))
            traces.append((domain, size, tuple(frames), total_nframe))
            i += 1 + nframe
        return Snapshot(traces, limit)

    def filter_traces(self, filters):
        """A new Snapshot keeping the traces that pass the Filter/DomainFilter list."""
        try:
            iter(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        if not filters:
            return Snapshot(self.traces._traces.copy(), self.traceback_limit)
        wanted = []
        unwanted = []
        for f in filters:
            (wanted if f.inclusive else unwanted).append(f)
        kept = []
        for trace in self.traces._traces:
            if wanted and not any(f._match(trace) for f in wanted):
                continue
            if all(f._match(trace) for f in unwanted):
                kept.append(trace)
        return Snapshot(kept, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in _KEY_TYPES:
            raise ValueError("unknown key_type: %r" % (key_type,))
        # Only single frames can be accumulated over every frame of a traceback.
        if cumulative and key_type == 'traceback':
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        groups = {}
        # One Traceback per distinct raw key, so equal keys share their object.
        made = {}
        for domain, size, raw_frames, total_nframe in self.traces._traces:
            for cache_key, frames in _keys_for(raw_frames, key_type, cumulative):
                key = made.get(cache_key)
                if key is None:
                    key = made[cache_key] = Traceback(frames)
                stat = groups.get(key)
                if stat is None:
                    groups[key] = Statistic(key, size, 1)
                else:
                    stat.size += size
                    stat.count += 1
        return groups

    def statistics(self, key_type, cumulative=False):
        """Statistic per group, biggest first."""
        result = list(self._group_by(key_type, cumulative).values())
        result.sort(key=Statistic._sort_key, reverse=True)
        return result

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff per group against old_snapshot, biggest change first."""
        result = _diff_groups(old_snapshot._group_by(key_type, cumulative),
                              self._group_by(key_type, cumulative))
        result.sort(key=StatisticDiff._sort_key, reverse=True)
        return result


def take_snapshot():
    """Snapshot of the blocks traced so far."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
