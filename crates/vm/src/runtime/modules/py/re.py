# pymem's frozen `re` module: CPython 3.12's `re` API over the native engine `_sre`
# (crates/vm/src/runtime/modules/re/: a port of re/_parser.py with its error messages and
# warnings, and a backtracking matcher with sre's semantics). Pattern and Match are Python
# classes here (C types in CPython) with the same attributes, methods, argument errors and
# reprs. findall / split / sub run their scanning loops natively and finditer / scanner
# here, all with sre.c's empty-match rules of 3.7+ (an empty match right after a match is
# allowed, one where the previous empty match was is not: `must_advance`).
#
# Known gaps: no re.LOCALE rules (bytes patterns use ASCII rules under it), no \N{name}
# escapes (pymem has no Unicode name database), no re.DEBUG dump, no pickling. \w and \d
# follow CPython 3.12's Unicode 15.0 tables; case mappings come from Rust's `char`.

import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = 9223372036854775807
MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS


class RegexFlag(int):
    """An integer flag whose repr names the re flags it combines (enum.IntFlag's)."""

    # Definition order of CPython's RegexFlag members: their reprs list flags this way.
    _members = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
                ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
                ("DEBUG", 128))
    _all = 511

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in RegexFlag._members:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = []
        for name, bit in RegexFlag._members:
            if v & bit:
                names.append(name)
        return "|".join(names) if names else None

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & RegexFlag._all)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """A pattern that does not compile: `msg`, and where (`pattern`, `pos`, and the
    1-based `lineno` and `colno` of `pos`, None when unknown)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = f"{msg} at position {pos:d}"
            eol = "\n" if isinstance(pattern, str) else b"\n"
            line_start = pattern.rfind(eol, 0, pos)
            self.lineno = 1 + pattern.count(eol, 0, pos)
            self.colno = pos - line_start
            if eol in pattern:
                text = f"{text} (line {self.lineno}, column {self.colno})"
        super().__init__(text)


def _getslice(string, start, end):
    # sre's getslice: str slices are str, every bytes-like slice is bytes.
    if isinstance(string, str):
        if type(string) is not str:
            # The str's own slice, whatever the subclass overrides.
            return str.__getitem__(string, slice(start, end))
        return string[start:end]
    if type(string) is bytes:
        return string[start:end]
    return bytes(string[start:end])


def _index(x):
    # operator.index, with its message.
    if isinstance(x, int):
        return x
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return f(x)


def _clamp(pos, endpos, n):
    if type(pos) is not int:
        pos = _index(pos)
    if type(endpos) is not int:
        endpos = _index(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


def _clinic(fname, args, kwargs, names, required, defaults):
    # Argument Clinic's parsing of positional-or-keyword parameters (Pattern and Match
    # methods are C functions in CPython), with its error messages.
    nargs = len(args)
    maxargs = len(names)
    if nargs + len(kwargs) > maxargs:
        raise TypeError("%s() takes at most %d %sargument%s (%d given)" % (
            fname, maxargs, "keyword " if nargs == 0 else "",
            "" if maxargs == 1 else "s", nargs + len(kwargs)))
    values = list(args)
    used = 0
    for i in range(nargs, maxargs):
        name = names[i]
        if name in kwargs:
            values.append(kwargs[name])
            used += 1
        elif i < required:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (fname, name, i + 1))
        else:
            values.append(defaults[i])
    if used < len(kwargs):
        for i in range(nargs):
            if names[i] in kwargs:
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (fname, names[i], i + 1))
        for k in kwargs:
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
    return values


_SPE = ("string", "pos", "endpos")
_SPE_DEFAULTS = (None, 0, _MAXSIZE)
_SUB = ("repl", "string", "count")
_SUB_DEFAULTS = (None, None, 0)


# Pattern.__repr__ names flags in this order (Modules/_sre/sre.c, pattern_repr).
_REPR_FLAGS = (("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
               ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
               ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256))


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("_pattern", "_flags", "_groups", "_groupindex", "_code", "_isbytes",
                 "__weakref__")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def pattern(self):
        """The pattern string from which the RE object was compiled."""
        return self._pattern

    @property
    def flags(self):
        """The regex matching flags."""
        return self._flags

    @property
    def groups(self):
        """The number of capturing groups in the pattern."""
        return self._groups

    @property
    def groupindex(self):
        """A dictionary mapping group names to group numbers."""
        import types
        return types.MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        flags = self._flags
        if not self._isbytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append("0x%x" % flags)
        r = repr(self._pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (r, "|".join(names))
        return "re.compile(%s)" % r

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        if self is other:
            return True
        return (self._flags == other._flags and self._isbytes == other._isbytes
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _search(self, string, pos, endpos, anchor):
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        r = _sre.match(self._code, string, self._isbytes, pos, endpos, anchor)
        if r is None:
            return None
        # _new_match, inlined: this is the path of every match() and search().
        m = object.__new__(Match)
        m._regs = r[1]
        m._string = string
        m._re = self
        m._pos = r[2]
        m._endpos = r[3]
        m._lastindex = r[0] if r[0] else None
        return m

    def match(self, *args, **kwargs):
        """Matches zero or more characters at the beginning of the string."""
        n = len(args)
        if kwargs or not 0 < n < 4:
            string, pos, endpos = _clinic("match", args, kwargs, _SPE, 1, _SPE_DEFAULTS)
            return self._search(string, pos, endpos, 0)
        if n == 1:
            return self._search(args[0], 0, _MAXSIZE, 0)
        if n == 2:
            return self._search(args[0], args[1], _MAXSIZE, 0)
        return self._search(args[0], args[1], args[2], 0)

    def fullmatch(self, *args, **kwargs):
        """Matches against all of the string."""
        n = len(args)
        if kwargs or not 0 < n < 4:
            string, pos, endpos = _clinic("fullmatch", args, kwargs, _SPE, 1, _SPE_DEFAULTS)
            return self._search(string, pos, endpos, 1)
        if n == 1:
            return self._search(args[0], 0, _MAXSIZE, 1)
        if n == 2:
            return self._search(args[0], args[1], _MAXSIZE, 1)
        return self._search(args[0], args[1], args[2], 1)

    def search(self, *args, **kwargs):
        """Scan through string looking for a match, and return a corresponding match
        object instance. Return None if no position in the string matches."""
        n = len(args)
        if kwargs or not 0 < n < 4:
            string, pos, endpos = _clinic("search", args, kwargs, _SPE, 1, _SPE_DEFAULTS)
            return self._search(string, pos, endpos, 2)
        if n == 1:
            return self._search(args[0], 0, _MAXSIZE, 2)
        if n == 2:
            return self._search(args[0], args[1], _MAXSIZE, 2)
        return self._search(args[0], args[1], args[2], 2)

    def findall(self, *args, **kwargs):
        """Return a list of all non-overlapping matches of pattern in string."""
        if kwargs or len(args) != 1:
            string, pos, endpos = _clinic("findall", args, kwargs, _SPE, 1, _SPE_DEFAULTS)
        else:
            string, pos, endpos = args[0], 0, _MAXSIZE
        subject = _sre.subject(string, self._isbytes)
        pos, endpos = _clamp(pos, endpos, len(string))
        return _sre.findall(self._code, subject, pos, endpos)

    def finditer(self, *args, **kwargs):
        """Return an iterator over all non-overlapping matches for the RE pattern in
        string. For each match, the iterator returns a match object."""
        string, pos, endpos = _clinic("finditer", args, kwargs, _SPE, 1, _SPE_DEFAULTS)
        return _finditer(_Scanner(self, string, pos, endpos))

    def scanner(self, *args, **kwargs):
        string, pos, endpos = _clinic("scanner", args, kwargs, _SPE, 1, _SPE_DEFAULTS)
        return _Scanner(self, string, pos, endpos)

    def split(self, *args, **kwargs):
        """Split string by the occurrences of pattern."""
        if kwargs or len(args) != 1:
            string, maxsplit = _clinic("split", args, kwargs, ("string", "maxsplit"), 1,
                                       (None, 0))
        else:
            string, maxsplit = args[0], 0
        subject = _sre.subject(string, self._isbytes)
        return _sre.split(self._code, subject, maxsplit)

    def sub(self, *args, **kwargs):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        if kwargs or len(args) != 2:
            args = _clinic("sub", args, kwargs, _SUB, 2, _SUB_DEFAULTS)
            return self._subx(args[0], args[1], args[2])[0]
        return self._subx(args[0], args[1], 0)[0]

    def subn(self, *args, **kwargs):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the
        leftmost non-overlapping occurrences of pattern with the replacement repl."""
        if kwargs or len(args) != 2:
            args = _clinic("subn", args, kwargs, _SUB, 2, _SUB_DEFAULTS)
            return self._subx(args[0], args[1], args[2])
        return self._subx(args[0], args[1], 0)

    def _subx(self, repl, string, count):
        if callable(repl):
            n = len(string)
            template = None

            def callback(r):
                return repl(_new_match(self, string, r, 0, n))
        else:
            template = _compile_template(self, repl)
            callback = None
        subject = _sre.subject(string, self._isbytes)
        return _sre.sub(self._code, subject, string, template, callback, count)


class _Scanner:
    __slots__ = ("pattern", "_string", "_subject", "_pos", "_endpos", "_must_advance")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._subject = _sre.subject(string, pattern._isbytes)
        self._string = string
        self._pos, self._endpos = _clamp(pos, endpos, len(string))
        self._must_advance = False

    def _next(self, anchor):
        if self._pos is None:
            return None
        p = self.pattern
        r = _sre.search(p._code, self._subject, self._pos, self._endpos, anchor,
                        self._must_advance)
        if r is None:
            self._pos = None
            return None
        m = _new_match(p, self._string, r, self._pos, self._endpos)
        start, end = r[1][0]
        self._must_advance = start == end
        self._pos = end
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


def _finditer(scanner):
    while True:
        m = scanner.search()
        if m is None:
            return
        yield m


class Match:
    """The result of re.match() and re.search().
    Match objects always have a boolean value of True."""

    __slots__ = ("_regs", "_string", "_re", "_pos", "_endpos", "_lastindex")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    @property
    def string(self):
        """The string passed to match() or search()."""
        return self._string

    @property
    def re(self):
        """The regular expression object."""
        return self._re

    @property
    def pos(self):
        """The index into the string at which the RE engine started looking for a
        match."""
        return self._pos

    @property
    def endpos(self):
        """The index into the string beyond which the RE engine will not go."""
        return self._endpos

    @property
    def lastindex(self):
        """The integer index of the last matched capturing group."""
        return self._lastindex

    @property
    def lastgroup(self):
        """The name of the last matched capturing group."""
        if self._lastindex is None:
            return None
        for name, index in self._re._groupindex.items():
            if index == self._lastindex:
                return name
        return None

    @property
    def regs(self):
        return self._regs

    def _index(self, g):
        if isinstance(g, int):
            i = g
        elif hasattr(type(g), "__index__"):
            i = g.__index__()
        else:
            i = -1
            try:
                found = self._re._groupindex.get(g)
            except TypeError:
                found = None
            if isinstance(found, int):
                i = found
        if i < 0 or i >= len(self._regs):
            raise IndexError("no such group")
        return i

    def _get(self, i, default=None):
        s, e = self._regs[i]
        if s < 0:
            return default
        return _getslice(self._string, s, e)

    def group(self, *args):
        """Return subgroup(s) of the match by indices or names.
        For 0 returns the entire match."""
        if len(args) == 1:
            g = args[0]
            if type(g) is int and 0 <= g < len(self._regs):
                # The common case, without the calls of the general one.
                s, e = self._regs[g]
                if s < 0:
                    return None
                string = self._string
                if type(string) is str or type(string) is bytes:
                    return string[s:e]
                return _getslice(string, s, e)
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, *args, **kwargs):
        """Return a tuple containing all the subgroups of the match, from 1."""
        default = _clinic("groups", args, kwargs, ("default",), 0, (None,))[0]
        return tuple([self._get(i, default) for i in range(1, len(self._regs))])

    def groupdict(self, *args, **kwargs):
        """Return a dictionary containing all the named subgroups of the match, keyed
        by the subgroup name."""
        default = _clinic("groupdict", args, kwargs, ("default",), 0, (None,))[0]
        d = {}
        for name, index in self._re._groupindex.items():
            d[name] = self._get(index, default)
        return d

    def start(self, *args, **kwargs):
        """Return index of the start of the substring matched by group."""
        if kwargs:
            raise TypeError("Match.start() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("start expected at most 1 argument, got %d" % len(args))
        if not args:
            return self._regs[0][0]
        g = args[0]
        if type(g) is not int or not 0 <= g < len(self._regs):
            g = self._index(g)
        return self._regs[g][0]

    def end(self, *args, **kwargs):
        """Return index of the end of the substring matched by group."""
        if kwargs:
            raise TypeError("Match.end() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("end expected at most 1 argument, got %d" % len(args))
        if not args:
            return self._regs[0][1]
        g = args[0]
        if type(g) is not int or not 0 <= g < len(self._regs):
            g = self._index(g)
        return self._regs[g][1]

    def span(self, *args, **kwargs):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        if kwargs:
            raise TypeError("Match.span() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError("span expected at most 1 argument, got %d" % len(args))
        if not args:
            return self._regs[0]
        g = args[0]
        if type(g) is not int or not 0 <= g < len(self._regs):
            g = self._index(g)
        return self._regs[g]

    def expand(self, *args, **kwargs):
        """Return the string obtained by doing backslash substitution on the string
        template, as done by the sub() method."""
        template = _clinic("expand", args, kwargs, ("template",), 1, (None,))[0]
        t = _compile_template(self._re, template)
        return _expand(t, self._string, self._regs)

    def __repr__(self):
        s, e = self._regs[0]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            s, e, repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _new_match(pattern, string, r, pos, endpos):
    m = object.__new__(Match)
    m._regs = r[1]
    m._string = string
    m._re = pattern
    m._pos = pos
    m._endpos = endpos
    m._lastindex = r[0] if r[0] else None
    return m


# ---- replacement templates (re/_parser.py: parse_template) --------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_OCTDIGITS = "01234567"
_DIGITS = "0123456789"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class _TemplateSource:
    """The tokenizer of re/_parser.py, enough for replacement templates."""

    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = str(bytes(string), "latin1")
        self.decoded = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.decoded):
            self.next = None
            return
        char = self.decoded[index]
        if char == "\\":
            index += 1
            if index >= len(self.decoded):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += self.decoded[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def tell(self):
        return self.index - len(self.next or "")

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.string, self.tell() - offset)

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def checkgroupname(self, name, offset):
        if not (self.istext or name.isascii()):
            raise self.error("bad character in group name %a" % name, len(name) + offset)
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


def _parse_template(source, pattern):
    s = _TemplateSource(source)
    result = []
    literal = []

    def addliteral():
        if s.istext:
            result.append("".join(literal))
        else:
            result.append("".join(literal).encode("latin-1"))
        del literal[:]

    def addgroup(index, pos):
        if index > pattern._groups:
            raise s.error("invalid group reference %d" % index, pos)
        addliteral()
        result.append(index)

    groupindex = pattern._groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if not (name.isdecimal() and name.isascii()):
                    s.checkgroupname(name, 1)
                    if name not in groupindex:
                        raise IndexError("unknown group name %r" % name)
                    index = groupindex[name]
                else:
                    index = int(name)
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += s.get()
                    if (c in _OCTDIGITS and this[2] in _OCTDIGITS and
                            s.next is not None and s.next in _OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error("octal escape value %s outside of "
                                          "range 0-0o377" % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                if c in _ESCAPES:
                    this = _ESCAPES[c]
                elif c in _ASCIILETTERS:
                    raise s.error("bad escape %s" % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    addliteral()
    return result


_template_cache = {}


def _compile_template(pattern, repl):
    if not isinstance(repl, (str, bytes, bytearray)):
        # What re/_parser.py's Tokenizer raises decoding a non-str as Latin-1.
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(repl).__name__)
    key = (pattern, type(repl), repl if not isinstance(repl, bytearray) else bytes(repl))
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(repl, pattern)
        if len(_template_cache) >= _MAXCACHE:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _expand(template, string, regs):
    # template: [literal, group, literal, group, ..., literal]; regs: the groups' spans.
    parts = [template[0]]
    for k in range(1, len(template), 2):
        s, e = regs[template[k]]
        if s >= 0:
            parts.append(_getslice(string, s, e))
        parts.append(template[k + 1])
    if isinstance(template[0], str):
        return "".join(parts)
    return b"".join(parts)


# ---- module-level functions ---------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _warn(message):
    # The parser's FutureWarnings, reported at the line that called re (stacklevel: this
    # function, _compile, the re function, its caller).
    import warnings
    warnings.warn(message, FutureWarning, stacklevel=4)


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        p = _cache.get(key)
    except TypeError:
        p = None
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & T:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented "
                      "flag without an obvious purpose. Don't use it.", DeprecationWarning)
    code, final_flags, groups, names = _sre.compile(pattern, flags, error, _warn)
    p = object.__new__(Pattern)
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._groupindex = dict(names)
    p._code = code
    p._isbytes = not isinstance(pattern, str)
    if flags & DEBUG:
        return p
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


# The module-level functions compile (through the cache) and call the Pattern method.

def match(pattern, string, flags=0):
    """The Match of pattern at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """The Match of pattern covering all of string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The Match of pattern's first occurrence in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with pattern's occurrences (the first `count`, if nonzero) replaced by
    repl: a template with group references, or a function of the Match."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """sub(), also counting the replacements: (new string, count)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The pieces of string between pattern's occurrences (and its groups' texts)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every non-overlapping occurrence: the matched texts, or the groups' texts."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of the Match objects of every non-overlapping occurrence."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """The Pattern object for pattern and flags (cached)."""
    return _compile(pattern, flags)


def purge():
    """Forget the cached patterns and templates."""
    _cache.clear()
    _template_cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern (str or bytes) with a backslash before each character regexes treat
    specially."""
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    return escape(str(pattern, "latin1")).encode("latin1")


def template(pattern, flags=0):
    """Deprecated: compile pattern with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented "
                  "function without an obvious purpose. Use re.compile() instead.",
                  DeprecationWarning)
    # The flag warns too when used directly: one warning per call is enough.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | T)


class Scanner:
    """A lexer: `lexicon` is a list of (phrase, action) pairs; scan() matches the phrases
    in turn and collects the actions' results (undocumented, as in CPython)."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # Each phrase becomes one group of an alternation; a match's lastindex is the
        # group of the phrase that matched (it closes after the phrase's own groups).
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            self._actions[group] = action
            group += 1 + _compile(phrase, flags).groups
        self.scanner = _compile("|".join("(%s)" % phrase for phrase, action in lexicon),
                                flags)

    def scan(self, string):
        tokens = []
        next_match = self.scanner.scanner(string).match
        done = 0
        # An empty match ends the scan as failing to match does.
        while (m := next_match()) is not None and m.end() != done:
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                tokens.append(action)
            done = m.end()
        return tokens, string[done:]
