# CPython 3.12 answers an immutable operand itself when an operation would copy it
# unchanged, for the exact types only: `t[:] is t`, `t + () is t`, `s * 1 is s`,
# `tuple(t) is t`, `b.strip() is b`... A subclass instance gets a new object of the base
# type instead (pymem keeps a subclass's built-in part in a hidden base value, which must
# never come back out).


class T(tuple):
    pass


class S(str):
    pass


class B(bytes):
    pass


class F(frozenset):
    pass


t = (1, 2, 3)
s = "abcdef" * 3
u = "h\u00e9llo w\u00f6rld"
b = b"abcdef" * 3
fs = frozenset({1, 2})
e = ()

print("tuple")
print(t[:] is t, t[0:] is t, t[0:3] is t, t[::1] is t, t[:100] is t, t[-100:] is t, t[::-1] is t, t[1:] is t)
print(t + () is t, () + t is t, t * 1 is t, 1 * t is t, t * 0 is e, t * -1 is e, t * 2 is t)
print(tuple(t) is t, tuple(e) is e, t.__getitem__(slice(None)) is t)
x = t
x += ()
print(x is t)
one = (7,)
print(T(()) + one is one, () + one is one)

print("str")
print(s[:] is s, s[0:] is s, s[::1] is s, s[:100] is s, s * 1 is s, 1 * s is s, s + "" is s, "" + s is s, str(s) is s)
print(u[:] is u, u[::1] is u, u * 1 is u, u + "" is u, u[1:] is u)
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.replace("x", "y") is s, s.replace("a", "b", 0) is s)
print(s.ljust(3) is s, s.rjust(3) is s, s.center(2) is s, s.zfill(1) is s, s.expandtabs() is s)
print(format(s) is s, format(s, "") is s, f"{s}" is s, "".join([s]) is s, "-".join([s]) is s)
print(s.removeprefix("q") is s, s.removesuffix("q") is s, s.__str__() is s)
print(s.split()[0] is s, s.split("q")[0] is s, s.rsplit()[0] is s, s.splitlines()[0] is s)
print(s.partition("q")[0] is s, s.rpartition("q")[2] is s)
print(s.lower() is s, s.title() is s, s.translate({}) is s, s.swapcase() is s, s.replace("a", "a") is s)

print("bytes")
print(b[:] is b, b[0:] is b, b[::1] is b, b * 1 is b, 1 * b is b, b + b"" is b, b"" + b is b, bytes(b) is b)
print(b.strip() is b, b.replace(b"x", b"y") is b, b.ljust(3) is b, b.center(2) is b, b.zfill(1) is b, b"".join([b]) is b)
ba = bytearray(b)
print(ba[:] is ba, ba * 1 is ba, ba + b"" is ba, bytearray(ba) is ba, ba.strip() is ba)

print("frozenset")
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs, fs - frozenset() is fs)

print("subclasses")
tt = T((1, 2))
for r in [tt[:], tt + (), () + tt, tt * 1, 1 * tt, tuple(tt), T(tt), tt[0:2]]:
    print(type(r).__name__, r is tt, r)
y = tt
y += ()
print(type(y).__name__, y is tt, y)
ss = S("abc")
for r in [ss[:], ss + "", "" + ss, ss * 1, str(ss), ss.strip(), format(ss), f"{ss}", "".join([ss]),
          ss.ljust(1), ss.zfill(1), ss.replace("x", "y"), ss.expandtabs(), ss.__str__(), ss.split()[0],
          ss.partition("x")[0], ss.removeprefix("x")]:
    print(type(r).__name__, r is ss, r)
bb = B(b"abc")
for r in [bb[:], bb + b"", b"" + bb, bb * 1, bytes(bb), bb.strip(), b"".join([bb]), bb.ljust(1),
          bb.replace(b"x", b"y")]:
    print(type(r).__name__, r is bb, r)
ff = F({1})
for r in [frozenset(ff), ff.copy(), F(ff)]:
    print(type(r).__name__, r is ff, r)
# The subclass's own value is untouched by the copies handed out.
print(tt, ss, bb, ff, tt[:] == tt, tt[:] is tt[:])
