# Generators in reference cycles: a suspended one is closed by the collection (its finally
# runs), one never started or already finished is freed without running anything; counts
# of what gc.collect() found, and generators that die by their count (close on death).
import gc


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("  del", self.tag)


def holder_gen(box):
    x = Noisy("local")
    try:
        yield 1
        yield 2
    finally:
        print("  finally, box has", len(box))


gc.collect()
gc.disable()
print("-- suspended in a cycle")
box = []
g = holder_gen(box)
box.append(g)
next(g)
del g, box
print("collected", gc.collect())
print("-- never started, in a cycle")
box = []
g = holder_gen(box)
box.append(g)
del g, box
print("collected", gc.collect())
print("-- finished, in a cycle")
box = []
g = holder_gen(box)
box.append(g)
print(list(g))
del g, box
print("collected", gc.collect())
print("-- a generator that holds itself")


def selfish():
    me = yield
    try:
        yield me
    finally:
        print("  selfish finally")


s = selfish()
next(s)
s.send(s)
del s
print("collected", gc.collect())
print("-- count deaths")
g = holder_gen([])
next(g)
del g
print("after del suspended")
g = holder_gen([])
del g
print("after del unstarted")
g = holder_gen([])
for _ in g:
    pass
del g
print("after del finished")


gc.enable()
print("end")
