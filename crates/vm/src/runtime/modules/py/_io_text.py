# Prelude of `_io` (2 of 4, run on first use): TextIOWrapper, text over any binary stream
# that has read/read1/write/flush (BytesIO, a binary file, sys.stdout.buffer, a user's
# BufferedIOBase or RawIOBase), and IncrementalNewlineDecoder, its universal-newlines
# layer. UTF-8 is decoded and encoded here with str/bytes methods; other encodings go
# through the incremental codecs of the `codecs` module.
#
# The stream keeps CPython's observable behaviour: the buffer is read in chunks of
# _CHUNK_SIZE bytes (read1 when the buffer has it), writes are kept until a chunk is full,
# a newline arrives with line_buffering, or flush(); tell() returns CPython's cookies,
# the byte position whenever the decoder holds nothing there (otherwise the packed start,
# decoder flags, bytes to feed and characters to skip, which seek() replays).

_LOCALE_ENCODING = 'UTF-8'
_UTF8 = frozenset(('utf_8', 'utf8', 'u8', 'utf', 'cp65001'))
# Error handlers under which UTF-8 text encodes back to exactly the bytes it came from.
_ROUND_TRIP = frozenset(('strict', 'surrogateescape', 'surrogatepass'))
_MASK32 = (1 << 32) - 1


def _utf8_tail(data):
    """How many bytes at the end of `data` start a UTF-8 sequence still incomplete."""
    n = len(data)
    if not n or data[n - 1] < 0x80:
        return 0
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return back if need > back else 0
        return 0
    return 0


class _Utf8Decoder:
    """An incremental UTF-8 decoder: an incomplete final sequence waits for the next
    chunk."""

    __slots__ = ('errors', 'pending')

    def __init__(self, errors='strict'):
        self.errors = errors
        self.pending = b''

    def decode(self, data, final=False):
        if self.pending:
            data = self.pending + data
        keep = 0 if final else _utf8_tail(data)
        if keep:
            text = str(data[:-keep], 'utf-8', self.errors)
            self.pending = data[-keep:]
        else:
            # A decoding error leaves what was pending as it was (input is lost).
            text = str(data, 'utf-8', self.errors)
            self.pending = b''
        return text

    def getstate(self):
        return (self.pending, 0)

    def setstate(self, state):
        self.pending = state[0]

    def reset(self):
        self.pending = b''


_CR, _LF, _CRLF = 1, 2, 4
_SEEN = {0: None, _CR: '\r', _LF: '\n', _CRLF: '\r\n', _CR | _LF: ('\r', '\n'),
         _CR | _CRLF: ('\r', '\r\n'), _LF | _CRLF: ('\n', '\r\n'),
         _CR | _LF | _CRLF: ('\r', '\n', '\r\n')}


class IncrementalNewlineDecoder:
    """The layer of universal newlines over a decoder: records which line endings were
    seen, holds back a final '\\r' until the next chunk shows whether '\\n' follows, and
    (with translate) turns '\\r\\n' and '\\r' into '\\n'."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = bool(translate)
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        decoder = self.decoder
        if decoder is None:
            output = input
        else:
            output = decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not "
                            f"'{type(output).__name__}'")
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if not final and output.endswith('\r'):
            output = output[:-1]
            self.pendingcr = True
        if '\r' in output:
            crlf = output.count('\r\n')
            if crlf:
                self.seennl |= _CRLF
            if output.count('\r') > crlf:
                self.seennl |= _CR
            if output.count('\n') > crlf:
                self.seennl |= _LF
            if self.translate:
                if crlf:
                    output = output.replace('\r\n', '\n')
                output = output.replace('\r', '\n')
        elif '\n' in output:
            self.seennl |= _LF
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | self.pendingcr

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _SEEN[self.seennl]


def _pack(start, flags=0, feed=0, skip=0, eof=0):
    """A tell() cookie: CPython's layout of start position, decoder flags, bytes to feed,
    characters to skip and end of file."""
    return start | (flags << 64) | (feed << 96) | (skip << 128) | (eof << 160)


def _unpack(cookie):
    return (cookie & ((1 << 64) - 1), (cookie >> 64) & _MASK32, (cookie >> 96) & _MASK32,
            (cookie >> 128) & _MASK32, (cookie >> 160) & 0xFF)


def _bind(name, params, args, kwargs):
    """Arguments as CPython's argument clinic binds them for `name`: `params` are
    (name, default) pairs, _UNINIT for a required one."""
    if len(args) > len(params):
        raise TypeError(f"{name}() takes at most {len(params)} arguments "
                        f"({len(args) + len(kwargs)} given)")
    values = list(args) + [_UNINIT] * (len(params) - len(args))
    names = [p for p, _ in params]
    for k, v in kwargs.items():
        if k not in names:
            raise TypeError(f"'{k}' is an invalid keyword argument for {name}()")
        i = names.index(k)
        if i < len(args):
            raise TypeError(f"argument for {name}() given by name ('{k}') and position "
                            f"({i + 1})")
        values[i] = v
    for i, (p, default) in enumerate(params):
        if values[i] is _UNINIT:
            if default is _UNINIT:
                raise TypeError(f"{name}() missing required argument '{p}' (pos {i + 1})")
            values[i] = default
    return values


def _str_or_none(func, arg, value):
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{func}() argument '{arg}' must be str or None, "
                        f"not {type(value).__name__}")


def _check_newline(newline):
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError(f"illegal newline value: {newline}")


def _codec(encoding):
    """The CodecInfo of a text encoding (None for UTF-8, which this module does itself)."""
    if encoding.strip().lower().replace('-', '_').replace(' ', '_') in _UTF8:
        return None
    import codecs
    info = codecs.lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"'{encoding}' is not a text encoding; use codecs.open() to "
                          "handle arbitrary codecs")
    return info


def _chunk_bytes(data, method):
    """What the buffer's read()/read1() returned, as bytes."""
    if type(data) is bytes:
        return data
    if data is None:
        return b''
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"underlying {method}() should have returned a bytes-like object, "
                        f"not '{type(data).__name__}'") from None


class TextIOWrapper(_TextIOBase, metaclass=_WithNative):
    """Character and line based layer over a buffered binary stream."""

    _buffer = _UNINIT

    def __init__(self, *args, **kwargs):
        buffer, encoding, errors, newline, line_buffering, write_through = _bind(
            'TextIOWrapper', (('buffer', _UNINIT), ('encoding', None), ('errors', None),
                              ('newline', None), ('line_buffering', False),
                              ('write_through', False)), args, kwargs)
        self._buffer = _UNINIT
        _str_or_none('TextIOWrapper', 'encoding', encoding)
        _str_or_none('TextIOWrapper', 'errors', errors)
        _str_or_none('TextIOWrapper', 'newline', newline)
        _check_newline(newline)
        if encoding is None or encoding == 'locale':
            encoding = _LOCALE_ENCODING
        if errors is None:
            errors = 'strict'
        self._chunk_size = 8192
        self._ratio = 0.0
        self._pending = []
        self._pending_n = 0
        self._decoded = None
        self._used = 0
        self._snapshot = None
        self._set_newline(newline)
        self._set_codec(buffer, encoding, errors)
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._reading = False
        self._buffer = buffer
        self._seekable = self._telling = bool(buffer.seekable())
        self._has_read1 = hasattr(buffer, 'read1')
        self._fix_encoder_state()
        self._configure_writes()

    def _configure_writes(self):
        """What write() needs, in one attribute: whether the stream can write, what '\n'
        becomes, the encoder (None: UTF-8), the error handler, when to pass the pending
        bytes on (a full chunk, after each write, after a line) and to flush the buffer."""
        self._writing = (self._writable, self._writenl, self._encoder, self._errors,
                         self._chunk_size, self._write_through, self._line_buffering)

    # ----- set-up ------------------------------------------------------------------------

    def _set_newline(self, newline):
        self._newline = newline
        # Reading: which line ends count, and whether they turn into '\n'.
        self._universal = newline is None or newline == ''
        self._translate = newline is None
        self._readnl = '\n' if newline is None else newline
        # The lines of these modes end at '\n' alone once read.
        self._lf_lines = newline is None or newline == '\n'
        # Writing: what '\n' becomes (os.linesep is '\n').
        self._writenl = newline if newline in ('\r', '\r\n') else None

    def _set_codec(self, buffer, encoding, errors):
        info = _codec(encoding)
        self._utf8 = info is None
        self._info = info
        self._decoder = self._new_decoder(errors) if buffer.readable() else None
        self._encoder = None
        self._writable = bool(buffer.writable())
        if self._writable and info is not None:
            self._encoder = info.incrementalencoder(errors)

    def _new_decoder(self, errors):
        """A decoder as this stream reads: the codec's, under universal newlines if they
        are on."""
        if self._info is None:
            decoder = _Utf8Decoder(errors)
        else:
            decoder = self._info.incrementaldecoder(errors)
        if self._universal:
            decoder = IncrementalNewlineDecoder(decoder, self._translate)
        return decoder

    def _fix_encoder_state(self):
        # A byte order mark is written only at the start of the stream.
        if self._encoder is not None and self._seekable:
            if self._buffer.tell() != 0:
                self._encoder.setstate(0)

    # ----- checks ------------------------------------------------------------------------

    def _attached(self):
        buffer = self._buffer
        if buffer is None:
            raise ValueError("underlying buffer has been detached")
        if buffer is _UNINIT:
            raise ValueError("I/O operation on uninitialized object")
        return buffer

    def _open(self):
        """The buffer, after checking the stream is attached and open."""
        buffer = self._buffer
        if buffer is None or buffer is _UNINIT:
            self._attached()
        if buffer._closed if type(buffer) is _BYTESIO else buffer.closed:
            raise ValueError("I/O operation on closed file.")
        return buffer

    def _reader(self):
        buffer = self._open()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")
        if self._pending:
            self._flush_pending()
        return buffer

    # ----- attributes --------------------------------------------------------------------

    @property
    def buffer(self):
        buffer = self._buffer
        return None if buffer is _UNINIT else buffer

    @buffer.setter
    def buffer(self, value):
        raise AttributeError("readonly attribute")

    @property
    def encoding(self):
        return self._encoding

    @encoding.setter
    def encoding(self, value):
        raise AttributeError("readonly attribute")

    @property
    def errors(self):
        return self._errors

    @errors.setter
    def errors(self, value):
        raise AttributeError("readonly attribute")

    @property
    def line_buffering(self):
        return self._line_buffering

    @line_buffering.setter
    def line_buffering(self, value):
        raise AttributeError("readonly attribute")

    @property
    def write_through(self):
        return self._write_through

    @write_through.setter
    def write_through(self, value):
        raise AttributeError("readonly attribute")

    @property
    def _CHUNK_SIZE(self):
        return self._chunk_size

    @_CHUNK_SIZE.setter
    def _CHUNK_SIZE(self, value):
        size = _index(value)
        if size <= 0:
            raise ValueError("a strictly positive integer is required")
        self._chunk_size = size
        if self._buffer is not _UNINIT:
            self._configure_writes()

    @_CHUNK_SIZE.deleter
    def _CHUNK_SIZE(self):
        raise AttributeError("cannot delete attribute")

    @property
    def closed(self):
        return self._attached().closed

    @property
    def name(self):
        return self._attached().name

    @property
    def newlines(self):
        self._attached()
        return getattr(self._decoder, 'newlines', None)

    def __repr__(self):
        out = '<_io.TextIOWrapper'
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            out += f' name={name!r}'
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            out += f' mode={mode!r}'
        return out + f' encoding={self._encoding!r}>'

    # ----- writing -----------------------------------------------------------------------

    def write(self, s=_UNINIT):
        if type(s) is not str:
            if s is _UNINIT:
                raise TypeError("TextIOWrapper.write() takes exactly one argument (0 given)")
            if not isinstance(s, str):
                raise TypeError("write() argument must be str, not "
                                + ('None' if s is None else type(s).__name__))
        buffer = self._buffer
        if buffer is None or buffer is _UNINIT:
            self._attached()
        if buffer._closed if type(buffer) is _BYTESIO else buffer.closed:
            raise ValueError("I/O operation on closed file.")
        writable, writenl, encoder, errors, chunk, through, lines = self._writing
        if not writable:
            raise UnsupportedOperation("not writable")
        text = s
        lf = '\n' in text
        if lf and writenl is not None:
            text = text.replace('\n', writenl)
        flush_buffer = lines and (lf or '\r' in text)
        if encoder is None:
            data = text.encode('utf-8', errors)
        else:
            data = encoder.encode(text)
        self._pending.append(data)
        n = self._pending_n + len(data)
        self._pending_n = n
        if n >= chunk or flush_buffer or through:
            self._flush_pending()
        if flush_buffer:
            buffer.flush()
        if self._reading:
            # What was read ahead no longer matches the stream.
            self._decoded = None
            self._used = 0
            self._snapshot = None
            self._reading = False
            self._decoder.reset()
        return len(s)

    def _flush_pending(self):
        pending = self._pending
        if pending:
            data = pending[0] if len(pending) == 1 else b''.join(pending)
            self._pending = []
            self._pending_n = 0
            self._buffer.write(data)

    def flush(self):
        buffer = self._open()
        self._telling = self._seekable
        self._flush_pending()
        return buffer.flush()

    def close(self):
        buffer = self._attached()
        if buffer.closed:
            return None
        try:
            self.flush()
        except BaseException:
            buffer.close()
            raise
        return buffer.close()

    def detach(self):
        buffer = self._attached()
        self.flush()
        self._buffer = None
        return buffer

    def truncate(self, pos=None):
        buffer = self._attached()
        self.flush()
        return buffer.truncate(pos)

    # ----- reading -----------------------------------------------------------------------

    def _read_chunk(self, hint=0):
        """Decode the next chunk of the buffer into the read-ahead text; False at the end
        of the stream."""
        decoder = self._decoder
        if self._telling:
            state = decoder.getstate()
        if hint > 0:
            # `hint` characters, at the bytes per character of the last chunk.
            ratio = self._ratio
            hint = int(hint * ratio) if ratio > 1.0 else hint
        size = hint if hint > self._chunk_size else self._chunk_size
        if self._has_read1:
            data = _chunk_bytes(self._buffer.read1(size), 'read1')
        else:
            data = _chunk_bytes(self._buffer.read(size), 'read')
        eof = not data
        self._reading = True
        text = decoder.decode(data, eof)
        self._decoded = text
        self._used = 0
        self._ratio = len(data) / len(text) if text else 0.0
        if self._telling:
            self._snapshot = (state[1], state[0] + data)
        return not eof

    def read(self, size=-1):
        n = _size(size)
        buffer = self._reader()
        if n < 0:
            data = buffer.read()
            rest = self._decoded
            text = '' if rest is None else rest[self._used:]
            self._reading = True
            text += self._decoder.decode(_chunk_bytes(data, 'read'), True)
            self._decoded = None
            self._used = 0
            self._snapshot = None
            return text
        parts = []
        while n > 0:
            decoded = self._decoded
            used = self._used
            if decoded is not None and used < len(decoded):
                piece = decoded[used:used + n]
                self._used = used + len(piece)
                parts.append(piece)
                n -= len(piece)
                continue
            if not self._read_chunk(n) and not self._decoded:
                # The end, and all it let out is read.
                break
        return parts[0] if len(parts) == 1 else ''.join(parts)

    def _line_end(self, text, start):
        """The index just past the first line end in text[start:] (-1: none yet)."""
        if self._lf_lines:
            i = text.find('\n', start)
            return -1 if i < 0 else i + 1
        nl = self._readnl
        if nl == '\r' or nl == '\r\n':
            i = text.find(nl, start)
            return -1 if i < 0 else i + len(nl)
        # newline='': '\r', '\n' or '\r\n', whichever comes first (the decoder never
        # lets a '\r' out last when a '\n' may follow it).
        lf = text.find('\n', start)
        cr = text.find('\r', start, lf if lf >= 0 else len(text))
        if cr < 0:
            return -1 if lf < 0 else lf + 1
        return cr + 2 if text[cr + 1:cr + 2] == '\n' else cr + 1

    def _readline(self, limit):
        self._reader()
        if limit == 0 and self._decoded:
            # As CPython: no chunk is read while the last one is there, even used up.
            return ''
        parts = []
        got = 0
        eof = False
        while True:
            text = self._decoded
            start = self._used
            if text is not None and start < len(text):
                if parts and self._readnl == '\r\n' and parts[-1].endswith('\r') \
                        and text[start] == '\n':
                    end = start + 1
                else:
                    end = self._line_end(text, start)
                found = end >= 0
                usable = end
                if not found:
                    end = usable = len(text)
                    if self._readnl == '\r\n' and text.endswith('\r'):
                        # Maybe the first half of a line end: not counted yet.
                        usable -= 1
                if limit >= 0 and got + usable - start >= limit:
                    end = start + limit - got
                    found = True
                parts.append(text[start:end])
                got += end - start
                self._used = end
                if found:
                    break
            if eof:
                # The end of the stream, and all it gave is read.
                self._decoded = None
                self._used = 0
                self._snapshot = None
                break
            eof = not self._read_chunk()
        return parts[0] if len(parts) == 1 else ''.join(parts)

    def readline(self, size=-1):
        return self._readline(_index(size))

    def __next__(self):
        buffer = self._buffer
        if buffer is None or buffer is _UNINIT:
            self._attached()
        self._telling = False
        if type(self) is TextIOWrapper:
            text = self._decoded
            if text is not None and self._lf_lines and not self._pending:
                start = self._used
                i = text.find('\n', start)
                if i >= 0:
                    if buffer._closed if type(buffer) is _BYTESIO else buffer.closed:
                        raise ValueError("I/O operation on closed file.")
                    self._used = i + 1
                    return text[start:i + 1]
            line = self._readline(-1)
        else:
            line = self.readline()
        if not line:
            self._snapshot = None
            self._telling = self._seekable
            raise StopIteration
        return line

    # ----- positions ---------------------------------------------------------------------

    def tell(self):
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if not self._telling:
            raise OSError("telling position disabled by next() call")
        self.flush()
        pos = buffer.tell()
        if self._decoder is None or self._snapshot is None:
            return pos
        flags, data = self._snapshot
        start = pos - len(data)
        used = self._used
        if used == 0:
            return _pack(start, flags)
        if self._utf8 and flags == 0 and self._errors in _ROUND_TRIP and \
                (not self._universal or b'\r' not in data):
            n = len(self._decoded[:used].encode('utf-8', self._errors))
            if start == 0 and self._universal:
                # CPython finds the point by decoding again from a reset decoder, which
                # then remembers only the line ends up to the point.
                self._decoder.seennl = _LF if b'\n' in data[:n] else 0
            return start + n
        decoder = self._decoder
        saved = decoder.getstate()
        try:
            return self._tell_by_decoding(decoder, start, flags, data, used)
        finally:
            decoder.setstate(saved)

    def _tell_by_decoding(self, decoder, start, flags, data, used):
        """The cookie of the point `used` characters into what `data` decodes to from the
        decoder state `flags`, found as CPython finds it, with the stream's own decoder:
        from a first guess (the bytes per character of the last chunk) moved back until
        the decoder holds nothing there and has not passed the point, then byte by byte,
        keeping the last such clean point: the cookie is that point, the bytes to feed
        from it and the characters to skip of what they decode to."""
        snap_start, snap_flags = start, flags

        def restart():
            # As CPython: a reset at the very start, else the state's flags.
            if snap_start == 0 and snap_flags == 0:
                decoder.reset()
            else:
                decoder.setstate((b'', snap_flags))

        # The first guess, moved back.
        guess = int(self._ratio * used)
        step = 1
        while guess > 0:
            restart()
            chars = len(decoder.decode(data[:guess]))
            if chars <= used:
                buf, after = decoder.getstate()
                if not buf:
                    flags = after
                    used -= chars
                    break
                guess -= len(buf)
                step = 1
            else:
                guess -= step
                step *= 2
        if guess <= 0:
            guess = 0
            restart()
        start += guess
        if not used:
            return _pack(start, flags)
        # Byte by byte from there.
        fed = 0
        chars = 0
        eof = 0
        pos = guess
        while pos < len(data):
            chars += len(decoder.decode(data[pos:pos + 1]))
            fed += 1
            buf, after = decoder.getstate()
            if not buf and chars <= used:
                # A clean point: restart from here.
                start += fed
                used -= chars
                flags = after
                fed = 0
                chars = 0
            if chars >= used:
                break
            pos += 1
        else:
            # Only the end of the stream lets the last characters out.
            chars += len(decoder.decode(b'', True))
            eof = 1
            if chars < used:
                raise OSError("can't reconstruct logical file position")
        return _pack(start, flags, fed, used, eof)

    def seek(self, cookie, whence=0):
        whence = _index(whence)
        buffer = self._open()
        if not self._seekable:
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._forget_read_ahead()
            pos = buffer.seek(0, 2)
            self._reset_encoder(pos)
            return pos
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        start, flags, feed, skip, eof = _unpack(int(cookie))
        buffer.seek(start)
        self._decoded = None
        self._used = 0
        self._snapshot = None
        self._reading = False
        decoder = self._decoder
        if decoder is not None:
            if start == 0 and flags == 0:
                decoder.reset()
            else:
                decoder.setstate((b'', flags))
            self._snapshot = (flags, b'')
            self._reading = True
            if skip:
                data = _chunk_bytes(buffer.read(feed), 'read')
                self._snapshot = (flags, data)
                text = decoder.decode(data, bool(eof))
                if len(text) < skip:
                    raise OSError("can't restore logical file position")
                self._decoded = text
                self._used = skip
        self._reset_encoder(cookie)
        return cookie

    def _forget_read_ahead(self):
        self._decoded = None
        self._used = 0
        self._snapshot = None
        self._reading = False
        if self._decoder is not None:
            self._decoder.reset()

    def _reset_encoder(self, position):
        encoder = self._encoder
        if encoder is not None:
            if position == 0:
                encoder.reset()
            else:
                encoder.setstate(0)

    # ----- the rest ----------------------------------------------------------------------

    def readable(self):
        return self._attached().readable()

    def writable(self):
        return self._attached().writable()

    def seekable(self):
        return self._attached().seekable()

    def isatty(self):
        return self._attached().isatty()

    def fileno(self):
        return self._attached().fileno()

    def reconfigure(self, *args, **kwargs):
        if args:
            raise TypeError("reconfigure() takes no positional arguments")
        for k in kwargs:
            if k not in ('encoding', 'errors', 'newline', 'line_buffering', 'write_through'):
                raise TypeError(f"'{k}' is an invalid keyword argument for reconfigure()")
        encoding = kwargs.get('encoding')
        errors = kwargs.get('errors')
        _str_or_none('reconfigure', 'encoding', encoding)
        _str_or_none('reconfigure', 'errors', errors)
        newline_given = 'newline' in kwargs
        newline = kwargs.get('newline')
        if self._decoded is not None and (encoding is not None or errors is not None
                                          or newline_given):
            raise UnsupportedOperation("It is not possible to set the encoding or newline "
                                       "of stream after the first read")
        if newline is not None:
            if not isinstance(newline, str):
                raise TypeError("bad argument type for built-in operation")
            _check_newline(newline)
        line_buffering = kwargs.get('line_buffering')
        write_through = kwargs.get('write_through')
        line_buffering = self._line_buffering if line_buffering is None \
            else bool(line_buffering)
        write_through = self._write_through if write_through is None else bool(write_through)
        self.flush()
        self._ratio = 0.0
        if newline_given:
            self._set_newline(newline)
        if encoding is not None or errors is not None or newline_given:
            if encoding is None:
                encoding = self._encoding
                if errors is None:
                    errors = self._errors
            else:
                if encoding == 'locale':
                    encoding = _LOCALE_ENCODING
                if errors is None:
                    errors = 'strict'
            self._set_codec(self._buffer, encoding, errors)
            self._encoding = encoding
            self._errors = errors
            self._fix_encoder_state()
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._configure_writes()

    _lend(locals(), _IOBASE, _UNPICKLABLE)


_count_natives('TextIOWrapper')
