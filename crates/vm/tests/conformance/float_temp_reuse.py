# Float arithmetic may write its result into an operand that only the value stack holds (as
# CPython 3.12 does); every float that a name, container, attribute or cache can see must keep
# its value.
import sys

x = 1.5
y = 2.25
z = x * x + y * y
print("names kept:", x, y, z)

items = [0.5, 1.5, 2.5]
total = 0.0
for v in items:
    total = total + v * 2.0
print("list kept:", items, total)

d = {"a": 3.0}
r = d["a"] * 2.0 - 1.0
print("dict kept:", d, r)


class P:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


p = P(4.0)
q = p.v / 2.0 + p.v
print("slot kept:", p.v, q)


def default(a=0.25):
    return a * 4.0 + a


print("default kept:", default(), default(), default.__defaults__)

t = (1.0, 2.0)
s = t[0] + t[1] * 3.0
print("tuple kept:", t, s)

# In-place forms on a float held only by the local: the local is rebound, nothing else sees it.
acc = 0.0
for i in range(5):
    acc += i * 0.5
    acc *= 1.0
print("augmented:", acc)

# A chain of temporaries and mixed int/float operands.
a = 3
b = 0.5
print("mixed:", a * b + a, (a + b) * (a - b), a / 2 + b, (b + 1) / (b + 2))

# The same object appearing twice on the stack is shared, so never reused.
w = 0.75
print("same operand:", w * w, w + w, w)

# Refcounts of a named float are unchanged by arithmetic on it.
base = sys.getrefcount(x)
for _ in range(3):
    _ = x * 2.0 + 1.0
print("refcount stable:", sys.getrefcount(x) == base)

# Results are distinct objects from named operands.
m = 2.0
n = m * 1.0 + 0.0
print("distinct:", n == m, n is m)
