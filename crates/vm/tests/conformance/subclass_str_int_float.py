# Subclassing str, int and float: construction, inherited behaviour, plain results,
# overrides of __repr__/__str__/__add__, use as dict keys and in formatting.
import math


class S(str):
    pass


s = S("abc")
print("str construct:", s, repr(s), type(s).__name__, S(), repr(S()), S(12), isinstance(s, str))
print("str methods:", s.upper(), type(s.upper()).__name__, s.title(), s.replace("b", "B"), s.split("b"), s.find("c"))
print("str ops:", s + "d", type(s + "d").__name__, "x" + s, s * 2, s[1], s[::-1], type(s[1:]).__name__, len(s))
print("str compare:", s == "abc", "abc" == s, s < "b", sorted([S("b"), "a", S("c")]), s != "x")
print("str contains:", "b" in s, S("b") in "abc", S("z") in s)
print("str hash/key:", hash(s) == hash("abc"), {s: 1}["abc"], {"abc": 2}[s], len({s, "abc"}))
print("str format:", f"{s}!", f"{s:>5}", "%s|%r" % (s, s), "{}".format(s), "-".join([s, S("x")]))
print("str conv:", str(s), type(str(s)).__name__, list(s), int(S("42")), float(S("2.5")), ord(S("a")))
print("str args:", "abcdef".startswith(S("ab")), "a,b".split(S(",")), getattr(s, S("upper"))())
s.note = "n"
print("str attrs:", s.note, vars(s))


class Cap(str):
    def __new__(cls, v):
        return super().__new__(cls, v.capitalize())

    def shout(self):
        return self.upper() + "!"


c = Cap("hello")
print("str __new__:", c, c.shout(), type(c).__name__, c == "Hello", c.startswith("He"))


class Quoted(str):
    def __repr__(self):
        return "Q<" + self + ">"


q = Quoted("x")
print("str __repr__ override:", repr(q), str(q), [q], f"{q}", "%s %r" % (q, q))


class I(int):
    pass


i = I("12")
print("int construct:", i, repr(i), I(), I(3.9), I("ff", 16), I(True), type(i).__name__, isinstance(i, int))
print("int arith:", i + 1, type(i + 1).__name__, 1 + i, i * i, i - 2, i / 5, i // 5, i % 5, i ** 2, -i, +i, ~i, abs(I(-3)))
print("int bits:", i & 4, i | 1, i ^ 3, i << 2, i >> 1, i.bit_length(), hex(i), bin(I(5)), oct(I(8)))
print("int compare:", i < 13, i == 12, 12 == i, i > 11.5, max(I(1), I(2)), type(max(I(1), I(2))).__name__)
print("int conv:", int(i), type(int(i)).__name__, float(i), str(i), type(str(i)).__name__, bool(I(0)), bool(i))
print("int index:", [10, 20, 30][I(1)], "ab" * I(2), range(I(3)), list(range(I(1), I(4))), chr(I(65)))
print("int format:", "%d" % i, f"{i:05d}", f"{i}", "{:x}".format(i), round(I(15), -1), divmod(I(7), 2), pow(I(2), 5, 7))
print("int hash/key:", hash(i) == 12, {i: "twelve"}[12], {12: "x"}[i], sum([I(1), I(2)]))


class Double(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


print("int __new__:", Double(5), type(Double(5)).__name__, Double(5) + 0)


class Flag(int):
    def __str__(self):
        return "flag" + str(int(self))


f = Flag(3)
print("int __str__ override:", f, repr(f), f"{f}", "%s %d" % (f, f), f + 1)


class Add(int):
    def __add__(self, o):
        return "added"

    def __radd__(self, o):
        return "radded"


print("int __add__ override:", Add(1) + 1, 1 + Add(1), Add(1) - 1, Add(2) * 2)


class F(float):
    pass


x = F(2.75)
print("float construct:", x, F(), F("1.5"), F(3), type(x).__name__, isinstance(x, float))
print("float ops:", x + 1, type(x + 1).__name__, x * 2, x / 2, x // 1, x % 1, -x, x > 2, x == 2.75)
print("float methods:", x.as_integer_ratio(), x.hex(), x.is_integer(), round(x), round(x, 1), int(x), float(x))
print("float math:", math.sqrt(F(4.0)), math.floor(x), math.ceil(x), f"{x:.1f}", "%.3f" % x, {x: 1}[2.75])


class Money(float):
    def __repr__(self):
        return f"${float(self):.2f}"


m = Money(3.5)
print("float __repr__ override:", m, repr(m), str(m), m * 2, type(m * 2).__name__, f"{m:.1f}", "%s" % m)
fb = I.from_bytes(b"\x01\x00", "big")
fh = F.fromhex("0x1.8p1")
print("alternate constructors:", fb, type(fb).__name__, fh, type(fh).__name__, bool.from_bytes(b"\x01", "big"))
