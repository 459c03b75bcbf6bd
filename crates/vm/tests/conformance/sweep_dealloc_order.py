# The order in which containers release their items (visible through __del__): list.clear,
# slice assignment/deletion, l *= 0 and tuple deallocation go last to first as in CPython;
# an extended-slice deletion goes in index order; __del__ may touch the container.
class N:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
l = [N(1), N(2), N(3)]
l.clear(); print("| clear")
l = [N(1), N(2), N(3)]
del l; print("| del list")
l = [N(1), N(2), N(3)]
del l[:]; print("| del slice")
l = [N(1), N(2), N(3)]
l[:] = []; print("| assign slice")
l = [N(1), N(2), N(3), N(4)]
del l[1:3]; print("| del mid slice")
l = [N(1), N(2), N(3)]
l = None; print("| rebind")
t = (N(1), N(2), N(3))
del t; print("| tuple")
d = {1: N(1), 2: N(2), 3: N(3)}
del d; print("| dict")
d = {1: N(1), 2: N(2), 3: N(3)}
d.clear(); print("| dict clear")
s = {N(1), N(2)}
l = [N(1), N(2), N(3)]
l *= 0; print("| imul 0")
l = [N(1), N(2)]
l.pop(); print("| pop")
l = [N(1), N(2), N(3)]
class Holder:
    def __init__(self):
        self.a = N("a"); self.b = N("b"); self.c = N("c")
h = Holder()
del h; print("| instance")
class SH:
    __slots__ = ("a", "b")
    def __init__(self): self.a = N("sa"); self.b = N("sb")
h = SH()
del h; print("| slots")
def f():
    a = N("la"); b = N("lb")
f(); print("| locals")
class N:
    def __init__(self, tag): self.tag = tag
    def __del__(self):
        print("del", self.tag, len(l), l[:1] is not None)
l = [N(1)]
l *= 0
print("a", l)
l = [N(2), N(3)]
l[:] = [5]
print("b", l)
l = [N(4), 1]
l[0] = 7
print("c", l)
l = [N(5), N(6)]
del l[0]
print("d", len(l))
l = [N(7)]
l.pop()
print("e", l)
l = [N(8), N(9)]
l.remove(l[0]) if False else None
l.clear()
print("f", l)
l = [N(10)]
l += []
l = [N(11), N(12)]
l.sort(key=lambda x: x.tag)
l[::2] = [0]
print("g", len(l))
l = [N(13)]
l[0:1] = []
print("h", l)
d = {}
class D:
    def __del__(self):
        print("D del", len(d))
        d["new"] = 1
d["x"] = D()
d["x"] = 2
print("i", d)
d = {"y": D()}
del d["y"]
print("j", d)
d = {"z": D()}
d.clear()
print("k", d)
d = {"w": D()}
d.pop("w")
print("l", d)
l = [N(20), N(21), N(22), N(23), N(24)]
del l[::2]; print("| ext del", len(l))
l = [N(30), N(31), N(32), N(33)]
del l[::-2]; print("| ext del rev", len(l))
