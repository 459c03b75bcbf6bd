# The abc module: ABCMeta/ABC, abstractmethod, instantiation refused while abstract
# methods remain, register() for virtual subclasses, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token, update_abstractmethods


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Partial(Shape):
    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Rect(2, 3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Rect.__abstractmethods__)
print(type(Shape) is ABCMeta, type(Rect).__name__, isinstance(Rect(1, 1), Shape), ABC.__abstractmethods__)
print(Shape.area.__isabstractmethod__, hasattr(Rect.area, "__isabstractmethod__"))


# A class with its own __new__ is still checked.
class WithNew(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)

    @abstractmethod
    def run(self):
        ...


try:
    WithNew()
except TypeError as e:
    print("TypeError:", e)


# Abstract properties.
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...


class Person(Named):
    @property
    def name(self):
        return "Ada"


try:
    Named()
except TypeError as e:
    print("TypeError:", e)
print(Person().name)


# The metaclass directly, with keywords through to __init_subclass__.
class Base(metaclass=ABCMeta):
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

    @abstractmethod
    def go(self):
        ...


class Impl(Base, tag="impl"):
    def go(self):
        return "going"


print(Impl().go(), Impl.tag)


# Virtual subclasses.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Drawable(ABC):
    pass


class Circle:
    pass


token = get_cache_token()
print(Drawable.register(Circle) is Circle, get_cache_token() != token)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), issubclass(int, Drawable))
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized), issubclass(Circle, Sized))


@Drawable.register
class Square:
    pass


class SubSquare(Square):
    pass


print(issubclass(SubSquare, Drawable), Drawable in SubSquare.__mro__)
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Circle.__class__  # plain class
    Shape.register(Shape)
    print("registering itself is a no-op")
except RuntimeError as e:
    print("RuntimeError:", e)


# Fixing a class after the fact.
class Later(ABC):
    @abstractmethod
    def f(self):
        ...


class Concrete(Later):
    pass


Concrete.f = lambda self: "patched"
update_abstractmethods(Concrete)
print(Concrete().f(), Concrete.__abstractmethods__)
