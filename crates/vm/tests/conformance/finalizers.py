# __del__ runs once; refcount death is immediate; cycles with finalizers; resurrection
import gc
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = Loud("immediate")
del x
print("after del")
def scope():
    y = Loud("scope")
scope()
print("after scope")
a = Loud("a")
b = Loud("b")
a.peer = b
b.peer = a
del a, b
print("collect:", gc.collect())
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix finalizer")
        saved.append(self)
p = Phoenix()
p.me = p
del p
print("collect:", gc.collect())
print("resurrected:", len(saved))
saved.clear()
print("collect again:", gc.collect())
print("end")
