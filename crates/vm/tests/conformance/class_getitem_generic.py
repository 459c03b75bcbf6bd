# `cls[item]`: PEP 585 generic aliases of the built-in containers (types.GenericAlias),
# user __class_getitem__ (implicitly a classmethod), PEP 560 __mro_entries__ bases.
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[bytes], frozenset[str])
a = list[int]
print(type(a), a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a([1, 2]), dict[str, int](x=1), list[int]())
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
class User:
    pass
print(list[User], dict[str, "Forward"], list[None], list[len])
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
try:
    User[int]
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], Box.__class_getitem__(str))
class Sub(Box): pass
print(Sub[float])
import types
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, int))
print(list[int].append is list.append, list.__class_getitem__(int))
def f(x: list[int]) -> dict[str, tuple[int, ...]]: pass
print(f.__annotations__)
print(len.__module__)


# Subclassing an alias uses its origin (PEP 560) and keeps the original bases.
class Ints(list[int]):
    pass


print(Ints.__bases__, Ints.__orig_bases__, Ints([1, 2]), isinstance(Ints(), list))


class Mapping(dict[str, int], metaclass=type):
    pass


print(Mapping.__mro__, Mapping(a=1))


class Entries:
    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return (Box, object) if False else (Box,)


class FromEntries(Entries()):
    pass


print(FromEntries.__bases__, FromEntries[int], type(FromEntries.__orig_bases__[0]).__name__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [Box]


try:

    class Broken(BadEntries()):
        pass

except TypeError as e:
    print("TypeError:", e)

# types.new_class / prepare_class: the class statement's protocol as functions.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


def body(ns):
    ns["x"] = 1


C = types.new_class("C", (Box,), {"metaclass": Meta, "flag": 1}, body)
print(type(C).__name__, C.__bases__, C.x, C.from_prepare, C[int])
meta, ns, kw = types.prepare_class("D", (C,), {"flag": 2})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, list[str])))
print(types.FunctionType, types.NoneType, types.MethodType, types.ModuleType)

# The collections types are generic too.
from collections import deque, defaultdict, OrderedDict, Counter, ChainMap, UserDict, UserList
print(deque[int], defaultdict[str, list[int]], OrderedDict[str, int], Counter[str], ChainMap[str, int], UserDict[str, int], UserList[int])
def f(q: deque[int]) -> Counter[str]: pass
print(f.__annotations__)
print(deque[int]([1, 2]), Counter[str]("aab"))
