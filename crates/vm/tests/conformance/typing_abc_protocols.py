# typing meets collections.abc: the aliases' origins are the real ABCs (mixins through
# typing.Sequence[int] bases), runtime_checkable protocols check structurally, Supports*.
from typing import Generic, TypeVar, Protocol, runtime_checkable, Iterable, Sequence, Any, Union, Callable
import typing
from abc import ABC, abstractmethod
import collections.abc as cabc
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
print(Stack[int], Stack[int]().items, Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable))
class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e: print(e)
print(Sq(3).area(), isinstance(Sq(1), Shape))
def total(xs: Iterable[int]) -> int: return sum(xs)
print(total([1, 2]), isinstance([1], typing.Iterable), isinstance([1], cabc.Iterable), issubclass(list, typing.Sequence))
class MyList(typing.List[int]): pass
print(MyList([1,2]), MyList.__mro__[1].__name__)
class MyMap(cabc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap(); m.update(a=1); print(dict(m), isinstance(m, typing.MutableMapping), isinstance(m, dict))
class Seq(typing.Sequence[int]):
    def __getitem__(self, i): return [1,2,3][i]
    def __len__(self): return 3
print(list(Seq()), Seq().index(2), 3 in Seq(), list(reversed(Seq())))
def deco(f: Callable[..., Any]) -> Callable[..., Any]: return f
print(typing.get_type_hints(Stack.push) if hasattr(typing, "get_type_hints") else "")
from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex
print([isinstance(v, p) for p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex) for v in (1, 1.5, 1j, b"", "s")])
class HasInt:
    def __int__(self): return 1
print(isinstance(HasInt(), SupportsInt), issubclass(HasInt, SupportsInt), issubclass(int, SupportsIndex), issubclass(str, SupportsInt))
@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...
class N1:
    name = "x"
    def greet(self): return "hi"
class N2:
    def greet(self): return "hi"
print(isinstance(N1(), Named), isinstance(N2(), Named))
try: issubclass(N1, Named)
except TypeError as e: print(e)
class NotRT(Protocol):
    def f(self): ...
try: isinstance(1, NotRT)
except TypeError as e: print(e)
class Impl(Closeable):
    pass
print(isinstance(Impl(), Closeable), Impl.__mro__[1] is Closeable)
try: Closeable()
except TypeError as e: print(e)
print(sorted(Named.__protocol_attrs__))
