# functools.singledispatchmethod over classmethod/staticmethod (registering through them,
# through instances, classes and subclasses), and the __get__/__isabstractmethod__ of
# classmethod, staticmethod and property that it relies on.
from functools import singledispatchmethod

class A:
    @singledispatchmethod
    @classmethod
    def cm(cls, arg):
        return ("cm default", cls.__name__, arg)

    @cm.register
    @classmethod
    def _(cls, arg: int):
        return ("cm int", cls.__name__, arg)

    @cm.register(str)
    @classmethod
    def _(cls, arg):
        return ("cm str", cls.__name__, arg)

    @singledispatchmethod
    @staticmethod
    def sm(arg):
        return ("sm default", arg)

    @sm.register
    @staticmethod
    def _(arg: float):
        return ("sm float", arg)

    @sm.register(list)
    @staticmethod
    def _(arg):
        return ("sm list", arg)

    @singledispatchmethod
    def m(self, arg):
        return ("m default", arg)

    @m.register
    def _(self, arg: int):
        return ("m int", arg)

    @m.register(bytes)
    def _(self, arg):
        return ("m bytes", arg)

class B(A):
    pass

for obj in (A, A(), B, B()):
    print(obj.cm(1), obj.cm("s"), obj.cm(1.5))
    print(obj.sm(1.5), obj.sm([1]), obj.sm(1))
a = A()
print(a.m(1), a.m(b"x"), a.m(None))
print(A.cm.__name__, A.sm.__name__, a.m.__name__)
print(type(A.__dict__['cm']).__name__, type(A.__dict__['sm']).__name__)
print(A.__dict__['cm'].func.__class__.__name__, A.__dict__['sm'].func.__class__.__name__)
print(A.__dict__['cm'].__isabstractmethod__, A.__dict__['sm'].__isabstractmethod__)
try:
    A.m(1)
except TypeError as e:
    print("A.m", e)
print(A.m(a, 1))
# register with annotation on classmethod missing annotation
try:
    class C:
        @singledispatchmethod
        @classmethod
        def f(cls, arg): return 0
        @f.register
        @classmethod
        def _(cls, arg): return 1
except TypeError as e:
    print("noann", str(e).split(":")[0])
# register a non-callable
try:
    class D:
        @singledispatchmethod
        def f(self, arg): return 0
        f.register(int, 5)
except TypeError as e:
    print("noncallable", e)
# singledispatchmethod on non-callable
try:
    singledispatchmethod(5)
except TypeError as e:
    print("sdm", e)
print(repr(singledispatchmethod(len).__class__))
import abc
class E(abc.ABC):
    @singledispatchmethod
    @abc.abstractmethod
    def f(self, arg): pass
print(E.__abstractmethods__)
# the register result
class F:
    @singledispatchmethod
    @classmethod
    def f(cls, arg): return 0
    r = f.register(int, classmethod(lambda cls, arg: 1))
    print(type(r).__name__)
print(F.f(3), F.f('x'))
# dispatch on the class of the first argument when called through the class for classmethod
print(A.cm.__doc__, A.cm.__qualname__)
print(A.cm.register is not None, hasattr(A.cm, 'dispatch') , hasattr(A.cm, 'registry'))
print('-- descriptors')
def f(cls, arg: int) -> str:
    "doc"
for kind in (classmethod, staticmethod):
    c = kind(f)
    print(kind.__name__, hasattr(c, '__get__'), callable(c), c.__func__ is f, c.__wrapped__ is f)
    print(c.__name__, c.__qualname__, c.__doc__, c.__annotations__, c.__module__)
    print(type(c.__get__(None, int)).__name__, c.__isabstractmethod__)
    print(sorted(k for k in vars(c)))
print(hasattr(property(f), '__get__'), hasattr(f, '__get__'))
print(staticmethod(len)([1, 2]))
class P:
    @property
    def x(self): return 42
    y = property()
pr = P.__dict__['x']
print(pr.__get__(P()), pr.__get__(None, P) is pr)
try:
    P.__dict__['y'].__get__(P())
except AttributeError as e:
    print(e)
for d in (pr, classmethod(f), staticmethod(f)):
    for args in ((), (None,), (None, None), (1, 2, 3)):
        try:
            r = d.__get__(*args)
            print(type(r).__name__)
        except TypeError as e:
            print(type(d).__name__, args, e)
print(classmethod(f).__get__(3).__self__, classmethod(f).__get__(3, str).__self__)
import abc
print(classmethod(abc.abstractmethod(f)).__isabstractmethod__, staticmethod(abc.abstractmethod(f)).__isabstractmethod__)
