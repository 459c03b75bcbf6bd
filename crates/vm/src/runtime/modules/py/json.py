# pymem's frozen `json` module: dumps/dump (indent, sort_keys, separators, default,
# ensure_ascii, skipkeys, allow_nan, check_circular, cls) and loads/load (object_hook,
# object_pairs_hook, parse_float, parse_int, parse_constant, strict, cls) with CPython 3.12's
# output, float and string escaping, and JSONDecodeError messages and positions.
#
# CPython splits this into the json package (json.encoder, json.decoder); here it is one
# module whose classes report CPython's module names, and which registers `json.decoder`
# and `json.encoder` submodules holding them. Known gaps: pymem's str cannot hold
# lone surrogates, so a "\ud800" escape without its pair cannot be decoded (ValueError), and
# pymem has no UTF-16/UTF-32 codecs for bytes input in those encodings (LookupError).

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

# ---------------------------------------------------------------------------------------
# Encoding

_ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i


def _encode_basestring(s):
    """The JSON form of s, escaping only quotes, backslashes and control characters."""
    # A printable string holds no control character; without quote or backslash it needs no escape
    # (str methods scan it natively instead of one loop turn per character).
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    esc = _ESCAPES
    out = []
    start = 0
    for i, c in enumerate(s):
        if c in esc:
            out.append(s[start:i])
            out.append(esc[c])
            start = i + 1
    if not out:
        return '"' + s + '"'
    out.append(s[start:])
    return '"' + ''.join(out) + '"'


def _encode_basestring_ascii(s):
    """The JSON form of s in ASCII: non-ASCII characters become \\uXXXX escapes (a surrogate
    pair for characters beyond the BMP)."""
    # An ASCII string is printable exactly when it holds no control character and no DEL.
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    esc = _ESCAPES
    out = []
    for c in s:
        if c in esc:
            out.append(esc[c])
        elif ' ' <= c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u%04x' % n)
            else:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError (this one always does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        if type(self).iterencode is not JSONEncoder.iterencode:
            return ''.join(self.iterencode(o, _one_shot=True))
        # One shot (what CPython's C encoder does): append every piece to one list.
        out = []
        self._writer().write(o, 0, out)
        return ''.join(out)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        return self._writer().iterencode(o, 0)

    def _writer(self):
        markers = {} if self.check_circular else None
        if self.ensure_ascii:
            encoder = _encode_basestring_ascii
        else:
            encoder = _encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _Writer(markers, self.default, encoder, indent, self.key_separator,
                       self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)


class _Writer:
    """One encoding run: the settings, and the containers being encoded (for cycles)."""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def scalar(self, o):
        """The JSON text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def write(self, o, level, out):
        """Append the JSON text of o to out: the same pieces, in the same order, as
        iterencode yields, one Python frame per nesting level."""
        text = self.scalar(o)
        if text is not None:
            out.append(text)
            return
        if isinstance(o, (list, tuple)):
            if not o:
                out.append('[]')
                return
            self.enter(o)
            if self.indent is not None:
                level += 1
                newline_indent = '\n' + self.indent * level
                separator = self.item_separator + newline_indent
                out.append('[' + newline_indent)
            else:
                newline_indent = None
                separator = self.item_separator
                out.append('[')
            first = True
            for value in o:
                if first:
                    first = False
                else:
                    out.append(separator)
                self.write(value, level, out)
            if newline_indent is not None:
                out.append('\n' + self.indent * (level - 1))
            out.append(']')
            self.leave(o)
        elif isinstance(o, dict):
            if not o:
                out.append('{}')
                return
            self.enter(o)
            if self.indent is not None:
                level += 1
                newline_indent = '\n' + self.indent * level
                item_separator = self.item_separator + newline_indent
                out.append('{' + newline_indent)
            else:
                newline_indent = None
                item_separator = self.item_separator
                out.append('{')
            first = True
            items = sorted(o.items()) if self.sort_keys else o.items()
            for key, value in items:
                key = self.key_text(key)
                if key is None:
                    continue
                if first:
                    first = False
                else:
                    out.append(item_separator)
                out.append(self.encoder(key))
                out.append(self.key_separator)
                self.write(value, level, out)
            if newline_indent is not None:
                out.append('\n' + self.indent * (level - 1))
            out.append('}')
            self.leave(o)
        else:
            self.enter(o)
            self.write(self.default(o), level, out)
            self.leave(o)

    def iterencode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.iterencode_list(o, level)
        elif isinstance(o, dict):
            yield from self.iterencode_dict(o, level)
        else:
            self.enter(o)
            yield from self.iterencode(self.default(o), level)
            self.leave(o)

    def iterencode_list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self.enter(lst)
        buf = '['
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    yield from self.iterencode_list(value, level)
                elif isinstance(value, dict):
                    yield from self.iterencode_dict(value, level)
                else:
                    yield from self.iterencode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(lst)

    def key_text(self, key):
        """A dict key as a JSON object key (None: skip the item)."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def iterencode_dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self.enter(dct)
        yield '{'
        if self.indent is not None:
            level += 1
            newline_indent = '\n' + self.indent * level
            item_separator = self.item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield item_separator
            yield self.encoder(key)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, (list, tuple)):
                yield from self.iterencode_list(value, level)
            elif isinstance(value, dict):
                yield from self.iterencode_dict(value, level)
            else:
                yield from self.iterencode(value, level)
        if newline_indent is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(dct)


# ---------------------------------------------------------------------------------------
# Decoding

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = frozenset('0123456789abcdefABCDEF')
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i, esc):
    """The value of the four hex digits at s[i:i+4] (esc: where the `u` is, for errors)."""
    digits = s[i:i + 4]
    if len(digits) != 4 or not all(c in _HEX for c in digits):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, esc)
    return int(digits, 16)


def _scan_string(s, end, strict):
    """Decode the JSON string whose opening quote is at s[end - 1]: (value, index after)."""
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        # The run of ordinary characters up to the next quote or backslash (found natively);
        # in strict mode a control character inside it is an error at its position, which
        # comes before any later problem.
        quote = s.find('"', end)
        if quote < 0:
            quote = n
        i = s.find('\\', end, quote)
        if i < 0:
            i = quote
        if strict and not s[end:i].isprintable():
            for k in range(end, i):
                if s[k] < ' ':
                    raise JSONDecodeError('Invalid control character at', s, k)
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if i > end:
            chunks.append(s[end:i])
        if i == quote:
            return ''.join(chunks), i + 1
        if i + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[i + 1]
        if esc != 'u':
            if esc not in _BACKSLASH:
                raise JSONDecodeError('Invalid \\escape', s, i)
            chunks.append(_BACKSLASH[esc])
            end = i + 2
            continue
        uni = _hex4(s, i + 2, i + 1)
        end = i + 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        if 0xd800 <= uni <= 0xdfff:
            raise ValueError('lone surrogate \\u%04x at char %d: pymem str cannot hold '
                             'surrogates' % (uni, i))
        chunks.append(chr(uni))


class _NoValue(Exception):
    """No JSON value starts at `pos` (reported as "Expecting value" there)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


class _Parser:
    """One decoding run over the document s with a JSONDecoder's hooks."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        """Decode the value starting exactly at s[i]: (value, index after). Objects and
        arrays are parsed here too, so nesting costs one Python frame per level (CPython's
        C scanner reaches about the recursion limit; so does this)."""
        s = self.s
        if i >= len(s):
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return _scan_string(s, i + 1, self.strict)
        if c == '{':
            pairs = []
            i = _skip_ws(s, i + 1)
            if s[i:i + 1] != '"':
                if s[i:i + 1] == '}':
                    return self.finish_object(pairs), i + 1
                raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                      s, i)
            i += 1
            memo = self.memo
            while True:
                key, i = _scan_string(s, i, self.strict)
                key = memo.setdefault(key, key)
                if s[i:i + 1] != ':':
                    i = _skip_ws(s, i)
                    if s[i:i + 1] != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_ws(s, i + 1)
                try:
                    value, i = self.value(i)
                except _NoValue as err:
                    raise JSONDecodeError('Expecting value', s, err.pos) from None
                pairs.append((key, value))
                i = _skip_ws(s, i)
                c = s[i:i + 1]
                i += 1
                if c == '}':
                    return self.finish_object(pairs), i
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
                i = _skip_ws(s, i)
                if s[i:i + 1] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                          s, i)
                i += 1
        if c == '[':
            values = []
            i = _skip_ws(s, i + 1)
            if s[i:i + 1] == ']':
                return values, i + 1
            while True:
                try:
                    value, i = self.value(i)
                except _NoValue as err:
                    raise JSONDecodeError('Expecting value', s, err.pos) from None
                values.append(value)
                i = _skip_ws(s, i)
                c = s[i:i + 1]
                i += 1
                if c == ']':
                    return values, i
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
                i = _skip_ws(s, i)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in _DIGITS:
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise _NoValue(i)
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '-+':
                k += 1
            if k < n and s[k] in _DIGITS:
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of s (a str instance containing a JSON
        document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s (a str beginning with a JSON document) and return
        a 2-tuple of the Python representation and the index in s where the document
        ended."""
        try:
            return _Parser(self, s).value(idx)
        except _NoValue as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None

# ---------------------------------------------------------------------------------------
# The module functions

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting file-like
    object)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators, default=default, sort_keys=sort_keys,
                       **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def _detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_bytes(b):
    encoding = _detect_encoding(b)
    if encoding == 'utf-8-sig':
        return bytes(b[3:]).decode('utf-8')
    return bytes(b).decode(encoding)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON document) to a
    Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a JSON document)
    to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def _submodule(name, names):
    import sys
    module = type(sys)('json.' + name)
    for n in names:
        setattr(module, n, globals()[n])
    sys.modules['json.' + name] = module
    return module


decoder = _submodule('decoder', ['JSONDecoder', 'JSONDecodeError'])
encoder = _submodule('encoder', ['JSONEncoder'])
del _submodule
