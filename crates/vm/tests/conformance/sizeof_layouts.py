# sys.getsizeof: CPython 3.12's layouts of instances (__slots__, managed __dict__ and
# __weakref__ in the pre-header, subclasses of slotted classes), exceptions, classes,
# iterators, views and descriptors, set growth, and __sizeof__ overrides with their errors.
import sys

gs = sys.getsizeof


class Plain:
    pass


class NoSlots:
    __slots__ = ()


class One:
    __slots__ = ("a",)


class Two:
    __slots__ = ("a", "b")


class Five:
    __slots__ = tuple("abcde")


class WeakOnly:
    __slots__ = ("__weakref__",)


class DictOnly:
    __slots__ = ("__dict__",)


class Both:
    __slots__ = ("a", "__dict__", "__weakref__")


class SubOfOne(One):
    pass


class SlottedSubOfOne(One):
    __slots__ = ("b",)


class WeakSubOfOne(One):
    __slots__ = ("__weakref__",)


class SubOfPlain(Plain):
    pass


class SlottedSubOfPlain(Plain):
    __slots__ = ("x",)


class MyError(Exception):
    pass


class SlottedError(Exception):
    __slots__ = ("q",)


class MyList(list):
    pass


class MyInt(int):
    pass


class SlottedInt(int):
    __slots__ = ()


for cls in [Plain, NoSlots, One, Two, Five, WeakOnly, DictOnly, Both, SubOfOne,
            SlottedSubOfOne, WeakSubOfOne, SubOfPlain, SlottedSubOfPlain, MyError,
            SlottedError, MyList, MyInt, SlottedInt]:
    print(cls.__name__, "instance", gs(cls()), "class", gs(cls))
print("built-in types", gs(int), gs(object), gs(type), gs(list), gs(type(None)),
      gs(Exception), gs(ValueError))
for exc in [BaseException, Exception, ValueError, KeyError, AttributeError, NameError,
            UnboundLocalError, StopIteration, SystemExit, ImportError, ModuleNotFoundError,
            OSError, FileNotFoundError, TimeoutError, SyntaxError, IndentationError,
            RecursionError, UnicodeError]:
    print(exc.__name__, gs(exc()), gs(exc("message")))


def gen():
    yield 1


def gen_locals(a, b, c):
    x = a
    y = b
    yield x


g = gen()
print("generator", gs(g), gs(gen_locals(1, 2, 3)))
next(g)
print("started generator", gs(g))
for _ in g:
    pass
print("finished generator", gs(g))
print("iterators", gs(iter([])), gs(iter(())), gs(iter("")), gs(iter({})), gs(iter(range(3))),
      gs(iter(set())), gs(iter({}.values())), gs(iter({}.items())), gs(iter(b"")),
      gs(reversed([])))
print("enumerate zip map filter", gs(enumerate([])), gs(zip()), gs(zip([1], [2])),
      gs(map(str, [])), gs(filter(None, [])))
print("dict views", gs({}.keys()), gs({}.values()), gs({}.items()))


def f():
    pass


print("descriptors", gs(staticmethod(f)), gs(classmethod(f)), gs(property()))
print("built-in methods", gs([].append), gs(len))


class WithMethod:
    def m(self):
        pass


print("bound method", gs(WithMethod().m), "function", gs(WithMethod.m))
print("super", gs(super(WithMethod, WithMethod())))
print("singletons", gs(None), gs(NotImplemented), gs(...), gs(True))
print("slice range", gs(slice(1, 2, 3)), gs(range(0)), gs(range(10)))

s = set()
sizes = []
for i in range(100):
    sizes.append(gs(s))
    s.add(i)
print("set growth", [(i, n) for i, n in enumerate(sizes) if i == 0 or sizes[i - 1] != n])
print("sets from iterables", gs(set(range(5))), gs(frozenset(range(5))),
      gs(frozenset(range(100))), gs({1, 2, 3}))


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class SlottedSized:
    __slots__ = ()

    def __sizeof__(self):
        return 10


class ListSized(list):
    def __sizeof__(self):
        return 7


class IntSub(int):
    pass


class Index:
    def __index__(self):
        return 9


class NotCallable:
    __sizeof__ = None


class Raising:
    def __sizeof__(self):
        raise ValueError("no size")


def attempt(label, *args, **kwargs):
    try:
        print(label, "->", gs(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print("overrides", gs(Sized(100)), gs(SlottedSized()), gs(ListSized()), gs(Sized(True)))
for label, value in [("int subclass", IntSub(5)), ("negative", -1), ("str", "x"),
                     ("float", 5.0), ("__index__", Index()),
                     ("huge", 2**70)]:
    attempt(label, Sized(value))
    attempt(label + " with default", Sized(value), "default")
attempt("None __sizeof__", NotCallable())
attempt("None __sizeof__ with default", NotCallable(), "default")
attempt("raising __sizeof__ with default", Raising(), "default")
attempt("no arguments")
attempt("three arguments", 1, 2, 3)
attempt("default by keyword", Sized(-1), default=5)
attempt("object by keyword", object=1)
attempt("unknown keyword", obj=1)
print("__sizeof__ has no pre-header", [1, 2, 3].__sizeof__(), (1, 2).__sizeof__(),
      {}.__sizeof__(), object().__sizeof__(), Plain().__sizeof__(), "abc".__sizeof__(),
      (1.5).__sizeof__())
