# __slots__ names are mangled (__x in class P is _P__x) and sorted as CPython's type_new does:
# gc.get_referents follows that order; a conflict with a class variable is found in the given order.
import gc, sys
class Node:
    __slots__ = ('val', 'next', '__weakref__')
    def __init__(self, v, n=None): self.val, self.next = v, n
n = Node(1, Node(2))
print([type(r).__name__ for r in gc.get_referents(n)], Node.__slots__, list(Node.__dict__))
class P:
    __slots__ = ('zeta', '__priv', 'alpha')
    def __init__(self): self.zeta = 'z'; self.__priv = 'p'; self.alpha = 'a'
p = P(); print(gc.get_referents(p)[:3], list(P.__dict__), sorted(dir(p))[:3], sys.getsizeof(p))
class Q(P):
    __slots__ = ('b', 'a')
    def __init__(self): super().__init__(); self.a = 1; self.b = 2
print(sorted(map(str, gc.get_referents(Q())[:5])), list(Q.__dict__))
try:
    class Bad:
        __slots__ = ('y', 'x')
        x = 1
        y = 2
except ValueError as e: print(e)
