# Decorators written by hand: wrappers with *args/**kwargs, decorator factories, stacking,
# class decorators, method decorators, memoization, attributes on functions.
def trace(f):
    def wrapper(*args, **kwargs):
        print(f"-> {f.__name__}{args}{kwargs if kwargs else ''}")
        result = f(*args, **kwargs)
        print(f"<- {f.__name__} = {result!r}")
        return result
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper

@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=1)
print(add.__name__, add.__wrapped__(2, 2))

def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))

def bold(f):
    return lambda *a: "<b>" + f(*a) + "</b>"
def italic(f):
    return lambda *a: "<i>" + f(*a) + "</i>"
@bold
@italic
def text(s):
    return s
print(text("x"))

registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(registry, Plugin.registered)

def counted(method):
    def wrapper(self, *a):
        self.calls = getattr(self, "calls", 0) + 1
        return method(self, *a)
    return wrapper
class Svc:
    @counted
    def ping(self):
        return "pong"
    @staticmethod
    @trace
    def util(x):
        return x * 2
    @classmethod
    def make(cls):
        return cls()
s = Svc.make()
print(s.ping(), s.ping(), s.calls, Svc.util(4))

def f_with_attrs():
    pass
f_with_attrs.label = "L"
f_with_attrs.count = 0
f_with_attrs.count += 1
print(f_with_attrs.label, f_with_attrs.count, sorted(vars(f_with_attrs)))
print(add.__wrapped__.__name__, (lambda: 0).__name__, fib.__name__, hello.__qualname__)

def once(f):
    done = []
    def wrapper(*a):
        if not done:
            done.append(f(*a))
        return done[0]
    return wrapper
@once
def init():
    print("initializing")
    return 42
print(init(), init())

def validate(**types):
    def deco(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError(f"{k} must be {t.__name__}, got {type(kwargs.get(k)).__name__}")
            return f(**kwargs)
        return wrapper
    return deco
@validate(name=str, age=int)
def person(name, age):
    return f"{name} ({age})"
print(person(name="Al", age=3))
try:
    person(name="Al", age="3")
except TypeError as e:
    print("TypeError:", e)
