# generators: a binary-tree walk with recursive generators and `yield from`, plus generator pipelines.
import sys


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(tree(lo, mid), mid, tree(mid + 1, hi))


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def counter():
    n = 0
    while True:
        n += 1
        yield n


def main(n):
    t = tree(0, n)
    total = 0
    for _ in range(5):
        for v in t:
            total += v
    print("tree sum", total)
    print("pipeline", sum(squares(evens(t))))
    print("take", list(take(8, squares(counter()))))
    g = (x * 3 for x in range(n) if x % 7)
    print("genexpr", sum(g), next(g, "exhausted"))
    it = iter(t)
    print("first", next(it), next(it), next(it))
    it.close()
    print("after close", next(it, "done"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
