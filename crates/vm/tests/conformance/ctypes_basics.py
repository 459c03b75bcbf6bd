# ctypes without addresses: sizes, alignments, values, reprs, wrap-around, Structure layout.
import ctypes
from ctypes import (
    Structure, alignment, sizeof, c_bool, c_byte, c_char, c_double, c_float, c_int,
    c_long, c_longlong, c_short, c_size_t, c_ssize_t, c_ubyte, c_uint, c_ulong,
    c_ulonglong, c_ushort, c_void_p,
)

simple = [c_uint, c_int, c_ulong, c_long, c_ulonglong, c_longlong, c_ushort, c_short,
          c_ubyte, c_byte, c_char, c_bool, c_size_t, c_ssize_t, c_void_p, c_double, c_float]
for t in simple:
    print(t.__name__, t._type_, sizeof(t), alignment(t), repr(t()), sizeof(t()))
print(c_ulonglong is c_ulong, c_size_t is c_ulong, c_ssize_t is c_long, c_longlong is c_long)

# Values and wrap-around (silent, as C).
print(c_uint(5), c_uint(-1), c_uint(2**32 + 3), c_uint(2**70 + 9))
print(c_int(2**31), c_int(-2**31 - 1), c_short(40000), c_ushort(-1))
print(c_byte(200), c_ubyte(-56), c_ubyte(256 + 7), c_long(2**63), c_ulong(-1))
print(c_bool(5), c_bool(0), c_bool("x"), c_bool([]), c_void_p(0), c_void_p(5), c_void_p(-1))
print(c_float(0.1), c_float(1e300), c_double(1.5), c_double(7), c_double(True), c_char(65), c_char(10))
print(c_uint(True), c_int(False), c_uint(7).value, c_void_p().value, c_bool(2).value, c_float(1.1).value)
x = c_int(3)
x.value = 2**33 + 1
print(x, x.value, bool(c_int(0)), bool(c_int(-1)), bool(c_double(0.0)), bool(c_void_p(None)))
print(c_int(5) == c_int(5), str(c_uint(4)), type(c_int.value).__name__ != "int")
print(c_int.__mro__)
print(c_int.__name__, c_int.__module__, ctypes.Structure.__module__)

for bad in [lambda: c_uint("x"), lambda: c_uint(1.5), lambda: c_double("x"),
            lambda: c_void_p("x"), lambda: c_void_p(1.5), lambda: c_char(256),
            lambda: c_char(-1), lambda: c_int(1, 2), lambda: sizeof(3),
            lambda: alignment("x"), lambda: ctypes.addressof(5),
            lambda: c_uint.from_address("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)


class PoolHeader(Structure):
    """The seed notebook's heuristic model."""

    _fields_ = [
        ("free", c_void_p),
        ("arenaindex", c_uint),
        ("szidx", c_uint),
        ("refcount", c_ulonglong),
        ("nextoffset", c_ulonglong),
        ("maxnextoffset", c_ulonglong),
    ]


print(sizeof(PoolHeader), alignment(PoolHeader), PoolHeader.free.offset, PoolHeader.szidx.offset)
for name in ["free", "arenaindex", "szidx", "refcount", "nextoffset", "maxnextoffset"]:
    f = getattr(PoolHeader, name)
    print(name, f, f.offset, f.size)
print(type(PoolHeader.free).__name__, PoolHeader.__mro__)


class CPythonPoolHeader(Structure):
    """CPython 3.12's struct pool_header, field for field."""

    _fields_ = [
        ("count", c_uint),
        ("_padding", c_uint),
        ("freeblock", c_void_p),
        ("nextpool", c_void_p),
        ("prevpool", c_void_p),
        ("arenaindex", c_uint),
        ("szidx", c_uint),
        ("nextoffset", c_uint),
        ("maxnextoffset", c_uint),
    ]


print(sizeof(CPythonPoolHeader), CPythonPoolHeader.arenaindex, CPythonPoolHeader.maxnextoffset)


class Mixed(Structure):
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_double), ("d", c_ushort)]


class Packed(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int), ("c", c_double), ("d", c_ushort)]


class Nested(Structure):
    _fields_ = [("m", Mixed), ("z", c_byte)]


class Derived(Mixed):
    _fields_ = [("e", c_ubyte)]


class Empty(Structure):
    pass


for t in [Mixed, Packed, Nested, Derived, Empty]:
    print(t.__name__, sizeof(t), alignment(t))
print(Mixed.b, Mixed.c, Mixed.d, Packed.b, Packed.c, Packed.d, Nested.z, Derived.e)

# (c_char fields are set with ints here and not read back: pymem has no bytes.)
m = Mixed(65, 2, 3.5)
print(m.b, m.c, m.d, sizeof(m))
m.b = 2**32 + 7
m.d = -1
print(m.b, m.d)
m2 = Mixed(d=9, b=4)
print(m2.b, m2.c, m2.d)
n = Nested()
n.m = m
n.m.c = 0.25
print(n.m.b, n.m.c, n.z, m.c)
d = Derived(1, 2, 3.0, 4, 5)
print(d.b, d.c, d.d, d.e)
h = CPythonPoolHeader(count=3, szidx=2)
print(h.count, h.szidx, h.freeblock, h.nextpool, h.maxnextoffset)
for bad in [lambda: Mixed(1, 2, 3, 4, 5), lambda: Mixed(1, b=2, a=3),
            lambda: setattr(m, "b", "x"), lambda: setattr(m, "b", 1.5),
            lambda: delattr(m, "b"), lambda: setattr(n, "m", 5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
for fields in [[("a", int)], 5, [("a",)], [(1, c_int)]]:
    try:
        class Bad(Structure):
            _fields_ = fields
    except TypeError as e:
        print("TypeError", e)
print(isinstance(m, Structure), issubclass(c_uint, ctypes._SimpleCData))
for call in [lambda: sizeof(Structure), lambda: alignment(Structure), lambda: Structure(),
             lambda: ctypes._SimpleCData(), lambda: sizeof(ctypes._SimpleCData)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class EmptyBase(Structure):
    pass


class OnEmpty(EmptyBase):
    _fields_ = [("a", c_short)]


print(sizeof(OnEmpty), alignment(OnEmpty), OnEmpty.a)
