# The default reduce protocol: object.__reduce_ex__ for each protocol, __reduce__, __getstate__ with
# __dict__ and __slots__, subclasses of built-in types, and what cannot be pickled.
import copyreg
class A:
    def __init__(self): self.x = 1
a = A()
r = a.__reduce_ex__(2); print(r[0].__name__, r[1], r[2:])
print(a.__reduce_ex__(4)[0].__name__)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(s.__reduce_ex__(4)[2], s.__getstate__(), S.__slotnames__)
print(object().__reduce__()[0].__name__, object().__reduce__()[1])
print(a.__getstate__(), A().__reduce_ex__(1)[1:], object().__getstate__())
class L(list): pass
l = L([1, 2]); l.tag = 3
r = l.__reduce_ex__(4); print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
class I(int): pass
print(I(5).__reduce_ex__(4)[1])
def g(): yield 1
try:
    g().__reduce_ex__(4)
except TypeError as e:
    print(e)
class St(set): pass
print(St([1]).__reduce_ex__(4))
print(bytearray(b"ab").__reduce_ex__(4), bytearray(b"ab").__reduce_ex__(2))
def g(): yield 1
print(g().__getstate__())
e = ValueError("x"); print(e.__getstate__())
e.a = 1; print(e.__getstate__())
print(object().__getstate__(), (1).__getstate__() if hasattr(1, "__getstate__") else "-")
