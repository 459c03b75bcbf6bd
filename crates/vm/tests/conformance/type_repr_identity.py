# Each built-in type has a __repr__ of its own (code dispatches on type(obj).__repr__, as
# pprint does), and the subclasses that do not override it share their base's.
import collections

types = [int, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset]
print(len({id(t.__repr__) for t in types}) == len(types))
print([t.__name__ for t in types if t.__repr__ is object.__repr__])
dispatch = {}
for t in types:
    dispatch[t.__repr__] = t.__name__
print([dispatch.get(type(v).__repr__) for v in [1, 1.5, 1j, "s", b"b", bytearray(), (), [], {}, set(), frozenset()]])


class L(list):
    pass


class R(list):
    def __repr__(self):
        return "R!"


print(L.__repr__ is list.__repr__, R.__repr__ is list.__repr__, bool.__repr__ is int.__repr__)
print(collections.OrderedDict.__repr__ is dict.__repr__, collections.defaultdict.__repr__ is dict.__repr__)
print(dict.__repr__({1: [2]}), list.__repr__(L([3])), str.__repr__("q"), tuple.__repr__((1,)))
