# Comparisons that jump (`if`, `while`) of two locals and of two locals' attributes:
# numbers of every kind, other types, rich comparison methods, NaN, errors and their
# positions in tracebacks.
import traceback


class Box:
    def __init__(self, v):
        self.v = v


class Ordered:
    def __init__(self, k):
        self.k = k

    def __gt__(self, other):
        print("  __gt__", self.k, other.k)
        return self.k > other.k

    def __lt__(self, other):
        print("  __lt__", self.k, other.k)
        return self.k < other.k


def locals_jump(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a > b:
        out.append("gt")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a <= b:
        out.append("le")
    if a >= b:
        out.append("ge")
    return out


def attrs_jump(p, q):
    out = []
    if p.v < q.v:
        out.append("lt")
    if p.v > q.v:
        out.append("gt")
    if p.v == q.v:
        out.append("eq")
    if p.v != q.v:
        out.append("ne")
    if p.v <= q.v:
        out.append("le")
    if p.v >= q.v:
        out.append("ge")
    return out


nan = float("nan")
pairs = [
    (1, 2), (2, 1), (3, 3), (1.5, 2), (2, 1.5), (2.0, 2), (-0.0, 0.0),
    (nan, nan), (nan, 1.0), (1, nan), (2**53 + 1, float(2**53)), (10**30, 1e30),
    (True, 1), ("a", "b"), ("b", "a"), ((1, 2), (1, 3)), ([2], [1, 5]),
]
for a, b in pairs:
    print(repr(a), repr(b), locals_jump(a, b), attrs_jump(Box(a), Box(b)))

show_rich = lambda: attrs_jump(Box(Ordered(1)), Box(Ordered(2)))


def countdown(n):
    lo, hi = 0, n
    steps = 0
    while lo < hi:
        hi -= 1
        steps += 1
    return steps


print("while", countdown(5), countdown(0), countdown(2.5))


def maximize(p, q):
    p.v = p.v if p.v > q.v else q.v
    return p.v


print("max", maximize(Box(1.0), Box(2.0)), maximize(Box(3), Box(2.0)), maximize(Box("b"), Box("a")))


def show(f, *args):
    try:
        print(f(*args))
    except Exception:
        traceback.print_exc()


class Empty:
    pass


show(attrs_jump, Empty(), Box(1))
show(attrs_jump, Box(1), Empty())
show(attrs_jump, Box(1), Box("x"))
show(locals_jump, 1, "x")
show(locals_jump, None, None)


def unbound_second(p):
    if p.v > q.v:
        return 1
    q = p
    return 0


def unbound_local(a):
    if a < b:
        return 1
    b = a
    return 0


show(unbound_second, Box(1))
show(unbound_local, 1)


def nested(items):
    best = items[0]
    for it in items:
        if it.v > best.v:
            best = it
    return best.v


print("nested", nested([Box(3), Box(7.5), Box(-1), Box(7)]))
show(show_rich)
