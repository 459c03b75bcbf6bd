# Instance attribute order: vars()/__dict__ list attributes in the order each instance got
# them (CPython 3.12 keeps a per-instance order), whatever order the class learned the keys in.
class C:
    def __init__(self, flag):
        if flag:
            self.a = 1
        self.b = 2
x = C(True); y = C(False)
y.a = 5
print(vars(x), vars(y), y.a, y.b)
del x.a
x.a = 7
print(x.__dict__, x.a)
x.c = 3
print(x.__dict__)
class D: pass
p = D(); p.m = 1; p.n = 2
q = D(); q.n = 3; q.m = 4
print(vars(p), vars(q), q.m, q.n)
for i in range(3):
    q.m = i
print(vars(q))
class S:
    __slots__ = ('a', 'b')
s = S(); s.b = 1; s.a = 2; print(s.a, s.b)
class E(Exception): pass
e = E(1); e.z = 1; e.y = 2; print(e.__dict__)
