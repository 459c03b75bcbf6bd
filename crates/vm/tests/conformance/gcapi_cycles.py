# gc.collect's return value for cycles of many shapes, PEP 442 finalizers (called once,
# resurrection), gc.collect inside __del__, weak references to cyclic garbage, and the
# tracking rules of CPython 3.12 (atoms, tuples and dicts untracked by collections).
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    pass


class WithDel:
    def __del__(self):
        print("  __del__ of", type(self).__name__, getattr(self, "name", ""))


def shape(name, make):
    make()
    print(name, gc.collect())


def self_list():
    a = []
    a.append(a)


def dict_cycle():
    d = {}
    d["self"] = d


def two_instances():
    a = Node()
    b = Node()
    a.other = b
    b.other = a


def tuple_cycle():
    a = []
    t = (a,)
    a.append(t)


def nested_containers():
    a = Node()
    a.items = [[{"back": a}]]


def finalizer_cycle():
    d = WithDel()
    d.name = "self"
    d.me = d


def ring_of_100():
    first = Node()
    cur = first
    for _ in range(99):
        n = Node()
        cur.next = n
        cur = n
    cur.next = first


def set_cycle():
    a = Node()
    a.s = {a}


class WithMethod:
    def method(self):
        return self


def bound_method_cycle():
    a = WithMethod()
    a.bound = a.method


def generator_cycle():
    def gen():
        yield 1
    holder = Node()
    holder.g = gen()
    holder.g.__next__
    holder.me = holder


def weakref_in_cycle():
    a = Node()
    a.me = a
    a.w = weakref.ref(a, lambda r: print("  callback of a weakref that is garbage"))


shape("self-referencing list", self_list)
shape("dict cycle", dict_cycle)
shape("two instances", two_instances)
shape("tuple and list", tuple_cycle)
shape("nested containers", nested_containers)
shape("instance with __del__", finalizer_cycle)
shape("ring of 100", ring_of_100)
shape("set cycle", set_cycle)
shape("bound method cycle", bound_method_cycle)
shape("weakref inside the cycle", weakref_in_cycle)

# A weak reference from outside the garbage: cleared, and its callback runs.
class Victim:
    pass


victim = Victim()
victim.me = victim
outside = weakref.ref(victim, lambda r: print("  outside callback, referent gone:", r() is None))
del victim
print("weakref from outside", gc.collect(), outside())

# Resurrection: __del__ runs once, the object survives the collection that ran it.
saved = []


class Phoenix:
    def __del__(self):
        print("  Phoenix.__del__, finalized:", gc.is_finalized(self))
        saved.append(self)


p = Phoenix()
p.me = p
print("finalized before", gc.is_finalized(p))
del p
print("resurrecting collect", gc.collect())
print("saved", len(saved), "finalized", gc.is_finalized(saved[0]))
saved.clear()
print("second collect, no second __del__", gc.collect())


# gc.collect inside __del__ (during a collection) does nothing.
class Collector:
    def __del__(self):
        print("  inner collect", gc.collect())


c = Collector()
c.me = c
del c
print("outer collect", gc.collect())


# __del__ by reference count, outside any collection.
w = WithDel()
w.name = "refcount"
del w
print("after refcount death", gc.collect())


def tracked(*objs):
    return [gc.is_tracked(o) for o in objs]


print("atoms", tracked(1, 1.5, "s", b"b", None, True, 10**30, range(3)))
print("containers", tracked([], set(), frozenset(), Node(), Node, len, lambda: 0))
d_empty, d_atoms, d_list = {}, {"a": 1}, {"a": []}
print("dicts", tracked(d_empty, d_atoms, d_list))
d_empty["l"] = []
print("dict after storing a list", tracked(d_empty))
t_atoms, t_list, t_nested = (1, 2), ([],), ((1, 2),)
print("tuples", tracked(t_atoms, t_list, t_nested))
gc.collect()
print("tuples after a collection", tracked(t_atoms, t_list, t_nested))
d_tuple = {"k": (1, 2)}
print("dict of a tuple", tracked(d_tuple))
gc.collect()
print("after a full collection", tracked(d_tuple, d_atoms))

x = [1, 2]
y = [x]
z = {"k": x, 5: "v"}
s = {"k": x}
print("referrers", y in gc.get_referrers(x), z in gc.get_referrers(x))
print("referents", gc.get_referents(y) == [x], sorted(map(repr, gc.get_referents(z))),
      gc.get_referents(s), gc.get_referents(1, "s", 1.5))
gc.enable()
