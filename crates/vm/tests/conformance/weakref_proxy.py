# weakref.proxy (forwarding, callable proxies, ReferenceError, sharing, counts),
# obj.__weakref__, ref()'s argument checks and which objects can be weakly referenced.
import weakref


class Target:
    def __init__(self):
        self.v = [1, 2, 3]

    def m(self):
        return "m"

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __add__(self, other):
        return "add"

    def __call__(self, x):
        return x + 1


a = Target()
p = weakref.proxy(a)
print(p.v, p.m(), len(p), p[4], p + 1, p(5), weakref.getweakrefcount(a))
print(type(p).__name__, type(p) is weakref.CallableProxyType, weakref.proxy(a) is p)
p.w = 9
print("set through the proxy", a.w)
del p.w
print("deleted through the proxy", hasattr(a, "w"))
try:
    hash(p)
except TypeError as e:
    print("hash:", e)
try:
    weakref.ref(p)
except TypeError:
    print("a proxy cannot be weakly referenced")
p2 = weakref.proxy(a, lambda pr: print("proxy callback got", type(pr).__name__))
print("with a callback it is a new proxy", p2 is not p, weakref.getweakrefcount(a),
      len(weakref.getweakrefs(a)))


class Plain:
    pass


b = Plain()
pb = weakref.proxy(b)
print(type(pb).__name__, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(str(pb) == str(b), bool(pb))
del a
for proxy in (p, p2):
    try:
        proxy.v
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("str: ReferenceError:", e)
try:
    weakref.proxy([1, 2])
except TypeError as e:
    print(e)
try:
    weakref.ProxyType(b)
except TypeError as e:
    print(e)


class Num:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Num) and other.n == self.n

    def __lt__(self, other):
        return self.n < other.n

    __hash__ = None


x, y = Num(1), Num(2)
px, py = weakref.proxy(x), weakref.proxy(y)
print("comparisons unwrap proxies", px == x, px == py, px < py, px != y)


# __weakref__: the first weak reference (the shared callback-less ref), or None.
class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


c = Plain()
print(c.__weakref__, hasattr(Slotted(), "__weakref__"), SlottedWeak().__weakref__)
r = weakref.ref(c)
print(c.__weakref__ is r)
r2 = weakref.ref(c, lambda ref: None)
print(c.__weakref__ is r)
d = Plain()
r3 = weakref.ref(d, lambda ref: None)
print(d.__weakref__ is r3)
del r3
print(d.__weakref__)


def attempt(label, *args, **kwargs):
    try:
        r = weakref.ref(*args, **kwargs)
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "->", e)


attempt("ref()")
attempt("ref(x, None, 3)", c, None, 3)
attempt("ref(x, callback=None)", c, callback=None)
for o in [1, "s", 1.5, (1,), [1], {}, None, b"x", True, frozenset(), range(3), Slotted()]:
    attempt("ref(%s)" % type(o).__name__, o)
for o in [Plain, Plain(), len, set(), lambda: 0, SlottedWeak()]:
    attempt("ref(%s)" % type(o).__name__, o)
for args in [(), (c, None, 3)]:
    try:
        weakref.proxy(*args)
    except TypeError as e:
        print("proxy%r:" % (args[2:],), e)
