# gc.get_referents of instances lists what CPython's subtype_traverse visits, in its order:
# slot values, then instance attributes, then the class last. And the collector still finds
# cycles through every one of those edges.
import gc


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = [2]


class Plain:
    def __init__(self):
        self.x = [3]
        self.y = (4, [5])


class Partial:
    __slots__ = ("first", "second", "third")


p = Partial()
p.second = ["only"]

print("slotted", gc.get_referents(Slotted()))
print("plain", gc.get_referents(Plain()))
print("partial", gc.get_referents(p))
print("class last", gc.get_referents(Slotted())[-1] is Slotted)

gc.collect()
# A cycle through a slot and one through an attribute are both garbage once dropped.
s = Slotted()
s.a = s
d = Plain()
d.x = [d]
del s, d
print("collected", gc.collect())

# The class itself in a cycle with its only instance (the instance->class edge is visited).
def make():
    class Local:
        pass
    o = Local()
    Local.me = o
    return None

make()
print("class cycle collected", gc.collect() > 0)
