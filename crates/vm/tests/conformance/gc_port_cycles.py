# Cases from CPython's Lib/test/test_gc.py (3.12) that this runtime's subset can run: the
# exact count gc.collect() returns for each kind of cycle, and the "boom" cases where a
# __getattr__ or __eq__ runs during a collection and tears the garbage apart.
import gc

gc.disable()
gc.collect()


def check(label, *facts):
    print(label, *facts)


# test_list
l = []
l.append(l)
gc.collect()
del l
check("list", gc.collect())

# test_dict
d = {}
d[1] = d
gc.collect()
del d
check("dict", gc.collect())

# test_tuple: tuples are immutable, so the loop is closed with a list
l = []
t = (l,)
l.append(t)
gc.collect()
del t
del l
check("tuple", gc.collect())


# test_class / test_newstyleclass
class A:
    pass


A.a = A
gc.collect()
del A
check("class", gc.collect())


class A(object):
    pass


gc.collect()
del A
check("newstyleclass", gc.collect())


# test_instance / test_newinstance
class A:
    pass


a = A()
a.a = a
gc.collect()
del a
check("instance", gc.collect())


class B(list):
    pass


class C(B, A):
    pass


a = C()
a.a = a
gc.collect()
del a
check("newinstance (list subclass)", gc.collect())
del B, C
check("newinstance classes", gc.collect())
a = A()
a.a = [a]
gc.collect()
del a
check("instance and list", gc.collect())
del A
check("the class", gc.collect())


# test_method: self.__init__ is a bound method that references the instance
class A:
    def __init__(self):
        self.init = self.__init__


a = A()
gc.collect()
del a
check("method", gc.collect())

# test_function: f -> d -> f (exec'd into a dict of its own)
d = {}
exec("def f(): pass\n", d)
gc.collect()
del d
check("function", gc.collect())


# test_function_tp_clear_leaves_consistent_state: a function's dict refers back to it
def f():
    pass


f.self = f
gc.collect()
del f
check("function with a __dict__ cycle", gc.collect())


# test_trashcan: deeply nested containers in one cycle collect without overflowing
def deep(n):
    head = []
    cur = head
    for _ in range(n):
        nxt = []
        cur.append(nxt)
        cur = nxt
    cur.append(head)
    return head


deep(100000)
check("nested list chain of 100001", gc.collect())
t = ()
for _ in range(50000):
    t = (t, [])
t[1].append(t)
del t
check("nested tuples", gc.collect())


# test_boom: a __getattr__ that deletes attributes of the other object in the cycle
class Boom:
    def __getattr__(self, someattribute):
        del self.attr
        raise AttributeError


a = Boom()
b = Boom()
a.attr = b
b.attr = a
gc.collect()
garbagelen = len(gc.garbage)
del a, b
check("boom", gc.collect())
check("boom garbage unchanged", len(gc.garbage) == garbagelen)


# test_boom2: __getattr__ that breaks the cycle on its second call
class Boom2:
    def __init__(self):
        self.x = 0

    def __getattr__(self, someattribute):
        self.x += 1
        if self.x > 1:
            del self.attr
        raise AttributeError


a = Boom2()
b = Boom2()
a.attr = b
b.attr = a
gc.collect()
garbagelen = len(gc.garbage)
del a, b
check("boom2", gc.collect())
check("boom2 garbage unchanged", len(gc.garbage) == garbagelen)


# test_boom_new / test_boom2_new: the same with object subclasses
class Boom_New(object):
    def __getattr__(self, someattribute):
        del self.attr
        raise AttributeError


a = Boom_New()
b = Boom_New()
a.attr = b
b.attr = a
gc.collect()
del a, b
check("boom_new", gc.collect())


# test_get_referents
alist = [1, 3, 5]
got = gc.get_referents(alist)
got.sort()
check("referents of a list", got == alist)
atuple = tuple(alist)
got = gc.get_referents(atuple)
got.sort()
check("referents of a tuple", got == alist)
adict = {1: 3, 5: 7}
expected = [1, 3, 5, 7]
got = gc.get_referents(adict)
got.sort()
check("referents of a dict", got == expected)
got = gc.get_referents([1, 2], {3: 4}, (0, 0, 0))
got.sort()
check("referents of several", got == [0, 0] + list(range(5)))
check("referents of atoms", gc.get_referents(1, "a", 4j) == [])

# test_get_referrers
a = [1, 2]
b = [a]
c = {"x": a}
check("referrers", sorted(type(r).__name__ for r in gc.get_referrers(a)
                          if r is b or r is c))


# test_is_tracked
class UserClass:
    pass


class UserInt(int):
    pass


class UserClassSlots:
    __slots__ = ()


class UserFloatSlots(float):
    __slots__ = ()


class UserIntSlots(int):
    __slots__ = ()


check("untracked atoms", [gc.is_tracked(x) for x in
      (None, 1, 1.0, 1.0 + 5.0j, False, True, b"a", "a", bytearray(b"a"),
       UserIntSlots(), UserFloatSlots())])
check("tracked containers", [gc.is_tracked(x) for x in
      (type, int, object, object(), UserClass, UserClass(), UserInt(), UserClassSlots(),
       gc, [], set(), frozenset())])
check("tracked lambda and method", gc.is_tracked(lambda: 0), gc.is_tracked(UserClass().__init__))


# test_bug21435: __del__ of an object that references a cycle member during collection
class A:
    pass


class B:
    def __init__(self, x):
        self.x = x

    def __del__(self):
        self.attr = None


def do_work():
    a = A()
    b = B(A())
    a.attr = b
    b.attr = a


do_work()
check("bug21435", gc.collect())

gc.enable()
