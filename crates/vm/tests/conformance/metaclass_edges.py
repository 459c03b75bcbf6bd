# Metaclass corner cases: super() and __classcell__ through a custom namespace, a
# metaclass that drops __classcell__, exceptions and cycles with a metaclass, nested
# classes, del in the class body, a non-callable __prepare__.
class Rec(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(m, n, b): return Rec()
class Base:
    def hello(self): return "base"
class A(Base, metaclass=Meta):
    def hello(self): return "A+" + super().hello()
    x: int = 1
    del x
print(A().hello(), A.__annotations__, hasattr(A, "x"))
class M2(type):
    def __new__(m, n, b, ns):
        ns2 = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(m, n, b, ns2)
try:
    class B(Base, metaclass=M2):
        def hello(self): return super().hello()
except RuntimeError as e:
    print("RuntimeError:", e)
class E(Exception, metaclass=Meta): pass
try:
    raise E("boom")
except E as e:
    print("caught", type(e).__name__, e, type(E).__name__)
import gc
class Node(metaclass=Meta):
    def __init__(self): self.ref = self
for i in range(3):
    n = Node()
del n
print(gc.collect() >= 0)
def make():
    class Local(metaclass=Meta):
        pass
    return Local
L = make()
print(L.__qualname__, repr(L))
print(type(A).__mro__)
try:
    class NS(metaclass=Meta):
        del undefined
except NameError as e:
    print("NameError:", e)
class NoPrep(type):
    __prepare__ = None
try:
    class Z(metaclass=NoPrep): pass
except TypeError as e:
    print("TypeError:", e)


# Misuse: recursion through metaclass hooks, bad arguments to type's methods.
def t(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except BaseException as e:
        # RecursionError's wording differs ("while calling a Python object").
        print(type(e).__name__, "" if isinstance(e, RecursionError) else str(e)[:80])
class M(type):
    def __getattr__(cls, n): return getattr(cls, n)
class A(metaclass=M): pass
t(lambda: A.zzz)
class R(type):
    def __repr__(cls): return repr(cls)
class B(metaclass=R): pass
t(lambda: repr(B))
class C2(type):
    def __call__(cls, *a): return cls(*a)
class C(metaclass=C2): pass
t(lambda: C())
class NoSet:
    def __getitem__(self, k): raise KeyError(k)
class P(type):
    @classmethod
    def __prepare__(m, n, b): return NoSet()
def mk():
    class X(metaclass=P):
        y = 1
t(mk)
t(lambda: type.__new__(type, "X", (), {}, bad=1))
t(lambda: type.__new__(M, "X", (A,), {"__qualname__": 5}))
t(lambda: type("X", (int, str), {}))
t(lambda: type("X", (A, A), {}))
t(lambda: type.__call__(type, 1))
t(lambda: type.__call__(A))
t(lambda: type.__init__(1, 2, 3, 4))
t(lambda: M.__prepare__("x", ()))
t(lambda: type.__setattr__(A, 5, 1))
t(lambda: type.__delattr__(A, "nope"))
t(lambda: type.__new__(M, "X", (), {"__slots__": ("a",)}))
class SelfMeta(type): pass
t(lambda: SelfMeta("S", (SelfMeta,), {}))
t(lambda: SelfMeta("S", (SelfMeta,), {})("T", (), {}))
import types
t(lambda: types.new_class("N", (list[int],)))
t(lambda: isinstance(1, int | "x"))
t(lambda: int | "x")
t(lambda: list[int][str])
def g(): pass
t(lambda: setattr(g, "__annotations__", []))

# del on classes: built-in types refuse, a missing name says 'type object'.
try:
    del int.bit_length
except TypeError as e:
    print("TypeError:", e)
print((5).bit_length())
class A: x = 1
del A.x
try:
    del A.x
except AttributeError as e:
    print("AttributeError:", e)
