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
