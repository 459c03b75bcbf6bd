# List, set and dict comprehensions inside functions run inline in the function's frame
# (PEP 709, CPython 3.12): their variables are saved and restored around them, names they
# read stay plain locals, and errors inside them leave the enclosing variables intact.
import sys


def shadowing(t):
    x = 'outer'
    r = [x * 2 for x in t]
    s = {x for x in t if x > 1}
    d = {x: y for x in t for y in (x, -x)}
    print('results:', r, sorted(s), d)
    print('x after:', x)


shadowing([1, 2, 3])


def unbound_after():
    r = [v for v in range(3)]
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__, e)
    return r


print(unbound_after())


def error_restores():
    x = 'kept'
    try:
        [1 / x for x in (1, 0)]
    except ZeroDivisionError as e:
        print('caught:', e, '| x is still', x)
    try:
        {k: int(k) for k in ('1', 'two')}
    except ValueError as e:
        print('caught:', e)
    try:
        print(k)
    except NameError as e:
        print(type(e).__name__, e)


error_restores()


def unbound_inside():
    try:
        [x for y in (1,) for x in (x,)]
    except UnboundLocalError as e:
        print(type(e).__name__, e)


unbound_inside()


def nested(t):
    return [[a * b for b in t] for a in t], {a: {b for b in t if b != a} for a in t}


print(nested((1, 2, 3)))


def walrus(t):
    found = [last := v for v in t if v % 2]
    return found, last


print(walrus(range(7)))


def closures(t):
    # A lambda capturing the comprehension's own variable: all share one cell per run.
    fs = [lambda: x for x in t]
    gs = [lambda x=x: x for x in t]
    k = 10
    hs = [lambda: k + v for v in t]
    return [f() for f in fs], [g() for g in gs], [h() for h in hs]


print(closures((1, 2, 3)))


def reads_outer(t, scale):
    offset = 100
    return [scale * v + offset for v in t]


print(reads_outer([1, 2], 3))
print('cellvars:', reads_outer.__code__.co_cellvars)


def in_generator(t):
    for row in t:
        yield [c.upper() for c in row]


print(list(in_generator(['ab', 'cd'])))


def in_genexp(rows):
    return list(sum([c for c in row]) for row in rows)


print(in_genexp([[1, 2], [3, 4]]))


class Base:
    def name(self):
        return 'base'


class Child(Base):
    def names(self):
        return [super().name() + str(i) for i in range(2)]


print(Child().names())


def locals_inside(t):
    a = 1
    return [sorted(locals()) for x in t][0], sorted(locals())


print(locals_inside([0]))


class Body:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * factor for i in items]
    except NameError as e:
        print('class body:', e)
    factor = 3


print(Body.doubled)

squares = [n * n for n in range(5)]
print(squares, 'n' in globals())


def iterable_uses_same_name(x):
    return [x for x in x]


print(iterable_uses_same_name('abc'))


def deep(n):
    if n == 0:
        return 0
    return sum([deep(n - 1) for _ in range(2)]) + 1


print(deep(5))


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print('del', self.tag)


def refs():
    obj = Tracked('outer')
    r = [obj.tag for obj in [Tracked('a'), Tracked('b')]]
    print('after comprehension:', r, obj.tag)
    print('refcount of outer:', sys.getrefcount(obj))


refs()
print('done')

# Module level: inlined too; names they read resolve as the module body's do (exec with
# separate locals sees those locals), a walrus stores a global.
try:
    exec("print([y for x in [1]])", {}, {"y": 5})
except NameError as e:
    print("NameError", e)
exec("print([y for x in [1]])", {"y": 6}, {"y": 5})
exec("x = 9\nprint([x for x in [1]], x)", {}, {})
exec("x = 9\nprint([(z := x) for x in [1]], x, z)\nprint(sorted(globals()))", {}, {})
print(eval("[a * 2 for a in range(3)]"), eval("{k: v for k, v in zip('ab', 'cd')}"))
print([lambda: 1 for _ in (1,)][0].__qualname__)
x = 'mod'
print([x for x in 'ab'], x)
try:
    [1 / v for v in (1, 0)]
except ZeroDivisionError:
    print('v' in globals())
print(sorted(k for k in globals() if not k.startswith('__')))
