# Prelude of pymem's native `_io` module (1 of 4, run when `_io` is made): the generic
# behaviour of CPython's `_io._IOBase` and its three branches, which programs inherit
# through io.IOBase, io.RawIOBase, io.BufferedIOBase and io.TextIOBase and which the
# Python classes of `_io` (TextIOWrapper, BufferedReader, ...) share. The native bases
# hold no methods: the method sets below (functions' locals) are lent to each class that
# needs them (`_lend`, in its body), so every class keeps CPython's bases and MRO.
#
# Also the metaclass of the Python classes that native stream classes share a name with
# (open()'s files and the standard streams are native TextIOWrapper, BufferedReader, ...
# objects): isinstance() and issubclass() count those native classes as the class.

# What a stream's buffer (raw stream) is before __init__ set it.
_UNINIT = object()


def _size(size):
    """A size argument (None or an integer) as an int; None means no limit (-1)."""
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'") \
            from None


def _index(n):
    """An argument that must be an integer."""
    try:
        return n.__index__()
    except AttributeError:
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer") \
            from None


def _no_args(self, method, args):
    if args:
        raise TypeError(f"{type(self).__name__}.{method}() takes no arguments "
                        f"({len(args)} given)")


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _named(owner, methods):
    """`methods` (a function's locals), their functions named as methods of `owner`."""
    for name, value in methods.items():
        f = value.fget if isinstance(value, property) else value
        if hasattr(f, '__qualname__'):
            f.__qualname__ = f'{owner}.{name}'
    return methods


def _lend(namespace, *sources):
    """Give a class namespace (`locals()` in the class body) the methods of `sources` it
    does not define itself, the first source's first."""
    for source in sources:
        for name, value in source.items():
            if name not in namespace:
                namespace[name] = value


# The Python classes standing for a native class of the same name: {class: natives}.
_native_twins = {}


def _iobase_methods():
    """What every stream has: closing, the context manager and iteration protocols, line
    reading over read()/peek(), and refusals for what a stream does not support."""

    def seek(self, *args):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        raise UnsupportedOperation("truncate")

    def flush(self):
        if self.closed:
            raise _closed_error()

    @property
    def closed(self):
        return self.__dict__.get('__IOBase_closed', False)

    def close(self):
        if self.__dict__.get('__IOBase_closed', False):
            return
        try:
            self.flush()
        finally:
            self.__dict__['__IOBase_closed'] = True

    def __del__(self):
        # Finalization closes the stream; its errors are dropped, as CPython's are outside
        # its development mode.
        try:
            if not self.closed:
                self.close()
        except Exception:
            pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, *args):
        _no_args(self, '_checkClosed', args)
        if self.closed:
            raise _closed_error()

    def _checkSeekable(self, *args):
        _no_args(self, '_checkSeekable', args)
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def _checkReadable(self, *args):
        _no_args(self, '_checkReadable', args)
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _checkWritable(self, *args):
        _no_args(self, '_checkWritable', args)
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        limit = _size(size)
        peek = getattr(self, 'peek', None)
        out = bytearray()
        while limit < 0 or len(out) < limit:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not isinstance(ahead, bytes):
                    raise OSError("peek() should have returned a bytes object, "
                                  f"not '{type(ahead).__name__}'")
                if ahead:
                    end = ahead.find(b'\n') + 1
                    want = end if end else len(ahead)
                    if limit >= 0:
                        want = min(want, limit - len(out))
            got = self.read(want)
            if not isinstance(got, bytes):
                raise OSError("read() should have returned a bytes object, "
                              f"not '{type(got).__name__}'")
            if not got:
                break
            out += got
            if out.endswith(b'\n'):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    return _named('_IOBase', locals())


_IOBASE = _iobase_methods()


def _raw_methods():
    """What a raw stream has: read() and readall() over readinto()."""

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not parts:
                    return None
                break
            if not data:
                break
            parts.append(data)
        return b''.join(parts)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError

    return _named('_RawIOBase', locals())


_RAW = _raw_methods()


def _copy_into(b, data, method):
    """Copy `data` (read() or read1()'s result) into the start of the writable buffer `b`;
    returns its length."""
    view = memoryview(b)
    if view.readonly:
        raise TypeError(f"{method}() argument must be read-write bytes-like object, "
                        f"not {type(b).__name__}")
    view = view.cast('B')
    if not isinstance(data, bytes):
        raise TypeError("read() should return bytes")
    n = len(data)
    if n > len(view):
        raise ValueError(f"read() returned too much data: {len(view)} bytes requested, "
                         f"{n} returned")
    view[:n] = data
    return n


def _buffered_methods():
    """What a buffered stream has: readinto() over read(), refusals for the rest."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, b):
        _writable_buffer(b, 'readinto')
        return _copy_into(b, self.read(len(memoryview(b).cast('B'))), 'readinto')

    def readinto1(self, b):
        _writable_buffer(b, 'readinto1')
        return _copy_into(b, self.read1(len(memoryview(b).cast('B'))), 'readinto1')

    return _named('_BufferedIOBase', locals())


_BUFFERED = _buffered_methods()


def _cannot_pickle(self, *args):
    raise TypeError(f"cannot pickle '{type(self).__name__}' instances")


# What the stream classes of `_io` have and IOBase's own subclasses do not: a refusal to
# be pickled.
_UNPICKLABLE = {'__reduce__': _cannot_pickle, '__reduce_ex__': _cannot_pickle}


def _writable_buffer(b, method):
    try:
        view = memoryview(b)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError(f"{method}() argument must be read-write bytes-like object, "
                        f"not {type(b).__name__}")


def _text_methods():
    """What a text stream has: refusals, and no encoding."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def readline(self, size=-1):
        raise UnsupportedOperation("readline")

    def write(self, s):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    return _named('_TextIOBase', locals())


_TEXT = _text_methods()


def _count_natives(*names):
    """Count the native stream classes of these names as the Python classes of `_io` of
    the same names."""
    for name, native in _native_streams():
        if name in names:
            _native_twins.setdefault(globals()[name], []).append(native)


class _WithNative(type):
    """Metaclass of a Python class of `_io` whose name native stream classes share:
    their instances count as instances of the class (and the classes as subclasses)."""

    def __instancecheck__(cls, obj):
        if type.__instancecheck__(cls, obj):
            return True
        twins = _native_twins.get(cls)
        return twins is not None and type(obj) in twins

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        twins = _native_twins.get(cls)
        return twins is not None and sub in twins


def text_encoding(encoding, stacklevel=2, /):
    """The encoding argument a function passes on to open() or TextIOWrapper: 'locale'
    when it is None."""
    return 'locale' if encoding is None else encoding


def open_code(path):
    """Open `path` for reading as bytes (how the import system reads source files)."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


# The classes made on first use, by the part of the prelude that makes them (run by
# `_load_part`): `import io` compiles none of them.
_PARTS = {'TextIOWrapper': 'text', 'IncrementalNewlineDecoder': 'text',
          'BufferedReader': 'buffered', 'BufferedWriter': 'buffered',
          'BufferedRandom': 'buffered', 'BufferedRWPair': 'buffered', 'FileIO': 'buffered',
          'StringIO': 'memory', 'BytesIO': 'memory'}
# BytesIO once made (TextIOWrapper reads its closed flag directly).
_BYTESIO = None


def __getattr__(name):
    part = _PARTS.get(name)
    if part is None:
        raise AttributeError(f"module '_io' has no attribute '{name}'")
    _load_part(part, globals())
    return globals()[name]


def __dir__():
    return sorted(set(globals()) | set(_PARTS))
