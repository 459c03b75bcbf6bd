# A metaclass's __call__ takes over instance creation: singletons, counting, argument
# checks; super().__call__ / type.__call__ run the usual __new__ + __init__.


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path, debug=False):
        self.path = path
        self.debug = debug


a = Config("/etc/app.conf", debug=True)
b = Config("/other")
print(a is b, b.path, b.debug, type(a).__name__, isinstance(a, Config))


class Logger(metaclass=Singleton):
    pass


print(Logger() is Logger(), Logger() is a, len(Singleton._instances))


class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("before", cls.__name__, args, sorted(kwargs.items()))
        obj = type.__call__(cls, *args, **kwargs)
        print("after", type(obj).__name__)
        return obj


class Point(metaclass=Tracing):
    def __new__(cls, x, y=0):
        print("Point.__new__", x, y)
        return super().__new__(cls)

    def __init__(self, x, y=0):
        print("Point.__init__", x, y)
        self.x, self.y = x, y


p = Point(1, y=2)
print(p.x, p.y)


class Sub(Point):
    pass


s = Sub(5)
print(type(s).__name__, s.x)


# __call__ returning something else entirely.
class Factory(type):
    def __call__(cls, *args):
        return ("made", cls.__name__) + args


class Thing(metaclass=Factory):
    pass


print(Thing(1, 2))


# Argument validation in the metaclass.
class Strict(type):
    def __call__(cls, *args, **kwargs):
        if args:
            raise TypeError(f"{cls.__name__} takes keyword arguments only")
        return super().__call__(**kwargs)


class Record(metaclass=Strict):
    def __init__(self, **fields):
        self.__dict__.update(fields)


r = Record(a=1, b=2)
print(r.a, r.b)
try:
    Record(1)
except TypeError as e:
    print("TypeError:", e)

# A metaclass without __call__: the normal path.
class Plain(type):
    pass


class N(metaclass=Plain):
    def __init__(self, v):
        self.v = v


print(N(7).v, type(N(7)).__name__)
try:
    N()
except TypeError as e:
    print("TypeError:", e)

# type.__call__ on a non-type.
try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)

# Calling the metaclass with the wrong number of arguments.
try:
    Plain("X", ())
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), {}, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), 5)
except TypeError as e:
    print("TypeError:", e)
try:
    type(5, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (5,), {})
except TypeError as e:
    print("TypeError:", e)
