# The frozen functools and contextlib modules: wraps, reduce, partial, lru_cache/cache,
# total_ordering, cmp_to_key; contextmanager, suppress, closing, nullcontext, ExitStack.
import functools
from functools import wraps, reduce, partial, lru_cache, total_ordering, cmp_to_key, cache
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
def timed(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs)
    return wrapper
@timed
def compute(x, y=2):
    """Compute things."""
    return x ** y
print(compute(3), compute.__name__, compute.__doc__, compute.__wrapped__.__name__, compute.__qualname__)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
p = partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords)
def power(base, exp): return base ** exp
sq = partial(power, exp=2)
print(sq(5), partial(power, 2)(10))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
@lru_cache(maxsize=2)
def ident(x):
    print("computing", x)
    return x
ident(1); ident(2); ident(1); ident(3); ident(2)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
@lru_cache
def sq2(x): return x * x
print(sq2(4), sq2(4), sq2.cache_info())
@cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(20), fact.cache_info().hits)
@total_ordering
class Version:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0), Version(2, 0)]
print(sorted(vs), Version(1, 0) <= Version(1, 0), Version(2, 0) >= Version(1, 5), Version(1, 0) > Version(0, 9))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("handled in cm:", e)
    finally:
        print("close", name)
with opened("a") as v:
    print("using", v)
with opened("b"):
    raise ValueError("oops")
print("after b")
try:
    with opened("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
class Res:
    def close(self): print("Res closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as n:
    print(n)
with ExitStack() as stack:
    for name in "xy":
        stack.enter_context(opened(name))
    stack.callback(print, "callback ran")
    print("in stack")
@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
