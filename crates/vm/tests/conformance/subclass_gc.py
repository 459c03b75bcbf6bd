# Built-in subclasses and the memory system: cycles through the built-in part and the
# attributes are collected, finalizers run once, gc tracking, reference counts and
# sys.getsizeof as CPython 3.12.
import gc
import sys


class L(list):
    pass


class D(dict):
    pass


class St(set):
    pass


class T(tuple):
    pass


gc.collect()
l = L([1])
l.append(l)
del l
print("list subclass self-cycle:", gc.collect())
d = D()
d["me"] = d
del d
print("dict subclass self-cycle:", gc.collect())
s = St()
s.tag = s
del s
print("set subclass cycle through its __dict__:", gc.collect())
t = T(([],))
t[0].append(t)
del t
print("tuple subclass cycle through a list item:", gc.collect())
a, b = L(), L()
a.append(b)
b.append(a)
del a, b
print("two list subclasses:", gc.collect())


class W(list):
    def __del__(self):
        print("  __del__ of W with", len(self), "items")


w = W([1, 2])
w.append(w)
del w
print("finalizer in a cycle:", gc.collect())
w = W([5])
del w
print("no cycle, freed at once:", gc.collect())


class Keep(list):
    saved = []

    def __del__(self):
        Keep.saved.append(self)


k = Keep([7])
k.append(k)
del k
print("resurrection:", gc.collect(), len(Keep.saved), Keep.saved[0][0], len(Keep.saved[0]))
Keep.saved.clear()
gc.collect()

print("is_tracked:", gc.is_tracked(L()), gc.is_tracked(D()), gc.is_tracked(St()), gc.is_tracked(T()))


class S(str):
    pass


class I(int):
    pass


print("is_tracked immutables:", gc.is_tracked(S("a")), gc.is_tracked(I(5)))
x = L([1, 2])
print("getrefcount:", sys.getrefcount(x), sys.getrefcount(L()))
y = x
print("getrefcount with alias:", sys.getrefcount(x))
del y
r = gc.get_referents(L([1, 2]))
print("get_referents:", L in r, 1 in r, 2 in r)
la = L([1])
la.attr = "v"
print("get_referents with attributes:", {"attr": "v"} in gc.get_referents(la))


class Ls(list):
    __slots__ = ()


class La(list):
    __slots__ = ("a",)


class Is(int):
    __slots__ = ()


for cls, arg in [(L, [1, 2, 3]), (D, {"a": 1}), (S, "abc"), (I, 5), (I, 2 ** 40), (T, (1, 2)), (St, {1}), (Ls, [1]), (La, [1, 2]), (Is, 3)]:
    print("getsizeof", cls.__name__, repr(arg), sys.getsizeof(cls(arg)), sys.getsizeof(type(arg)(arg)))


class F(float):
    pass


class Fz(frozenset):
    pass


class B(bytes):
    pass


print("getsizeof F/Fz/B:", sys.getsizeof(F(1.5)), sys.getsizeof(Fz({1})), sys.getsizeof(B(b"ab")))
grow = L()
sizes = [sys.getsizeof(grow)]
for i in range(9):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print("getsizeof while appending:", sizes)
