# __slots__ instances: fixed attributes, no __dict__, sizes
import sys
class Small:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x
class Pair:
    __slots__ = ("a", "b")
s = Small(5)
print(s.x, sys.getsizeof(s), sys.getsizeof(Pair()))
s.x = 6
print(s.x)
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError:", e)
p = Pair()
try:
    p.a
except AttributeError as e:
    print("AttributeError:", e)
p.a = 1
p.b = 2
print(p.a + p.b, hasattr(s, "__dict__"))
objs = [Small(i) for i in range(1000)]
print(sum(o.x for o in objs), len({id(o) for o in objs}))
