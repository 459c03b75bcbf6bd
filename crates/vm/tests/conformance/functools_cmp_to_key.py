# functools.cmp_to_key: CPython's functools.KeyWrapper objects (type, messages, comparisons
# only between wrapped values, unhashable, the call's argument rules).
import functools
def cmp(a, b):
    return (a > b) - (a < b)
K = functools.cmp_to_key(cmp)
k = K(3)
print(type(K).__name__, type(k), type(k).__name__, type(k).__module__, type(k).__qualname__)
print(repr(K)[:40].startswith('<functools.KeyWrapper') or repr(K)[:30])
print(repr(k)[:40].split(' object at')[0])
print(k < K(4), k > K(4), k == K(3), k <= K(3), k >= K(5), k != K(3))
print(k.obj)
try:
    hash(k)
except TypeError as e:
    print("hash", e)
print(type(k).__hash__)
for f in (lambda: k < 3, lambda: k == 3, lambda: 3 < k, lambda: k < "x"):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2], key=K))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
try:
    K()
except TypeError as e:
    print(e)
try:
    K(1, 2)
except TypeError as e:
    print(e)
print(K(obj=5).obj)
try:
    functools.cmp_to_key()
except TypeError as e:
    print(e)
k.obj = 7
print(k.obj)
try:
    k.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del k.obj
except Exception as e:
    print(type(e).__name__, e)
print(hasattr(k, '__dict__'))
def bad(a, b):
    return "x"
kb = functools.cmp_to_key(bad)
try:
    print(kb(1) < kb(2))
except TypeError as e:
    print(e)
def raising(a, b):
    raise ValueError("in cmp")
try:
    sorted([1, 2], key=functools.cmp_to_key(raising))
except ValueError as e:
    print(e)
print(functools.cmp_to_key(cmp)(1) < functools.cmp_to_key(lambda a, b: -cmp(a, b))(2))
print(callable(K), K.__call__ is not None)
import gc
print(gc.is_tracked(k), gc.is_tracked(K))
print('-- more')
import functools
K = functools.cmp_to_key(lambda a, b: 0)
for f in (lambda: K(x=1), lambda: K(1, obj=2), lambda: functools.cmp_to_key(1, 2), lambda: functools.cmp_to_key(mycmp=len), lambda: functools.cmp_to_key(f=len), lambda: type(K)(), lambda: type(K)(len), lambda: functools.cmp_to_key(None)(1) < functools.cmp_to_key(None)(2)):
    try:
        print(repr(f())[:25])
    except Exception as e:
        print(type(e).__name__, e)
try:
    class X(type(K)): pass
except TypeError as e:
    print(e)
k = K(1)
print(type(K).__name__, type(K).__qualname__, type(K).__module__, type(K).__doc__, hasattr(__import__('functools'), 'KeyWrapper'))
