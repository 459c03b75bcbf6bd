# comprehensions: list/dict/set comprehensions and generator expressions over objects (filter, map, nest).
import sys
from enum import Enum


class Kind(Enum):
    A = 1
    B = 2
    C = 3


class Widget:
    def __init__(self, i):
        self.id = i
        self.kind = (Kind.A, Kind.B, Kind.C)[i % 3]
        self.size = (i * 37) % 101
        self.children = list(range(i % 4))


def main(n):
    widgets = [Widget(i) for i in range(n)]
    total = 0
    for _ in range(10):
        big = [w for w in widgets if w.size > 50 and w.kind is not Kind.C]
        by_id = {w.id: w.size for w in big}
        kinds = {w.kind for w in widgets}
        flat = [c * w.id for w in widgets for c in w.children if c]
        total += len(big) + sum(by_id.values()) + len(kinds) + sum(flat) % 1000003
        total += sum(w.size for w in widgets if w.kind == Kind.B)
    print("total", total)
    print(sorted(k.name for k in kinds), len(flat), max(by_id.items(), key=lambda kv: (kv[1], kv[0])))
    matrix = [[i * j for j in range(6)] for i in range(6)]
    print([row[i] for i, row in enumerate(matrix)], list(zip(*matrix))[2])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
