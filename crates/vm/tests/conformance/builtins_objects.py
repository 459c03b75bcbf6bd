# isinstance/issubclass/getattr/setattr/delattr/hasattr/type/object/id/callable/hash and errors.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    x = 1
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, (int, B)), isinstance(1, (str, (float, int))), isinstance(True, int), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, (str, int)), issubclass(A, object), issubclass(type, object))
show(isinstance, 1, 1)
show(issubclass, 1, int)
show(issubclass, int, 1)
show(isinstance, 1, (int, 1))
print(getattr(b, "x"), getattr(b, "y", "dflt"), hasattr(b, "x"), hasattr(b, "y"))
show(getattr, b, "y")
show(getattr, b, 1)
show(getattr, 1, "real_nope")
setattr(b, "y", 5)
print(b.y, vars(b))
delattr(b, "y")
print(hasattr(b, "y"))
show(delattr, b, "y")
show(setattr, 1, "x", 2)
show(setattr, object(), "x", 2)
show(lambda: object().x)
print(type(b) is B, type(b).__name__, type(type), type(1), type(None).__name__, type(len).__name__, type(A.x).__name__)
T = type("T", (A,), {"z": 3, "hello": lambda self: "hi"})
t = T()
print(T.__name__, t.z, t.x, t.hello(), T.__bases__, isinstance(t, A))
show(type, 1, 2)
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), str(o).startswith("<object object at 0x"))
print(id(b) == id(b), id(b) != id(B()), isinstance(id(b), int))
print(callable(len), callable(A), callable(b), callable(1), callable(lambda: 0), callable(b.__init__) if hasattr(b, "__init__") else None)
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")), hash(None) == hash(None))
print(hash(0), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(1.5), hash(-0.0), hash(float("inf")), hash((1, 2)), hash(()))
show(hash, [])
show(hash, {})
print(chr(65), chr(0x1F600), ord("A"), ord("😀"), ord(b"a"), ascii("é"), ascii([1, "ü"]))
show(ord, "")
show(ord, 5)
show(chr, "a")
print(repr(repr), bool(), bool(0.0), bool("0"), bool([0]), int(), float(), str(), tuple(), list(), dict(), set(), frozenset())
print(abs(-3), abs(3.5), abs(-0.0), abs(True), round(3.14159, 3), min(1, 2.5), max(True, 0))
print(len("abc"), len([1]), len((1, 2)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b"xy"))
show(len, 5)
show(len)
show(len, 1, 2)
print(format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(1234.5, ","), format(255, "#x"))
print(sorted([B, A], key=lambda c: c.__name__) == [A, B], A.__name__, A.__qualname__, A.__module__, B.__mro__[1] is A)
def outer():
    class Local:
        def m(self):
            pass
    return Local
L = outer()
print(L.__qualname__, L.m.__qualname__, L().m.__name__, outer.__name__, (lambda: 0).__name__)
print(A.__doc__, type(A.__dict__).__name__ in ("dict", "mappingproxy"))
