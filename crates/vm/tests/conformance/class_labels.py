# Assigning a class's __name__/__qualname__/__module__/__doc__, type(name, bases, ns) with
# __set_name__ and __init_subclass__, None-blocked protocol methods, and the built-in
# classes that are generic in 3.12.


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class A:
    "original doc"

    def __init__(self, x):
        self.x = x


print(A, A.__name__, A.__qualname__, A.__module__, A.__doc__)
A.__name__ = "Renamed"
print(A, A.__name__, A.__qualname__)
A.__qualname__ = "Outer.Renamed"
A.__module__ = "somewhere"
A.__doc__ = "new doc"
print(A, A.__name__, A.__qualname__, A.__module__, A.__doc__)
print(repr(A(1)).split(" object at ")[0])
t("missing attribute", lambda: A(1).nope)
t("len", lambda: len(A(1)))
t("init error", lambda: A())
t("not iterable", lambda: iter(A(1)))
t("subscript", lambda: A[0])
t("__qualname__ not in dict", lambda: "__qualname__" in A.__dict__)
t("__module__ in dict", lambda: A.__dict__["__module__"])

t("name not str", lambda: setattr(A, "__name__", 5))
t("qualname not str", lambda: setattr(A, "__qualname__", None))
t("name with NUL", lambda: setattr(A, "__name__", "a\0b"))
t("del name", lambda: delattr(A, "__name__"))
t("del qualname", lambda: delattr(A, "__qualname__"))
t("del module", lambda: delattr(A, "__module__"))
t("del doc", lambda: delattr(A, "__doc__"))
t("builtin name", lambda: setattr(int, "__name__", "x"))
t("builtin qualname", lambda: setattr(list, "__qualname__", "x"))
print(A.__name__, A.__qualname__)


class Name(str):
    pass


A.__name__ = Name("FromSubclass")
print(A.__name__, A)

# A non-str __module__ is allowed; repr then shows the bare name.
A.__module__ = 42
print(A.__module__, A)
A.__module__ = "builtins"
print(A)


class Err(Exception):
    pass


Err.__qualname__ = "Problems.Err"
Err.__module__ = "app.errors"
try:
    raise Err("bad")
except Err as e:
    print(repr(e), type(e))
import traceback

print(traceback.format_exception_only(Err, Err("x")))


# A metaclass may rename the class it makes.
class Renaming(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.__name__ = name.upper()
        cls.__qualname__ = "meta." + name
        return cls


class lower(metaclass=Renaming):
    pass


print(lower, lower.__name__)


# type(name, bases, ns) runs __set_name__ and __init_subclass__ like a class statement.
class Descriptor:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)


class Base:
    def __init_subclass__(cls, **kw):
        print("  __init_subclass__", cls.__name__, kw)
        super().__init_subclass__()


X = type("X", (Base,), {"d": Descriptor(), "e": Descriptor()})
t("type() with kwargs", lambda: type("Z", (Base,), {}, flag=2))
t("type() kwargs without hook", lambda: type("Q", (), {}, flag=2))


# `__x__ = None` blocks a protocol, with CPython's messages.
class Blocked:
    __reversed__ = None
    __iter__ = None
    __contains__ = None
    __hash__ = None

    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


t("reversed", lambda: reversed(Blocked()))
t("iter", lambda: iter(Blocked()))
t("for", lambda: [x for x in Blocked()])
t("in", lambda: 1 in Blocked())
t("hash", lambda: hash(Blocked()))
t("reversed int", lambda: reversed(5))
t("reversed set", lambda: reversed({1}))


# Generic built-in classes (PEP 585).
for c in (list, dict, tuple, set, frozenset, type, enumerate, BaseExceptionGroup,
          ExceptionGroup, zip, map, filter, range, slice, bytes, str, int, object):
    t(c.__name__, lambda: c[int])
t("dict[str, int]", lambda: dict[str, int])
t("ExceptionGroup alias origin", lambda: ExceptionGroup[ValueError].__origin__)
t("enumerate alias call", lambda: list(enumerate[str]("ab")))
