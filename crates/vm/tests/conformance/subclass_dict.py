# Subclassing dict: construction, views and methods, __missing__, overrides,
# which operations call overrides (as CPython: dict.update does not).


class D(dict):
    pass


d = D(a=1)
d["b"] = 2
print("construct:", d, D(), D([("x", 1)]), D({"y": 2}, z=3), type(d).__name__)
print("isinstance:", isinstance(d, dict), issubclass(D, dict), D.__mro__)
print("lookups:", d["a"], d.get("b"), d.get("q", 0), "a" in d, "q" in d, len(d), bool(D()))
print("views:", list(d), list(d.keys()), list(d.values()), list(d.items()))
print("copies:", dict(d), type(dict(d)).__name__, d.copy(), type(d.copy()).__name__, {**d})
print("compare:", d == {"a": 1, "b": 2}, {"a": 1, "b": 2} == d, d != {})
print("merge:", d | {"c": 3}, type(d | {"c": 3}).__name__, {"c": 3} | d)
print("pop/setdefault:", d.pop("a"), d, d.setdefault("c", 3), d)
del d["b"]
print("popitem:", d.popitem(), d, len(d))
d.update({"x": 1}, y=2)
print("update:", d, sorted(d), [k for k in d])
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for w in "abracadabra":
    c[w] += 1
print("__missing__:", c, c["z"], "z" in c, c.get("z"), len(c))


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())


u = Upper()
u["a"] = 1
print("overrides:", u, u["A"], u["a"], "A" in u, "a" in u)
u.update(b=2)
print("dict.update ignores __setitem__:", u)
u2 = Upper(c=3)
print("dict.__init__ ignores __setitem__:", u2)
print("dict() copies without __getitem__:", dict(Upper(k=1)))


class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


g = Default(list)
g["x"].append(1)
g["x"].append(2)
g["y"].append(3)
print("defaultdict-like:", g, g.factory)


class Registry(dict):
    def register(self, name):
        def deco(f):
            self[name] = f
            return f

        return deco


reg = Registry()


@reg.register("double")
def double(n):
    return 2 * n


print("registry:", list(reg), reg["double"](21))


class Missing2(dict):
    def __getitem__(self, k):
        return super().__getitem__(k)

    def __missing__(self, k):
        return "missing:" + k


print("super().__getitem__ calls __missing__:", Missing2()["k"])
print("as key holder:", {D(a=1)["a"]: "one"}, D(a=[1, 2])["a"][1])
view_owner = D(a=1)
keys = view_owner.keys()
del view_owner
print("view outlives its dict subclass:", list(keys), len(keys))


class Init(dict):
    def __init__(self, *a, **k):
        print("  Init.__init__", a, k)
        super().__init__(*a, **k)

    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


fk = Init.fromkeys("ab", 1)
print("fromkeys on a subclass:", fk, type(fk).__name__, type(D.fromkeys([1])).__name__)
print("fromkeys on dict:", dict.fromkeys("ab"), {}.fromkeys([1], 2), dict.fromkeys({"x": 1}, 0))
