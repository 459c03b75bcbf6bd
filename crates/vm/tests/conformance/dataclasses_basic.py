# dataclasses: the generated methods and their messages, field options, InitVar/ClassVar/KW_ONLY,
# inheritance, frozen/order/unsafe_hash/slots, asdict/astuple/replace/make_dataclass/fields.
import dataclasses
from dataclasses import *
from typing import ClassVar
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__doc__, Point.__match_args__)
t("hash", lambda: hash(p))
t("missing", lambda: Point())
t("too many", lambda: Point(1, 2, 3))
t("bad kw", lambda: Point(1, z=3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__, Point.__init__.__annotations__)
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), {v1: "a"}[Version(1, 2)])
t("frozen set", lambda: setattr(v1, "major", 3))
t("frozen new attr", lambda: setattr(v1, "extra", 3))
t("frozen del", lambda: delattr(v1, "major"))
t("lt other type", lambda: v1 < 3)
print(isinstance(FrozenInstanceError(), AttributeError))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    secret: str = field(default="s", init=False)
    ratio: ClassVar[float] = 0.5
    cache: "ClassVar[dict]" = {}
i = Inventory("box")
i.items.append(1)
print(i, Inventory("box") == Inventory("box", [], 5), Inventory("a").items is Inventory("a").items, i.secret, Inventory.ratio, [f.name for f in fields(i)])
print(Inventory.__doc__)
t("mutable default", lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})))
t("both defaults", lambda: field(default=1, default_factory=list))

def bad_order():
    @dataclass
    class B:
        x: int = 0
        y: int
t("non-default after default", bad_order)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)], WithPost.__doc__, InitVar[int])
t("replace initvar", lambda: replace(w, a=1))
t("replace init false", lambda: replace(w, b=1))

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3), Opts.__match_args__)
t("positional kw_only", lambda: Opts(True, 3))

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(kw_only=False, default=5)
print(Mixed(1, 2), Mixed(1, 2, b=7), Mixed.__doc__, Mixed.__match_args__)

@dataclass
class Base:
    x: int = 1
@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10
print(Derived(), Derived(3, 4), [f.name for f in fields(Derived)])

def inherit_frozen():
    @dataclass(frozen=True)
    class F:
        x: int
    @dataclass
    class G(F):
        y: int
t("inherit frozen", inherit_frozen)
t("order without eq", lambda: dataclass(order=True, eq=False)(type("O", (), {})))

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash(H(1, [2])))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(n), astuple(n))
n.children.append(n)
print(repr(n)[:60])

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "x"
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
t("slots attr", lambda: setattr(s, "c", 1))

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=3))], namespace={"total": lambda self: self.b + self.c})
print(C(1, 2), C(1, 2).total(), [f.type for f in fields(C)])
t("fields of int", lambda: fields(1))
t("asdict of class", lambda: asdict(Point))
t("replace non-dc", lambda: replace(1))
print(Point.__dataclass_params__)
print(repr(fields(Point)[1]).split(",default=")[0])
print(MISSING is dataclasses.MISSING, repr(dataclasses.KW_ONLY)[:28])

@dataclass
class Explicit:
    a: int
    def __repr__(self): return "custom"
    def __eq__(self, o): return True
print(Explicit(1), Explicit(1) == 5, Explicit.__hash__)

@dataclass
class SelfField:
    self: int
print(SelfField(self=4))
match Point(1, 5):
    case Point(1, y):
        print("matched", y)
