# User-defined descriptors (__get__/__set__/__delete__) and __init_subclass__ (PEP 487).


class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, cls):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("deleting", self.name)
        del obj.__dict__[self.name]


class Doubler:
    """A non-data descriptor: the instance's own attribute wins."""

    def __get__(self, obj, cls):
        if obj is None:
            return "class access"
        return 2 * obj.base


class Point:
    x = Typed("x", int)
    y = Typed("y", int)
    twice = Doubler()

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.base = x + y


p = Point(1, 2)
print(p.x, p.y, p.twice, Point.twice, type(Point.x).__name__)
p.x = 10
print(p.x, p.__dict__ == {"x": 10, "y": 2, "base": 3})
try:
    p.y = "no"
except TypeError as e:
    print("TypeError", e)
del p.x
print(p.x)
p.__dict__["twice"] = "own"
print(p.twice)


class Plugin:
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)


class A(Plugin):
    pass


class B(A):
    pass


print(Plugin.registry)


class Base:
    @classmethod
    def __init_subclass__(cls):
        cls.tag = cls.__name__.lower()


class Child(Base):
    pass


print(Child.tag, hasattr(Base, "tag"))


class Fails:
    def __init_subclass__(cls):
        raise ValueError("no subclasses of Fails")


try:
    class Sub(Fails):
        pass
except ValueError as e:
    print("ValueError", e)
