# type.__subclasses__(): live direct subclasses in creation order, weakly held (dead ones
# vanish, getweakrefcount counts the record), a plugin walk, the errors.
import gc, weakref
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), type.__subclasses__(A))
del D
gc.collect()
print(B.__subclasses__(), weakref.getweakrefcount(B), weakref.getweakrefcount(A))
print(int.__subclasses__()[:1], bool.__subclasses__())
M = type("M", (A,), {})
print(A.__subclasses__())
class Plugin:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
class P1(Plugin): pass
class P2(Plugin): pass
class P3(P1): pass
def all_subclasses(c):
    out = []
    for s in c.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Plugin))
try:
    type.__subclasses__(5)
except TypeError as e:
    print(e)
try:
    A.__subclasses__(1)
except TypeError as e:
    print(e)
