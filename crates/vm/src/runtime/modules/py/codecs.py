# codecs: the codec registry over pymem's built-in text codecs (those of str.encode and
# bytes.decode: UTF-8, UTF-8-sig, UTF-16, UTF-32, ASCII, Latin-1) and the bytes-to-bytes and
# str-to-str transforms of CPython's `encodings` package that programs reach through
# codecs.encode/decode (hex, base64, zlib, rot13).
#
# Incremental decoders keep an incomplete trailing sequence for the next chunk, so text
# split anywhere (a multi-byte UTF-8 character, a UTF-16 surrogate pair, a BOM) decodes as
# it would in one piece. Error handlers other than the built-in ones can be registered and
# looked up, but the built-in codecs only apply the built-in ones; 'namereplace' (which
# needs the Unicode name database) is missing.

import builtins as _builtins
import sys as _sys

__all__ = ['register', 'unregister', 'lookup', 'encode', 'decode', 'open', 'EncodedFile',
           'getencoder', 'getdecoder', 'getincrementalencoder', 'getincrementaldecoder',
           'getreader', 'getwriter', 'iterencode', 'iterdecode', 'register_error',
           'lookup_error', 'strict_errors', 'ignore_errors', 'replace_errors',
           'backslashreplace_errors', 'xmlcharrefreplace_errors',
           'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'BufferedIncrementalDecoder', 'StreamReader', 'StreamWriter', 'StreamReaderWriter',
           'BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE',
           'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() returns: a codec's functions and classes, by name and by position."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None, *,
                _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(
            name=name, encode=encode, decode=decode, streamreader=streamreader,
            streamwriter=streamwriter, incrementalencoder=incrementalencoder,
            incrementaldecoder=incrementaldecoder)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return (f'<{cls.__module__}.{cls.__qualname__} object for encoding {self.name} '
                f'at 0x{id(self):x}>')

    def __getnewargs__(self):
        return tuple(self)


class Codec:
    """The stateless encode/decode interface."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input given in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    """Decodes input given in pieces; keeps state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps undecoded input: subclasses define
    _buffer_decode(input, errors, final) returning (output, bytes consumed)."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        output, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return output

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ----- the built-in text codecs ------------------------------------------------------------

def _complete_utf8(data):
    """How many leading bytes of `data` hold no incomplete final UTF-8 sequence."""
    n = len(data)
    back = 0
    while back < 3 and back < n and 0x80 <= data[n - 1 - back] < 0xC0:
        back += 1
    if back == n:
        return n
    lead = data[n - 1 - back]
    need = 2 if 0xC0 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if 0xF0 <= lead < 0xF8 else 1
    return n - 1 - back if back + 1 < need else n


def _complete_wide(data, width, big):
    """How many leading bytes of UTF-16/32 `data` form whole characters (a UTF-16 high
    surrogate waits for its partner)."""
    n = len(data) - len(data) % width
    if width == 2 and n >= 2:
        unit = data[n - 2] << 8 | data[n - 1] if big else data[n - 1] << 8 | data[n - 2]
        if 0xD800 <= unit < 0xDC00:
            n -= 2
    return n


class _TextCodec:
    """One of the runtime's text codecs, under its canonical name (`encoding` is what
    str.encode accepts)."""

    def __init__(self, name, encoding, complete):
        self.name = name
        self.encoding = encoding
        self.complete = complete

    def encode(self, input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError(f"{self.name.replace('-', '_')}_encode() argument 1 must be str, "
                            f"not {type(input).__name__}")
        return input.encode(self.encoding, errors), len(input)

    def decode(self, input, errors='strict', final=True):
        data = bytes(input)
        end = len(data) if final else self.complete(data)
        return data[:end].decode(self.encoding, errors), end


def _bom_codec(name, width):
    """The 'utf-16'/'utf-32' codec: decoding reads the byte order from a BOM (native order
    without one) and keeps it for the following chunks."""
    le_bom, be_bom = (BOM_UTF16_LE, BOM_UTF16_BE) if width == 2 else (BOM_UTF32_LE, BOM_UTF32_BE)
    le = _TextCodec(f'{name}-le', f'{name}-le', lambda d: _complete_wide(d, width, False))
    be = _TextCodec(f'{name}-be', f'{name}-be', lambda d: _complete_wide(d, width, True))
    native = le if _sys.byteorder == 'little' else be

    class Decoder(BufferedIncrementalDecoder):
        # An incremental decoder wants the stream to start with a BOM; decode() of a whole
        # text takes the native order without one.
        require_bom = True

        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = None

        def _buffer_decode(self, input, errors, final):
            skip = 0
            if self.order is None:
                if input.startswith(le_bom):
                    self.order, skip = le, width
                elif input.startswith(be_bom):
                    self.order, skip = be, width
                elif len(input) < width and not final:
                    return '', 0
                elif self.require_bom:
                    # Decoded in the native order, then refused if that took anything.
                    output, used = native.decode(input, errors, final)
                    if used >= width:
                        raise UnicodeError(f"{name.upper()} stream does not start with BOM")
                    return output, used
                else:
                    self.order = native
            try:
                output, used = self.order.decode(input[skip:], errors, final)
            except UnicodeDecodeError as e:
                if not skip:
                    raise
                # Positions count from the start of the input, its BOM included.
                raise UnicodeDecodeError(e.encoding, input, e.start + skip, e.end + skip,
                                         e.reason) from None
            return output, used + skip

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = None

        # The state's flag: 2 before the byte order is known, 0 for the native order, 1
        # for the other (CPython's values).
        def getstate(self):
            flag = 2 if self.order is None else 0 if self.order is native else 1
            return (self.buffer, flag)

        def setstate(self, state):
            self.buffer = state[0]
            flag = state[1]
            self.order = None if flag == 2 else native if flag == 0 else \
                (be if native is le else le)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            data = input.encode(name, self.errors)
            if not self.first:
                data = data[width:]
            self.first = False
            return data

        def reset(self):
            self.first = True

        # The state: nonzero while the BOM is still to be written.
        def getstate(self):
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    def encode(input, errors='strict'):
        return _TextCodec(name, name, None).encode(input, errors)

    def decode(input, errors='strict'):
        d = Decoder(errors)
        d.require_bom = False
        return d.decode(input, True), len(input)

    return _codec_info(name, encode, decode, Encoder, Decoder)


def _sig_codec():
    """'utf-8-sig': UTF-8 after a byte order mark, which encoding writes first and
    decoding skips at the start (an incremental encoder or decoder does it once)."""
    whole = _TextCodec('utf-8-sig', 'utf-8-sig', _complete_utf8)
    body = _TextCodec('utf-8', 'utf-8', _complete_utf8)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = True

        def _buffer_decode(self, input, errors, final):
            skip = 0
            if self.first:
                # As CPython's: fewer than 3 bytes that may start a BOM wait for more,
                # even at the end.
                if len(input) < 3 and BOM_UTF8.startswith(input):
                    return '', 0
                self.first = False
                if input.startswith(BOM_UTF8):
                    skip = 3
            output, used = body.decode(input[skip:], errors, final)
            return output, used + skip

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = True

        def getstate(self):
            return (self.buffer, int(self.first))

        def setstate(self, state):
            self.buffer = state[0]
            self.first = bool(state[1])

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            data = body.encode(input, self.errors)[0]
            if self.first:
                self.first = 0
                return BOM_UTF8 + data
            return data

        def reset(self):
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    def encode(input, errors='strict'):
        return whole.encode(input, errors)

    def decode(input, errors='strict'):
        return whole.decode(input, errors, True)

    return _codec_info('utf-8-sig', encode, decode, Encoder, Decoder)


def _codec_info(name, encode, decode, encoder_cls, decoder_cls, text=True):
    class Reader(StreamReader):
        pass

    class Writer(StreamWriter):
        pass

    Reader.encode = Writer.encode = staticmethod(encode)
    Reader.decode = Writer.decode = staticmethod(decode)
    Reader._decoder_cls = decoder_cls
    Writer._encoder_cls = encoder_cls
    return CodecInfo(encode, decode, Reader, Writer, encoder_cls, decoder_cls, name,
                     _is_text_encoding=text)


def _text_info(codec):
    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return codec.encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return codec.decode(input, errors, final)

    def encode(input, errors='strict'):
        return codec.encode(input, errors)

    def decode(input, errors='strict'):
        return codec.decode(input, errors, True)

    return _codec_info(codec.name, encode, decode, Encoder, Decoder)


def _whole(data):
    return len(data)


# ----- transforms ---------------------------------------------------------------------------

def _bytes_of(input, name):
    try:
        return bytes(memoryview(input))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(input).__name__}'") from None


def _transform(name, forward, backward, kind=bytes):
    def encode(input, errors='strict'):
        _check_errors(errors)
        data = _bytes_of(input, name) if kind is bytes else _str_of(input)
        return forward(data), len(input)

    def decode(input, errors='strict'):
        _check_errors(errors)
        data = _bytes_of(input, name) if kind is bytes else _str_of(input)
        return backward(data), len(input)

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    return _codec_info(name, encode, decode, Encoder, Decoder, text=False)


def _check_errors(errors):
    if errors != 'strict':
        raise ValueError(f"Unsupported error handling mode: '{errors}' - must be 'strict'")


def _str_of(input):
    if not isinstance(input, str):
        raise TypeError(f"'str' object expected, got '{type(input).__name__}'")
    return input


def _rot13(text):
    out = []
    for ch in text:
        o = ord(ch)
        if 65 <= o <= 90:
            ch = chr((o - 65 + 13) % 26 + 65)
        elif 97 <= o <= 122:
            ch = chr((o - 97 + 13) % 26 + 97)
        out.append(ch)
    return ''.join(out)


def _via(module, function):
    """`module.function`, imported when first applied (the transforms' modules are not
    loaded with codecs)."""
    def apply(data):
        return getattr(__import__(module), function)(data)
    return apply


def _builtin_codec(norm):
    """The codec of a normalised name (lower case, '_' for '-' and ' '), or None."""
    entry = _ALIASES.get(norm)
    if entry is None:
        return None
    return entry()


def _text(name, encoding=None, complete=_whole):
    return lambda: _text_info(_TextCodec(name, encoding or name, complete))


_ALIASES = {}
for _names, _factory in (
    (('utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4'),
     _text('utf-8', complete=_complete_utf8)),
    (('utf_8_sig',), _sig_codec),
    (('ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'cp367', 'csascii', 'ibm367',
      'iso646_us', 'iso_646.irv_1991', 'iso_ir_6'), _text('ascii')),
    (('latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', '8859', 'cp819',
      'iso_ir_100', 'iso_8859_1_1987', 'ibm819', 'csisolatin1'),
     _text('iso8859-1', 'latin-1')),
    (('utf_16', 'utf16', 'u16'), lambda: _bom_codec('utf-16', 2)),
    (('utf_16_le', 'utf_16le', 'unicodelittleunmarked'),
     _text('utf-16-le', complete=lambda d: _complete_wide(d, 2, False))),
    (('utf_16_be', 'utf_16be', 'unicodebigunmarked'),
     _text('utf-16-be', complete=lambda d: _complete_wide(d, 2, True))),
    (('utf_32', 'utf32', 'u32'), lambda: _bom_codec('utf-32', 4)),
    (('utf_32_le', 'utf_32le'), _text('utf-32-le', complete=lambda d: _complete_wide(d, 4, False))),
    (('utf_32_be', 'utf_32be'), _text('utf-32-be', complete=lambda d: _complete_wide(d, 4, True))),
    (('hex', 'hex_codec'),
     lambda: _transform('hex', _via('binascii', 'hexlify'), _via('binascii', 'unhexlify'))),
    (('base64', 'base_64', 'base64_codec'),
     lambda: _transform('base64', _via('base64', 'encodebytes'), _via('base64', 'decodebytes'))),
    (('zlib', 'zip', 'zlib_codec'),
     lambda: _transform('zlib', _via('zlib', 'compress'), _via('zlib', 'decompress'))),
    (('rot13', 'rot_13'), lambda: _transform('rot-13', _rot13, _rot13, kind=str)),
):
    for _n in _names:
        _ALIASES[_n] = _factory
del _names, _factory, _n


# ----- the registry -------------------------------------------------------------------------

_search_functions = []
_cache = {}


def _normalize(encoding):
    return '_'.join(encoding.lower().replace('-', ' ').split())


def register(search_function):
    """Register a search function: called with a normalised encoding name, it returns a
    CodecInfo or None."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a search function and clear the lookup cache."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _cache.clear()


def lookup(encoding):
    """The CodecInfo of `encoding`."""
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    norm = _normalize(encoding)
    info = _cache.get(norm)
    if info is not None:
        return info
    for search in _search_functions:
        info = search(norm)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            break
    else:
        info = _builtin_codec(norm)
    if info is None:
        raise LookupError(f'unknown encoding: {encoding}')
    _cache[norm] = info
    return info


def encode(obj, encoding='utf-8', errors='strict'):
    """Encode `obj` with the codec registered for `encoding`."""
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return result[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode `obj` with the codec registered for `encoding`."""
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings `iterator` yields, incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = encoder.encode(piece)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes `iterator` yields, incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        output = decoder.decode(piece)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


# ----- streams ------------------------------------------------------------------------------

class _OverStream:
    """What the stream classes share: other attributes are the wrapped stream's, and a
    `with` block closes it."""

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


class StreamWriter(Codec, _OverStream):
    """Writes text to a binary stream through a codec."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass


class StreamReader(Codec, _OverStream):
    """Reads text from a binary stream through a codec."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._decoder = self._decoder_cls(errors)
        self._pending = ''

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.stream.read() if size < 0 else self.stream.read(size)
        text = self._pending + self._decoder.decode(data, final=size < 0 or not data)
        if chars >= 0:
            self._pending = text[chars:]
            return text[:chars]
        self._pending = ''
        return text

    def readline(self, size=None, keepends=True):
        while '\n' not in self._pending:
            data = self.stream.read(72)
            if not data:
                self._pending += self._decoder.decode(b'', final=True)
                break
            self._pending += self._decoder.decode(data)
        line, sep, rest = self._pending.partition('\n')
        self._pending = rest
        return line + sep if keepends else line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self._decoder.reset()
        self._pending = ''

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter(_OverStream):
    """A reader and a writer over one stream."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file; with an encoding, text is read and written through that codec."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A stream whose writes are decoded from `data_encoding` and stored in `file_encoding`
    (simplified: the recoded text is written and read back in `data_encoding`)."""
    if file_encoding is None:
        file_encoding = data_encoding
    info = lookup(file_encoding)
    return StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)


# ----- error handlers -----------------------------------------------------------------------

def _check_exc(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    _check_exc(exc)
    return ('', exc.end)


def replace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


def backslashreplace_errors(exc):
    _check_exc(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join(f'\\x{b:02x}' for b in exc.object[exc.start:exc.end]), exc.end)
    out = []
    for ch in exc.object[exc.start:exc.end]:
        o = ord(ch)
        out.append(f'\\x{o:02x}' if o < 0x100 else f'\\u{o:04x}' if o < 0x10000 else f'\\U{o:08x}')
    return (''.join(out), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")
    return (''.join(f'&#{ord(ch)};' for ch in exc.object[exc.start:exc.end]), exc.end)


_error_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'backslashreplace': backslashreplace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
}


def register_error(name, error_handler):
    """Register `error_handler` under `name`."""
    if not callable(error_handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under `name`."""
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _direct(norm):
    info = _builtin_codec(norm)
    return info.encode, info.decode


def utf_8_encode(str, errors=None, /):
    return _direct('utf_8')[0](str, errors or 'strict')


def utf_8_decode(data, errors=None, final=False, /):
    return _TextCodec('utf-8', 'utf-8', _complete_utf8).decode(data, errors or 'strict', final)


def latin_1_encode(str, errors=None, /):
    return _direct('latin_1')[0](str, errors or 'strict')


def latin_1_decode(data, errors=None, /):
    return _direct('latin_1')[1](data, errors or 'strict')


def ascii_encode(str, errors=None, /):
    return _direct('ascii')[0](str, errors or 'strict')


def ascii_decode(data, errors=None, /):
    return _direct('ascii')[1](data, errors or 'strict')
