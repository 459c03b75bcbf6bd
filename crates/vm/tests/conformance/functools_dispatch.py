# functools.singledispatch (classes, ABCs, unions, annotations, ambiguity),
# singledispatchmethod and partialmethod.
import functools
import collections.abc as cabc
from functools import singledispatch, singledispatchmethod, partialmethod, partial


@singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(float)
def _(x):
    return "float"


@describe.register(cabc.Sequence)
def _(x):
    return "sequence"


@describe.register(cabc.Mapping)
def _(x):
    return "mapping"


@describe.register(str | bytes)
def _(x):
    return "text"


class MyList(list):
    pass


print([describe(v) for v in (1, True, 1.5, [1], (1,), "s", b"b", {}, MyList(), range(2), None, set())])
print(describe.dispatch(bool).__name__, sorted(c.__name__ for c in describe.registry), describe.__name__)
for bad in (lambda: describe.register(5, lambda x: x), lambda: describe.register(lambda x: x),
            lambda: describe()):
    try:
        bad()
    except TypeError as e:
        print("TypeError", str(e).split(" at 0x")[0])


@singledispatch
def ambiguous(x):
    return "base"


@ambiguous.register(cabc.Sized)
def _(x):
    return "sized"


@ambiguous.register(cabc.Container)
def _(x):
    return "container"


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


try:
    ambiguous(Both())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    ambiguous([])
except RuntimeError as e:
    print("RuntimeError", e)
print(ambiguous(5))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "default %r" % (arg,)

    @fmt.register
    def _(self, arg: int):
        return "int %d" % arg

    @fmt.register
    def _(self, arg: list):
        return "list of %d" % len(arg)


f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt("x"))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state
        return self

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
print(c.set_alive().alive, c.set_dead().alive, type(Cell.set_alive).__name__)
p = partial(int, base=2)
print(p("101"), p.func is int, p.keywords)
