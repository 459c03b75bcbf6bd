# Built-in subclasses that override protocol methods: which built-in operations call the
# overrides (CPython's slot rules) and which use the built-in data directly.
class LD(dict):
    def __setitem__(self, k, v):
        print("setitem", k); super().__setitem__(k, v)
    def __getitem__(self, k):
        print("getitem", k); return super().__getitem__(k)
d = LD(a=1)
d.update(b=2)
d["c"] = 3
print(d.get("a"), d["a"], dict(d), list(d.items()), {**d}, len(d))
class LL(list):
    def __getitem__(self, i):
        print("getitem", i); return super().__getitem__(i)
    def __len__(self): return 99
l = LL([1, 2, 3])
print(list(l), [x for x in l], l[0], sorted(l), len(l), bool(LL()), l == [1, 2, 3], l + [4], l * 2, 2 in l)
a, b, c = l
print(a, b, c, list(reversed(l)), max(l), sum(l), tuple(l), ", ".join(map(str, l)))
class S(str):
    def __str__(self): return "custom"
    def __len__(self): return 0
s = S("abc")
print(s, str(s), "%s" % s, f"{s}", len(s), s.upper(), s + "x", repr(s), "{}".format(s), s == "abc", hash(s) == hash("abc"), s[0])
class I(int):
    def __add__(self, o): return "added"
    def __str__(self): return "eye"
i = I(5)
print(i + 1, 1 + i, i * 2, str(i), repr(i), f"{i}", "%d" % i, "%s" % i, i == 5, sorted([I(3), I(1)]), abs(I(-2)), -I(3), int(i), float(i))
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), str(F(1.5)), repr(F(1.5)), F(1.5) + 1, f"{F(2.5):.2f}", round(F(2.5)), [F(1.0)])
class T(tuple):
    def __len__(self): return 7
t = T((1, 2))
print(t, len(t), list(t), t[0], t + (3,), t == (1, 2), hash(t) == hash((1, 2)), *t)
class FS(frozenset):
    def __contains__(self, x): return True
fs = FS({1})
print(5 in fs, fs | {2}, fs & {1}, len(fs), list(fs), fs == frozenset({1}))
class B(bytes):
    def __len__(self): return 10
bb = B(b"ab")
print(bb, len(bb), bb[0], bb + b"c", bb.decode(), bytes(bb), list(bb))


class LD2(dict):
    def __getitem__(self, k):
        print("getitem", k); return super().__getitem__(k)
d = LD2(a=1)
print("dict"); dict(d)
print("items"); list(d.items())
print("splat"); {**d}
print("kw"); (lambda **k: k)(**d)
print("copy"); d.copy()
print("update"); {}.update(d)
