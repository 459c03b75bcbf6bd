# weakref.WeakMethod: a weak reference to a bound method that lives as long as both the
# object and the function; its callback; equality by object and function; and the method
# type's constructor it rebuilds the method with.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def m(self):
        return "m of %s" % self.name


a = A("a")
r = weakref.ref(a.m)
print("plain ref to a bound method dies at once:", r() is None)
wm = weakref.WeakMethod(a.m)
print(wm()(), type(wm).__name__, isinstance(wm, weakref.ref))
wm2 = weakref.WeakMethod(a.m, lambda w: print("callback, it is wm2:", w is wm2))
print("equal", wm == wm2, wm != wm2, hash(wm) == hash(wm2))
b = A("b")
print("other object", wm == weakref.WeakMethod(b.m))
del a
print("after the object died", wm(), wm2(), wm == wm2, wm == wm)
for bad in [len, lambda: 0, 5]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(e)

MethodType = type(b.m)
bound = MethodType(A.m, b)
print(bound(), type(bound).__name__, bound.__self__ is b, bound.__func__ is A.m)
for args in [(A.m,), (A.m, None), (5, b), (A.m, b, 1)]:
    try:
        MethodType(*args)
    except TypeError as e:
        print(e)

# Bound methods compare and hash by receiver identity and function (what WeakMethod's
# equality builds on); built-in methods by receiver and C function.
c = A("c")
print(c.m == c.m, c.m != c.m, c.m == A("c").m, {c.m: 1}[c.m], len({c.m, c.m}))
l = []
print(l.append == l.append, l.append == [].append, l.append == l.pop, len == len)
