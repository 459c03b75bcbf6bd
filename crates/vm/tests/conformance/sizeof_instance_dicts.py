# sys.getsizeof of instances' __dict__: CPython 3.12 makes it a split table over the
# class's shared keys (64 bytes + 8 per place in the keys' values array).
import sys

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print("first instance's dict", sys.getsizeof(p.__dict__))
q = Point(3, 4)
print("after a second instance", sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
print("vars() is the same dict", vars(q) is q.__dict__, sys.getsizeof(vars(q)))
many = [Point(i, i) for i in range(40)]
print("after 40 more", sys.getsizeof(many[-1].__dict__), sys.getsizeof(p.__dict__))

class Bag:
    pass

b = Bag()
d = b.__dict__
print("empty bag", sys.getsizeof(d), d)
for i in range(32):
    setattr(b, "k%d" % i, i)
    if i in (0, 1, 10, 27, 28, 29, 31):
        print("bag keys", i + 1, sys.getsizeof(d), len(d))

class Two:
    def __init__(self):
        self.a = 1
        self.b = 2

t = Two()
del t.a
print("after del", sys.getsizeof(t.__dict__), t.__dict__)
t2 = Two()
t2.__dict__[1] = "int key"
print("int key", sys.getsizeof(t2.__dict__), len(t2.__dict__))
t3 = Two()
print("popitem", t3.__dict__.popitem(), sys.getsizeof(t3.__dict__))
t4 = Two()
c = t4.__dict__.copy()
print("copy", sys.getsizeof(c), c == t4.__dict__, type(c).__name__)
t4.__dict__.clear()
print("clear", sys.getsizeof(t4.__dict__), t4.__dict__)
t5 = Two()
t5.__dict__.update(z=26)
print("update new key", sys.getsizeof(t5.__dict__), sorted(t5.__dict__))
t5.__dict__["a"] = 10
print("replace", sys.getsizeof(t5.__dict__), t5.a)
print("dict(d)", sys.getsizeof(dict(Two().__dict__)))
print("{**d}", sys.getsizeof({**Two().__dict__}))

class Late:
    pass

objs = [Late() for _ in range(5)]
objs[0].x = 1
print("late", [sys.getsizeof(o.__dict__) for o in objs])

class Err(Exception):
    pass

e = Err("m")
e.extra = 1
print("exception dict", sys.getsizeof(e.__dict__))
print("fresh dicts", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict.fromkeys("abcdef")))
