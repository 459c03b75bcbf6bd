# Subclassing bytearray: construction (with and without __init__/__new__), the mutating
# methods on the subclass's bytes, repr/str naming the subclass, operators giving plain
# bytearrays, extra attributes, slots, hashing and sizes.
import sys


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Buffer(bytearray):
    pass


b = Buffer(b"abc")
b.tag = "first"
print(type(b).__name__, b, repr(b), str(b), b.tag)
print(isinstance(b, bytearray), isinstance(b, Buffer), issubclass(Buffer, bytearray))
print(len(b), b[0], b[1:], type(b[1:]).__name__, list(b), b"b" in b, 98 in b)
print(b + b"d", type(b + b"d").__name__, b * 2, type(b * 2).__name__)
print(b == bytearray(b"abc"), b == b"abc", b != b"x", b < b"abd", bytes(b))
b.append(100)
b.extend(b"ef")
b[0] = 65
b += b"!"
print(b, type(b).__name__, b.tag)
del b[-1]
b.insert(0, 95)
print(b.pop(), b.pop(0), b, b.upper(), type(b.upper()).__name__, b.decode())
b.reverse()
print(b, b.hex(), b.find(b"c"), b.count(b"d"), b.startswith(b"fe"))
b.clear()
print(b, len(b), bool(b))
print(Buffer(), Buffer(3), Buffer([1, 2, 255]), Buffer("hé", "utf-8"), Buffer(source=b"kw"))
t("str without encoding", lambda: Buffer("x"))
t("negative count", lambda: Buffer(-1))
t("not iterable", lambda: Buffer(1.5))
t("hash", lambda: hash(Buffer(b"x")))
t("unknown attribute", lambda: Buffer().nope)


class Packet(bytearray):
    def __init__(self, payload, *, kind="data"):
        super().__init__(payload)
        self.kind = kind

    def __repr__(self):
        return "Packet(%r, kind=%s)" % (bytes(self), self.kind)

    def checksum(self):
        return sum(self) % 256


p = Packet(b"\x01\x02\x03", kind="ctl")
print(repr(p), str(p), p.kind, p.checksum(), f"{p!r}", "%s" % p)
p[0:1] = b"\x10\x11"
print(p.checksum(), len(p), p)


class Fixed(bytearray):
    def __new__(cls, n):
        self = super().__new__(cls)
        self.n = n
        return self

    def __init__(self, n):
        super().__init__(b"\x00" * n)


f = Fixed(4)
print(f, f.n, len(f))


class Slotted(bytearray):
    __slots__ = ("meta",)


s = Slotted(b"xy")
s.meta = 1
print(s, s.meta)
t("no __dict__", lambda: setattr(s, "other", 1))
print(sys.getsizeof(Buffer()), sys.getsizeof(Buffer(b"abc")), sys.getsizeof(Slotted(b"abc")))

# bytearray.__init__ on a plain bytearray re-initialises it.
x = bytearray(b"old")
x.__init__(b"new!")
print(x)
bytearray.__init__(x, 2)
print(x)
t("__init__ on bytes", lambda: bytearray.__init__(b"x", b"y"))
print(Buffer.__mro__)
print(sorted([Buffer(b"b"), Buffer(b"a")]), max(Buffer(b"az")))


class Counted(bytearray):
    def __len__(self):
        return 99


print(len(Counted(b"ab")), bool(Counted()), Counted(b"ab"))
