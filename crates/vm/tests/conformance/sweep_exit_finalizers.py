# What the main script leaves alive is finalized at exit as CPython's last collection does:
# every global still bound, in breadth-first order from the namespace (globals first, in
# namespace order, then their contents: list/tuple items last to first). gc.get_referents
# reports list and tuple items last to first too.
import gc
class A: pass
a, b = A(), A()
print(gc.get_referents([a, b]) == [a, b], gc.get_referents((a, b)) == [a, b])
print(gc.get_referents([a, b]) == [b, a], gc.get_referents((a, b, 1)) == [1, b, a])
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        g = globals()
        print("bye", self.n, "items" in g and g["items"] is not None, g.get("z") is not None, g.get("last"))
items = [R("i1"), R("i2")]
z = R("z")
holder = {"k": R("d")}
first = None
second = None
tmp = R("alloc1-named-second")
tmp2 = R("alloc2-named-first")
second = tmp
first = tmp2
del tmp, tmp2
pair = (R("t1"), R("t2"))
nested = [[R("n1"), R("n2")], R("n3")]
class Holder:
    def __init__(self):
        self.x = R("hx")
        self.y = R("hy")
h = Holder()
gone = R("deleted before exit")
del gone
last = "L"
print("end of script")
