# The built-in exception hierarchy as __subclasses__() lists it (CPython's static types,
# each level by name, ExceptionGroup last), the builtins namespace in CPython's order, and
# unbound built-in methods called without or with the wrong receiver.
import builtins


def names(cls):
    return [c.__name__ for c in cls.__subclasses__() if c.__module__ == "builtins"]


for cls in [BaseException, Exception, ArithmeticError, LookupError, OSError,
            ConnectionError, Warning, RuntimeError, SyntaxError, IndentationError,
            UnicodeError, NameError, ImportError, BaseExceptionGroup, KeyError, int, bool]:
    print(cls.__name__, names(cls))


class MyError(LookupError):
    pass


print([c.__name__ for c in LookupError.__subclasses__() if c.__module__ in ("builtins", "__main__")])
print(EnvironmentError is OSError, names(IOError) == names(OSError))

# Namespace order: deterministic, CPython's (names CPython's site module adds aside).
order = [n for n in vars(builtins) if n not in ("__loader__", "__spec__", "breakpoint")]
print(order[:12])
print(order[order.index("None"):order.index("__debug__") + 1])
exc = [n for n in order if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
print(exc)


def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


attempt(lambda: type.mro())
attempt(lambda: int.mro(1))
attempt(lambda: int.mro(x=1))
attempt(lambda: object.__repr__())
attempt(lambda: object.__str__())
attempt(lambda: object.__hash__())
attempt(lambda: object.__eq__())
attempt(lambda: object.__setattr__())
attempt(lambda: object.__getattribute__())
attempt(lambda: object.__sizeof__())
attempt(lambda: object.__reduce__())
attempt(lambda: BaseException.add_note())
attempt(lambda: BaseException.with_traceback())
attempt(lambda: complex.conjugate())
attempt(lambda: str.upper())
attempt(lambda: str.upper(1))
attempt(lambda: list.append())
attempt(lambda: dict.keys(5))
attempt(lambda: int.__neg__(1.5))
