# Functions made from one code object share its __qualname__ str (CPython's co_qualname): refcounts and identity.
import sys
def outer():
    def inner(): pass
    return inner
fs = [outer() for _ in range(3)]
print(sys.getrefcount(fs[0].__qualname__), sys.getrefcount(fs[0].__name__) > 3)
fs[1].__qualname__ = "changed"
print(fs[0].__qualname__, fs[1].__qualname__, fs[2].__qualname__, sys.getrefcount(fs[0].__qualname__))
g = (lambda: 0)
print(g.__qualname__, g.__name__, [f.__qualname__ is fs[0].__qualname__ for f in fs])
