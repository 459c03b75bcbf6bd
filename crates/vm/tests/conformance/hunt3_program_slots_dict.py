import sys
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
class PointD:
    def __init__(self, x, y): self.x, self.y = x, y
class Mixed:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.b = 2
p, q, m = Point(1, 2), PointD(1, 2), Mixed()
print(sys.getsizeof(p), sys.getsizeof(q), sys.getsizeof(q.__dict__), sys.getsizeof(m), m.__dict__)
print(hasattr(p, '__dict__'), hasattr(p, '__weakref__'), Point.__slots__, type(Point.x).__name__)
try: p.z = 3
except AttributeError as e: print(e)
try: del p.x; print(p.x)
except AttributeError as e: print(e)
print('%-8s|%6s|%6s' % ('kind', 'size', 'dict'))
for obj in (p, q):
    d = getattr(obj, '__dict__', None)
    print('%-8s|%6d|%6s' % (type(obj).__name__, sys.getsizeof(obj), sys.getsizeof(d) if d is not None else '-'))
class Sub(Point):
    pass
s = Sub(3, 4); s.extra = 5; print(s.__dict__, sys.getsizeof(s))
class Sub2(Point):
    __slots__ = ('z',)
print(Sub2.__slots__, sorted(n for n in dir(Sub2(1, 2)) if not n.startswith('__')))
print(Point.x.__get__(p), Point.__dict__['y'])
