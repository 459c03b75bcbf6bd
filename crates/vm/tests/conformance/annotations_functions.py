# Function annotations (CPython 3.12: evaluated when the def runs, in the enclosing scope;
# a dict with 'return' last) and annotated assignments inside functions (never stored,
# a bare `x: int` does not bind x).
calls = []


def note(label, value):
    calls.append(label)
    return value


def f(a: note("a", int), b: note("b", "str") = "x", *args: note("args", float),
      c: note("c", list) = None, **kw: note("kw", dict)) -> note("ret", bool):
    return True


print(calls)
print(f.__annotations__)
print(list(f.__annotations__)[-1], type(f.__annotations__).__name__)


def positional_only(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6:
    pass


print(positional_only.__annotations__)


def none():
    pass


print(none.__annotations__, none.__annotations__ is none.__annotations__)
none.__annotations__["added"] = int
print(none.__annotations__)
none.__annotations__ = {"x": 1}
print(none.__annotations__)
del none.__annotations__
print(none.__annotations__)
none.__annotations__ = None
print(none.__annotations__)
try:
    none.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)


def partial(x, y: "only y", z=3):
    pass


print(partial.__annotations__)
print((lambda x: x).__annotations__)


def only_return() -> None:
    pass


print(only_return.__annotations__)


# Annotations see the enclosing scope, including closures, at def time.
def outer():
    T = int

    def inner(x: T) -> list:
        return [x]

    T = str
    return inner


print(outer().__annotations__)


# Names are mangled in classes.
class K:
    def m(self, __private: int, normal: str) -> "K":
        pass


print(K.m.__annotations__, K().m.__annotations__ is K.m.__annotations__)


# Decorators see the annotations.
def typed(fn):
    fn.signature = ", ".join(f"{k}: {getattr(v, '__name__', v)}" for k, v in fn.__annotations__.items())
    return fn


@typed
def area(w: float, h: float) -> float:
    return w * h


print(area.signature, area(2, 3))


# Annotated assignments inside a function.
def body():
    a: int
    b: int = 2
    c: note("never evaluated", int) = 3
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    print("locals:", sorted(locals()))
    return b + c


calls.clear()
print(body(), calls)


try:
    exec("def bad():\n    global G\n    G: int = 7\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)


# Errors raised by an annotation surface when the def runs.
try:

    def broken(x: undefined_name):
        pass

except NameError as e:
    print("NameError:", e)
