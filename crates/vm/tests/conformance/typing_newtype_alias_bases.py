# typing.NewType (repr, dotted names, call, |, __reduce__, subclassing error) and the bases
# a special alias (List, Dict, ...) contributes to a class: its origin, then Generic unless a
# later base is already generic.
import typing
from typing import NewType, List, Dict, Generic, TypeVar

T = TypeVar('T')
UserId = NewType('UserId', int)
print(repr(UserId), UserId.__name__, UserId.__qualname__, UserId.__module__, UserId(7))
Nested = NewType('Outer.Inner', str)
print(repr(Nested), Nested.__name__, Nested.__qualname__, Nested.__supertype__)
print(UserId.__reduce__(), UserId | None, None | UserId, UserId | str)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Sub2(Nested):
        pass
except TypeError as e:
    print('TypeError:', e)


def names(cls):
    return [c.__name__ for c in cls.__mro__]


class A(List):
    pass


class B(List[int]):
    pass


class C(Dict[str, T], Generic[T]):
    pass


class D(Dict[str, int], typing.Mapping[str, int]):
    pass


class E(list, List[int]):
    pass


class F(List[int], typing.Sequence[int]):
    pass


for cls in (A, B, C, D, E, F):
    print(cls.__name__, names(cls), getattr(cls, '__orig_bases__', None))
print(List.__mro_entries__((List,)), List[int].__mro_entries__((list, List[int])))
print(List[int].__mro_entries__((List[int], Generic)))
