# weakref.ref: calling, callbacks, identity of the basic ref, equality and hash, errors.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(%r)" % self.name


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


n = Node("a")
r = weakref.ref(n)
print(r() is n, r(), r.__callback__, type(r), weakref.ref is weakref.ReferenceType)
print(weakref.ref(n) is r, isinstance(r, weakref.ref))
print(repr(r).startswith("<weakref at 0x"), repr(r).split(";")[1].split(" at")[0])


def on_death(wr):
    print("callback: referent gone, wr() ->", wr(), "same ref:", wr is r2)


r2 = weakref.ref(n, on_death)
print(r2 is not r, r2.__callback__ is on_death, r2 == r, hash(r) == hash(n))
print(weakref.getweakrefcount(n), len(weakref.getweakrefs(n)), weakref.getweakrefs(n)[0] is r)
del n
print("after del:", r(), r2(), repr(r).endswith("; dead>"), weakref.getweakrefcount(r))
print(r == r2, r == r, r != r2)

m1 = Node("m")
h = hash(weakref.ref(m1))
keep = weakref.ref(m1)
print(hash(keep) == h)
del m1
print(hash(keep) == h)
lost = weakref.ref(Node("tmp"))
try:
    hash(lost)
except TypeError as e:
    print("TypeError", e)

# Equality of live refs compares the referents.
class Same:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


s1, s2 = Same(), Same()
print(weakref.ref(s1) == weakref.ref(s2))

# Cycles: the callback runs when the collector frees the referent.
a = Node("cyc")
a.self = a
wa = weakref.ref(a, lambda wr: print("cycle callback, wr() ->", wr()))
del a
print("before collect:", wa() is not None)
gc.collect()
print("after collect:", wa())

# A ref that dies first never calls its callback.
b = Node("b")
wb = weakref.ref(b, lambda wr: print("never printed"))
del wb
del b
print("no callback for a dead ref")

# Callbacks run newest first.
c = Node("c")
refs = [weakref.ref(c, lambda wr, i=i: print("callback", i)) for i in range(3)]
del c

for obj in [1, 1.5, "s", (1,), [1], {}, None, True, object(), Slotted(), ValueError()]:
    try:
        weakref.ref(obj)
    except TypeError as e:
        print("TypeError", e)
for obj in [SlottedWeak(), Node("x"), print, Node, set(), frozenset(), (x for x in []), weakref, Node("y").__repr__]:
    wr = weakref.ref(obj)
    print(type(obj).__name__, wr() is obj)
del obj
