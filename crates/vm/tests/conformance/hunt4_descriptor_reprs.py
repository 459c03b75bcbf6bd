# classmethod/staticmethod objects show the function they wrap (CPython 3.10+).
import re


class Temp:
    @staticmethod
    def valid(c):
        return c > 0

    @classmethod
    def make(cls):
        return cls()

    @property
    def p(self):
        return 1


def hide(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


print(hide(repr(Temp.__dict__["valid"])))
print(hide(repr(Temp.__dict__["make"])))
print(hide(str(staticmethod(len))))
print(hide(repr(classmethod(print))))
# property's accessors are listed by dir().
print([n for n in dir(property) if not n.startswith("_")])
print(Temp.__dict__["p"].fget.__name__, Temp.__dict__["p"].fset)
