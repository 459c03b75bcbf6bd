# operator: the function forms, itemgetter/attrgetter/methodcaller, their reprs and errors.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
print(operator.add.__name__, operator.__add__ is operator.add, operator.add.__doc__)

two = [
    ("add", 7, 3), ("sub", 7, 3), ("mul", 7, 3), ("truediv", 7, 2), ("floordiv", 7, 2),
    ("mod", 7, 3), ("pow", 2, 10), ("lshift", 1, 5), ("rshift", 64, 2), ("and_", 12, 10),
    ("or_", 12, 10), ("xor", 12, 10), ("eq", 1, 1), ("ne", 1, 1), ("lt", 1, 2),
    ("le", 2, 2), ("gt", 1, 2), ("ge", 3, 2), ("is_", None, None), ("is_not", 1, None),
    ("contains", [1, 2], 2), ("concat", [1], [2]), ("concat", "a", "b"),
    ("getitem", [5, 6], 1), ("getitem", {"k": 1}, "k"), ("countOf", [1, 2, 1], 1),
    ("indexOf", "abc", "c"), ("add", "x", "y"), ("mul", [0], 3), ("mod", "%s-%d", ("a", 1)),
]
for name, a, b in two:
    print(name, repr(a), repr(b), "->", repr(getattr(operator, name)(a, b)))

for name, a in [("neg", 5), ("pos", -5), ("not_", 0), ("not_", [1]), ("truth", ""),
                ("truth", 3), ("invert", 5), ("inv", 0), ("abs", -2.5), ("index", 7),
                ("index", True)]:
    print(name, repr(a), "->", repr(getattr(operator, name)(a)))

# setitem / delitem mutate in place
d = {}
operator.setitem(d, "a", 1)
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
lst = [1, 2, 3, 4]
operator.setitem(lst, slice(0, 2), ["x"])
operator.delitem(lst, -1)
print(d, lst)

# in-place forms return the result; mutable targets are changed in place
a = [1]
r = operator.iadd(a, [2])
print(r, r is a, operator.iadd(1, 2), operator.isub(5, 1), operator.imul("ab", 2),
      operator.itruediv(1, 4), operator.ifloordiv(9, 2), operator.imod(9, 4),
      operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(8, 1),
      operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
s = {1}
print(operator.ior(s, {2}) is s, s, operator.iconcat([1], (2,)))

class MatMul:
    def __matmul__(self, other):
        return "matmul"

    def __imatmul__(self, other):
        return "imatmul"
print(operator.matmul(MatMul(), 1), operator.imatmul(MatMul(), 1))

class Idx:
    def __index__(self):
        return 42

class BadIdx:
    def __index__(self):
        return "no"
print(operator.index(Idx()), operator.call(max, 1, 5, 3), operator.call(sorted, [3, 1], reverse=True))

class Hint:
    def __length_hint__(self):
        return 9
print(operator.length_hint([1, 2]), operator.length_hint(Hint()),
      operator.length_hint(1), operator.length_hint(1, 5))

# itemgetter
g1 = itemgetter(1)
g2 = itemgetter(0, -1)
gs = itemgetter(slice(1, 3))
gk = itemgetter("name", "age")
print(repr(g1), repr(g2), repr(gs), repr(gk))
print(g1("abc"), g2([1, 2, 3]), gs("hello"), gk({"name": "n", "age": 3}))
print(sorted([(2, "b"), (1, "z"), (3, "a")], key=itemgetter(1)))
print(list(map(itemgetter(0), [[1], [2]])))

# attrgetter with dotted names
class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last

class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age

p = Person("Ada", "Lovelace", 36)
a1 = attrgetter("age")
a2 = attrgetter("name.first", "name.last", "age")
print(repr(a1), repr(a2), a1(p), a2(p))
people = [Person("B", "x", 3), Person("A", "y", 1)]
print([q.name.first for q in sorted(people, key=attrgetter("name.first"))])

# methodcaller
m1 = methodcaller("upper")
m2 = methodcaller("split", ",", maxsplit=1)
m3 = methodcaller("replace", "a", "b")
print(repr(m1), repr(m2), repr(m3), m1("abc"), m2("a,b,c"), m3("banana"))

# errors
cases = [
    lambda: itemgetter(),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: attrgetter("a", k=1),
    lambda: itemgetter(1, k=1),
    lambda: methodcaller(),
    lambda: methodcaller(1),
    lambda: itemgetter(1)(),
    lambda: itemgetter(1)(1, 2),
    lambda: attrgetter("a")(),
    lambda: methodcaller("f")(),
    lambda: itemgetter(5)([1]),
    lambda: itemgetter("k")({}),
    lambda: attrgetter("name.middle")(p),
    lambda: methodcaller("nope")(1),
    lambda: operator.concat(1, 2),
    lambda: operator.concat([1], 2),
    lambda: operator.index(1.5),
    lambda: operator.index(BadIdx()),
    lambda: operator.indexOf([1], 2),
    lambda: operator.length_hint(1, "x"),
    lambda: operator.neg("a"),
    lambda: operator.matmul(1, 2),
    lambda: operator.truediv(1, 0),
    lambda: operator.lt(1, "a"),
    lambda: operator.getitem([1], 3),
]
for fn in cases:
    try:
        print("no error", fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
