# StopIteration values and PEP 479: next() on a class iterator lets its own StopIteration
# (args, value) escape; a generator that raises StopIteration gets a RuntimeError chained
# from it; `yield from` over a non-generator iterator sends values to its `send` method and
# takes the value of the StopIteration that ends it.


class Count:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("done", self.i)
        self.i += 1
        return self.i


c = Count(2)
print(list(c))
try:
    next(c)
except StopIteration as e:
    print("stop", e.args, e.value)
print(next(c, "default"))


def bad():
    yield 1
    raise StopIteration("x")


for make in (bad, lambda: (next(iter([])) for _ in range(3))):
    try:
        print(list(make()))
    except RuntimeError as e:
        print("RuntimeError", e)
        print(" cause", repr(e.__cause__), "context", repr(e.__context__), e.__suppress_context__)


def delegate(sub):
    r = yield from sub
    print("yield from returned", repr(r))
    return r


g = delegate(Count(2))
print(list(g))

g = delegate(iter([1, 2]))
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError", e)

g = delegate(iter("ab"))
print(next(g), g.send(None))


class Echo:
    """An iterator with a send method (a coroutine-like class)."""

    def __init__(self):
        self.got = []

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.got.append(v)
        if len(self.got) > 3:
            raise StopIteration(tuple(self.got))
        return len(self.got)


e = Echo()
g = delegate(e)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as s:
    print("finished", s.value)
