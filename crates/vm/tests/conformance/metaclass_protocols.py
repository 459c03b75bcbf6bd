# Protocols of a class served by its metaclass: iteration, len, truth, `in`, `cls[key]`,
# repr/str, __getattr__/__setattr__/__delattr__, __instancecheck__/__subclasscheck__.


class Listing(type):
    def __iter__(cls):
        return iter(sorted(k for k in cls.__dict__ if not k.startswith("_")))

    def __len__(cls):
        return len([k for k in cls.__dict__ if not k.startswith("_")])

    def __contains__(cls, name):
        return name in cls.__dict__

    def __getitem__(cls, name):
        return cls.__dict__[name]

    def __str__(cls):
        return f"Listing of {cls.__name__}"

    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{cls.__name__} has no {name!r}")


class Colors(metaclass=Listing):
    red = 1
    green = 2
    blue = 3


class Empty(metaclass=Listing):
    pass


print(list(Colors), len(Colors), "red" in Colors, "pink" in Colors, Colors["green"])
print(bool(Colors), bool(Empty), len(Empty), [x for x in Empty])
print(str(Colors), repr(Colors), f"{Colors!s}")
print(Colors.dyn_hello, getattr(Colors, "dyn_x"), hasattr(Colors, "nope"))
try:
    Colors.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    Colors["pink"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(Colors), set(Colors) == {"red", "green", "blue"}, dict.fromkeys(Colors, 0))
a, b, c = Colors
print(a, b, c, max(Colors), *Colors)


# __getitem__ on the metaclass wins over __class_getitem__.
class Both(type):
    def __getitem__(cls, item):
        return f"meta getitem {item}"


class Gen(metaclass=Both):
    def __class_getitem__(cls, item):
        return "class getitem"


print(Gen[int])


# A metaclass guarding its classes' attributes.
class Frozen(type):
    def __setattr__(cls, name, value):
        if getattr(cls, "_frozen", False):
            raise AttributeError(f"cannot set {name!r} on frozen class {cls.__name__}")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        raise AttributeError(f"cannot delete {name!r} from {cls.__name__}")


class Settings(metaclass=Frozen):
    level = 1


Settings.level = 2
Settings._frozen = True
try:
    Settings.level = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Settings.level
except AttributeError as e:
    print("AttributeError:", e)
print(Settings.level)
type.__setattr__(Settings, "level", 4)
print(Settings.level)
type.__delattr__(Settings, "level")
print(hasattr(Settings, "level"))
try:
    type.__setattr__(5, "x", 1)
except TypeError as e:
    print("TypeError:", e)


# Interfaces by structure: isinstance/issubclass ask the metaclass.
class Duck(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return all(hasattr(sub, m) for m in cls.required)


class Quacker(metaclass=Duck):
    required = ("quack",)


class Mallard:
    def quack(self):
        return "quack"


class Rock:
    pass


print(isinstance(Mallard(), Quacker), isinstance(Rock(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(Rock, Quacker))
print(isinstance(Rock(), (int, Quacker)), isinstance(3, (int, Quacker)))
print(issubclass(Rock, (Quacker, Rock)))
# An instance of the class itself: no call to __instancecheck__.
print(isinstance(Quacker(), Quacker))


# __bool__ on the metaclass.
class Falsy(type):
    def __bool__(cls):
        return False


class Nothing(metaclass=Falsy):
    pass


print(bool(Nothing), "yes" if Nothing else "no", not Nothing)


class BadRepr(type):
    def __repr__(cls):
        return 42


class R(metaclass=BadRepr):
    pass


try:
    repr(R)
except TypeError as e:
    print("TypeError:", e)


class BadIter(type):
    def __iter__(cls):
        return [1, 2]


class I(metaclass=BadIter):
    pass


try:
    iter(I)
except TypeError as e:
    print("TypeError:", e)
# Without a metaclass, classes are neither iterable nor sized.
try:
    iter(Mallard)
except TypeError as e:
    print("TypeError:", e)
try:
    len(Mallard)
except TypeError as e:
    print("TypeError:", e)
print(bool(Mallard))
