# What an instance's death releases, and in which order (CPython's subtype_dealloc): slot
# values and attribute values first, in their order, and the reference to the class last,
# so a value's __del__ still sees the dying instance's reference to its class.
# Counts are printed relative to the class's count with no instance alive.
import sys


class Noisy:
    def __init__(self, name, cls, base):
        self.name = name
        self.cls = cls
        self.base = base

    def __del__(self):
        print("del", self.name, "class refs +", sys.getrefcount(self.cls) - self.base)


class Slotted:
    __slots__ = ("a", "b")


class Plain:
    pass


base = sys.getrefcount(Slotted)
s = Slotted()
s.a = Noisy("slot a", Slotted, base)
s.b = Noisy("slot b", Slotted, base)
print("alive +", sys.getrefcount(Slotted) - base)
del s
print("after +", sys.getrefcount(Slotted) - base)

base = sys.getrefcount(Plain)
p = Plain()
p.x = Noisy("attr x", Plain, base)
p.y = Noisy("attr y", Plain, base)
print("alive +", sys.getrefcount(Plain) - base)
del p
print("after +", sys.getrefcount(Plain) - base)
