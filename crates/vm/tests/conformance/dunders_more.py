# More dunders: __index__, __int__/__float__, unary ops, __abs__, __round__, reflected and
# in-place operators, __setattr__/__delattr__/__getattribute__, __call__, __len__ in bool.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i2 = Idx(2)
print([10, 20, 30][i2], "abc"[i2], list(range(Idx(3))), bin(Idx(5)), hex(Idx(255)), [1, 2, 3, 4][Idx(1):Idx(3)], (1, 2, 3)[Idx(-1)])
print(range(10)[Idx(4)], "x" * Idx(3), [0] * Idx(2), int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__")
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return Num(+self.v)
    def __abs__(self):
        return Num(abs(self.v))
    def __invert__(self):
        return Num(~int(self.v))
    def __round__(self, nd=None):
        return Num(round(self.v, nd))
    def __repr__(self):
        return f"Num({self.v})"
    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))
    __rmul__ = __mul__
    def __truediv__(self, o):
        return Num(self.v / o)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __floordiv__(self, o):
        return Num(self.v // o)
    def __mod__(self, o):
        return Num(self.v % o)
    def __pow__(self, o):
        return Num(self.v ** o)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __lshift__(self, o):
        return Num(int(self.v) << o)
    def __and__(self, o):
        return Num(int(self.v) & o)
    def __or__(self, o):
        return Num(int(self.v) | o)
    def __xor__(self, o):
        return Num(int(self.v) ^ o)
    def __isub__(self, o):
        self.v -= o
        return self
n = Num(2.5)
print(int(n), float(n), -n, +n, abs(Num(-3)), ~Num(5), round(Num(2.567), 2), round(Num(2.5)))
print(n * 2, 2 * n, n * n, n / 2, 10 / Num(4), Num(7) // 2, Num(7) % 3, Num(2) ** 3, 2 ** Num(3), Num(1) << 3, Num(6) & 3, Num(4) | 1, Num(5) ^ 1)
m = n
m -= 1
print(m, n, m is n)
show(lambda: n - 1)
show(lambda: n @ 1)
show(lambda: ~Idx(1))
show(lambda: -Idx(1))
show(lambda: abs(Idx(1)))
show(lambda: round(Idx(1)))
show(lambda: int(Idx(1)))
show(lambda: float(Idx(1)))
class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self.log.append(name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
g = Guarded()
g.a = "x"
g.b = 2
del g.b
print(g.a, g.log, hasattr(g, "b"))
show(setattr, g, "_p", 1)
class Loud:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def normal(self):
        return "normal"
lo = Loud()
print(lo.secret, lo.normal(), getattr(lo, "secret"))
show(lambda: lo.missing)
class Fn:
    def __init__(self):
        self.calls = 0
    def __call__(self, x, *, scale=1):
        self.calls += 1
        return x * scale
fn = Fn()
print(fn(2), fn(3, scale=10), fn.calls, list(map(fn, [1, 2])), sorted([3, 1, 2], key=Fn()))
show(fn)
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()), "t" if Both() else "f")
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    __hash__ = object.__hash__
a, b = Cmp(1), Cmp(2)
print(a < b, a <= b, a > b, a >= b, a == Cmp(1), a != b, max(a, b).v, sorted([b, a])[0].v, hash(a) == hash(a))
