# __slots__ listing __dict__ (or __weakref__): the slots stay slots, any other attribute
# goes to the instance's __dict__; the namespace holds the member and getset descriptors.
class S:
    __slots__ = ("a", "__dict__")


s = S()
print("empty", s.__dict__)
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
s.a = 3
print("slot rewritten", s.a, s.__dict__)
del s.b
print("dict attribute deleted", s.__dict__)
del s.a
try:
    s.a
except AttributeError as e:
    print("AttributeError:", e)
s.__dict__["c"] = 5
print("through __dict__", s.c)
print("namespace", list(S.__dict__))
print("descriptors", S.__dict__["a"], S.__dict__["__dict__"])


class W:
    __slots__ = ("a", "__weakref__")


import weakref

w = W()
r = weakref.ref(w)
print("weakref slot", r() is w, w.__weakref__ is r, list(W.__dict__))
try:
    W().b = 1
except AttributeError as e:
    print("AttributeError:", e)

# The other attributes are shared keys until __dict__ is asked for (CPython's managed
# dict), so a cycle through one is the instance alone; through a slot too.
import gc

gc.disable()
gc.collect()
s = S()
s.a = s
del s
print("slot cycle", gc.collect())
s = S()
s.b = s
del s
print("attribute cycle", gc.collect())
s = S()
s.b = s
s.__dict__
del s
print("attribute cycle after __dict__", gc.collect())
gc.enable()
