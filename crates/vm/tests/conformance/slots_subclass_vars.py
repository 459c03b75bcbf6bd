# A class without __slots__ derived from one with them: its instances have a __dict__,
# and the base's slots stay out of it (vars(), __dict__, copies).
import copy
import sys


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class T(S):
    pass


class U(S):
    def __init__(self):
        super().__init__()
        self.x = 5


t = T()
print(vars(t))
t.c = 3
print(vars(t), t.__dict__, t.a)
t.b = 2
print(vars(t), t.a, t.b)
t.a = 10
print(vars(t), t.a)
del t.a
print(vars(t), hasattr(t, "a"))
t.a = 11
print(vars(t), t.a)
print(vars(T()), vars(U()))

u = U()
u.y = 6
u.b = 7
print(vars(u), u.a, u.b)
c = copy.copy(u)
print(vars(c), c.a, c.b, c.x)
d = copy.deepcopy(u)
print(vars(d), d.a, d.b, d.y)

# Past the shared keys' room the attributes move to a real dict; the slots still stay out.
for i in range(40):
    setattr(t, "x%d" % i, i)
print(len(vars(t)), "a" in vars(t), "b" in vars(t), t.a, t.b)
try:
    del t.b
    del t.b
except AttributeError as e:
    print("AttributeError", e)
print(sorted(k for k in dir(t) if len(k) == 1))
print(sys.getrefcount(t) > 0)
