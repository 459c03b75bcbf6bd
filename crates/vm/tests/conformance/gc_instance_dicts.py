# When an instance's attributes move to a real dict (CPython 3.12's shared keys): a class's
# instances share up to 30 keys, and each new instance shrinks the room left by one; an
# attribute that no longer fits materialises the instance's __dict__, a tracked object of
# its own that gc.get_referents shows and gc.collect() counts with the instance.
import gc

gc.disable()
gc.collect()


def kinds(o):
    return sorted(type(x).__name__ for x in gc.get_referents(o))


class Few:
    pass


f = Few()
f.a = 1
f.b = [2]
print("inline values", kinds(f))


class Many:
    pass


m = Many()
for i in range(35):
    setattr(m, "k%d" % i, i)
print("35 attributes on a first instance", kinds(m)[-3:], len(gc.get_referents(m)))
m2 = Many()
m2.k0 = 0
m2.k34 = 34
print("a known and an unshared key", kinds(m2))


class Crowd:
    pass


crowd = [Crowd() for _ in range(40)]
c = Crowd()
c.x = 1
print("after 40 instances, the first key fits", kinds(c))
c.y = 2
print("the second does not", kinds(c))
d = Crowd()
d.x = 1
print("a later instance with the shared key", kinds(d))


class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2


many = [WithInit() for _ in range(40)]
w = WithInit()
w.c = 3
print("keys from __init__, one more fits", kinds(w))
w.d = 4
print("then a dict", kinds(w))


# The materialised dict is part of a cycle's garbage.
def cycle(cls):
    a = cls()
    b = cls()
    a.other = b
    b.other = a


gc.collect()
cycle(Few)
print("cycle of inline instances", gc.collect())


class Full:
    pass


fill = [Full() for _ in range(40)]
probe = Full()
probe.first = 1
cycle(Full)
print("cycle of instances with dicts", gc.collect())
del fill, probe
gc.collect()


# Exceptions keep attributes in a real dict (BaseException's dict slot), built-in
# subclasses too; both are part of the garbage with their instance.
e = ValueError("x")
e.me = e
del e
print("exception with an attribute cycle", gc.collect())


class E(Exception):
    pass


e = E()
e.me = e
del e
print("exception subclass", gc.collect())
e = ValueError()
e.args = (e,)
del e
print("exception args cycle", gc.collect())


class L(list):
    pass


lst = L()
lst.append(lst)
del lst
print("list subclass, item cycle", gc.collect())
lst = L()
lst.x = lst
del lst
print("list subclass, attribute cycle", gc.collect())


class D(dict):
    pass


d = D()
d["k"] = d
del d
print("dict subclass", gc.collect())

gc.enable()
