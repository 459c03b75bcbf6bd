# The Python part of pymem's `_struct` module, run inside the native module's namespace
# (crates/vm/src/runtime/modules/struct.rs): the exception, the `Struct` class and the
# iterator of `iter_unpack`. Packing and unpacking are the native functions.


class error(Exception):
    __module__ = 'struct'


from _native_attr import ReadOnly as _Member


_NO_FORMAT = object()


class Struct(object):
    """Struct(format): a compiled format, to pack and unpack bytes with."""

    __module__ = '_struct'
    __slots__ = ('_c', '__weakref__')

    # The one-format call binds without packing its arguments (as CPython's C type takes
    # them: no tuple allocated, which gc.get_count() would show); any other call goes to
    # `_compile` with what it was given, for its errors.
    def __init__(self, format=_NO_FORMAT, /, *args, **kwargs):
        if format is _NO_FORMAT or args or kwargs:
            args = args if format is _NO_FORMAT else (format,) + args
            self._c = _compile(*args, **kwargs)
        else:
            self._c = _compile(format)

    def __sizeof__(self):
        return _code_sizeof(self._c)

    format = _Member(lambda self: _code_format(self._c), 'format', '_struct.Struct')
    size = _Member(lambda self: _code_size(self._c), 'size', '_struct.Struct')

    pack = _s_pack
    unpack = _s_unpack
    pack_into = _s_pack_into
    unpack_from = _s_unpack_from
    iter_unpack = _s_iter_unpack


_native_layout(Struct)


class unpack_iterator(object):
    """The iterator of `iter_unpack`: one tuple per struct-sized chunk of the buffer."""

    __module__ = '_struct'
    __slots__ = ('_c', '_buf', '_at', '_size', '_end')

    def __init__(self, code, buf, end):
        self._c = code
        self._buf = buf
        self._at = 0
        self._size = _code_size(code)
        self._end = end

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is None:
            raise StopIteration
        r = _unpack_at(self._c, self._buf, self._at)
        if r is None:
            self._buf = None
            raise StopIteration
        self._at += self._size
        return r

    def __length_hint__(self):
        if self._buf is None:
            return 0
        return (self._end - self._at) // self._size
