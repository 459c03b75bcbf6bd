# globals(), locals(), vars() and dir(), with and without arguments.
import sys
x = 1
g = globals()
print("globals() is globals():", g is globals())
print("g['x']:", g['x'], "'__name__' in g:", '__name__' in g, g['__name__'])
g['y'] = 42
print("write through globals():", y)
print("module locals() is globals():", locals() is globals())
print("vars() is globals():", vars() is globals())
print("dir() at module level:", sorted(k for k in dir() if not k.startswith('__')))
print("dir() is sorted:", dir() == sorted(dir()))


def f(a, b=2, *args, **kw):
    c = a + b

    def inner():
        return c

    loc = locals()
    print("function locals:", sorted((k, type(v).__name__) for k, v in loc.items()))
    print("locals order:", list(loc))
    print("snapshot is a new dict:", loc is not globals(), type(loc).__name__)
    print("dir() in function:", dir())
    return inner


f(1, 3, 4, k=5)


def outer():
    q = 10

    def inner():
        print("free variable in locals():", locals())
        return q

    return inner


outer()()


def unbound():
    print("before assignment:", locals())
    a = 1
    print("after assignment:", locals())


unbound()


def shadow():
    locals = lambda: "shadowed"
    print("shadowed locals():", locals())


shadow()


class C:
    attr = 1

    def m(self):
        pass

    print("class body locals():", sorted(k for k in locals()))
    print("class body vars():", sorted(vars()))


class D(C):
    def __init__(self):
        self.x = 1
        self.y = 2


print("dir(D()) public:", [n for n in dir(D()) if not n.startswith('__')])
print("dir(D()):", dir(D()))
print("dir(C):", dir(C))
print("vars(D()):", vars(D()))
print("vars(C)['attr']:", vars(C)['attr'])
for call in (lambda: vars(1), lambda: vars(1, 2), lambda: globals(1),
             lambda: locals(1), lambda: dir(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print("dir([]):", [n for n in dir([]) if not n.startswith('_') and n != 'copy'])
print("dir(1) dunders:", [n for n in dir(1) if n.startswith('__')])
print("dir(object):", dir(object))
print("dir(module) == sorted(vars(module)):", dir(sys) == sorted(vars(sys)))


class S:
    __slots__ = ('a', 'b')


print("dir(slotted class):", dir(S))


class W:
    def __dir__(self):
        return ['b', 'a']


print("custom __dir__:", dir(W()))


def gen():
    a = 5
    yield locals()


print("generator locals():", next(gen()))

# CPython 3.12: a function's locals() is one dict per frame, refreshed on each call.
def f(a):
    b = 2
    loc = locals()
    loc['zzz'] = 1
    c = 3
    print(sorted(locals()), loc is locals(), 'zzz' in locals())
    del b
    print(sorted(locals()), sorted(loc))
f(1)
def g():
    x = 1
    yield locals()
    y = 2
    yield locals()
it = g()
a = next(it); b = next(it)
print(a is b, sorted(b))
