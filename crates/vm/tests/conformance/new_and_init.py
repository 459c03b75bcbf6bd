# __new__: singletons, caching instances, immutable-style construction, super().__new__,
# object.__new__ checks, and object.__init__ argument checks.
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created", cls.__name__)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(a).__name__)
class Point:
    __slots__ = ("x", "y")
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.x, self.y = x, y
        return self
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print(Point(1, 2), isinstance(Point(0, 0), Point))
class NotMine:
    def __new__(cls):
        return 42
print(NotMine(), type(NotMine()).__name__)
class MyErr(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.tag = "tagged"
        return inst
e = MyErr("boom", 1)
print(e.args, e.tag, str(e))
for bad in (lambda: object.__new__(int), lambda: object.__new__(5), lambda: object.__new__()):
    try:
        bad()
    except TypeError as err:
        print("TypeError:", err)
class D:
    pass
class E:
    def __init__(self, x):
        super().__init__(x)
for f in (lambda: D(1), lambda: D().__init__(1), lambda: E(1), lambda: object().__init__(1)):
    try:
        f()
        print("ok")
    except TypeError as err:
        print("TypeError:", err)
print(type(object.__new__(D)).__name__, D.__new__ is object.__new__)
