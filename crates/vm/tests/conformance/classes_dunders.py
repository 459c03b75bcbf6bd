# Dunder protocols of classes: __eq__/__hash__, __bool__/__len__, __contains__, __getattr__,
# properties, classmethod/staticmethod, super() with multiple inheritance, MRO, repr/str.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P(1) != P(2), P(1) == 1, P.__hash__ is None)
show(hash, P(1))
show(lambda: {P(1)})
class H(P):
    def __hash__(self):
        return hash(self.x)
print(H(1) == H(1), hash(H(5)) == hash(5), len({H(1), H(1), H(2)}))
class NoEq:
    pass
a = NoEq()
print(a == a, a != NoEq(), hash(a) == hash(a))
class Unhashable:
    __hash__ = None
show(hash, Unhashable())
class OnlyNe:
    def __ne__(self, other):
        return "ne called"
print(OnlyNe() != 1, OnlyNe() == 1)
class Rev:
    def __eq__(self, other):
        return "Rev.__eq__"
print(1 == Rev(), Rev() == 1, "s" != Rev())

class B1:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L3:
    def __len__(self):
        return 3
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
print(bool(B1()), bool(L0()), bool(L3()), not L3(), len(L3()), bool(NoEq()))
show(bool, BadBool())
show(len, BadLen())
show(len, NoEq())

class It:
    def __iter__(self):
        return iter([1, 2, 3])
class Gi:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
class Ct:
    def __contains__(self, x):
        return x == "yes"
print(2 in It(), 5 in It(), 16 in Gi(), 3 in Gi(), "yes" in Ct(), "no" in Ct(), "no" not in Ct())
show(lambda: 1 in NoEq())

class GA:
    y = 5
    def __init__(self):
        self.x = 1
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = GA()
print(g.x, g.y, g.dyn_a, getattr(g, "dyn_b"), hasattr(g, "nope"), getattr(g, "nope", "dflt"))
show(lambda: g.nope)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    @property
    def f(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f)
show(setattr, t, "c", -300)
def set_f():
    t.f = 1
show(set_f)
del t.c
print(t.c)
def del_f():
    del t.f
show(del_f)
print(type(Temp.c).__name__, Temp.c.__doc__ if False else "doc skipped")

class K:
    count = 0
    def __init__(self):
        K.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
class K2(K):
    pass
print(K.add(1, 2), K().add(3, 4), type(K.make()).__name__, type(K2.make()).__name__, K2.name(), K.count)

class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.__bases__ == (B, C))
print(isinstance(D(), A), issubclass(D, C), issubclass(C, B), issubclass(D, (int, A)))
def bad_mro():
    class X: pass
    class Y(X): pass
    class Z(X, Y): pass
show(bad_mro)
class Init:
    def __init__(self, a, b=2):
        self.s = a + b
class Init2(Init):
    def __init__(self):
        super().__init__(10)
print(Init2().s, Init(1).s)
show(Init)

class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class RS:
    def __repr__(self):
        return "RS-repr"
    def __str__(self):
        return "RS-str"
print(R(), str(R()), repr(S()).startswith("<__main__.S object at"), S(), RS(), [RS()], f"{RS()}", f"{RS()!r}", "%s %r" % (RS(), RS()))
class BadRepr:
    def __repr__(self):
        return 5
show(repr, BadRepr())
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max(Cmp(1), Cmp(5)), Cmp(1) > Cmp(0))
show(lambda: Cmp(1) <= Cmp(2))
class Call:
    def __call__(self, *a, **k):
        return a, k
print(Call()(1, x=2), callable(Call()), callable(NoEq()))
class WithCtx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with WithCtx() as w:
    raise KeyError("swallowed")
print("after with", type(w).__name__)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
    def __iadd__(self, o):
        self.v += 100
        return self
    def __neg__(self):
        return Num(-self.v)
    def __repr__(self):
        return f"Num({self.v})"
n = Num(1)
print(n + 1, 1 + n, n + n, -n, sum([Num(1), Num(2)]))
n += 1
print(n)
show(lambda: n - 1)
show(lambda: "a" + n)
print(type(n).__name__, type(n).__qualname__, Num.__name__, n.__class__ is Num, n.__dict__)
class Slots:
    __slots__ = ("a",)
s = Slots()
s.a = 1
print(s.a)
def set_b():
    s.b = 2
show(set_b)
show(lambda: Slots().a)
