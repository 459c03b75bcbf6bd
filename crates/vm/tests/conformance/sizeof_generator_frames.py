# sys.getsizeof of generators, coroutines and async generators: the object plus its frame,
# one word per local and per stack slot as CPython 3.12's compiler sizes the stack (calls
# keep the callable and NULL/self under their arguments, handlers hold lasti and the
# exception, inlined comprehensions save their variables first).
import sys


def plain():
    yield


def arithmetic(a, b):
    c = a + b
    yield c


def nested_loops():
    x = [1, 2]
    for i in x:
        for j in x:
            yield i, j


def method_call(a):
    yield a.b.c(1, 2, x=3)


def const_list():
    yield [1, 2, 3]


def const_keys(a):
    yield {'a': a, 'b': a}


def comprehension(a):
    yield [x for x in a]


def nested_comprehensions(m):
    yield {k: [v for v in vs if v > 0] for k, vs in m.items()}


def fstring(a):
    yield f"{a} and {a!r:>10}"


def augmented(a):
    a.x += 1
    a[0] += 1
    yield


def delegate(a):
    yield from a


def chained(a):
    yield a < 1 < 2


def slicing(a):
    yield a[1:2], a[::-1]


def star_call(a):
    yield print(*a, sep='')


def with_block(m):
    with m as a, m as b:
        yield a


def try_except():
    try:
        yield 1
    except ValueError as e:
        print(e)


def try_finally():
    for i in range(3):
        try:
            yield i
        finally:
            pass


def unpack(a):
    x, (y, *z) = a
    yield x


def keyword_call(a):
    yield max(a, key=len)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


class K:
    def method(self):
        yield super().f()


async def awaiting(a):
    x = await a.f(1)
    return x


async def async_with(x):
    async with x as y:
        return y


async def agen(x):
    yield x


def closure():
    z = 1
    return (x + z for x in [])


functions = [plain, arithmetic, nested_loops, method_call, const_list, const_keys,
             comprehension, nested_comprehensions, fstring, augmented, delegate, chained,
             slicing, star_call, with_block, try_except, try_finally, unpack, keyword_call,
             fib, K.method, awaiting, async_with, agen]
for f in functions:
    obj = f(*[[1]] * f.__code__.co_argcount)
    print(f.__name__, sys.getsizeof(obj))
    if hasattr(obj, "close"):
        obj.close()

print("genexp", sys.getsizeof(x for x in []))
print("genexp two loops", sys.getsizeof((x, y) for x in [] for y in []))
print("genexp filtered", sys.getsizeof(x + 1 for x in [] if x))
print("genexp closure", sys.getsizeof(closure()))
g = fib(5)
before = sys.getsizeof(g)
list(g)
print("finished generator keeps its size", sys.getsizeof(g) == before)
