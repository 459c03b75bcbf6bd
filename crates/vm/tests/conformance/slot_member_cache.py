# Attribute caches for `__slots__` members of classes that also have other data
# descriptors (a property): loads and stores at one site over several classes, first
# stores, empty slots, class changes after the cache filled.
class P:
    __slots__ = ('x', 'y', '_z')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def z(self):
        return self._z

    @z.setter
    def z(self, v):
        self._z = v * 2


class Q(P):
    __slots__ = ('w',)


class D:
    def __init__(self, x, y):
        self.y = y
        self.x = x


def get_x(o):
    return o.x


def set_y(o, v):
    o.y = v


objs = [P(1, 2), Q(3, 4), D(5, 6), P(7, 8), Q(9, 10)]
for rnd in range(3):
    print([get_x(o) for o in objs])
    for i, o in enumerate(objs):
        set_y(o, i * 10 + rnd)
    print([o.y for o in objs])

p = P(1, 2)
p.z = 5
print(p.z, p._z)
q = Q(1, 2)
for i in range(3):
    q.w = i
    print(q.w, q.x)

# An empty slot: the same site raises CPython's error every time.
e = P.__new__(P)
for i in range(2):
    try:
        get_x(e)
    except AttributeError as exc:
        print(type(exc).__name__, exc)
# A first store through the cached site, then a read.
for i in range(3):
    e2 = P.__new__(P)
    set_y(e2, i)
    print(e2.y)
    try:
        print(e2.x)
    except AttributeError as exc:
        print("AttributeError", exc)

# Shadow the member in the class after the caches filled: the property now decides.
def get_px():
    return p.x
print(get_px(), get_px())
P.x = property(lambda self: "shadowed")
print(get_px(), get_x(p), get_x(q))
try:
    set_y(p, 1)
    p.x = 3
except AttributeError as exc:
    print("AttributeError", exc)

# A class with __setattr__ and __getattribute__ and slots.
class Logged:
    __slots__ = ('a',)
    b = property(lambda self: 'b')

    def __setattr__(self, k, v):
        print('set', k, v)
        object.__setattr__(self, k, v)

    def __getattribute__(self, k):
        v = object.__getattribute__(self, k)
        print('get', k)
        return v


L = Logged()
for i in range(2):
    L.a = i
    print(L.a)

# __class__ assignment between compatible slotted classes.
class A1:
    __slots__ = ('v',)
    p = property(lambda self: 'A1')
class A2:
    __slots__ = ('v',)
    p = property(lambda self: 'A2')
def getv(o):
    return o.v, o.p
a = A1()
a.v = 1
print(getv(a), getv(a))
a.__class__ = A2
print(getv(a))
a.v = 2
print(getv(a))
