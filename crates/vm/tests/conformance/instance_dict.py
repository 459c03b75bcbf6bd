# obj.__dict__ is live: updates through it are seen by attribute access
class C:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.z = 0
c = C(a=1, b=2)
print(c.a, c.b, c.z, sorted(c.__dict__.items()), vars(c) is c.__dict__)
c.__dict__["q"] = 9
print(c.q, hasattr(c, "q"))
del c.a
print(hasattr(c, "a"), sorted(vars(c)))
d = C()
d.x = 5
print(d.x, d.__dict__)
try:
    del c.nope
except AttributeError as e:
    print(e)
