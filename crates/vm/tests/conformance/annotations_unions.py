# PEP 604 unions (`int | None`) as annotations evaluate them, and operators a metaclass
# defines for its classes.
def f(x: int | None = None, y: "list[int] | None" = None) -> dict[str, int] | None: pass
print(f.__annotations__)
u = int | str
print(u, type(u), u.__args__, int | None, None | int, list[int] | None, int | str | float, (int | str) | bytes)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | str))
print(int | str == str | int, hash(int | str) == hash(str | int), int | int)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
print(int | list[int], list[int] | int, (int | str).__args__, type(None | int).__name__)
print(isinstance(None, int | None), isinstance("s", int | None))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
try:
    "x" | int
except TypeError as e:
    print("TypeError:", e)


class Combining(type):
    def __or__(cls, other):
        return f"{cls.__name__}|{getattr(other, '__name__', other)}"

    def __ror__(cls, other):
        return f"{getattr(other, '__name__', other)}|{cls.__name__} (reflected)"

    def __add__(cls, other):
        return type(f"{cls.__name__}{other.__name__}", (cls, other), {})

    def __mul__(cls, n):
        return NotImplemented


class A(metaclass=Combining):
    pass


class B(metaclass=Combining):
    pass


print(A | B, A | int, 3 | A, A | None)
AB = A + B
print(AB.__name__, AB.__mro__[1:3] == (A, B), type(AB).__name__)
try:
    A * 2
except TypeError as e:
    print("TypeError:", e)
try:
    A - B
except TypeError as e:
    print("TypeError:", e)
