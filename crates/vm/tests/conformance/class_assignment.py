# obj.__class__ = Other carried out: methods, class attributes, dunders, properties,
# __getattr__, __del__ and gc through the new class; values kept (dict materialised as
# CPython 3.12 does, slots in place); state machines; exceptions; built-in subclasses.
import gc, sys

class A:
    kind = "a"
    def who(self): return "A:" + str(self.x)
    def __repr__(self): return "<A>"
class B:
    kind = "b"
    def who(self): return "B:" + str(self.x)
    def __len__(self): return 7
    def __eq__(self, o): return isinstance(o, B)
    __hash__ = None
    @property
    def double(self): return self.x * 2

a = A()
a.x = 1
a.y = 2
print(a.who(), a.kind, type(a).__name__, a.__class__.__name__)
for i in range(3):           # warm caches on A
    a.who(); a.x
a.__class__ = B
print(a.who(), a.kind, type(a).__name__, isinstance(a, B), isinstance(a, A), len(a), a == B(), a.double)
print(sorted(vars(a).items()))
a.z = 3
print(a.z, a.x, a.y, sorted(a.__dict__))
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
a.__class__ = A
print(a.who(), repr(a), a.z)
del a.y
print(hasattr(a, "y"), a.x)

class S1:
    __slots__ = ("p", "q")
    def s(self): return ("S1", self.p, self.q)
class S2:
    __slots__ = ("p", "q")
    def s(self): return ("S2", self.p, self.q)
o = S1(); o.p = 1; o.q = 2
for i in range(3): o.s(); o.p
o.__class__ = S2
print(o.s(), o.p, type(o).__name__)
o.p = 10
print(o.s())
try:
    o.r = 1
except AttributeError as e:
    print("AttributeError", e)

class D1:
    def __del__(self): print("D1.__del__")
class D2:
    def __del__(self): print("D2.__del__", type(self).__name__)
class N: pass
d = D1(); d.__class__ = D2; del d
n = N(); n.__class__ = D2; del n
d = D1(); d.__class__ = N; del d
print("after dels")

class E1(Exception): pass
class E2(Exception):
    def __str__(self): return "E2!" + str(self.args)
e = E1("m")
e.__class__ = E2
print(repr(str(e)), type(e).__name__, isinstance(e, E2))
try:
    raise e
except E2 as c:
    print("caught", type(c).__name__, c.args)

# cycles through the new class are collected
gc.collect()
class C1: pass
class C2: pass
c = C1(); c.__class__ = C2; c.me = c
del c
print("collected", gc.collect())

# state machine
class Off:
    def press(self): self.__class__ = On; return "on"
class On:
    def press(self): self.__class__ = Off; return "off"
sw = Off()
print([sw.press() for _ in range(5)], type(sw).__name__)

# subclass relations and super()
class Base:
    def f(self): return "Base.f"
class K1(Base):
    def f(self): return "K1>" + super().f()
class K2(Base):
    def f(self): return "K2>" + super().f()
k = K1()
k.__class__ = K2
print(k.f(), issubclass(type(k), Base))
w = K1(); w.v = 5
w.__class__ = K2
print(w.v, w.f(), getattr(w, "v"), w.__dict__)
import copy, weakref

class A:
    def __init__(self): self.a = 1; self.b = 2
class B:
    pass
x = A()
print(sys.getsizeof(x), sys.getsizeof(x.__dict__))
x.__class__ = B
print(sys.getsizeof(x), sys.getsizeof(x.__dict__), x.__dict__)
print([type(r).__name__ for r in gc.get_referents(x)])
print(sys.getrefcount(B) - sys.getrefcount(A) + 0 in (-2, -1, 0, 1, 2))
y = copy.copy(x)
print(type(y).__name__, y.__dict__)
r = weakref.ref(x)
print(r() is x)
x.__class__ = A
print(type(x).__name__, vars(x))
try:
    x.__class__ = int
except TypeError as e:
    print(e)
try:
    del x.__class__
except TypeError as e:
    print(e)
class SD:
    __slots__ = ("__dict__", "s")
class SD2:
    __slots__ = ("__dict__", "s")
    def m(self): return ("SD2", self.s, self.__dict__)
o = SD(); o.s = 1; o.extra = 2
o.__class__ = SD2
print(o.m())
class L1(list):
    def tag(self): return "L1"
class L2(list):
    def tag(self): return "L2"
l = L1([1, 2]); l.note = "n"
l.__class__ = L2
print(l.tag(), l, l.note, len(l), type(l).__name__)
setattr(l, "__class__", L1)
print(l.tag(), l.__class__.__name__)
object.__setattr__(l, "__class__", L2)
print(l.tag())
class G:
    def __getattr__(self, n): return "G:" + n
g = A(); g.__class__ = G
print(g.missing, g.a)
class P:
    @property
    def a(self): return "prop"
p = A(); p.__class__ = P
print(p.a)
