# Attribute access on instances of classes with data descriptors (properties, __slots__
# members) through the instruction caches: every way the cached answer can go stale.

class V:
    __slots__ = ('_x', 'y')

    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 10


def read(o):
    return o.x


def read_y(o):
    try:
        return o.y
    except AttributeError as e:
        return "AttributeError: %s" % e


def write(o, v):
    o.x = v


def write_y(o, v):
    o.y = v


v = V(1)
for i in range(3):
    write(v, i)
    print(read(v), read_y(v))
write_y(v, "y1")
write_y(v, "y2")
print(read_y(v))
del v.y
print(read_y(v))

# The class's property replaced: the caches must not call the old getter.
V.x = property(lambda self: "new getter", lambda self, val: print("new setter", val))
print(read(v))
write(v, 5)

# A subclass overriding the property, a subclass with a plain class attribute.
class W(V):
    __slots__ = ()
    x = property(lambda self: "W.x")


class Z(V):
    __slots__ = ()
    x = "plain"


for o in (V(2), W(3), Z(4), V(5)):
    print(type(o).__name__, read(o), read_y(o))
try:
    write(W(1), 3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    write(Z(1), 3)
except AttributeError as e:
    print("AttributeError:", e)

# A getter raising AttributeError goes to __getattr__.
class G:
    @property
    def p(self):
        raise AttributeError("from getter")

    def __getattr__(self, name):
        return "getattr(%s)" % name


def read_p(o):
    return o.p


print(read_p(G()), read_p(G()))

# Getters and setters that are not Python functions.
class B:
    p = property(len.__call__ if False else (lambda self: 7))
    q = property(None, lambda self, v: print("set q", v))
    r = property(repr)


b = B()
print(b.p, b.p)
b.q = 1
b.q = 2
try:
    print(b.q)
except AttributeError as e:
    print("AttributeError:", e)
print(b.r.startswith("<__main__.B object at "))

# Property on a class with an instance __dict__: the descriptor wins over the dict.
class D:
    def __init__(self):
        self.__dict__["p"] = "from dict"

    @property
    def p(self):
        return "from property"


d = D()
print(d.p, d.p, d.__dict__)
del D.p
print(d.p)

# Slots: a subclass repeating a base's slot, deleting and re-adding.
class S1:
    __slots__ = ("a",)


class S2(S1):
    __slots__ = ("b",)


s = S2()
for i in range(3):
    s.a = i
    s.b = i * 2
    print(s.a, s.b)
del s.a
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
s.a = "back"
print(s.a)
