# A generator's frame: names shared with its function, locals released when it finishes
# (returns, raises, is closed, is exhausted by a consumer), arguments counted by the frame
# while it is suspended, and a finished generator's frame reused safely by later calls.
import sys


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("  del", self.tag)


def gen(a, b=2):
    x = Noisy("local of gen(%s)" % (a if type(a) is int else "obj"))
    yield a
    yield b
    print("  gen returns")


print("-- names")
g = gen(1)
print(g.__name__, g.__qualname__, type(g.__name__).__name__)
print(repr(g).startswith("<generator object gen at 0x"))


class Box:
    def method(self):
        yield self

    def genexp(self):
        return (i for i in range(2))


print(Box().method().__qualname__, Box().genexp().__qualname__, Box().genexp().__name__)
gen.__name__ = "renamed"
gen.__qualname__ = "Outer.renamed"
g2 = gen(5)
print(g2.__name__, g2.__qualname__, repr(g2).startswith("<generator object Outer.renamed at"))


class Name(str):
    pass


gen.__name__ = Name("sub")
g3 = gen(6)
print(g3.__name__, g3.__qualname__)
gen.__name__ = "gen"
gen.__qualname__ = "gen"
del g2, g3
print("-- locals released on return")
g = gen(1)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("  StopIteration")
print("after return")
print("-- released when a consumer exhausts it")
print(list(gen(7)))
print("after list")
print(sum(gen(3, 4)))
print("after sum")


def raiser(n, held):
    yield n
    raise ValueError("boom %d" % n)


print("-- locals released on raise (once the traceback is gone)")
held = object()
base = sys.getrefcount(held)
r = raiser(1, held)
next(r)
try:
    next(r)
except ValueError as e:
    print("  caught", e)
print("after raise", r.gi_frame, sys.getrefcount(held) - base)
print("-- locals released on close")
g = gen(9)
next(g)
g.close()
print("after close", g.gi_frame)
print("-- argument counts")
arg = object()
base = sys.getrefcount(arg)
g = gen(arg)
print(sys.getrefcount(arg) - base)
next(g)
print(sys.getrefcount(arg) - base)
for _ in g:
    pass
print(sys.getrefcount(arg) - base)
del g
print(sys.getrefcount(arg) - base)
print("-- frames reused after a generator finishes")


def catcher():
    try:
        yield 1
        raise KeyError("inner")
    except KeyError as e:
        yield repr(e)
    yield sys.exc_info()[0]


def plain(a, b):
    return (a, b, sys.exc_info()[0])


for _ in range(3):
    print(list(catcher()), plain(1, 2))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally")


for _ in range(2):
    w = with_finally()
    print(next(w))
    w.close()
    print(plain(3, 4))
print("-- a generator that raised stays finished")


def once():
    yield 1
    1 / 0


o = once()
print(next(o))
try:
    next(o)
except ZeroDivisionError as e:
    print("  ZeroDivisionError", e)
print(list(o), o.gi_frame, o.gi_suspended)
print("-- throw into a just-created generator finishes it")
t = gen(10)
try:
    t.throw(ValueError("early"))
except ValueError as e:
    print("  raised", e)
print(list(t))
print("-- deep generator chains")


def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)


print(list(chain(50)))
limit = sys.getrecursionlimit()


def nested(n):
    if n:
        yield from nested(n - 1)
    else:
        yield n


try:
    list(nested(limit + 10))
except RecursionError as e:
    print("RecursionError", e)
print(list(nested(20)), plain(5, 6))
print("-- resumed at the recursion limit inside try/finally: finished, finally skipped")


def forever():
    try:
        while True:
            yield 1
    finally:
        print("  finally runs")


t = forever()
next(t)
hit = []


def deep(n):
    if n == 0:
        try:
            next(t)
        except RecursionError as e:
            hit.append(str(e))
        return
    deep(n - 1)


for d in range(limit - 60, limit + 5):
    try:
        deep(d)
    except RecursionError:
        print("deep itself hit the limit")
        break
    if hit:
        print("resume hit", hit)
        break
print(t.gi_frame is None, t.gi_suspended, list(t), plain(7, 8))
print("end")
