# Iterating a class that only has __getitem__ (the old sequence protocol) is lazy, one
# __getitem__ per step; list()/tuple()/sorted()/[*x] ask for the iterator before the length
# hint; starred assignment takes the length of the rest from the sequence.


class Box:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        print("len")
        return len(self.items)

    def __getitem__(self, i):
        print("get", i)
        return self.items[i]


b = Box(7, 42, 2)
it = iter(b)
print(type(it).__name__, next(it))
print(next(iter(b), "empty"))
print(list(b))
print(tuple(b))
print(sorted(b))
print([*b])
a, *rest = b
print(a, rest)
first, *mid, last = b
print(first, mid, last)
print(42 in b, 5 in b)


class Endless:
    """No end: only laziness makes these loops finish."""

    def __getitem__(self, i):
        return i * i


for x in Endless():
    if x > 20:
        break
print("stopped at", x)
print(9 in Endless())
e = iter(Endless())
print([next(e) for _ in range(4)])


class Stops:
    """Iteration ends at StopIteration as well as at IndexError; then stays ended."""

    def __init__(self):
        self.calls = 0

    def __getitem__(self, i):
        self.calls += 1
        if i == 2:
            raise StopIteration
        return i


s = Stops()
it = iter(s)
print(list(it), list(it), next(it, "done"), s.calls)


class Fails:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("boom")
        return i


try:
    list(Fails())
except KeyError as ex:
    print("KeyError", ex)


class Ordered:
    """__iter__ and __len__ both present: the iterator is asked for first."""

    def __iter__(self):
        print("iter")
        return iter([1, 2])

    def __len__(self):
        print("len")
        return 2


o = Ordered()
print(list(o))
print(tuple(o))
print(sorted(o, reverse=True))
print([*o, 0])
lst = [0]
lst.extend(o)
print(lst)
