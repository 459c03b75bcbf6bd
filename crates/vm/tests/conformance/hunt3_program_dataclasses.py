from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
import sys
@dataclass(order=True)
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)
    def total(self, price): return self.qty * price
@dataclass(frozen=True, slots=True)
class Frozen:
    a: int
    b: float = 1.5
items = [Item('b', 3), Item('a', 5, ['x']), Item('a', 2)]
print(sorted(items))
print(asdict(items[1]), astuple(items[0]), replace(items[0], qty=9))
print([f.name for f in fields(Item)], Item.__match_args__)
fz = Frozen(1)
try: fz.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
print(fz, hash(fz) == hash(Frozen(1)), Frozen.__slots__, sys.getsizeof(fz) < sys.getsizeof(items[0]))
print(Item('z') == Item('z', 0, ['q']), Item.__eq__ is not object.__eq__)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False)
root = Node(1); child = Node(2, parent=root); root.children.append(child); print(root)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try: Item()
except TypeError as e: print(e)
@dataclass
class Post:
    x: int
    y: int = field(init=False)
    def __post_init__(self): self.y = self.x * 2
print(Post(3), repr(Item))
