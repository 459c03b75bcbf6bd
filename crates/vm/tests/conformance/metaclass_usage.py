# Everyday metaclasses: a plugin registry, singletons, abstract-method checking and an
# enum built by a metaclass.


# ---- a registry -------------------------------------------------------------------------
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:  # the root class itself is not a plugin
            key = kw.get("key", name.lower())
            if key in mcls.registry:
                raise ValueError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def create(cls, key, *args):
        return cls.registry[key](*args)


class Exporter(metaclass=PluginMeta):
    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter, key="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class JsonExporter(Exporter):
    def export(self, rows):
        return "[" + ", ".join("[" + ", ".join(map(repr, r)) + "]" for r in rows) + "]"


print(sorted(PluginMeta.registry))
rows = [(1, "a"), (2, "b")]
for key in sorted(Exporter.registry):
    print(key, "->", Exporter.create(key).export(rows).replace("\n", " | "))
try:

    class Again(Exporter, key="csv"):
        pass

except ValueError as e:
    print("ValueError:", e)


# ---- singletons -------------------------------------------------------------------------
class SingletonMeta(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Database(metaclass=SingletonMeta):
    connections = 0

    def __init__(self, url):
        Database.connections += 1
        self.url = url


d1 = Database("sqlite://one")
d2 = Database("sqlite://two")
print(d1 is d2, d2.url, Database.connections)


class Cache(Database):
    pass


print(Cache("mem://") is d1, Cache("x").url, Database.connections)


# ---- abstract methods -------------------------------------------------------------------
def abstract(f):
    f.__isabstract__ = True
    return f


class AbstractMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        missing = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for base in bases:
            for k in getattr(base, "__abstract__", ()):
                if getattr(getattr(cls, k), "__isabstract__", False):
                    missing.add(k)
        cls.__abstract__ = frozenset(missing)
        return cls

    def __call__(cls, *args, **kwargs):
        if cls.__abstract__:
            names = ", ".join(f"'{n}'" for n in sorted(cls.__abstract__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__call__(*args, **kwargs)


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        ...

    @abstract
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2

    def perimeter(self):
        return 4 * self.side


for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Square(3).describe(), sorted(Shape.__abstract__), Square.__abstract__)


# ---- an enum ----------------------------------------------------------------------------
class EnumMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}

    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            m = object.__new__(cls)
            m.name, m.value = k, v
            cls._members[k] = m
            type.__setattr__(cls, k, m)
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members

    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member {name!r}")
        super().__setattr__(name, value)

    def __repr__(cls):
        return f"<enum {cls.__name__!r}>"


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def is_warm(self):
        return self is Color.RED


print(Color, len(Color), list(Color))
print(Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2), Color(2) is Color.GREEN)
print(Color.RED in Color, 1 in Color, Color.RED.is_warm(), Color.BLUE.is_warm())
print([m.name for m in Color], {m.value: m.name for m in Color})
print(isinstance(Color.RED, Color), type(Color.RED).__name__, type(Color) is EnumMeta)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = "fine"
print(Color.extra)
