# Attribute lookups that the eval loop caches per instruction: module attributes, class
# attributes, methods at call sites that see several classes, and instance layouts of
# subclasses that set attributes before calling the parent's __init__.
import math
import types

# --- module attributes, in a loop, then changed under the cache ---
mod = types.ModuleType("mod")
mod.f = lambda x: x + 1
mod.k = 10
out = []
for i in range(6):
    if i == 2:
        mod.f = lambda x: x * 100
    if i == 4:
        del mod.f
        mod.f = lambda x: -x
    out.append(mod.f(i))
    out.append(mod.k)
print(out)
for i in range(3):
    try:
        if i == 1:
            del mod.k
        print(mod.k)
    except AttributeError as e:
        print("AttributeError:", e)
mod.__getattr__ = lambda name: "dynamic " + name
for i in range(2):
    print(mod.missing, mod.f(3))
print([round(math.sqrt(v), 3) for v in range(5)])

# --- class attributes: functions, static methods, constants ---
class Strength:
    def __init__(self, value, name):
        self.value = value
        self.name = name

    @staticmethod
    def stronger(a, b):
        return a.value < b.value

    def plain(x):
        return "plain " + str(x)

    @classmethod
    def make(cls, v):
        return cls(v, "made")

Strength.REQUIRED = Strength(0, "required")
Strength.WEAK = Strength(5, "weak")
for i in range(4):
    if i == 2:
        Strength.stronger = staticmethod(lambda a, b: "replaced")
    print(Strength.stronger(Strength.REQUIRED, Strength.WEAK), Strength.plain(i),
          Strength.REQUIRED.name, Strength.make(i).value)

class Sub(Strength):
    pass

for i in range(4):
    if i == 2:
        Sub.REQUIRED = Strength(9, "sub-required")
    print(Sub.REQUIRED.name, Sub.REQUIRED.value)

# A value whose class grows __get__ after the lookup was cached.
class Marker:
    pass

class Holder:
    m = Marker()

for i in range(4):
    if i == 2:
        Marker.__get__ = lambda self, inst, owner: "via __get__"
    print(type(Holder.m).__name__ if i < 2 else Holder.m)

# A metaclass-made class keeps the full lookup (its metaclass may intercept).
class Meta(type):
    def __getattribute__(cls, name):
        if name == "x":
            return "meta x"
        return super().__getattribute__(name)

class WithMeta(metaclass=Meta):
    x = 1
    y = 2

for i in range(3):
    print(WithMeta.x, WithMeta.y)

# --- one call site, several classes ---
class Task:
    def __init__(self, n):
        self.n = n

    def run(self):
        return "task %d" % self.n

    def kind(self):
        return type(self).__name__

class A(Task):
    def run(self):
        return "A %d" % self.n

class B(Task):
    pass

class C(Task):
    def run(self):
        return "C " + super().run()

class D(B):
    def kind(self):
        return "D!"

tasks = [A(1), B(2), C(3), D(4), Task(5)] * 3
print([t.run() for t in tasks][:5])
print([t.kind() for t in tasks][:5])
res = []
for i, t in enumerate(tasks):
    if i == 7:
        B.run = lambda self: "patched B %d" % self.n
    if i == 9:
        tasks[8].run = lambda: "instance attribute"
    res.append(t.run())
print(res)

# --- attributes set before the parent's __init__ keep their insertion order ---
class Base:
    def __init__(self, v1, v2):
        self.v1 = v1
        self.v2 = v2
        self.direction = 0

class Scale(Base):
    def __init__(self, v1, v2, scale):
        self.direction = 1
        self.scale = scale
        super().__init__(v1, v2)

class Explicit(Base):
    def __init__(self, v1):
        self.first = "f"
        Base.__init__(self, v1, v1)
        self.last = "l"

class NoInit(Base):
    pass

for i in range(3):
    s = Scale(i, i + 1, i * 2)
    e = Explicit(i)
    n = NoInit(i, -i)
    print(vars(s), vars(e), vars(n))
    print(s.direction, s.v1, s.scale, e.first, e.v1, e.last, n.v2)

# A metaclass __getattribute__ that declines, with the metaclass's __getattr__ behind it.
class Meta2(type):
    def __getattribute__(cls, name):
        if name.startswith("v"):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(cls, name):
        return "fallback " + name

class K(metaclass=Meta2):
    x = 1
    v = 2

class K2(K):
    pass

for i in range(2):
    print(K.x, K.v, K.nothing, K2.x, K2.v)
print(type.__getattribute__(K, "v"), object.__getattribute__(K, "x"))
print(getattr(K, "v"), hasattr(K, "v"))
