# Subscript lookup, assignment and deletion on objects without them: CPython 3.12's exact
# messages ("does not" vs "doesn't" support item deletion), per type, key kind and slot.

print('-- t2')
class C:
    pass
class G:
    def __getitem__(self, k): return k
class S:
    def __setitem__(self, k, v): pass
import types
objs = ['ab', ('a',), 5, 1.5, C(), b'ab', bytearray(b'ab'), frozenset({1}), {1}, range(3), None, True,
        len, C, G(), S(), iter([1]), (x for x in []), 3j, memoryview(b'ab'), types.SimpleNamespace(),
        {}.keys(), {}.values(), {}.items(), slice(1), object(), NotImplemented, Ellipsis, type]
for o in objs:
    for label, f in (("get", lambda: o['c']), ("set", lambda: o.__class__ and o.__setitem__ if False else exec("o['c'] = 1", {'o': o})),
                     ("del", lambda: exec("del o['c']", {'o': o})), ("get0", lambda: o[0]), ("set0", lambda: exec("o[0] = 1", {'o': o})),
                     ("del0", lambda: exec("del o[0]", {'o': o}))):
        try:
            f()
            print(type(o).__name__, label, "ok")
        except Exception as e:
            print(type(o).__name__, label, type(e).__name__, e)
try:
    del 'ab'['c']
except TypeError as e:
    print("literal", e)
def f():
    x = (1, 2)
    del x[0]
try:
    f()
except TypeError as e:
    print("in func", e)

print('-- t2b')
import collections, array, types
class C: pass
class S:
    def __setitem__(self, k, v): pass
class D:
    def __delitem__(self, k): pass
objs = [collections.deque([1]), array.array('b', [1]), collections.OrderedDict(), types.MappingProxyType({}),
        types.SimpleNamespace(), C, collections.Counter(), {}.keys(), iter(()), reversed([]), enumerate([]),
        zip(), map(len, []), filter(None, []), 1, 2.0, None, print, S(), D(), collections.defaultdict(), collections.ChainMap(),
        object(), Exception(), (lambda: 0), property(), staticmethod(len), NotImplemented, ..., True, 1j, slice(1)]
for o in objs:
    for k in (0, 'c', 1.5, True):
        try:
            del o[k]
            print(type(o).__name__, repr(k), "ok")
        except Exception as e:
            print(type(o).__name__, repr(k), type(e).__name__, e)
for o in (S(), D()):
    try:
        o[0] = 1
        print("set ok")
    except Exception as e:
        print(type(e).__name__, e)

print('-- t2c')
import types
ns = types.SimpleNamespace(a=1)
print(type(ns), repr(ns), types.SimpleNamespace.__name__, types.SimpleNamespace.__qualname__, types.SimpleNamespace.__module__)
for f in (lambda: ns.b, lambda: ns + 1, lambda: ns < 1, lambda: len(ns), lambda: ns(), lambda: hash(ns), lambda: iter(ns)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
class N(types.SimpleNamespace): pass
try:
    N().x
except AttributeError as e:
    print(e)
try:
    del N()[0]
except TypeError as e:
    print(e)
class E(Exception): pass
for k in (0, 'k'):
    try:
        del E()[k]
    except TypeError as e:
        print(e)

print('-- t2d')
import types
class I(int): pass
class F(float): pass
class E(Exception): pass
class O: pass
class T(type): pass
class SN(types.SimpleNamespace): pass
class BE(BaseException): pass
class VE(ValueError): pass
class OS(OSError): pass
class D(dict): pass
class Sl: __slots__ = ()
for o in (I(), F(), E(), O(), T('x', (), {}), SN(), BE(), VE(), OS(), Sl()):
    try:
        del o[0]
    except Exception as e:
        print(type(o).__name__, e)

print('-- t2e')
class M(type):
    def __delitem__(cls, k): print('del', k)
    def __getitem__(cls, k): return ('get', k)
class X(metaclass=M): pass
del X[0]
print(X[1])
try:
    X[2] = 3
except Exception as e:
    print(type(e).__name__, e)
class L(list): pass
l = L([1, 2]); del l[0]; print(l)
class B(bytes): pass
try:
    del B(b'ab')[0]
except TypeError as e:
    print(e)
class St(str): pass
for k in (0, 'x', slice(1)):
    try:
        del St('ab')[k]
    except TypeError as e:
        print(e)
try:
    del frozenset()[0:1]
except TypeError as e:
    print(e)
