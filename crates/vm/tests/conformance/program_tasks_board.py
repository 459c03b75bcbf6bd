# An ordinary program using dataclasses, enums, typing and collections.abc together.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field
from enum import Enum, auto, IntEnum
from typing import Optional, List, Dict, NamedTuple
from collections.abc import Iterator, Mapping
import collections
import functools

class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    @property
    def label(self) -> str:
        return self.name.title()

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

@dataclass(order=True)
class Task:
    priority: Priority
    title: str = field(compare=False)
    status: Status = field(default=Status.TODO, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    parent: Optional[Task] = field(default=None, repr=False, compare=False)

    def advance(self) -> None:
        members = list(Status)
        i = members.index(self.status)
        self.status = members[min(i + 1, len(members) - 1)]

@dataclass
class Board(Mapping):
    tasks: Dict[str, Task] = field(default_factory=dict)
    def __getitem__(self, k): return self.tasks[k]
    def __iter__(self) -> Iterator[str]: return iter(self.tasks)
    def __len__(self): return len(self.tasks)

b = Board()
b.tasks["a"] = Task(Priority.HIGH, "write", tags=["x"])
b.tasks["b"] = Task(Priority.LOW, "read")
b["a"].advance()
print(b)
print(sorted(b.values()))
print(dict(b.items()), "a" in b, b.get("z"), len(b), list(b.keys()))
print(Status.DOING.label, [s.label for s in Status], Priority.HIGH > Priority.LOW)
print(dataclasses.asdict(b["a"]))
print(Task.__annotations__)
class Point(NamedTuple):
    x: int
    y: int = 0
print(Point(1), Point(1)._replace(y=3), isinstance(Point(1), tuple))
@functools.total_ordering
@dataclass(frozen=True)
class Ver:
    n: int
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2))
counts = collections.Counter(t.status for t in b.values())
print(counts)
print(isinstance(counts, Mapping), issubclass(collections.OrderedDict, Mapping))
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50))
class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f
        return deco
r = Registry()
@r.register("hi")
def hi(): return "hi!"
print(r["hi"](), list(r))
