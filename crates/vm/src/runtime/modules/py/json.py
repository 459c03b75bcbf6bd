# pymem's frozen `json` module: dumps/dump (indent, sort_keys, separators, default,
# ensure_ascii, skipkeys, allow_nan, check_circular, cls) and loads/load (object_hook,
# object_pairs_hook, parse_float, parse_int, parse_constant, strict, cls) with CPython 3.12's
# output, float and string escaping, and JSONDecodeError messages and positions.
#
# CPython splits this into the json package (json.encoder, json.decoder); here it is one
# module whose classes report CPython's module names, and which registers `json.decoder`
# and `json.encoder` submodules holding them. The work is done natively by `_json` (as by
# CPython's C accelerator): its scanner decodes, and its encoder writes where CPython's C
# encoder would (`encode`, `iterencode(o, _one_shot=True)`); the Python writer below serves
# plain `iterencode` (and so `dump`), as CPython's Python encoder does. Known gaps: pymem's
# str cannot hold lone surrogates, so a "\ud800" escape without its pair cannot be decoded
# (ValueError), and pymem has no UTF-16/UTF-32 codecs for bytes input in those encodings
# (LookupError); a scanner is a bound built-in function, not a `_json.Scanner` object.

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

from _json import (make_scanner as _make_scanner, scan_document as _scan_document,
                   encode as _c_encode, encode_basestring as _encode_basestring,
                   encode_basestring_ascii as _encode_basestring_ascii)

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
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        if _one_shot:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            return (_c_encode(o, self.check_circular, self.default, self.ensure_ascii, indent,
                              self.key_separator, self.item_separator, self.sort_keys,
                              self.skipkeys, self.allow_nan),)
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
_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


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
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        """Return the Python representation of s (a str instance containing a JSON
        document)."""
        if type(self).raw_decode is _raw_decode:
            return _scan_document(self.scan_once, s)
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
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end


_raw_decode = JSONDecoder.raw_decode

# ---------------------------------------------------------------------------------------
# The module functions

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()
_default_scan = _default_decoder.scan_once


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
        # _default_encoder.encode(obj), without its Python frames.
        return _c_encode(obj, True, _default_encoder.default, True, None, ': ', ', ', False,
                         False, True)
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
        # _default_decoder.decode(s), without its Python frame.
        return _scan_document(_default_scan, s)
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
# CPython's json.encoder exposes its (C) string escapers under these names.
encoder.encode_basestring = _encode_basestring
encoder.encode_basestring_ascii = _encode_basestring_ascii
del _submodule
