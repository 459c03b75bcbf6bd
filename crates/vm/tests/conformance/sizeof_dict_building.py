# sys.getsizeof of dicts built in the common ways: CPython 3.12 sizes a dict by how it was
# made (one resize up front for an update, a cloned table for a compact copy, ...).
import sys

def show(label, d):
    print(label, len(d), sys.getsizeof(d))

for n in (0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 20, 21, 22, 40, 43, 44, 86, 100):
    src = {i: i for i in range(n)}
    show("comp %d" % n, src)
    show("  dict(src)", dict(src))
    show("  src.copy()", src.copy())
    show("  {**src}", {**src})
    t = {}
    t.update(src)
    show("  {}.update(src)", t)
    strs = {"k%d" % i: i for i in range(n)}
    show("  str comp", strs)
    show("  dict(strs)", dict(strs))
    show("  dict(pairs)", dict(list(strs.items())))
    show("  fromkeys", dict.fromkeys(strs))
    holes = dict(src)
    for i in range(0, n, 2):
        del holes[i]
    show("  with holes", holes)
    show("  holes.copy()", holes.copy())
    show("  dict(holes)", dict(holes))
    u = {"a": 1, "b": 2}
    u.update(strs)
    show("  two+update", u)

d = {}
for i in range(30):
    d[i] = i
    if i % 5 == 4:
        show("grow %d" % i, d)
while d:
    d.popitem()
show("emptied by popitem", d)
d["x"] = 1
show("then one key", d)
k = dict(a=1, b=2, c=3)
show("keywords", k)
show("kw 7", dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7))
def f(**kw):
    return sys.getsizeof(kw)
print("**kw", f(), f(a=1), f(**{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
s = {}
for i in range(6):
    s.setdefault("k%d" % i, i)
show("setdefault", s)
