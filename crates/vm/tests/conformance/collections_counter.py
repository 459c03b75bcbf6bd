# collections.Counter: counting, most_common, arithmetic, repr by count.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract("aab")
c.subtract({"z": 5})
print(c)
print(+c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2, c=5))
print(Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2))
print(Counter(a=3, b=1) & Counter(a=1, b=2))
words = Counter(["x", "y", "x", "z", "x", "y"])
print(words, dict(words))
print(Counter({"k": 2, "j": 0}), Counter(), repr(Counter(k=0)))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1})
del words["x"]
del words["nope"]
print(words)
words["w"] += 4
print(words, list(words))
acc = Counter(a=1)
acc += Counter(a=2, b=-1)
print(acc)
acc -= Counter(a=10)
print(acc)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(3)
except TypeError as e:
    print("TypeError", e)
print(Counter("hello world").most_common(3))
