# match: when and in which order names are bound (a failed pattern binds nothing; a failed
# guard leaves its pattern's names bound), and captures under OR/AS/nesting


def bound(*names):
    g = globals()
    return {n: g[n] for n in names if n in g}


# A pattern that fails half-way binds nothing
match [1, 3]:
    case [a, 2]:
        print("wrong")
    case _:
        print("after a failed [a, 2]:", bound("a"))

match {"k": 1, "j": 2}:
    case {"k": k1, "j": 3}:
        print("wrong")
    case _:
        print("after a failed mapping:", bound("k1"))


class P:
    __match_args__ = ("x", "y")

    def __init__(self):
        self.x = 1


match P():
    case P(px, py):
        print("wrong")
    case _:
        print("after a missing attribute:", bound("px", "py"))

# A failed guard keeps the names of its (matched) pattern
match (5, 6):
    case (g1, g2) if g1 > g2:
        print("wrong")
    case _:
        print("after a failed guard:", bound("g1", "g2"))

# OR alternatives capturing in different orders
for v in [(1, 1, 2), (3, 2, 4), (0, 0, 0)]:
    match v:
        case (x, 1, y) | (y, 2, x):
            print(v, "-> x =", x, "y =", y)
        case _:
            print(v, "-> no match")

# OR nested between other captures
for v in [[10, (1, 20), 30], [10, (20, 2), 30], [10, (3, 3), 30]]:
    match v:
        case [a, (1, b) | (b, 2), c]:
            print(v, "->", a, b, c)
        case _:
            print(v, "-> no match")

# OR inside OR, AS inside OR, OR inside AS
for v in [("a", 1), ("b", 2), ("c", [3]), ("d", 4)]:
    match v:
        case ("a" as tag, n) | (("b" | "c") as tag, ([n] | n)):
            print(v, "->", n, tag)
        case _:
            print(v, "-> no match")

match [1, 2]:
    case ([1, q] | [q, 1]) as both:
        print("OR inside AS:", q, both)

# Mapping captures with **rest
match {"a": 1, "b": 2, "c": 3}:
    case {"b": bb, **others}:
        print("mapping:", bb, others)

# Star captures in the middle of other captures
match list(range(6)):
    case [s0, s1, *smid, s5]:
        print("star:", s0, s1, smid, s5)

# The capture order does not depend on evaluation side effects
seen = []


class Loud:
    __match_args__ = ("p", "q")

    @property
    def p(self):
        seen.append("p")
        return "P"

    @property
    def q(self):
        seen.append("q")
        return "Q"


match Loud():
    case Loud(lp, lq):
        print("attributes read in order:", seen, lp, lq)

# Many captures at once
match (1, (2, (3, (4, (5, (6, (7, (8,)))))))):
    case (c1, (c2, (c3, (c4, (c5, (c6, (c7, (c8,)))))))):
        print("eight captures:", c1, c2, c3, c4, c5, c6, c7, c8)
