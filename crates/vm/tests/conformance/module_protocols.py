# Module and function protocols: PEP 562 module __getattr__, the builtins module,
# function.__get__, staticmethod/classmethod.__func__.
import _lazy_mod
import builtins

print(_lazy_mod.lazy_thing, _lazy_mod.loaded)
from _lazy_mod import lazy_other

print(lazy_other, _lazy_mod.loaded)
try:
    _lazy_mod.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    from _lazy_mod import nothing_here
except ImportError as e:
    print("ImportError", e.name, str(e).split(" (")[0])
print(hasattr(_lazy_mod, "lazy_x"), getattr(_lazy_mod, "other", "default"))

print(builtins, builtins.__name__, builtins.len("abc"), builtins.print is print)
builtins.injected_name = "visible everywhere"
print(injected_name)
del builtins.injected_name
try:
    injected_name
except NameError as e:
    print("NameError", e)


def f(self, x=1):
    return (type(self).__name__, x)


class C:
    pass


c = C()
m = f.__get__(c, C)
print(m(5), m.__self__ is c, m.__func__ is f, f.__get__(None, C) is f, hasattr(f, "__get__"))
print(f.__get__(c)())
for args in ((), (None,), (1, 2, 3)):
    try:
        f.__get__(*args)
    except TypeError as e:
        print("TypeError", e)

s = staticmethod(len)
k = classmethod(f)
print(s.__func__ is len, k.__func__ is f, s.__wrapped__ is len)


class D:
    @staticmethod
    def st():
        return "st"

    @classmethod
    def cm(cls):
        return cls.__name__


print(D.__dict__["st"].__func__(), D.__dict__["cm"].__func__(D))
