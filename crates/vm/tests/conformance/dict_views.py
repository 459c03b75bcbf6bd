# dict views are live and print like CPython's
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), "a" in k, "z" in k)
d["c"] = 3
print(k, v, i, type(k).__name__, type(i).__name__)
print(sorted(k), sum(v), [x for x in i], list(reversed(list(k))))
for key, value in d.items():
    print(key, value)
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
