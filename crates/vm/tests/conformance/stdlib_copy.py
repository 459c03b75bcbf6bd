# copy: shallow and deep copies of built-in containers, instances, slots, hooks, cycles.
import copy
import sys

print(copy.Error.__mro__[1], copy.error is copy.Error, sorted(copy.__all__))

# Immutables and atomic values come back as they are.
def f():
    pass
for v in [1, 2.5, True, None, "s", b"b", (1, 2), frozenset({1}), f, len, int, range(3),
          Ellipsis, NotImplemented]:
    print(repr(v) if v is not f else "f", copy.copy(v) is v, copy.deepcopy(v) is v)

# Shallow copies of containers share the items; deep copies do not.
inner = [1, 2]
for c in [[inner, 3], {"k": inner}, {1, 2}, bytearray(b"ab")]:
    s = copy.copy(c)
    d = copy.deepcopy(c)
    print(type(c).__name__, s == c, s is c, d == c, d is c)
lst = [inner, inner]
d = copy.deepcopy(lst)
print(d, d[0] is d[1], d[0] is inner, copy.copy(lst)[0] is inner)
t = (inner, 1)
dt = copy.deepcopy(t)
print(dt, dt is t, dt[0] is inner)
t2 = (1, "a", (2, 3))
print(copy.deepcopy(t2) is t2)
dd = copy.deepcopy({"a": [1], "b": {"c": [2]}})
print(dd)

# Cycles and shared references are preserved.
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b is not a, b[1] is b, repr(b))
x = {}
x["self"] = x
y = copy.deepcopy(x)
print(y["self"] is y, y is not x)
cyc = [None]
tup = (cyc,)
cyc[0] = tup
ct = copy.deepcopy(tup)
print(ct[0][0] is ct, ct is not tup)

# memo dict
memo = {}
shared = [9]
r1 = copy.deepcopy(shared, memo)
r2 = copy.deepcopy([shared], memo)
print(r2[0] is r1, id(shared) in memo)

# Instances: new object of the same class, __dict__ copied, __init__ not called.
class Point:
    count = 0

    def __init__(self, x, y):
        Point.count += 1
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, type(q) is Point, Point.count, q.x is p.x, r.x is p.x, r.x == p.x)


class Slotted:
    __slots__ = ("a", "b")

s = Slotted()
s.a = [1]
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, s3.a is s.a, hasattr(s2, "b"))


class Mixed(Slotted):
    pass

m = Mixed()
m.a, m.z = 1, 3
m2 = copy.deepcopy(m)
print(m2.a, m2.z, hasattr(m2, "b"))


class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)

# __copy__ and __deepcopy__ hooks
class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called with", type(memo).__name__)
        return Hooked(self.v + 100)

h = Hooked(1)
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h, h])[1].v)


# __getstate__ / __setstate__
class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st

    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None

st = copy.deepcopy(Stateful())
print(st.a, st.cache)


# __reduce__ defined by the class
class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))

print(copy.copy(Reduced(3)).n, copy.deepcopy(Reduced(4)).n)


class ByName:
    def __reduce__(self):
        return "ByName"

bn = ByName()
print(copy.copy(bn) is bn, copy.deepcopy(bn) is bn)

# Subclasses of built-in containers keep their class, items and attributes.
class MyList(list):
    pass

ml = MyList([1, [2]])
ml.tag = "t"
c1 = copy.copy(ml)
c2 = copy.deepcopy(ml)
print(type(c1).__name__, c1, c1.tag, c1[1] is ml[1], type(c2).__name__, c2, c2[1] is ml[1])


class MyDict(dict):
    pass

md = MyDict(a=[1])
c3 = copy.deepcopy(md)
print(type(c3).__name__, c3, c3["a"] is md["a"])

# namedtuple
from collections import namedtuple, OrderedDict, defaultdict, deque, Counter
P = namedtuple("P", "x y")
pt = P([1], 2)
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).x is pt.x)
print(copy.deepcopy(OrderedDict(a=1, b=[2])))
ddf = defaultdict(list, {"a": [1]})
ddc = copy.deepcopy(ddf)
print(ddc, ddc["a"] is ddf["a"], ddc.default_factory is list)
print(copy.copy(deque([1, 2], maxlen=5)), copy.deepcopy(Counter("aab")))

# Exceptions
err = ValueError("bad", 1)
err.note = "n"
ce = copy.copy(err)
print(type(ce).__name__, ce.args, ce.note, ce is err)

# Bound methods
class K:
    def m(self):
        return self
k = K()
bm = copy.deepcopy(k.m)
print(bm() is k, type(bm()) is K, copy.copy(k.m)() is k)

# Classes and functions are atomic, even inside containers.
cl = copy.deepcopy([Point, f, print])
print(cl[0] is Point, cl[1] is f, cl[2] is print)

# Uncopyable objects
def gen():
    yield 1

for obj in [gen(), sys]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
        except TypeError as exc:
            print(fn.__name__, "TypeError:", exc)

class BadReduce:
    def __reduce__(self):
        return 5
try:
    copy.copy(BadReduce())
except TypeError as exc:
    print("TypeError:", exc)
