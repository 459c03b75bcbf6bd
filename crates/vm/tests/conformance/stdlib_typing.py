# typing: special forms and aliases (reprs, equality, errors), TypeVar, Generic, Protocol,
# NamedTuple, TypedDict, cast/overload/final, and annotated code that runs.
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, Type, TypeVar, Generic,
                    Protocol, ClassVar, Final, Literal, NamedTuple, TypedDict, cast, overload,
                    TYPE_CHECKING, NoReturn, Self, get_origin, get_args, runtime_checkable,
                    Annotated, NewType, DefaultDict, Deque, Counter, MutableMapping,
                    Collection, Hashable, Sized, Never, LiteralString, TypeAlias, AnyStr,
                    Text, get_type_hints, final, Required, NotRequired)
import typing

T = TypeVar("T")
K = TypeVar("K", covariant=True)
C = TypeVar("C", contravariant=True)
S = TypeVar("S", int, str)
B = TypeVar("B", bound=int)

exprs = [
    "Any", "NoReturn", "Self", "Never", "LiteralString", "TypeAlias", "ClassVar", "Final",
    "Union", "Optional", "Literal", "List", "Dict", "Tuple", "Callable", "Iterable",
    "Iterator", "Type", "Hashable", "Sized",
    "Optional[int]", "Union[int, str]", "Union[int]", "Union[int, None]", "Union[None, int]",
    "Union[int, str, None]", "Optional[Union[int, str]]", "Union[int, Union[str, int]]",
    "Optional[None]", "Union[List[int], None]",
    "List[int]", "List[T]", "Dict[str, List[int]]", "Tuple[int, ...]", "Tuple[()]",
    "Tuple[int, str]", "Tuple[int]", "Set[int]", "FrozenSet[str]",
    "Callable[[int, str], bool]", "Callable[..., int]", "Callable[[], int]",
    "Iterable[int]", "Iterator[str]", "Generator[int, None, None]", "Sequence[str]",
    "Mapping[str, int]", "MutableMapping[str, int]", "Collection[int]", "Type[int]",
    "DefaultDict[str, int]", "Deque[int]", "Counter[str]",
    "Literal[1, 'a', None]", "ClassVar[int]", "Final[int]", "Optional[T]",
    "Annotated[int, 'meta']", "Dict[str, Any]", "List[Optional[int]]",
    "T", "K", "C", "S", "B", "AnyStr", "T.__name__", "S.__constraints__", "B.__bound__",
    "K.__covariant__", "Text",
    "List[int] == List[int]", "List[int] == List[str]", "hash(List[int]) == hash(List[int])",
    "Union[int, str] == Union[str, int]", "Literal[1] == Literal[1]", "Optional[int] == Union[None, int]",
    "List[int].__origin__", "List[int].__args__", "Optional[int].__args__",
    "Union[int, str].__origin__", "Callable[[int], str].__args__", "List[T].__parameters__",
    "List[T][int]", "Dict[str, T][int]", "Iterable[int].__origin__",
    "get_origin(List[int])", "get_origin(Union[int, str])", "get_origin(int)",
    "get_args(Dict[str, int])", "get_args(int)", "get_args(Callable[[int], str])",
    "get_args(Optional[int])", "get_origin(Annotated[int, 1])", "get_args(Annotated[int, 1, 2])",
    "cast(int, 'x')", "cast(List[int], [1])", "TYPE_CHECKING",
    "Generic", "Protocol", "Generic[T]", "Protocol[T]",
]
for e in exprs:
    print(e, "->", repr(eval(e)))

errors = [
    "Optional[int, str]", "Union[()]", "Generic[int]", "Generic[T, T]", "TypeVar('X', int)",
    "List[int, str]", "Dict[int]", "List[int]()", "List()", "Any()", "Union[int, str][int]",
    "Callable[int]", "Union[1]", "TypeVar('Y', int, str, bound=int)",
    "TypeVar('Z', covariant=True, contravariant=True)",
]
for e in errors:
    try:
        print(e, "-> no error", eval(e))
    except (TypeError, ValueError) as exc:
        print(e, "->", type(exc).__name__ + ":", exc)

# Special forms are usable as they are in annotated code.
print(Dict[str, int]() if False else "ok", type(DefaultDict[str, int](list)).__name__,
      Deque[int]([1, 2]))


# Generic classes
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


print(Box.__mro__, Box.__parameters__, Box.__orig_bases__)
print(Box(3), Box(3).get(), Box[int], Box[int](5), Box[int](5).__orig_class__)
print(Box[int] == Box[int], get_origin(Box[int]) is Box, get_args(Box[str]))


class Pair(Generic[K, T]):
    pass
print(Pair[int, str], Pair.__parameters__)


class IntBox(Box[int]):
    pass
print(IntBox.__mro__, IntBox.__parameters__, IntBox(7).get(), isinstance(IntBox(1), Box))


class MyList(List[int]):
    pass
ml = MyList([1, 2])
print(MyList.__mro__, ml, len(ml))


class Mixed(Dict[str, T], Generic[T]):
    pass
print(Mixed.__parameters__, Mixed[int])

for bad in ["Box[int, str]", "IntBox[int]"]:
    try:
        print(eval(bad))
    except TypeError as exc:
        print(bad, "->", "TypeError:", exc)


# Protocol
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Resource:
    def close(self) -> None:
        print("closed")


def shutdown(r: SupportsClose) -> None:
    r.close()
shutdown(Resource())
print(SupportsClose.__mro__[1:], SupportsClose._is_protocol)


class Impl(SupportsClose):
    pass
Impl().close()


class WithInit(SupportsClose):
    def __init__(self, name):
        self.name = name


class Proto2(SupportsClose, Protocol):
    pass


class Concrete(Proto2):
    pass
print(WithInit("w").name, type(Concrete()).__name__, Proto2._is_protocol, Concrete._is_protocol)
for cls in (SupportsClose, Proto2):
    try:
        cls()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    runtime_checkable(Resource)
except TypeError as exc:
    print("TypeError:", exc)


# NamedTuple, class syntax and functional form
class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self) -> str:
        return f"{self.name}#{self.id}"


e = Employee("guido")
print(e, e.name, e.id, e[0], len(e), e.describe(), Employee._fields, Employee._field_defaults)
print(e == ("guido", 3), e._replace(id=9), e._asdict(), tuple(e), isinstance(e, tuple))
a, b = Employee("x", 1)
print(a, b)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields, Point.__annotations__)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as exc:
    print("TypeError:", exc)


# TypedDict
class Movie(TypedDict):
    name: str
    year: int


class Partial(TypedDict, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m) is dict, Movie.__annotations__, sorted(Movie.__required_keys__),
      sorted(Partial.__optional_keys__), Partial.__total__)
Alt = TypedDict("Alt", {"x": int, "y": str})
print(Alt(x=1, y="a"), Alt.__annotations__, typing.is_typeddict(Movie), typing.is_typeddict(dict))


# overload, final, NewType, ClassVar in classes
@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x
print(parse(3), parse("s"))
try:
    @overload
    def only(x: int) -> int: ...
    only(1)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)


@final
class Leaf:
    pass
print(Leaf.__final__)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)


class Config:
    debug: ClassVar[bool] = False
    retries: Final = 3
    names: List[str]

    def __init__(self) -> None:
        self.names = []
print(Config.debug, Config.retries, Config.__annotations__)
print(get_type_hints(Config))


def fetch(url: str, timeout: Optional[float] = None, *, headers: Dict[str, str] = {}) -> Tuple[int, bytes]:
    return (200, b"")


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)
print(fetch("u"), total([1, 2]), list(gen(3)), apply(lambda v: v * 2, 4))
print(TYPE_CHECKING, typing.Text is str)

# forward references, None results, nested generics and substitution
print(Callable[[int], None], Callable[..., None], Optional["Node"], Union[int, "str"], Callable[[], "X"])
print(List["int"], Dict[str, Callable[[int], Optional[str]]], Type["A"])


class Node(Generic[T]):
    pass
print(Node[Optional[int]], Node["x"], Optional[Node[int]], Union[Node[int], Node[str], None])
print(Tuple[T, int][str], Callable[[T], T][int])
print(get_args(Callable[[int, str], None]), get_origin(Callable[[int], str]))
