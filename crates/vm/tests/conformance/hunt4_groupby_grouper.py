# itertools.groupby's groups are itertools._grouper objects; a group left behind is empty and
# does not read its source further.
import itertools, re
def hide(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", str(s))
print(hide(list(itertools.groupby("aaabbc"))))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")])
print([(k, list(g)) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
it = itertools.groupby("aaabbbcc")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), hide(list(it)))
src = iter("aabbcc")
gb = itertools.groupby(src)
k, g = next(gb); print(next(g))
k, g2 = next(gb); print(k, list(g))
print(list(src))
g = itertools.groupby([])
print(list(g), type(next(itertools.groupby("x"))[1]).__name__, type(next(itertools.groupby("x"))[1]).__module__)
groups = {k: list(v) for k, v in itertools.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])}
print(groups)
