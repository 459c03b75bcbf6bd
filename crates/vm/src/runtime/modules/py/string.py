# pymem's frozen `string` module: the character-class constants, capwords and Template
# ($-substitution) with CPython 3.12's results and error messages.
#
# Known gap: pymem has no `re`, so Template placeholders are scanned by hand; a subclass may
# change `delimiter`, but overriding `idpattern`, `braceidpattern` or `pattern` (regular
# expressions in CPython) has no effect.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]



def _span(first, last):
    return ''.join(chr(c) for c in range(ord(first), ord(last) + 1))


# The ASCII classes, in code-point order (whitespace in CPython's order).
digits = _span('0', '9')
octdigits = _span('0', '7')
ascii_lowercase = _span('a', 'z')
ascii_uppercase = _span('A', 'Z')
ascii_letters = ascii_lowercase + ascii_uppercase
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# Every printable ASCII character that is neither a letter, a digit nor a space.
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """`s` with each word capitalized: words are split at `sep` and joined back with it
    (by default, at runs of whitespace, joined with single spaces)."""
    words = s.split(sep)
    # str.capitalize unbound, so non-str input fails as it does in CPython.
    return (sep or ' ').join([str.capitalize(word) for word in words])


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
    """A string with $name / ${name} placeholders, filled in from a mapping."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, at):
        lines = self.template[:at].splitlines(keepends=True)
        if lines:
            lineno, colno = len(lines), at - len(''.join(lines[:-1]))
        else:
            lineno = colno = 1
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


# ---------------------------------------------------------------------------------------
# Formatter: str.format's machinery, with hooks subclasses override.

def _parse_format(s):
    """The (literal_text, field_name, format_spec, conversion) parts of a format string, as
    str.format reads it."""
    n = len(s)
    i = 0
    while i < n:
        # Literal text up to the next brace; a doubled brace is one literal brace.
        start = i
        while i < n and s[i] not in '{}':
            i += 1
        if i >= n:
            yield s[start:i], None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield s[start:i + 1], None, None, None
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        i += 1
        # The field name: up to '!', ':' or '}' outside brackets.
        name_start = i
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = s[i]
            if c == '[':
                while i < n and s[i] != ']':
                    i += 1
                if i >= n:
                    raise ValueError("expected '}' before end of string")
                i += 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in '!:}':
                break
            i += 1
        field_name = s[name_start:i]
        conversion = None
        if c == '!':
            i += 1
            if i >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[i]
            if c not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        format_spec = ''
        if c == ':':
            i += 1
            spec_start = i
            depth = 1
            while True:
                if i >= n:
                    raise ValueError("unmatched '{' in format spec")
                if s[i] == '{':
                    depth += 1
                elif s[i] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            format_spec = s[spec_start:i]
        i += 1
        yield literal, field_name, format_spec, conversion


def _split_field_name(name):
    """The first part of a field name (an int when it is digits) and the (is_attribute,
    key) accessors that follow it."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            i += 1
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            rest.append((True, name[start:i]))
        else:
            i += 1
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if key == '':
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


_MIXED_NUMBERING = ('cannot switch from manual field specification to automatic field '
                    'numbering')


def _number_field(field_name, next_auto):
    """(field name to look up, next automatic number): '{}' takes the next number, '{0}'
    turns automatic numbering off for the rest of the string (False); the two cannot be
    mixed."""
    if field_name == '':
        if next_auto is False:
            raise ValueError(_MIXED_NUMBERING)
        return str(next_auto), next_auto + 1
    if field_name.isdigit():
        if next_auto:
            raise ValueError(_MIXED_NUMBERING)
        return field_name, False
    return field_name, next_auto


_CONVERSIONS = (('s', str), ('r', repr), ('a', ascii))


class Formatter:
    # The hooks (parse, get_field, get_value, convert_field, format_field,
    # check_unused_args) are called in the same order and with the same arguments as
    # CPython's, for subclasses that override them.

    def vformat(self, format_string, args, kwargs):
        used = set()
        text = self._vformat(format_string, args, kwargs, used, 2)[0]
        self.check_unused_args(used, args, kwargs)
        return text

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # Returns the text and the next automatic field number; a format spec is itself
        # expanded, one level less deep.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            name, auto_arg_index = _number_field(name, auto_arg_index)
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        # Integer keys index the positional arguments, the rest name keyword arguments.
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        for code, convert in _CONVERSIONS:
            if conversion == code:
                return convert(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of the format
        string; field_name is None after the trailing literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the argument key it used."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, part in rest:
            obj = getattr(obj, part) if is_attribute else obj[part]
        return obj, first
