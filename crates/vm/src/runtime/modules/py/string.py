# pymem's frozen `string` module: the character-class constants, capwords and Template
# ($-substitution) with CPython 3.12's results and error messages.
#
# Known gap: pymem has no `re`, so Template placeholders are scanned by hand; a subclass may
# change `delimiter`, but overriding `idpattern`, `braceidpattern` or `pattern` (regular
# expressions in CPython) has no effect. Formatter is not provided.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)

_sentinel_dict = {}


class _Placeholder:
    """One delimiter occurrence in a template: `kind` is 'escaped', 'named', 'braced' or
    'invalid'; text[start:end] is the whole placeholder; `at` is where CPython's `invalid`
    group starts (just after the delimiter)."""

    __slots__ = ('kind', 'name', 'start', 'end', 'at')

    def __init__(self, kind, name, start, end, at):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.at = at


def _identifier_end(text, i):
    n = len(text)
    if i < n and text[i] in _ID_START:
        i += 1
        while i < n and text[i] in _ID_CHARS:
            i += 1
        return i
    return -1


def _placeholders(text, delim):
    """The placeholders of `text`, left to right (what CPython's Template.pattern finds)."""
    found = []
    dl = len(delim)
    i = text.find(delim)
    while i >= 0:
        j = i + dl
        if text.startswith(delim, j):
            found.append(_Placeholder('escaped', None, i, j + dl, j))
        else:
            end = _identifier_end(text, j)
            if end >= 0:
                found.append(_Placeholder('named', text[j:end], i, end, j))
            else:
                end = _identifier_end(text, j + 1) if text.startswith('{', j) else -1
                if end >= 0 and text.startswith('}', end):
                    found.append(_Placeholder('braced', text[j + 1:end], i, end + 1, j))
                else:
                    found.append(_Placeholder('invalid', None, i, j, j))
        i = text.find(delim, found[-1].end)
    return found


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, at):
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _expand(self, mapping, safe):
        text = self.template
        out = []
        pos = 0
        for ph in _placeholders(text, self.delimiter):
            out.append(text[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                out.append(self.delimiter)
            elif ph.kind == 'invalid':
                if safe:
                    out.append(text[ph.start:ph.end])
                else:
                    self._invalid(ph.at)
            elif safe:
                try:
                    out.append('%s' % (mapping[ph.name],))
                except KeyError:
                    out.append(text[ph.start:ph.end])
            else:
                out.append('%s' % (mapping[ph.name],))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._expand(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._expand(_merge(mapping, kws), True)

    def is_valid(self):
        for ph in _placeholders(self.template, self.delimiter):
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in _placeholders(self.template, self.delimiter):
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


class _Layered:
    """Keyword arguments over a mapping: what substitute(mapping, **kws) looks names up in."""

    def __init__(self, front, back):
        self.front = front
        self.back = back

    def __getitem__(self, key):
        if key in self.front:
            return self.front[key]
        return self.back[key]


def _merge(mapping, kws):
    if mapping is _sentinel_dict:
        return kws
    if kws:
        return _Layered(kws, mapping)
    return mapping
