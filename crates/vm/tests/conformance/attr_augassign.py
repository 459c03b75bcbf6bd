# Augmented assignment to an attribute of a local (`self.x op= y`): every operand kind,
# in-place protocols, descriptors, and each step's error with its traceback line.
import traceback


class Acc:
    def __init__(self):
        self.n = 0
        self.f = 1.5
        self.s = "a"
        self.items = [1]
        self.t = (1,)

    def bump(self, k):
        self.n += 1
        self.n += k
        self.f *= 2
        self.f /= k
        self.s += "b"
        self.items += [k]
        self.t += (k,)
        self.n -= k
        self.n //= 1
        self.n **= 2
        self.n %= 1000
        self.n <<= 1
        self.n >>= 1
        self.n |= 8
        self.n &= 0xFF
        self.n ^= 3
        return self


a = Acc()
before = a.items
for k in (2, 3, 4):
    a.bump(k)
print(a.n, a.f, a.s, a.items, a.t, a.items is before)


class Vec:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        print("iadd", self.v, other)
        self.v += other
        return self

    def __repr__(self):
        return f"Vec({self.v})"


class Holder:
    __slots__ = ("vec", "count")

    def __init__(self):
        self.vec = Vec(1)
        self.count = 0

    def step(self, d):
        self.vec += d
        self.count += 1


h = Holder()
for d in (1, 2):
    h.step(d)
print(h.vec, h.count)


class Prop:
    def __init__(self):
        self._x = 10

    @property
    def x(self):
        print("get x")
        return self._x

    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v


class Watch:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)


def twice(o, y):
    for _ in range(2):
        o.x += y
    return o


twice(Prop(), 5)
w = Watch()
w.x = 1
twice(w, 2.5)
print(w.x)


def missing(o):
    o.nope += 1


def bad_type(o):
    o.n += "x"


def unbound(o):
    o.n += later
    later = 1


class ReadOnly:
    __slots__ = ()
    n = 1


def store_fails(o):
    o.n += 1


for fn, arg in ((missing, Acc()), (bad_type, Acc()), (unbound, Acc()), (store_fails, ReadOnly())):
    try:
        fn(arg)
    except Exception as e:
        print(type(e).__name__, e)
        print(traceback.format_exc().splitlines()[-3].strip())


# The same site over classes with inline values, slots and a dict.
class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


class T:
    def __init__(self):
        self.x = 1


def incr(o):
    o.x += 1
    return o.x


print([incr(o) for o in (S(), T(), S(), T())])
