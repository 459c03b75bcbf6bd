# super() argument checks, and the class names in property and __init_subclass__ errors
# (CPython uses the qualified name there), empty slots, positional-only parameters named by
# keyword.


class A:
    def g(self):
        return "A.g"


class B(A):
    pass


class C(A):
    def g(self):
        return "C.g/" + super().g()


for args in [(C, B()), (C, 1), (C, B), (1, B())]:
    try:
        print(super(*args).g())
    except TypeError as e:
        print("TypeError", e)
print(super(C, C()).g(), super(B, B).g(B()))


def make():
    class Temp:
        @property
        def f(self):
            return 1

    class Base:
        pass

    t = Temp()
    for action in ("set", "del"):
        try:
            if action == "set":
                t.f = 2
            else:
                del t.f
        except AttributeError as e:
            print(e)
    try:
        class Sub(Base, tag=1):
            pass
    except TypeError as e:
        print(e)


make()


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
del s.a
for attempt in ("del", "get"):
    try:
        if attempt == "del":
            del s.a
        else:
            s.b
    except AttributeError as e:
        print(attempt, e)


def f(a=1, b=2, /, c=3):
    return a, b, c


for kw in ({"b": 1, "a": 2}, {"a": 1}, {"c": 1, "b": 2}):
    try:
        print(f(**kw))
    except TypeError as e:
        print(e)


# The singletons' types: called bare they give the singleton; with arguments, an error
# (also what a class statement with None as a base ends in).
for make in (lambda: type(None)(), lambda: type(None)(1), lambda: type(...)(x=1),
             lambda: type(NotImplemented)(2), lambda: type(...)()):
    try:
        print(make())
    except TypeError as e:
        print(e)
try:
    class FromNone(None):
        pass
except TypeError as e:
    print(e)


# A property raising AttributeError gives way to __getattr__.
class Lazy:
    @property
    def v(self):
        raise AttributeError("inner")

    @property
    def w(self):
        return "w"

    def __getattr__(self, name):
        return "fallback:" + name


lz = Lazy()
print(lz.v, lz.w, lz.other)
