# sys.getsizeof of the collections types: deque's blocks after every kind of operation,
# OrderedDict's nodes, defaultdict's extra field, Counter, namedtuple, and subclasses.
import sys
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, UserDict

print("deque fresh", [sys.getsizeof(deque(range(n))) for n in (0, 1, 62, 63, 64, 65, 127, 128, 129, 1000)])
print("deque maxlen", [sys.getsizeof(deque(range(n), maxlen=m)) for n, m in ((100, 5), (1000, 5), (10, 0), (200, 100), (64, 64))])
print("deque extendleft", [sys.getsizeof(deque().__class__(reversed(range(n)))) for n in (0, 63, 64)])
d = deque()
e = deque()
sizes = []
for n in (1, 30, 31, 32, 33, 64, 65, 100):
    d.clear(); e.clear()
    for i in range(n):
        d.append(i)
        e.appendleft(i)
    sizes.append((sys.getsizeof(d), sys.getsizeof(e)))
print("append/appendleft", sizes)

# A deterministic random walk over the operations.
seed = 12345
def rnd(k):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % k

for maxlen in (None, 7, 70):
    d = deque(maxlen=maxlen)
    trace = []
    for step in range(3000):
        op = rnd(10)
        if op < 3:
            d.append(step)
        elif op < 5:
            d.appendleft(step)
        elif op == 5 and d:
            d.pop()
        elif op == 6 and d:
            d.popleft()
        elif op == 7:
            d.rotate(rnd(300) - 150)
        elif op == 8:
            if rnd(4) == 0:
                d.extend(range(rnd(90)))
            else:
                d.extendleft(range(rnd(90)))
        elif op == 9 and d:
            k = rnd(3)
            if k == 0:
                del d[rnd(len(d))]
            elif k == 1 and (maxlen is None or len(d) < maxlen):
                d.insert(rnd(2 * len(d) + 1) - len(d), step)
            elif k == 2:
                d.remove(d[rnd(len(d))])
        if step % 250 == 0:
            trace.append((len(d), sys.getsizeof(d)))
        if rnd(400) == 0:
            d.clear()
    print("walk", maxlen, trace, list(d)[:5])

for n in (0, 1, 5, 6, 10, 11, 100):
    od = OrderedDict((i, i) for i in range(n))
    dd = defaultdict(int, ((i, i) for i in range(n)))
    c = Counter({i: i for i in range(n)})
    print("dicts", n, sys.getsizeof(od), sys.getsizeof(dd), sys.getsizeof(c), sys.getsizeof(dict(od)))
od = OrderedDict.fromkeys("abcdefghij")
while od:
    od.popitem(last=False)
print("od emptied", sys.getsizeof(od))
od.clear()
print("od cleared", sys.getsizeof(od))
od["x"] = 1
od.move_to_end("x")
print("od refilled", sys.getsizeof(od))

P = namedtuple("P", "x y z")
print("namedtuple", sys.getsizeof(P(1, 2, 3)), sys.getsizeof((1, 2, 3)))


class MyDeque(deque):
    pass


class MyOD(OrderedDict):
    pass


class MyDD(defaultdict):
    pass


class Q(P):
    pass


class QS(P):
    __slots__ = ()


print("subclasses", sys.getsizeof(MyDeque()), sys.getsizeof(MyOD()), sys.getsizeof(MyDD()),
      sys.getsizeof(Q(1, 2, 3)), sys.getsizeof(QS(1, 2, 3)))
print("Counter dict", Counter("aab").__dict__, hasattr(defaultdict(), "__dict__"))
print("OrderedDict", sys.getsizeof(OrderedDict()))
import copy
for m in (Counter("abca"), OrderedDict(a=1)):
    m.note = "n"
    for dup in (copy.copy(m), copy.deepcopy(m)):
        print("attrs", type(m).__name__, m.note, m["a"], m.__dict__, dup, hasattr(dup, "note"))
try:
    defaultdict(list).note = 1
except AttributeError as e:
    print("defaultdict has no __dict__:", "note" in str(e))
print("sizes with __dict__", sys.getsizeof(OrderedDict()), sys.getsizeof(MyOD(a=1)))
# Messages name the C types as CPython does ('collections.deque'); Counter is Python.
for o in (deque(), defaultdict(), OrderedDict(), Counter()):
    for f in (lambda: o.nope, lambda: o + 1, lambda: hash(o)):
        try:
            f()
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
