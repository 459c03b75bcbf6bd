# Class and module annotations: annotated class-body assignments (`x: int = 3`, bare
# `y: str`) fill the class's own __annotations__; module-level ones fill the module's.
order = []


def note(label, value):
    order.append(label)
    return value


class Point:
    x: note("x", int) = 0
    y: note("y", int)
    label = "plain, not annotated"
    z: "forward ref" = note("z value", 1.5)

    def norm(self) -> float:
        return (self.x**2 + self.y**2) ** 0.5


print(order)
print(Point.__annotations__, Point.x, Point.z)
print(hasattr(Point, "y"), "y" in Point.__dict__, "__annotations__" in Point.__dict__)
print(Point.norm.__annotations__)


class Point3(Point):
    w: bytes


print(Point3.__annotations__, Point3.__annotations__ is Point.__annotations__)


class NoAnnotations:
    pass


print("__annotations__" in NoAnnotations.__dict__)


# Non-simple targets evaluate the annotation but are not recorded.
class Targets:
    (plain): int = 1
    holder = {}
    holder["key"]: note("subscript", str) = "v"
    items = [0]
    items[0]: int = 5


print(Targets.__annotations__, Targets.plain, Targets.holder, Targets.items)


# A dataclass-like decorator built on the class annotations.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {k: cls.__dict__[k] for k in fields if k in cls.__dict__}

    def __init__(self, *args, **kw):
        values = dict(defaults)
        values.update(zip(fields, args))
        values.update(kw)
        missing = [f for f in fields if f not in values]
        if missing:
            raise TypeError(f"{cls.__name__} missing {', '.join(missing)}")
        for f in fields:
            setattr(self, f, values[f])

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    return cls


@record
class Item:
    name: str
    price: float = 0.0
    tags: list = None


print(Item("pen", 1.5), Item(name="cap"), Item("box", tags=["x"]))
try:
    Item()
except TypeError as e:
    print("TypeError:", e)

# Annotations in a metaclass-made class land in the namespace __prepare__ gave.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("namespace annotations:", ns.get("__annotations__"))
        return super().__new__(mcls, name, bases, ns)


class Annotated(metaclass=Meta):
    a: int
    b: str = "b"


print(Annotated.__annotations__)

# Module-level annotations.
count: int = 0
pending: list
print(__annotations__)
print("count" in globals(), "pending" in globals())
try:
    pending
except NameError as e:
    print("NameError:", e)
