# collections.deque: both ends, rotation, maxlen, indexing and errors.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 5 + 1)
print(d)
print(d.count(7), d.index(7), 3 in d, 99 in d)
d.remove("a")
d.reverse()
print(d, list(reversed(d)))
d[0] = "first"
del d[1]
print(d, d.copy() == d, d.copy() is d)
d.insert(1, "ins")
print(d)
d.clear()
print(d, bool(d), len(d))

for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[3],
          lambda: deque([1]).remove(2), lambda: deque([1]).index(5),
          lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
          lambda: deque().rotate("x"), lambda: deque(3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

q = deque([1, 2, 3], maxlen=3)
print(q, q.maxlen)
q.append(4)
print(q)
q.appendleft(0)
print(q)
q.extend(range(10))
print(q)
print(deque(maxlen=0), deque("xyz", 2), deque().maxlen)
z = deque(maxlen=0)
z.append(1)
print(z)

try:
    it = deque([1, 2, 3])
    for x in it:
        it.append(x)
except RuntimeError as e:
    print("RuntimeError", e)

print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2)
window = deque(maxlen=3)
sums = []
for x in range(6):
    window.append(x)
    sums.append(sum(window))
print(sums)
