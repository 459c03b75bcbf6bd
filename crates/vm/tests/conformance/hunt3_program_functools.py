from functools import lru_cache, partial, reduce, total_ordering, wraps, cached_property, singledispatch
@lru_cache(maxsize=32)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
p = partial(int, base=2); print(p('1011'), p.func, p.keywords, repr(partial(max, 1))[:20])
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'init'))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
def deco(f):
    @wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def hello(name='x'):
    "Says hello."
    return 'hi ' + name
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello())
class Data:
    def __init__(self): self.calls = 0
    @cached_property
    def heavy(self): self.calls += 1; return 42
d = Data(); print(d.heavy, d.heavy, d.calls, 'heavy' in d.__dict__)
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([]), show('s'), show(True))
