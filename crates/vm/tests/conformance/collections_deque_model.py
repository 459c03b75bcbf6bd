# collections.deque against a list model: 6,000 random operations at both ends.
from collections import deque
import random
random.seed(3)
d = deque(); ref = []
for step in range(6000):
    op = random.randrange(10)
    x = random.randrange(1000)
    if op in (0, 8): d.append(x); ref.append(x)
    elif op == 9: d.appendleft(x); ref.insert(0, x)
    elif op == 1: d.appendleft(x); ref.insert(0, x)
    elif op == 2 and ref: assert d.pop() == ref.pop()
    elif op == 3 and ref: assert d.popleft() == ref.pop(0)
    elif op == 4 and ref:
        i = random.randrange(len(ref)); assert d[i] == ref[i]; d[i] = x; ref[i] = x
    elif op == 5: d.rotate(x % 7 - 3); k = (x % 7 - 3) % len(ref) if ref else 0; ref[:] = ref[len(ref)-k:] + ref[:len(ref)-k] if ref else ref
    elif op == 6 and ref: i = random.randrange(len(ref)); del d[i]; del ref[i]
    elif op == 7 and step % 250 == 0: assert list(d) == ref and len(d) == len(ref) and list(reversed(d)) == ref[::-1]
assert list(d) == ref
print("ok", len(ref))
