# isinstance/issubclass: metaclass hooks, hook objects that are not classes, nested tuples,
# unions, typing objects, __class__ overrides, __bases__-only "classes", and the errors.
import typing


def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, inst):
        print("  __instancecheck__", cls.__name__, repr(inst))
        return inst == 3

    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return sub is int


class A(metaclass=Meta):
    pass


t("isinstance 3 A", lambda: isinstance(3, A))
t("isinstance 4 A", lambda: isinstance(4, A))
t("exact class skips hook", lambda: isinstance(A(), A))
t("issubclass int A", lambda: issubclass(int, A))
t("issubclass A A", lambda: issubclass(A, A))
t("nested tuple with hook", lambda: isinstance(3, (str, (list, A))))
t("nested tuple of subclass", lambda: issubclass(int, (str, ((A,),))))
t("deep nesting", lambda: isinstance(3, ((((((int,),),),),),)))
t("empty tuple", lambda: isinstance(3, ()))
t("issubclass non-class, empty tuple", lambda: issubclass(5, ()))


class Checker:
    def __instancecheck__(self, inst):
        return isinstance(inst, str)

    def __subclasscheck__(self, sub):
        return sub is bool


t("checker object instance", lambda: isinstance("s", Checker()))
t("checker object subclass", lambda: issubclass(bool, Checker()))
t("checker in a tuple", lambda: isinstance("s", (int, Checker())))

# Unions and typing.
t("int | str", lambda: isinstance(3, int | str))
t("None in union", lambda: isinstance(None, int | None))
t("issubclass bool int|str", lambda: issubclass(bool, int | str))
t("union in tuple", lambda: isinstance([], (int | str, list)))
t("union with parameterized", lambda: isinstance(3, int | list[int]))
t("list[int]", lambda: isinstance([], list[int]))
t("typing.List", lambda: isinstance([], typing.List))
t("issubclass typing.Dict", lambda: issubclass(dict, typing.Dict))
t("typing.List[int]", lambda: isinstance([], typing.List[int]))
t("typing.Union", lambda: isinstance(3, typing.Union[int, str]))
t("typing.Optional", lambda: isinstance(None, typing.Optional[int]))
t("typing.Any", lambda: isinstance(3, typing.Any))

# Errors.
t("arg 2 int", lambda: isinstance(3, 5))
t("arg 2 in tuple", lambda: isinstance(3, (str, 5)))
t("match before bad entry", lambda: isinstance(3, (int, 5)))
t("issubclass arg 2", lambda: issubclass(int, 5))
t("issubclass arg 1", lambda: issubclass(5, int))
t("issubclass both bad", lambda: issubclass(5, 5))
t("no args", lambda: isinstance(3))
t("keyword", lambda: isinstance(3, cls=int))
t("issubclass three args", lambda: issubclass(int, int, int))


class Raises(type):
    def __instancecheck__(cls, inst):
        raise ValueError("boom")


class R(metaclass=Raises):
    pass


t("hook raises", lambda: isinstance(3, R))
t("exact class no hook", lambda: isinstance(R(), R))


class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]

    def __subclasscheck__(cls, sub):
        return ""


class T(metaclass=Truthy):
    pass


t("hook result truthiness", lambda: (isinstance(3, T), issubclass(int, T)))


# __class__ overrides and __bases__-only classes.
class Pretender:
    @property
    def __class__(self):
        return int


t("__class__ property", lambda: isinstance(Pretender(), int))
t("__class__ property, real class", lambda: isinstance(Pretender(), Pretender))
t("__class__ property, type()", lambda: type(Pretender()).__name__)


class AbstractBase:
    __bases__ = ()


class AbstractDerived:
    def __init__(self, base):
        self.__bases__ = (base,)


base = AbstractBase()
derived = AbstractDerived(base)
t("abstract issubclass", lambda: issubclass(derived, base))
t("abstract not subclass", lambda: issubclass(base, derived))
t("abstract vs real class", lambda: issubclass(derived, int))


class Plain:
    pass


t("abstract isinstance", lambda: isinstance(Plain(), base))


# type.__instancecheck__ / __subclasscheck__ through super().
class Logging(type):
    def __instancecheck__(cls, inst):
        print("  log instance", cls.__name__)
        return super().__instancecheck__(inst)

    def __subclasscheck__(cls, sub):
        print("  log subclass", cls.__name__)
        return super().__subclasscheck__(sub)


class L(metaclass=Logging):
    pass


class L2(L):
    pass


t("super instancecheck", lambda: isinstance(L2(), L))
t("super instancecheck no", lambda: isinstance(3, L))
t("super subclasscheck", lambda: issubclass(L2, L))
t("type.__instancecheck__", lambda: type.__instancecheck__(int, True))
t("type.__subclasscheck__", lambda: type.__subclasscheck__(int, bool))
t("int.__instancecheck__", lambda: int.__instancecheck__("x"))
t("type.__subclasscheck__ bad", lambda: type.__subclasscheck__(int, 5))

# Deep recursion through nested tuples is a RecursionError, not a crash.
spec = int
for _ in range(100000):
    spec = (spec,)
t("deep tuple", lambda: isinstance(3, spec))
t("deep tuple issubclass", lambda: issubclass(int, spec))
