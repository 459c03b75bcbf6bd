# Prelude of `_io` (3 of 4, run on first use): the buffered streams over a raw stream (a
# user's RawIOBase, a FileIO): BufferedReader reads the raw stream in chunks of
# buffer_size bytes through readinto(), BufferedWriter keeps writes until they fill the
# buffer, BufferedRandom does both over a seekable stream, BufferedRWPair joins a reader
# and a writer. Also FileIO, the raw file, over a binary file of the built-in open(). The
# native classes of the same names count as these (`_WithNative`).


def _raw_chunk(raw, size):
    """One raw read of at most `size` bytes: b'' at the end, None if none are ready."""
    buf = bytearray(size)
    n = raw.readinto(buf)
    if n is None:
        return None
    if not 0 <= n <= size:
        raise OSError(f"raw readinto() returned invalid length {n} (should have been "
                      f"between 0 and {size})")
    return bytes(buf[:n])


def _buffer_size(size):
    size = _index(size)
    if size <= 0:
        raise ValueError("buffer size must be strictly positive")
    return size


def _common_methods():
    """What the three buffered classes share: the raw stream and its attributes,
    positions, flushing and closing."""

    _raw = _UNINIT

    def _setup(self, raw, buffer_size):
        self._size = _buffer_size(buffer_size)
        self._raw = raw
        self._ahead = b''
        self._at = 0
        self._wbuf = bytearray()

    def _live(self):
        raw = self._raw
        if raw is None:
            raise ValueError("raw stream has been detached")
        if raw is _UNINIT:
            raise ValueError("I/O operation on uninitialized object")
        return raw

    def _open(self, message):
        """The raw stream; ValueError(message) if it is closed (unless bytes read ahead
        are left, as CPython's check goes)."""
        raw = self._live()
        if raw.closed and self._at >= len(self._ahead):
            raise ValueError(message)
        return raw

    @property
    def raw(self):
        raw = self._raw
        return None if raw is _UNINIT else raw

    @raw.setter
    def raw(self, value):
        raise AttributeError("readonly attribute")

    @property
    def closed(self):
        return self._live().closed

    @property
    def name(self):
        return self._live().name

    @property
    def mode(self):
        return self._live().mode

    def fileno(self):
        return self._live().fileno()

    def isatty(self):
        return self._live().isatty()

    def seekable(self):
        return self._live().seekable()

    def __repr__(self):
        out = f'<_io.{type(self).__name__}' if type(self) in _BUFFERED_CLASSES else \
            f'<{type(self).__name__}'
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            out += f' name={name!r}'
        return out + '>'

    def _drop_read_ahead(self):
        """Move the raw stream back over what was read ahead, and forget it."""
        ahead = len(self._ahead) - self._at
        if ahead:
            self._raw.seek(-ahead, 1)
        self._ahead = b''
        self._at = 0

    def _write_out(self):
        """Pass the buffered writes to the raw stream."""
        data = self._wbuf
        raw = self._raw
        while data:
            n = raw.write(data)
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del data[:n]

    def tell(self):
        raw = self._live()
        pos = raw.tell() - (len(self._ahead) - self._at) + len(self._wbuf)
        if pos < 0:
            raise OSError(f"Raw stream returned invalid position {pos}")
        return pos

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        raw = self._open("seek of closed file")
        self._write_out()
        if whence == 1:
            pos -= len(self._ahead) - self._at
        self._ahead = b''
        self._at = 0
        return raw.seek(pos, whence)

    def truncate(self, pos=None):
        raw = self._open("truncate of closed file")
        self._write_out()
        self._drop_read_ahead()
        return raw.truncate(pos)

    def flush(self):
        raw = self._live()
        if not self._wbuf and not self._writes:
            return raw.flush()
        if raw.closed:
            raise ValueError("flush of closed file")
        self._write_out()

    def close(self):
        raw = self._live()
        if raw.closed:
            return None
        try:
            self.flush()
        except BaseException:
            raw.close()
            raise
        return raw.close()

    def detach(self):
        raw = self._live()
        self.flush()
        self._raw = None
        return raw

    return _named('_Buffered', locals())


_COMMON = _common_methods()


def _read_methods():
    """Reading through the read-ahead buffer."""

    def readable(self):
        return self._live().readable()

    def _fill(self):
        """Read the next chunk ahead; False at the end (None: nothing ready)."""
        if self._wbuf:
            self._write_out()
        chunk = _raw_chunk(self._raw, self._size)
        if chunk is None:
            return None
        self._ahead = chunk
        self._at = 0
        return bool(chunk)

    def _take(self, n):
        at = self._at
        piece = self._ahead[at:at + n]
        self._at = at + len(piece)
        return piece

    def read(self, size=-1):
        n = _size(size)
        if n < -1:
            raise ValueError("read length must be non-negative or -1")
        raw = self._open("read of closed file")
        if n < 0:
            if self._wbuf:
                self._write_out()
            head = self._take(len(self._ahead))
            readall = getattr(raw, 'readall', None)
            if readall is not None:
                rest = readall()
                if rest is None:
                    return head or None
                return head + rest
            parts = [head]
            while True:
                chunk = raw.read()
                if not chunk:
                    if chunk is None and len(parts) == 1 and not head:
                        return None
                    break
                parts.append(chunk)
            return b''.join(parts)
        parts = [self._take(n)]
        got = len(parts[0])
        while got < n:
            need = n - got
            if need > self._size:
                chunk = _raw_chunk(raw, need)
                if not chunk:
                    if chunk is None and not got:
                        return None
                    break
                parts.append(chunk)
                got += len(chunk)
                continue
            more = self._fill()
            if not more:
                if more is None and not got:
                    return None
                break
            piece = self._take(need)
            parts.append(piece)
            got += len(piece)
        return parts[0] if len(parts) == 1 else b''.join(parts)

    def read1(self, size=-1):
        n = _size(size)
        raw = self._open("read of closed file")
        if n < 0:
            n = self._size
        if n == 0:
            return b''
        if self._at < len(self._ahead):
            return self._take(n)
        if n > self._size:
            if self._wbuf:
                self._write_out()
            return _raw_chunk(raw, n) or b''
        self._fill()
        return self._take(n)

    def peek(self, size=0):
        self._open("peek of closed file")
        if self._at >= len(self._ahead):
            self._fill()
        return self._ahead[self._at:]

    def readinto(self, b):
        return self._read_into(b, 'readinto', self.read)

    def readinto1(self, b):
        return self._read_into(b, 'readinto1', self.read1)

    def _read_into(self, b, method, read):
        _writable_buffer(b, method)
        view = memoryview(b).cast('B')
        self._open("readinto of closed file")
        data = read(len(view))
        if data is None:
            return None
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        limit = _size(size)
        self._open("readline of closed file")
        parts = []
        got = 0
        while limit < 0 or got < limit:
            ahead = self._ahead
            at = self._at
            if at < len(ahead):
                end = ahead.find(b'\n', at)
                end = len(ahead) if end < 0 else end + 1
                if limit >= 0:
                    end = min(end, at + limit - got)
                parts.append(ahead[at:end])
                got += end - at
                self._at = end
                if ahead[end - 1:end] == b'\n':
                    break
                continue
            if not self._fill():
                break
        return b''.join(parts)

    return _named('_Buffered', locals())


_READ = _read_methods()


def _write_methods():
    """Writing through the write buffer."""

    def writable(self):
        return self._live().writable()

    def write(self, b):
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        data = memoryview(b).tobytes()
        raw = self._open("write to closed file")
        if self._at < len(self._ahead):
            self._drop_read_ahead()
        else:
            self._ahead = b''
            self._at = 0
        if len(self._wbuf) + len(data) > self._size:
            self._write_out()
            while len(data) > self._size:
                n = raw.write(data)
                if n is None:
                    raise BlockingIOError(11, "write could not complete without blocking", 0)
                data = data[n:]
        self._wbuf += data
        return len(b) if isinstance(b, (bytes, bytearray)) else memoryview(b).nbytes

    return _named('_Buffered', locals())


_WRITE = _write_methods()


class BufferedReader(_BufferedIOBase, metaclass=_WithNative):
    """Create a new buffered reader using the given readable raw IO object."""

    _writes = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        self._setup(raw, buffer_size)

    _lend(locals(), _COMMON, _READ, _IOBASE, _BUFFERED, _UNPICKLABLE)


class BufferedWriter(_BufferedIOBase, metaclass=_WithNative):
    """A buffer for a writeable sequential RawIO object."""

    _writes = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)

    _lend(locals(), _COMMON, _WRITE, _IOBASE, _BUFFERED, _UNPICKLABLE)


class BufferedRandom(_BufferedIOBase, metaclass=_WithNative):
    """A buffered interface to random access streams."""

    _writes = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._setup(raw, buffer_size)

    _lend(locals(), _COMMON, _READ, _WRITE, _IOBASE, _BUFFERED, _UNPICKLABLE)


_BUFFERED_CLASSES = (BufferedReader, BufferedWriter, BufferedRandom)


class BufferedRWPair(_BufferedIOBase, metaclass=_WithNative):
    """A buffered reader and a buffered writer over two raw streams, as one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):
        if not reader.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if not writer.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        self._reader = BufferedReader(reader, buffer_size)
        self._writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self._reader.read(size)

    def peek(self, size=0):
        return self._reader.peek(size)

    def read1(self, size=-1):
        return self._reader.read1(size)

    def readinto(self, b):
        return self._reader.readinto(b)

    def readinto1(self, b):
        return self._reader.readinto1(b)

    def readline(self, size=-1):
        return self._reader.readline(size)

    def write(self, b):
        return self._writer.write(b)

    def flush(self):
        return self._writer.flush()

    def readable(self):
        return self._reader.readable()

    def writable(self):
        return self._writer.writable()

    def isatty(self):
        return self._writer.isatty() or self._reader.isatty()

    @property
    def closed(self):
        return self._writer.closed

    def close(self):
        try:
            self._writer.close()
        finally:
            self._reader.close()

    _lend(locals(), _IOBASE, _BUFFERED, _UNPICKLABLE)



# FileIO's mode as CPython reports it, by the kind of the mode it is given.
_FILEIO_MODES = {'r': 'rb', 'w': 'wb', 'a': 'ab', 'x': 'xb', 'r+': 'rb+', 'w+': 'rb+',
                 'a+': 'ab+', 'x+': 'xb+'}


def _fileio_mode(mode):
    """The kind of a FileIO mode ('r', 'w+', ...), checked as CPython checks it."""
    if not isinstance(mode, str):
        raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
    kind = None
    plus = False
    for c in mode:
        if c in 'rwxa' and kind is None:
            kind = c
        elif c == '+' and not plus:
            plus = True
        elif c not in 'rwxa+b':
            raise ValueError(f"invalid mode: {mode}")
        elif c != 'b':
            kind = None
            break
    if kind is None:
        raise ValueError("Must have exactly one of create/read/write/append mode and at "
                         "most one plus")
    return kind + ('+' if plus else '')


class FileIO(_RawIOBase, metaclass=_WithNative):
    """Raw I/O on a file: each read and write goes to the file."""

    _file = None
    _closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        kind = _fileio_mode(mode)
        if not closefd and not isinstance(file, int):
            raise ValueError("Cannot use closefd=False with file name")
        if opener is not None:
            raise ValueError("pymem's FileIO does not take an opener")
        self._file = open(file, kind + 'b', closefd=closefd)
        self.name = file
        self._mode = _FILEIO_MODES[kind]
        self._closefd = bool(closefd)

    def _live(self, period=False):
        f = self._file
        if f is None or f.closed:
            raise ValueError("I/O operation on closed file" + ('.' if period else ''))
        return f

    @property
    def mode(self):
        return self._mode

    @property
    def closed(self):
        f = self._file
        return f is None or f.closed

    @property
    def closefd(self):
        return self._closefd

    def read(self, size=-1):
        n = _size(size)
        f = self._live()
        if not self.readable():
            raise UnsupportedOperation("File not open for reading")
        return f.read() if n < 0 else f.read1(n) if n else b''

    def readall(self):
        f = self._live()
        if not self.readable():
            raise UnsupportedOperation("File not open for reading")
        return f.read()

    def readinto(self, b):
        _writable_buffer(b, 'readinto')
        view = memoryview(b).cast('B')
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        f = self._live()
        if not self.writable():
            raise UnsupportedOperation("File not open for writing")
        return f.write(b)

    def seek(self, pos, whence=0):
        return self._live().seek(pos, whence)

    def tell(self):
        return self._live().tell()

    def truncate(self, size=None):
        f = self._live()
        if not self.writable():
            raise UnsupportedOperation("File not open for writing")
        return f.truncate(size)

    def readable(self):
        self._live()
        return 'r' in self._mode or '+' in self._mode

    def writable(self):
        self._live()
        return 'r' not in self._mode or '+' in self._mode

    def seekable(self):
        return self._live().seekable()

    def fileno(self):
        return self._live().fileno()

    def isatty(self):
        return self._live().isatty()

    def close(self):
        f = self._file
        if f is not None:
            f.close()

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return f'<_io.FileIO name={self.name!r} mode={self._mode!r} closefd=True>'

    _lend(locals(), _IOBASE, _RAW, _UNPICKLABLE)





_count_natives('BufferedReader', 'BufferedWriter', 'BufferedRandom', 'FileIO')
