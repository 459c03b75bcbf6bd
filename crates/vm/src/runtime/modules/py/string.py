# pymem's frozen `string` module: the character-class constants, capwords and Template
# ($-substitution) with CPython 3.12's results and error messages.
#
# Known gap: pymem has no `re`, so Template placeholders are scanned by hand; a subclass may
# change `delimiter`, but overriding `idpattern`, `braceidpattern` or `pattern` (regular
# expressions in CPython) has no effect.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

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


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and explicit numbers ('{0}') cannot be mixed.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1,
                                                        auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of the format
        string; field_name is None after the trailing literal text."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the argument key it used."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
