# collections.defaultdict: default_factory, __missing__, repr, dict methods.
from collections import defaultdict

counts = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts)
print(len(counts), counts["the"], counts["zebra"], len(counts), "zebra" in counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(counts), list(counts.keys()), list(counts.values()))
print(counts.default_factory, dict(counts) == {"the": 3, "cat": 1, "and": 2, "hat": 1, "bat": 1, "zebra": 0})

groups = defaultdict(list)
for n in range(10):
    groups[n % 3].append(n)
print(groups)
print(groups.get(7), groups.get(7, "dflt"), 7 in groups)

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 2
print(dict(nested["a"]), len(nested))

plain = defaultdict(None, {"k": 1})
print(plain, plain.default_factory)
try:
    plain["missing"]
except KeyError as e:
    print("KeyError", e)
empty = defaultdict()
print(repr(empty), empty.default_factory)
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError", e)

d = defaultdict(set, a={1})
d["b"].add(2)
print(d)
c = d.copy()
c["c"]
print(sorted(c), sorted(d), c.default_factory is set)
print(d.pop("a"), d.setdefault("z", 9), d.popitem(), d)
if "b" in d:
    del d["b"]
d.update({"q": 1}, r=2)
print(d, d == {"q": 1, "r": 2})
d.default_factory = str
print(repr(d["new"]), d)
d.clear()
print(d, bool(d), len(d))
print({**defaultdict(int, a=1)}, dict(defaultdict(int, b=2)))
