# typing objects' __instancecheck__/__subclasscheck__ (what isinstance()/issubclass() call)
import typing
from typing import (List, Dict, Tuple, Set, FrozenSet, Iterable, Iterator, Sized, Hashable,
                    Callable, Sequence, MutableSequence, Mapping, MutableMapping, Container,
                    Collection, Reversible, AbstractSet, Generator, ContextManager, Type,
                    Union, Optional, Any, Deque, DefaultDict, Counter, KeysView)
import collections
import types


def gen():
    yield 1


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Unhashable:
    __hash__ = None


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


samples = [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), 1, None, gen(), It(),
           Unhashable(), CM(), len, range(3), {}.keys(), collections.deque(),
           collections.OrderedDict(), collections.defaultdict(int), collections.Counter(),
           types.MappingProxyType({}), collections.UserList(),
           collections.ChainMap()]
aliases = [List, Dict, Tuple, Set, FrozenSet, Iterable, Iterator, Sized, Hashable, Callable,
           Sequence, MutableSequence, Mapping, MutableMapping, Container, Collection,
           Reversible, AbstractSet, Generator, ContextManager, Deque, DefaultDict, Counter,
           KeysView, Type]
for a in aliases:
    print(repr(a).ljust(24), "".join("1" if a.__instancecheck__(s) else "." for s in samples))
print(List.__subclasscheck__(list), Sequence.__subclasscheck__(str), Mapping.__subclasscheck__(list),
      Iterable.__subclasscheck__(It), Sized.__subclasscheck__(It), Type.__instancecheck__(int))
u = Union[int, str]
print(u.__instancecheck__(1), u.__instancecheck__("a"), u.__instancecheck__(1.5),
      Optional[int].__instancecheck__(None), Union[List, Tuple].__instancecheck__(()),
      u.__subclasscheck__(bool))
for fn in [lambda: List[int].__instancecheck__([]), lambda: Any.__instancecheck__(1),
           lambda: Any.__subclasscheck__(int), lambda: Union[List[int], str].__instancecheck__("x"),
           lambda: typing.ClassVar.__instancecheck__(1), lambda: Dict[str, int].__subclasscheck__(dict)]:
    try:
        print("ok", fn())
    except TypeError as e:
        print("TypeError:", e)
