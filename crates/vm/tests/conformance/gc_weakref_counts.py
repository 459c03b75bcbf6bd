# What gc.collect() counts when weak references meet cyclic garbage: a weak reference is
# one object (counted once when it is garbage), a live one with a callback that dies right
# after its callback counts too (handle_weakrefs), callbacks of garbage weakrefs never run.
import gc
import weakref

gc.disable()
gc.collect()


class A:
    pass


log = []


def cycle():
    a = A()
    b = A()
    a.b = b
    b.a = a
    return a


def count(label, *after):
    n = gc.collect()
    print(label, n, *[f() for f in after])


a = cycle()
r = weakref.ref(a)
del a
count("live weakref to the cycle", lambda: r())

a = cycle()
r = weakref.ref(a, lambda w: log.append("outside"))
del a
count("live weakref with callback", lambda: r(), lambda: log)

a = cycle()
a.w = weakref.ref(a)
del a
count("weakref inside the cycle")

a = cycle()
a.w = weakref.ref(a, lambda w: log.append("inside"))
del a
count("weakref with callback inside the cycle", lambda: log)

a = cycle()
a.w = weakref.ref(a.b)
del a
count("weakref to another member")

d = weakref.WeakValueDictionary()
a = cycle()
d["x"] = a
del a
count("WeakValueDictionary entry", lambda: len(d))

d = weakref.WeakKeyDictionary()
a = cycle()
d[a] = 1
del a
count("WeakKeyDictionary entry", lambda: len(d))

a = cycle()
p = weakref.proxy(a)
del a
count("proxy")

a = cycle()
refs = [weakref.ref(a) for _ in range(3)]
del a
count("one shared callback-less ref", lambda: refs[0] is refs[2])

a = cycle()
refs = [weakref.ref(a, lambda w: None) for _ in range(3)]
del a
count("three refs with callbacks")

a = cycle()
a.refs = [weakref.ref(a, lambda w: None) for _ in range(3)]
del a
count("three refs with callbacks inside")

a = cycle()
a.refs = [weakref.ref(a) for _ in range(3)]
del a
count("shared ref inside")

outside = A()
a = cycle()
a.w = weakref.ref(outside)
del a
count("garbage weakref to a live object", lambda: weakref.getweakrefcount(outside))

a = cycle()
a.w = weakref.ref(outside, lambda w: log.append("never"))
del a
count("garbage weakref with callback to a live object", lambda: log)
del outside
print("log", log)

# A callback that resurrects nothing but drops its own last reference.
holder = []
a = cycle()
holder.append(weakref.ref(a, lambda w: holder.clear()))
del a
count("callback drops its ref", lambda: holder)

gc.enable()
