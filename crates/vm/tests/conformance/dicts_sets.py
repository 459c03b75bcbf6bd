# dict and set operations
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d, d.setdefault("x", 10), d.setdefault("b", 99), d)
d.update({"b": 20}, y=5)
print(d, d.popitem(), d)
del d["b"]
print(d, dict(a=1), dict([("k", "v")]), dict(zip("ab", [1, 2])))
for k, v in {"one": 1, "two": 2}.items():
    print(k, v)
try:
    {}["nope"]
except KeyError as e:
    print("KeyError:", e)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}[(1, 2)])
s = {3, 1, 2}
s.add(2)
s.add(4)
print(len(s), 4 in s, 5 in s, sorted(s))
s.discard(10)
s.remove(1)
print(sorted(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {2, 8}))
print(set(), {1, 2} == {2, 1}, {1} < {1, 2}, frozenset([1, 2]) == {1, 2}, sorted(set("hello")))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
e = {}
e[e.__class__.__name__] = 1
print(e, {**{"a": 1}, "b": 2}, {"a": 1} | {"b": 2})
