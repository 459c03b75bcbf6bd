# Prelude of `_io` (4 of 4, run on first use): the in-memory text and binary streams,
# StringIO and BytesIO. Messages and edge cases follow CPython 3.12's C implementation
# (Modules/_io/stringio.c, bytesio.c), including its inconsistencies (a period after
# "closed file" in some methods only).

def _closed_stream(period):
    return ValueError("I/O operation on closed file." if period else
                      "I/O operation on closed file")


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


class StringIO(_TextIOBase):
    """Text I/O implementation using an in-memory buffer."""
    __module__ = '_io'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        # Only newline='\n' (the default) writes text unchanged and ends lines at '\n' alone:
        # write() and readline() take a short path for it.
        self._plain = newline == '\n'
        # The text is the concatenation of _chunks; appends at the end just add a chunk, any
        # other access joins them into one first.
        self._chunks = []
        self._len = 0
        self._pos = 0
        self._closed = False
        # Universal-newlines modes (newline None or '') record the kinds of line ending written.
        self._seen = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self, period=False):
        if self._closed:
            raise _closed_stream(period)

    def _value(self):
        chunks = self._chunks
        if len(chunks) > 1:
            self._chunks = chunks = [''.join(chunks)]
        return chunks[0] if chunks else ''

    def _write(self, s):
        nl = self._newline
        if nl is None or nl == '':
            if '\r' in s:
                crlf = s.count('\r\n')
                if crlf:
                    self._seen |= 4
                if s.count('\r') > crlf:
                    self._seen |= 1
                if s.count('\n') > crlf:
                    self._seen |= 2
                if nl is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= 2
        elif nl == '\r' or nl == '\r\n':
            s = s.replace('\n', nl)
        n = len(s)
        if n == 0:
            return
        pos = self._pos
        if pos == self._len:
            self._chunks.append(s)
            self._len += n
        else:
            v = self._value()
            if pos > self._len:
                v = v + '\0' * (pos - self._len)
            v = v[:pos] + s + v[pos + n:]
            self._chunks = [v]
            self._len = len(v)
        self._pos = pos + n

    def write(self, s):
        if self._closed:
            raise _closed_stream(False)
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._plain and self._pos == self._len:
            # Appending (print, logging): just another chunk.
            if n:
                self._chunks.append(s)
                self._len += n
                self._pos = self._len
        else:
            self._write(s)
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._value()

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        v = self._value()
        pos = self._pos
        if pos >= self._len:
            return ''
        end = self._len if size < 0 else min(self._len, pos + size)
        self._pos = end
        return v[pos:end]

    def _line_end(self, v, pos):
        """Index just past the line starting at pos (or the end of the text)."""
        nl = self._newline
        if nl == '':
            i = pos
            n = self._len
            while i < n:
                c = v[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and v[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        term = '\n' if nl is None else nl
        i = v.find(term, pos)
        return self._len if i < 0 else i + len(term)

    def readline(self, size=-1):
        if self._closed:
            raise _closed_stream(False)
        pos = self._pos
        if size == -1 and self._plain:
            if pos >= self._len:
                return ''
            chunks = self._chunks
            v = chunks[0] if len(chunks) == 1 else self._value()
            i = v.find('\n', pos)
            end = self._len if i < 0 else i + 1
            self._pos = end
            return v[pos:end]
        size = _size_arg(size)
        if pos >= self._len:
            return ''
        v = self._value()
        end = self._line_end(v, pos)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return v[pos:end]

    def readlines(self, hint=-1):
        self._check(True)
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check(True)
        return self

    def __next__(self):
        if self._closed:
            raise _closed_stream(False)
        pos = self._pos
        if self._plain and pos < self._len:
            chunks = self._chunks
            v = chunks[0] if len(chunks) == 1 else self._value()
            i = v.find('\n', pos)
            end = self._len if i < 0 else i + 1
            self._pos = end
            return v[pos:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._len
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._chunks = [self._value()[:size]]
            self._len = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check(True)
        return False

    def flush(self):
        pass

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def close(self):
        self._closed = True
        self._chunks = []
        self._len = 0

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        kinds = tuple(k for bit, k in ((1, '\r'), (2, '\n'), (4, '\r\n')) if self._seen & bit)
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else kinds

    def __enter__(self):
        self._check(True)
        return self

    def __exit__(self, *exc):
        self.close()


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""
    __module__ = '_io'

    def __init__(self, initial_bytes=None):
        self._buf = bytearray() if initial_bytes is None else bytearray(_bytes_like(initial_bytes))
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise _closed_stream(True)

    def write(self, b):
        if self._closed:
            raise _closed_stream(True)
        data = b if isinstance(b, (bytes, bytearray)) else _bytes_like(b)
        n = len(data)
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            buf += data
        else:
            if pos > len(buf):
                buf += b'\0' * (pos - len(buf))
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        n = len(self._buf)
        pos = self._pos
        if pos >= n:
            return b''
        end = n if size < 0 else min(n, pos + size)
        self._pos = end
        return bytes(self._buf[pos:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=-1):
        self._check()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        self._check()
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if pos < 0 and whence == 0:
            raise ValueError("negative seek value %d" % pos)
        if whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        elif whence != 0:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def close(self):
        self._closed = True
        self._buf = bytearray()

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


_BYTESIO = BytesIO
