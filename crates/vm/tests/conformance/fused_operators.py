# Operators on locals and constants, and comparisons of a local with a constant that jump:
# the eval loop runs these three- and four-instruction runs as one (runtime/fuse.rs). Every
# operand kind, every fallback and every error position must look as unfused code does.
import sys


def arith(x, y):
    out = []
    out.append(x + 1)
    out.append(x - 2)
    out.append(x * 3)
    out.append(x // 2)
    out.append(x % 3)
    out.append(x + y)
    out.append(x - y)
    out.append(x * y)
    out.append(x / 2)
    out.append(x ** 2)
    return out


def bits(x, y):
    return [x & 6, x | 1, x ^ 5, x << 3, x >> 1, x & y, x | y, x ^ y, x << y, x >> y]


for pair in [(7, 3), (-7, 3), (7, -3), (2**62, 2**62), (-(2**63), 1), (2**70, 5), (2.5, 0.5), (-0.0, 1), (True, False), (7, 2.0)]:
    print(pair, arith(*pair))
    try:
        print(bits(*pair))
    except (TypeError, ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)


def floats(x, y):
    a = x * x + y * y
    b = x / 2 - y / 4
    c = (x * x) / 2
    return a, b, c


print(floats(0.5, 1.5), floats(3, 4), floats(1e308, 1e308))


def strings(s, t):
    s += "-"
    s += t
    s = s + "!"
    u = t * 2
    return s, u, s % (), "%s" % t


print(strings("a", "b"))
print([1] + [2], (1,) + (2,), [0] * 3)


def augmented(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    x = 10
    x -= 3
    x *= 2
    x //= 3
    x %= 3
    x **= 5
    x <<= 2
    x >>= 1
    x |= 64
    x &= 127
    x ^= 1
    return total, x


print(augmented(10), augmented(0))


def compare_jumps(n):
    seen = []
    for k in range(-3, n):
        if k < 2:
            seen.append("lt")
        elif k == 2:
            seen.append("eq")
        elif k >= 5:
            seen.append("ge")
        else:
            seen.append("mid")
    return seen


print(compare_jumps(7))


def mixed_compare(v):
    if v < 2:
        return "small"
    return "big"


for v in [1, 2, 1.5, 2.5, True, 2**80, -(2**80), float("nan"), float("inf")]:
    print(repr(v), mixed_compare(v))
for v in ["a", None, [1], (1,)]:
    try:
        print(mixed_compare(v))
    except TypeError as e:
        print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + o)

    def __radd__(self, o):
        return Num(o + self.v)

    def __iadd__(self, o):
        self.v += o * 10
        return self

    def __lt__(self, o):
        return self.v < o

    def __repr__(self):
        return "Num(%r)" % self.v


def dunders(n):
    a = n + 1
    b = 1 + n
    c = n
    c += 2
    d = n + n.v
    return a, b, c, d, "lt" if n < 5 else "ge"


print(dunders(Num(3)))


def errors():
    cases = [
        lambda x: x + 1,
        lambda x: x - x,
        lambda x: x / 0,
        lambda x: x // 0,
        lambda x: x % 0,
        lambda x: x << -1,
        lambda x: x ** -1,
    ]
    for f in cases:
        for arg in [0, 2, 2.0, "s", None]:
            try:
                print(repr(f(arg)))
            except Exception as e:
                print(type(e).__name__, e)


errors()


def unbound(flag):
    if flag:
        u = 1
    return u + 1


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_second(flag):
    if flag:
        w = 2
    v = 1
    return v * w


try:
    unbound_second(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def refcounts():
    x = 1000
    before = sys.getrefcount(x)
    y = x + 0
    z = x * 1
    return sys.getrefcount(x) - before, y == x, z == x


print(refcounts())


def div_traceback(x):
    return x / 0


div_traceback(5)
