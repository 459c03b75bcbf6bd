# pymem's `array` module: the `array` class, whose storage and methods are native
# (crates/vm/src/runtime/modules/array.rs, module `_array`).

import _array

typecodes = _array.typecodes


from _native_attr import ReadOnly as _Member


class array(object):
    """array(typecode[, initializer]): a compact sequence of C numbers (or characters,
    for 'u') of one type code, filled from a list, a tuple, bytes, a str or any iterable."""

    # The storage and weak references; `sys.getsizeof` counts neither (the class is
    # marked as CPython's C type below: its `__sizeof__` is the whole of it).
    __slots__ = ('_b', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        self = object.__new__(cls)
        self._b = _array._make(*args)
        return self

    typecode = _Member(_array.typecode, 'typecode', 'array.array')
    itemsize = _Member(_array.itemsize, 'itemsize', 'array.array')
    __hash__ = None

    __len__ = _array.__len__
    __iter__ = _array.__iter__
    __getitem__ = _array.__getitem__
    __setitem__ = _array.__setitem__
    __delitem__ = _array.__delitem__
    __contains__ = _array.__contains__
    __repr__ = _array.__repr__
    __add__ = _array.__add__
    __iadd__ = _array.__iadd__
    __mul__ = _array.__mul__
    __rmul__ = _array.__mul__
    __imul__ = _array.__imul__

    def __eq__(self, other):
        return _array.__eq__(self, other)

    def __ne__(self, other):
        return _array.__ne__(self, other)

    def __lt__(self, other):
        return _array.__lt__(self, other)

    def __le__(self, other):
        return _array.__le__(self, other)

    def __gt__(self, other):
        return _array.__gt__(self, other)

    def __ge__(self, other):
        return _array.__ge__(self, other)

    __copy__ = _array.__copy__

    def __sizeof__(self, *args, **kwargs):
        return _array.__sizeof__(self, *args, **kwargs)

    __deepcopy__ = _array.__deepcopy__

    def __reduce_ex__(self, *args):
        # CPython's answer for protocols 0-2 (pymem has no pickle): rebuilt from a list.
        if len(args) != 1:
            raise TypeError('__reduce_ex__() takes exactly 1 positional argument (%d given)'
                            % len(args))
        return (type(self), (self.typecode, self.tolist()),
                getattr(self, '__dict__', None) or None)

    append = _array.append
    extend = _array.extend
    insert = _array.insert
    pop = _array.pop
    remove = _array.remove
    index = _array.index
    count = _array.count
    reverse = _array.reverse
    byteswap = _array.byteswap
    tolist = _array.tolist
    tobytes = _array.tobytes
    frombytes = _array.frombytes
    fromlist = _array.fromlist
    tounicode = _array.tounicode
    fromunicode = _array.fromunicode
    buffer_info = _array.buffer_info

    def fromfile(self, *args):
        """Read n items from the file object f and append them to the end of the array."""
        if len(args) != 2:
            raise TypeError('fromfile() takes exactly 2 positional arguments (%d given)'
                            % len(args))
        f, n = args
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(n).__name__)
        if n < 0:
            raise ValueError('negative count')
        size = self.itemsize
        if n > 9223372036854775807 // size:
            raise MemoryError
        nbytes = n * size
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) // size * size
        self.frombytes(data[:whole])
        if len(data) != nbytes:
            raise EOFError('read() didn\'t return enough bytes')

    def tofile(self, *args):
        """Write all items (as machine values) to the file object f."""
        if len(args) != 1:
            raise TypeError('tofile() takes exactly 1 positional argument (%d given)'
                            % len(args))
        f = args[0]
        # CPython writes in blocks of 64 KiB.
        data = self.tobytes()
        block = 65536
        for i in range(0, len(data), block):
            f.write(data[i:i + block])


_array._native_layout(array)
ArrayType = array


def _register():
    # PEP 585 (`array[int]`), and a virtual MutableSequence, as CPython's module sets up.
    from types import GenericAlias
    array.__class_getitem__ = classmethod(GenericAlias)
    from collections.abc import MutableSequence
    MutableSequence.register(array)


_register()
del _register


def _wrap(store):
    """A new array over a native store (the result of slicing, `+`, `*`, copies)."""
    self = object.__new__(array)
    self._b = store
    return self
