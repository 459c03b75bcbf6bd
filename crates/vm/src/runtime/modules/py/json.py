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
    """Bad JSON: `msg` at index `pos` of the document `doc` (also given as `lineno` and
    `colno`, both from 1)."""

    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        # Lines and columns count from 1; the column is the distance from the last
        # newline before pos (or from the start, as if there were one at index -1).
        line_start = doc.rfind('\n', 0, pos)
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = doc.count('\n', 0, pos) + 1, pos - line_start
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, self.lineno, self.colno, pos))

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

# ---------------------------------------------------------------------------------------
# Encoding

class JSONEncoder(object):
    """Turns dicts, lists, tuples, str, int, float, bool and None into JSON text;
    subclasses extend it through default()."""

    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        # Explicit separators win; with an indent, items end their lines without a space.
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        # A default= function shadows the method on this instance.
        if default is not None:
            self.default = default

    def default(self, o):
        # The hook for other types: a value to encode instead of o (here: always an error).
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        # The whole JSON text of o.
        if isinstance(o, str):
            quote = _encode_basestring_ascii if self.ensure_ascii else _encode_basestring
            return quote(o)
        pieces = self.iterencode(o, _one_shot=True)
        return ''.join(pieces if isinstance(pieces, (list, tuple)) else list(pieces))

    def iterencode(self, o, _one_shot=False):
        # The JSON text of o in pieces, as they are produced.
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
    """Turns JSON text into dicts, lists, str, int, float, bool and None, with hooks for
    objects, numbers and constants."""

    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        # Hooks not given (or false) fall back to the built-in conversions.
        self.parse_float, self.parse_int = parse_float or float, parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict, self.object_pairs_hook = strict, object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        # The value of the document that is all of s (whitespace around it allowed).
        if type(self).raw_decode is _raw_decode:
            return _scan_document(self.scan_once, s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        # (value, end index) of the document starting at s[idx]; text may follow it.
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


def _uses_defaults(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                  separators, default, sort_keys):
    # Whether dump/dumps may use the shared default encoder (every option at its default,
    # judged by truth value as in CPython).
    return (cls is None and not kw and not skipkeys and ensure_ascii and check_circular
            and allow_nan and indent is None and separators is None and default is None
            and not sort_keys)


def _configured_encoder(cls, kw, **options):
    return (JSONEncoder if cls is None else cls)(**options, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None, default=None,
         sort_keys=False, **kw):
    """Write the JSON text of obj to the file-like fp, chunk by chunk."""
    if _uses_defaults(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                      separators, default, sort_keys):
        encoder = _default_encoder
    else:
        encoder = _configured_encoder(cls, kw, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                      check_circular=check_circular, allow_nan=allow_nan,
                                      indent=indent, separators=separators,
                                      default=default, sort_keys=sort_keys)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """The JSON text of obj, as a str."""
    if _uses_defaults(cls, kw, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                      separators, default, sort_keys):
        # _default_encoder.encode(obj), without its Python frames.
        return _c_encode(obj, True, _default_encoder.default, True, None, ': ', ', ', False,
                         False, True)
    encoder = _configured_encoder(cls, kw, skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                                  check_circular=check_circular, allow_nan=allow_nan,
                                  indent=indent, separators=separators, default=default,
                                  sort_keys=sort_keys)
    return encoder.encode(obj)


# Byte order marks, longest first where one begins another.
_BOMS = ((b'\x00\x00\xfe\xff', 'utf-32'), (b'\xff\xfe\x00\x00', 'utf-32'),
         (b'\xff\xfe', 'utf-16'), (b'\xfe\xff', 'utf-16'), (b'\xef\xbb\xbf', 'utf-8-sig'))


def _detect_encoding(b):
    for bom, encoding in _BOMS:
        if b.startswith(bom):
            return encoding
    # Without a BOM, JSON text starts with an ASCII character, so the zero bytes around
    # it tell UTF-16 from UTF-32 and the byte order.
    zero = [byte == 0 for byte in b[:4]]
    if len(b) >= 4:
        if zero[0]:
            return 'utf-32-be' if zero[1] else 'utf-16-be'
        if zero[1]:
            return 'utf-32-le' if zero[2] and zero[3] else 'utf-16-le'
    elif len(b) == 2 and (zero[0] or zero[1]):
        return 'utf-16-be' if zero[0] else 'utf-16-le'
    return 'utf-8'


def _decode_bytes(b):
    encoding = _detect_encoding(b)
    if encoding == 'utf-8-sig':
        return bytes(b[3:]).decode('utf-8')
    return bytes(b).decode(encoding)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document s (str, or bytes in UTF-8/16/32)."""
    if isinstance(s, (bytes, bytearray)):
        s = _decode_bytes(s)
    elif not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    elif s.startswith('\ufeff'):
        # A str must not keep the BOM (bytes in UTF-8 with a BOM are decoded above).
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    # Only the hooks given are passed on, in this order.
    hooks = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    given = [(name, hook) for name, hook in hooks if hook is not None]
    if cls is None and not given and not kw:
        # _default_decoder.decode(s), without its Python frame.
        return _scan_document(_default_scan, s)
    kw.update(given)
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from the file-like fp."""
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
