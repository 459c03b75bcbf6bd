# dict methods, views and their error messages.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
show(d.pop, "zz")
show(lambda: {}["missing"])
show(lambda: {}[[1]])
show({}.popitem)
d["c"] = 3; print(d.popitem(), d)
d.update({"x": 10}); d.update([("y", 20)]); d.update(z=30); d.update({"a": 0}, w=1); print(d)
show(d.update, 5)
show(d.update, [1])
show(d.update, [(1, 2, 3)])
print(list(d.keys()), list(d.values()), list(d.items()))
ks = d.keys(); d["new"] = 1; print(len(ks), "new" in ks, ks)
print(sorted(d.keys() & {"a", "x", "q"}), d.keys() | {"q"} >= {"q"}, {"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)})
print(dict.fromkeys("ab"), dict.fromkeys(["x", "y"], 0), dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict())
c = d.copy(); c.clear(); print(c, len(d) > 0)
show(dict, [1])
show(dict, 1)
show(dict, [("a", 1, 2)])
print({1: "a"} == {1: "a"}, {1: "a"} != {1: "b"}, {1: 1, 2: 2} == {2: 2, 1: 1})
show(lambda: {1: 1} < {2: 2})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {"a": 1} | {"b": 2}, {"a": 1} | {"a": 2})
e = {"a": 1}; e |= {"b": 2}; e |= [("c", 3)]; print(e)
show(lambda: {"a": 1} | [("b", 2)])
print(1 in {1: 2}, 2 in {1: 2}, len({}), list({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}))
print({True: "t", 1: "one", 1.0: "float"}, {(1, 2): "tuple"}[(1, 2)], {None: 0}[None])
show(lambda: {[1]: 2})
show(lambda: {{}: 1})
f = {}
f[1] = "int"; f[1.0] = "float"; f[True] = "bool"; print(f)
del f[1]; print(f)
show(f.__delitem__, 1)
def mutate():
    g = {1: 1, 2: 2}
    for k in g:
        g[k + 10] = 0
show(mutate)
def mutate_del():
    g = {1: 1, 2: 2}
    for k in g:
        del g[k]
show(mutate_del)
print(repr({}), str({"k": [1, 2], "s": "v"}), {1: {2: {3: {}}}})
r = {}; r["self"] = r; print(r)
print(dict(zip("ab", [1, 2])), {k: v for k, v in [("a", 1)]}, {x: x * x for x in range(3)})
it = iter({"a": 1, "b": 2}); print(next(it), next(it), next(it, "end"))
print(list(reversed({"a": 1, "b": 2})), list({"a": 1}.items())[0], type({}.keys()).__name__, type({}.items()).__name__)
print(d.get("a", None) is not None, {"k": None}.get("k", 5))
g = {"x": 1}
print(g.setdefault("list", []), g)
g["list"].append(1); print(g)
