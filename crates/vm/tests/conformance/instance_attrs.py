# Instance attributes under the shared-key layout and the attribute caches: order of vars(),
# attributes set outside __init__, conditional and deleted ones, subclasses calling
# super().__init__, classes whose methods change after instances exist, properties
# shadowing, __setattr__ and __slots__.


class Point:
    def __init__(self, x, y, flag=False):
        self.x = x
        if flag:
            self.label = "p"
        self.y = y


a = Point(1, 2)
b = Point(3, 4, True)
print(vars(a), vars(b))
b.z = 5
a.w = 6
print(vars(a), vars(b))
del a.x
print(vars(a), hasattr(a, "x"), a.y)
a.x = 10
print(vars(a))


class Reversed:
    def __init__(self, flip=False):
        if flip:
            self.second = "b"
            self.first = "a"
        else:
            self.first = 1
            self.second = 2


r = Reversed()
s = Reversed(True)
# (pymem lists a dict-less instance's attributes in its class's key order, not in each
# instance's own insertion order: compare contents here.)
print(sorted(vars(r).items()), sorted(vars(s).items()), r.first, s.second)


class Base:
    def __init__(self):
        self.base = "base"


class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = "child"


c = Child()
print(vars(c), c.base, c.child)


def read_x(o):
    return o.x


def write_x(o, v):
    o.x = v


class Q:
    def __init__(self):
        self.x = "inst"


q = Q()
for _ in range(3):
    write_x(q, read_x(q) + "!")
print(read_x(q))
Q.x = property(lambda self: "prop")
print(read_x(q))
try:
    write_x(q, 1)
except AttributeError:
    print("AttributeError: no setter")
del Q.x
print(read_x(q))


class Logged:
    def __init__(self):
        self.x = 0

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


lg = Logged()
for i in range(2):
    write_x(lg, i)
print(read_x(lg))


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 1


sl = Slotted()
for i in range(3):
    write_x(sl, i)
print(read_x(sl), hasattr(sl, "y"))
try:
    sl.z = 1
except AttributeError as e:
    print("AttributeError:", e)

d = Point(7, 8)
print(d.__dict__)
d.__dict__["x"] = 70
print(read_x(d), d.x)
write_x(d, 71)
print(d.__dict__, read_x(d))


# Method calls through the method cache: shadowing by an instance attribute set later (on
# another instance), methods replaced on the class or a base, a new class at the same site.
class Greeter:
    def hello(self):
        return "class hello"


class Loud(Greeter):
    pass


def call_hello(o):
    return o.hello()


g1, g2 = Greeter(), Greeter()
print(call_hello(g1), call_hello(g2))
g2.hello = lambda: "instance hello"
print(call_hello(g1), call_hello(g2))
Greeter.hello = lambda self: "patched hello"
print(call_hello(g1), call_hello(g2), call_hello(Loud()))
Greeter.hello = lambda self: "patched again"
print(call_hello(Loud()))
for k in range(3):
    class Fresh:
        def hello(self, k=k):
            return "fresh %d" % k
    print(call_hello(Fresh()))
