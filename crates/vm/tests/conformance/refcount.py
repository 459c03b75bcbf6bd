# sys.getrefcount counts exactly the references that exist
import sys
class Tick:
    def __init__(self, price, size, ts):
        self.price = price
        self.size = size
        self.ts = ts
def names():
    t = Tick(100.5, 10, 0.0)
    a = t
    b = t
    print(id(a) == id(b) == id(t), sys.getrefcount(t))
    del a
    print(sys.getrefcount(t))
    holder = [t, t]
    print(sys.getrefcount(t))
    holder.pop()
    print(sys.getrefcount(t))
    d = {"k": t}
    print(sys.getrefcount(t))
    del d
    print(sys.getrefcount(t))
names()
x = object()
print(sys.getrefcount(x))
lst = [x]
print(sys.getrefcount(x))
print(sys.getrefcount(None) > 1000000, sys.getrefcount(1) > 1000000)
def pass_through(o):
    return sys.getrefcount(o)
print(pass_through(x))
