# sys.getrefcount inside calls of every shape: positional, keywords, defaults, *args,
# **kwargs, f(*seq), f(**mapping), methods, generators and lambdas. A Python function's
# frame holds its arguments; the caller's references are gone while it runs (CPython
# moves them), so the counts are the frame's plus the objects that really hold the value.
import sys

rc = sys.getrefcount


class Thing:
    pass


o = Thing()
print("global", rc(o))


def positional(x):
    return rc(x)


def with_default(x, y=None):
    return rc(x)


def star_args(*a):
    return rc(a[0])


def star_args_global(*a):
    return rc(o)


def after_star(x, *rest):
    return rc(x)


def keyword_only(*, x):
    return rc(x)


def star_kwargs(**kw):
    return rc(kw["v"])


def star_kwargs_global(**kw):
    return rc(o)


print("positional", positional(o), rc(o))
print("default used", with_default(o), "given by keyword", with_default(x=o),
      "twice", with_default(o, y=o))
print("*args", star_args(o), star_args_global(o), rc(o))
print("after *rest", after_star(o), after_star(o, 1))
print("keyword-only", keyword_only(x=o))
print("**kwargs", star_kwargs(v=o), star_kwargs_global(v=o), rc(o))
t = (o,)
print("f(*tuple)", star_args_global(*t), positional(*t))
print("f(*list display)", star_args_global(*[o]), positional(*[o]))
lst = [o]
print("f(*list)", star_args_global(*lst))
del lst, t
mapping = {"v": o}
print("f(**dict)", star_kwargs(**mapping), star_kwargs_global(**mapping))
print("f(*(), **dict)", star_kwargs_global(*(), **mapping))
del mapping
print("after the calls", rc(o))


class Holder:
    def method(self, x):
        return rc(x)

    def method_args(self, *a):
        return rc(a[0])

    def me(self):
        return rc(self)


h = Holder()
print("method", h.method(o), h.method(x=o), h.method_args(o), h.me())
bound = h.me
print("bound method holds self", rc(h))
del bound
print("released", rc(h))
lam = lambda q: rc(q)
print("lambda", lam(o))


def gen(x):
    yield rc(x)


print("generator", next(gen(o)))


def nested():
    v = Thing()

    def inner():
        return v
    return rc(v), inner


print("closure cell", nested()[0])
print("temporary", rc(Thing()))
print("in containers", rc([o][0]), rc({"k": o}["k"]))
print("immortals", rc(None), rc(True), rc(0), rc(()), rc(""))
for bad in [lambda: rc(), lambda: rc(1, 2), lambda: rc(object=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
