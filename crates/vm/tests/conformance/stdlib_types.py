# types: the interpreter's type names, SimpleNamespace, MappingProxyType, new_class.
import types
import sys


def f():
    pass


def g():
    yield 1


class K:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType),
      types.FunctionType is types.LambdaType, isinstance(g(), types.GeneratorType),
      isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType),
      isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType),
      isinstance(None, types.NoneType), isinstance(..., types.EllipsisType),
      isinstance(NotImplemented, types.NotImplementedType), isinstance(f.__code__, types.CodeType))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__,
      types.ModuleType.__name__, types.NoneType.__name__, types.BuiltinFunctionType.__name__)
try:
    raise ValueError("x")
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))

# MethodType binds a function to an object
def describe(self, extra):
    return f"{type(self).__name__}:{extra}"
bm = types.MethodType(describe, K())
print(bm("hi"), bm.__func__ is describe, type(bm.__self__).__name__)
for args in [(1, 2), (len, None)]:
    try:
        types.MethodType(*args)
    except TypeError as exc:
        print("TypeError:", exc)

# ModuleType creates modules
mod = types.ModuleType("plugin", "a plugin")
mod.value = 42
print(mod, mod.__name__, mod.__doc__, mod.value, types.ModuleType("bare").__doc__)
print(sorted(types.ModuleType("d").__dict__))


class ModName(str):
    pass
print(types.ModuleType(ModName("named_by_subclass")))
for args in [(1,), ()]:
    try:
        types.ModuleType(*args)
    except TypeError as exc:
        print("TypeError:", exc)

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [1]
del ns.a
print(ns, vars(ns))
ns.me = ns
print(ns)
odd = types.SimpleNamespace(**{"a-b": 1})
odd.__dict__[3] = 4
print(odd)
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1),
      types.SimpleNamespace(x=1) == types.SimpleNamespace(x=2),
      types.SimpleNamespace(x=1) != types.SimpleNamespace(x=1),
      types.SimpleNamespace() == {}, types.SimpleNamespace.__name__)


class Config(types.SimpleNamespace):
    pass
print(Config(debug=True), Config(x=1) == types.SimpleNamespace(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    hash(types.SimpleNamespace()) and None
except TypeError as exc:
    print("TypeError: unhashable")

# MappingProxyType
d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp, repr(mp), type(mp).__name__, mp["a"], mp.get("z", 0), "a" in mp, len(mp), list(mp))
d["b"] = 2
print(mp, list(mp.keys()), list(mp.values()), list(mp.items()), mp.copy(), mp == d, mp | {"c": 3})
for fn in [lambda: mp.__setitem__("a", 2), lambda: types.MappingProxyType(1),
           lambda: types.MappingProxyType([]), lambda: mp["zz"]]:
    try:
        fn()
    except (TypeError, AttributeError, KeyError) as exc:
        print(type(exc).__name__)
try:
    mp["a"] = 5
except TypeError as exc:
    print("TypeError:", exc)

# new_class / resolve_bases
Dyn = types.new_class("Dyn", (K,), exec_body=lambda ns: ns.update({"x": 1}))
print(Dyn.__name__, Dyn.__mro__[1] is K, Dyn.x, isinstance(Dyn(), K))


class Entry:
    def __mro_entries__(self, bases):
        return (K,)
print(types.resolve_bases((Entry(), int))[0] is K, types.resolve_bases((int,)))
D2 = types.new_class("D2", (Entry(),))
print(D2.__mro__[1] is K, len(types.get_original_bases(D2)))
print(type(types.MappingProxyType({})), types.MappingProxyType.__module__)

# GenericAlias (PEP 585 aliases built explicitly or by __class_getitem__)
import typing

G = types.GenericAlias

class C:
    # (the same as `__class_getitem__ = classmethod(G)`, which pymem's subscription does not
    # bind yet)
    def __class_getitem__(cls, item):
        return G(cls, item)
print(C[int], C[int, str], C[...], C[()], repr(G(list, int)), G(dict, (str, int)))
print(C[int].__origin__, C[int].__args__, C[int]().__class__, G(list, (int,))([1, 2]))
T = typing.TypeVar("T")
print(C[T], C[T].__parameters__, C[T][int], G(list, [int]), G(dict, (str, T))[float])

class D(C[int]):
    pass
print(D.__mro__, D.__orig_bases__, C[int].__name__)
print(hash(C[int]) == hash(C[int]), C[int] == C[int], C[int] != C[str])
print(G(list, (C[int],)), G(tuple, (int, ...)), G(list, ("x",)), G(list, (typing.List[int],)))
for fn in [lambda: G(), lambda: C[int][str], lambda: C[T][int, str]]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)
