# Subscripts of locals (`a[i]`, `a[0]`) and unpacking into locals (`for k, v in ...`,
# `x, y = p`): the eval loop runs them as fused instructions; every other kind of
# operand must behave as the plain instructions do.
import sys
import traceback


class Seq:
    def __getitem__(self, k):
        return ("item", k)


class Dropper:
    def __init__(self, target, name):
        self.target = target
        self.name = name

    def __del__(self):
        print("del", self.name)
        self.target.append("changed")


def subscripts():
    l = [10, 20, 30]
    t = (1, 2, 3)
    d = {0: "zero", "k": "kay"}
    s = "abc"
    i, j, neg, big = 1, "k", -1, 2 ** 70
    print(l[i], l[0], l[-1], l[neg], t[i], t[0], t[neg], d[0], d[j], s[i], s[0])
    print(Seq()[i], Seq()[0], l[True], t[False], [[1, 2], [3]][0][1])
    sl = slice(0, 2)
    print(l[sl], t[sl], s[sl])
    for bad in (3, -4, big, "x", 1.0, None):
        for name, obj in (("list", l), ("tuple", t)):
            try:
                obj[bad]
            except Exception as e:
                print(name, repr(bad)[:12], type(e).__name__, e)
    try:
        k = l[q]
        q = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        k = missing[0]
        missing = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        print((5)[0])
    except TypeError as e:
        print("TypeError", e)


def unpacking():
    pairs = [(1, "a"), (2, "b")]
    for k, v in pairs:
        print(k, v)
    for k, v in [[3, "c"], [4, "d"]]:
        print(k, v)
    for k, v in {"x": 1, "y": 2}.items():
        print(k, v)
    for k, v in ["ef", "gh"]:
        print(k, v)
    a, b, c = range(3)
    print(a, b, c)
    a, a = 1, 2
    print(a)
    x, y, z = [7, 8, 9]
    print(x, y, z)
    (p, q), r = (1, 2), 3
    print(p, q, r)
    for bad in ((1, 2, 3), [1], "abcd", 5, None, iter([1])):
        try:
            m, n = bad
            print("ok", m, n)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    holder = []
    w1 = Dropper(holder, "w1")
    w2 = Dropper(holder, "w2")
    victim = [1, 2]
    w1, w2 = victim
    print(w1, w2, holder)
    drop_list = ["first", "second"]
    u1 = Dropper(drop_list, "u1")
    u2 = Dropper(drop_list, "u2")
    u1, u2 = drop_list
    print(u1, u2, drop_list)


def traced():
    rows = [(1, 2), (3, 4, 5)]
    for a, b in rows:
        print(a + b)


subscripts()
unpacking()
try:
    traced()
except ValueError:
    traceback.print_exc(file=sys.stdout)
l = [1, 2, 3]
print(sys.getrefcount(l[0]) > 1)
t = (object(),)
before = sys.getrefcount(t[0])
for _ in range(3):
    x = t[0]
print(sys.getrefcount(t[0]) - before)
(y,) = t
print(sys.getrefcount(t[0]) - before)
