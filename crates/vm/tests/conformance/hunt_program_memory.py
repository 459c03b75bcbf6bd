import sys, gc

def report(label, obj):
    print(f"{label:<28} size={sys.getsizeof(obj):>6} refs={sys.getrefcount(obj) - 1}")

class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b

p = Plain(1, 2)
s = Slotted(1, 2)
report("Plain instance", p)
report("Plain __dict__", p.__dict__)
report("Slotted instance", s)
for i in range(3, 12):
    setattr(p, f"attr{i}", i)
    print(i, sys.getsizeof(p.__dict__), len(vars(p)))

l = []
prev = sys.getsizeof(l)
growth = []
for i in range(70):
    l.append(i)
    now = sys.getsizeof(l)
    if now != prev:
        growth.append((i + 1, now))
        prev = now
print("list growth", growth)
while l:
    l.pop()
    now = sys.getsizeof(l)
    if now != prev:
        growth.append((len(l), now))
        prev = now
print("list shrink", growth[-6:])
print([sys.getsizeof([None] * n) for n in (0, 1, 5, 10, 100)], [sys.getsizeof(list(range(n))) for n in (0, 1, 5, 10, 100)])
l2 = [1, 2, 3]
l2.extend(range(10)); print(sys.getsizeof(l2))
l2 *= 3; print(sys.getsizeof(l2))
l2.clear(); print(sys.getsizeof(l2))
l2 += [1]; print(sys.getsizeof(l2))
d = {}
sizes = []
for i in range(100):
    d[f"key{i}"] = i
    sizes.append(sys.getsizeof(d))
print("dict sizes", sorted(set(sizes)))
for k in list(d)[:90]:
    del d[k]
print("after deletes", sys.getsizeof(d), len(d), sys.getsizeof(dict(d)), sys.getsizeof(d.copy()))
d.clear(); print(sys.getsizeof(d))
st = set()
ss = []
for i in range(200):
    st.add(i)
    ss.append(sys.getsizeof(st))
print("set sizes", sorted(set(ss)))
print(sys.getsizeof(frozenset(range(5))), sys.getsizeof(set(range(5))), sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof("a" * 100), sys.getsizeof("é" * 100), sys.getsizeof("€" * 100), sys.getsizeof("😀" * 100))
print(sys.getsizeof(b"a" * 100), sys.getsizeof(bytearray(100)), sys.getsizeof(bytearray()), sys.getsizeof(tuple(range(100))))
print(sys.getsizeof(10 ** 100), sys.getsizeof(-(10 ** 100)), sys.getsizeof(2 ** 30 - 1), sys.getsizeof(2 ** 30), sys.getsizeof(0.0))
print(sys.getsizeof(range(10 ** 6)), sys.getsizeof(iter([])), sys.getsizeof(lambda: 0) > 0, sys.getsizeof(Plain) > 0)
x = object()
refs = [x] * 5
print(sys.getrefcount(x) - 1, len(refs))
del refs
print(sys.getrefcount(x) - 1)
t = (x, [x], {"k": x})
print(sys.getrefcount(x) - 1)
del t
print(sys.getrefcount(x) - 1)
print(sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100, sys.getrefcount("unique string here") >= 1)
gc.collect()
before = gc.get_count()
junk = [[i] for i in range(50)]
after = gc.get_count()
print(after[0] - before[0])
del junk
class Cyc:
    def __init__(self):
        self.self = self
for i in range(10):
    Cyc()
print(gc.collect())
gc.set_threshold(5, 3, 3)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(sys.intern("hello world") is sys.intern("hello world"), "ab" + "cd" is "abcd")
a = "interned_name"
b = "interned_name"
print(a is b, 256 is 256, int("257") is int("257"), int("5") is int("5"))
