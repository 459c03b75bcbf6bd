from collections import OrderedDict
import functools

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            old = self.data.popitem(last=False)
            print("  evict", old)

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

c = LRU(3)
for k in "abcadeb":
    if c.get(k) is None:
        c.put(k, ord(k))
print(c)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x", last=False)
od["w"] = 1
print(od, list(reversed(od)), od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))

@functools.lru_cache(maxsize=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print([fib(i) for i in range(10)], fib.cache_info())

@functools.lru_cache(maxsize=None)
def slow_square(x, *, scale=1):
    print("  computing", x, scale)
    return x * x * scale

print(slow_square(3), slow_square(3), slow_square(3, scale=2), slow_square(3.0))
print(slow_square.cache_info())

@functools.cache
def cached(x):
    return [x]
print(cached(1) is cached(1))

def log_calls(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} {fn.__name__}{args}{kwargs or ''}")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco

@log_calls(">>")
def add(a, b=2):
    """Add two numbers."""
    return a + b

print(add(1), add(1, b=5), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
p = functools.partial(add, 10)
print(p(5), p.func.__name__, p.args, p.keywords)
p2 = functools.partial(int, base=2)
print(p2("1011"), p2("11", base=8), repr(p2)[:30])
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(operator_add := (lambda a, b: a + b), [], 0))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)

@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) > V(0), V(1) >= V(1), V(2) <= V(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

class Circle:
    def __init__(self, r): self.r = r
    @functools.cached_property
    def area(self):
        print("  computing area")
        return 3.14159 * self.r ** 2
cc = Circle(2)
print(cc.area, cc.area, "area" in cc.__dict__)
del cc.area
print(cc.area)

@functools.singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
