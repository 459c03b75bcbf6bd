# Where a failing augmented assignment to an attribute or item points: the target's load
# and store at the target (`x.count`, `d['k']`), the operation at the whole statement.
import traceback
class A:
    @property
    def ro(self): return 1
class Box:
    def __getitem__(self, k): raise KeyError(k)
    def __setitem__(self, k, v): raise IndexError(k)
def a1():
    x = None
    x.count += 1
def a2():
    a = A()
    a.ro += 1
def a3():
    a = A()
    a.missing += 1
def s1():
    d = {}
    d['k'] += 1
def s2():
    b = Box()
    b[0] += 1
def s3():
    l = [1]
    l[0] += 's'
def s4():
    t = (1,)
    t[0] += 1
for fn in (a1, a2, a3, s1, s2, s3, s4):
    try:
        fn()
    except Exception:
        traceback.print_exc()
