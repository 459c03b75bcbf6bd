import gc
log = []
class Res:
    def __init__(self, name): self.name = name
    def __del__(self): log.append(self.name)
a = Res('a'); b = Res('b'); del a; print(log)
c = Res('c'); c.self = c; del c; print(log); print(gc.collect() >= 1, log)
d = Res('d'); e = Res('e'); d.peer = e; e.peer = d; del d, e; gc.collect(); print(sorted(log))
def f():
    r = Res('local')
    return 1
f(); print(log[-1])
lst = [Res('x%d' % i) for i in range(3)]; del lst; print(log[-3:])
class Resurrect:
    saved = []
    def __del__(self): Resurrect.saved.append(self)
r = Resurrect(); del r; print(len(Resurrect.saved)); Resurrect.saved.clear(); print(gc.collect())
b = None; print(log[-1])
