# sys.getsizeof matches CPython 3.12's layouts
import sys
class Tick:
    def __init__(self, price, size, ts):
        self.price = price
        self.size = size
        self.ts = ts
class One:
    __slots__ = ("x",)
def f():
    pass
print("int", sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(-1))
print("float", sys.getsizeof(1.5), sys.getsizeof(0.0))
print("str", sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("a" * 100))
print("list", sys.getsizeof([]), sys.getsizeof([1, 2, 3]))
l = []
sizes = []
for i in range(20):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print("append growth", sizes)
print("tuple", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print("dict", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
print("set", sys.getsizeof(set()), sys.getsizeof({1, 2}))
print("function", sys.getsizeof(f), sys.getsizeof(lambda: 0))
print("instance", sys.getsizeof(Tick(1.0, 2, 3.0)), sys.getsizeof(One()))
print("None", sys.getsizeof(None), "bool", sys.getsizeof(True), "range", sys.getsizeof(range(10)))
# Strings by kind: ASCII, Latin-1 (one-character ones are CPython's static singletons, which
# carry their UTF-8 form), UCS-2 and UCS-4.
print(sys.getsizeof("é"), sys.getsizeof(chr(233)), sys.getsizeof("éa"[0]), sys.getsizeof("é" + "x"))
print(sys.getsizeof("héllo wörld"), sys.getsizeof("\u20ac"), sys.getsizeof("\U0001f600"), sys.getsizeof("a\u20acb"))
