# sorted/min/max/zip/map/filter/enumerate/reversed/iter/next and their errors.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

words = ["banana", "Apple", "cherry", "apple", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted({3: 'a', 1: 'b', 2: 'c'}))
print(sorted("hello"), sorted((3, 1, 2), reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
show(sorted, [1, "a"])
show(sorted, [3, 1], None)
show(sorted)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max("abc"), min("b", "a", key=str.upper))
print(max(words, key=len), min(words, key=len), max([], default=None), min([], default=-1))
print(max([1, 3, 2], key=lambda x: -x), max((1, 'a'), (1, 'b')), min([[2], [1, 5]]))
show(max, [])
show(min, [])
show(max)
show(max, 1)
show(min, 1, 2, default=0)
show(max, [1, 'a'])
show(max, [1], foo=1)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(zip([1, 2], [3, 4], strict=True)))
show(lambda: list(zip([1, 2], [3], strict=True)))
show(lambda: list(zip([1], [3, 4], strict=True)))
show(lambda: list(zip([1, 2], [3, 4], [5], strict=True)))
show(zip, 1)
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
show(map, str)
show(lambda: list(map(1, [1])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(enumerate("ab")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)))
show(enumerate, 1)
print(list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed("abc")), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.values())), list(reversed({'a': 1}.items())))
show(reversed, {1, 2})
show(reversed, 5)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Rev())))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
show(next, it)
show(next, [1])
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
show(iter, 5)
show(iter, tick, 1, 2)
show(iter, 5, 1)
print(any([]), all([]), any([0, '', 1]), all([1, 'a', 0]), any(x > 2 for x in range(4)))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], start=5))
show(sum, ["a", "b"], "")
show(sum, [1, "a"])
print(len(range(0, 10, 3)), range(10)[-1], range(1, 10, 2)[1:3], range(5)[::-1], list(range(5, 0, -2)))
print(range(3) == range(0, 3), 3 in range(0, 10, 3), range(0, 10, 3).index(6), range(4).count(2))
show(range(3).index, 9)
show(range, 1.5)
show(range, 1, 2, 0)
g = (x * x for x in range(4))
print(type(g).__name__, list(g), list(g))
it = iter(range(3))
print(list(zip(it, it)))
print(dict(zip("abc", range(3))), dict(enumerate("xy")))
print(list(map(len, ["a", "bb"])), tuple(filter(str.isdigit, "a1b2")))
