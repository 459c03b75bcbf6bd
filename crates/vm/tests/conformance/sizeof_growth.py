# sys.getsizeof of lists, dicts and bytearrays as they grow and shrink: list_resize's
# over-allocation, list_extend's length guess (exact lists and tuples, len() of sized
# objects, an iterator's remaining length, 8 for generators and map), dict and bytearray
# growth.
import sys

gs = sys.getsizeof


def gen(n):
    yield from range(n)


def changes(sizes):
    return [(i, n) for i, n in enumerate(sizes) if i == 0 or sizes[i - 1] != n]


l = []
grow = []
for i in range(80):
    grow.append(gs(l))
    l.append(i)
print("append", changes(grow))
shrink = []
while l:
    l.pop()
    shrink.append(gs(l))
print("pop", changes(shrink))
for n in (0, 1, 3, 8, 9, 10, 17, 33):
    l = [1, 2, 3]
    l.append(4)
    l.extend(gen(n))
    print(n, "extend(gen)", gs(l), "list(gen)", gs(list(gen(n))),
          "list(map)", gs(list(map(int, range(n)))), "list(iter(range))", gs(list(iter(range(n)))),
          "[*gen]", gs([*gen(n)]), "[0, *range]", gs([0, *range(n)]),
          "sorted(gen)", gs(sorted(gen(n))), "list(str)", gs(list("x" * n)),
          "list(dict)", gs(list(dict.fromkeys(range(n)))),
          "list(reversed(list))", gs(list(reversed(list(range(n))))))
print("literals", gs([]), gs([1]), gs([1, 2, 3]), gs([0] * 10), gs([1, 2] * 5),
      gs([i for i in range(10)]))
l = []
l.extend([1, 2, 3])
print("extend an empty list", gs(l))
l = []
l += (1, 2, 3)
print("+= a tuple", gs(l))
l = [1, 2]
l += gen(10)
print("+= a generator", gs(l))
l = list(range(20))
del l[5:]
print("del slice", gs(l))
l = [1, 2]
l[1:1] = range(10)
print("slice insert", gs(l))
l = [1, 2, 3]
l *= 4
print("*=", gs(l))
l = list(range(10))
l.clear()
print("clear", gs(l), "copy", gs(list(range(10)).copy()), "slice", gs(list(range(10))[2:5]))


class MyList(list):
    pass


print("subclass", gs(MyList(gen(10))), gs(MyList(range(10))))

d = {}
grow = []
for i in range(60):
    grow.append(gs(d))
    d[i] = i
print("dict", changes(grow))
d = {i: i for i in range(100)}
for i in range(95):
    del d[i]
print("dict after deletes", gs(d), "after one insert", end=" ")
d[1000] = 1
print(gs(d))
print("dict constructors", gs(dict(a=1, b=2)), gs(dict(zip(range(10), range(10)))),
      gs(dict.fromkeys(range(100))), gs({i: i for i in range(10)}.copy()),
      gs({str(i): i for i in range(6)}), gs({(i,): i for i in range(6)}))
b = bytearray()
grow = []
for i in range(60):
    grow.append(gs(b))
    b.append(1)
print("bytearray", changes(grow))
print("bytearray from iterables", [gs(bytearray(range(n))) for n in (0, 1, 3, 10, 20, 100)],
      [gs(bytearray([1] * n)) for n in (3, 10, 100)], [gs(bytearray((1,) * n)) for n in (3, 10)],
      gs(bytearray(x for x in range(20))))
s = set()
grow = []
for i in range(100):
    grow.append(gs(s))
    s.add(i)
print("set", changes(grow))
