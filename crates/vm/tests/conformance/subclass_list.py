# Subclassing list: construction, inherited methods and operators, result types,
# overrides, instance attributes.


class L(list):
    pass


x = L([1, 2])
print("type/isinstance/issubclass:", type(x) is L, isinstance(x, list), issubclass(L, list))
print("mro/bases:", L.__mro__, L.__bases__)
print("empty:", L(), len(L()), bool(L()), L("ab"), L(range(3)))
x.append(3)
print("repr/str/len:", x, repr(x), str(x), len(x))
print("index/slice:", x[0], x[-1], x[1:], type(x[1:]).__name__, x[::-1])
print("concat:", x + [4], type(x + [4]).__name__, [0] + x, type([0] + x).__name__)
print("repeat:", x * 2, 2 * x, type(x * 2).__name__)
print("compare:", x == [1, 2, 3], [1, 2, 3] == x, x != [1], x < [2], [0] < x, x == L([1, 2, 3]))
print("contains:", 2 in x, 9 in x, 9 not in x)
print("builtins:", sorted(x, reverse=True), sum(x), list(x), type(list(x)).__name__, max(x), min(x), tuple(x))
print("iter:", [i * 10 for i in x], list(reversed(x)), list(enumerate(x)), list(zip(x, "abc")))
print("join:", "-".join(L(["a", "b"])), set(x) == {1, 2, 3}, any(x), all(L([1, 0])))
x.label = "a"
print("attributes:", x.label, x.__dict__, vars(x))
y = x
x += [5]
print("iadd keeps identity:", x, type(x).__name__, x is y)
x *= 1
print("imul keeps identity:", x is y, type(x).__name__)
x[0] = 10
del x[1]
print("setitem/delitem:", x)
print("methods:", x.pop(), x.index(10), x.count(3), x)
x.extend(range(2))
x.insert(0, 9)
x.remove(3)
x.sort()
print("sorted in place:", x)
x.reverse()
print("reversed in place:", x, x.copy(), type(x.copy()).__name__)
x[1:3] = [7, 7]
print("slice assign:", x)
del x[0:2]
print("slice delete:", x)
x.clear()
print("cleared:", x, len(x), type(x).__name__, x.label)


class Stack(list):
    """A list subclass with its own __init__, methods and __repr__."""

    def __init__(self, items=(), name="s"):
        super().__init__(items)
        self.name = name

    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"Stack({super().__repr__()}, {self.name!r})"


s = Stack([1, 2], name="A")
s.push(3)
print("Stack:", s, s.peek(), len(s), s.name, str(s), f"{s}", [s], "%s" % (s,))
print("Stack sum/sorted:", sum(s), sorted(s), s == [1, 2, 3])


class NoInit(list):
    def __init__(self, n):
        self.n = n


print("__init__ without super():", NoInit(3), NoInit(3).n, len(NoInit(3)))


class Len(list):
    def __len__(self):
        return 42


class Get(list):
    def __getitem__(self, i):
        return ("got", i)

    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)


print("__len__ override:", len(Len([1])), bool(Len()))
g = Get([1, 2])
g[0] = 5
print("__getitem__/__setitem__ override:", g[0], g[1:], list.__getitem__(g, 0), list(g))


class Chain(Stack):
    pass


c = Chain([4])
print("subclass of subclass:", c, Chain.__mro__, isinstance(c, Stack), isinstance(c, list))


class Slotted(list):
    __slots__ = ()


sl = Slotted([1])
print("__slots__ = ():", sl, hasattr(sl, "__dict__"))
try:
    sl.x = 1
except AttributeError as e:
    print("AttributeError:", e)

r = L([1])
r.append(r)
print("recursive repr:", r)


class Late(list):
    pass


late = Late([1, 2])
child = type("LateChild", (Late,), {})([3])
print("before:", len(late), repr(late), len(child))
Late.__len__ = lambda self: 99
Late.__repr__ = lambda self: "Late!"
print("methods added later:", len(late), repr(late), len(child), repr(child))
del Late.__len__
print("method removed:", len(late), len(child))
