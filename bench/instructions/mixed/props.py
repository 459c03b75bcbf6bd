# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
class V:
    __slots__ = ('_x',)
    def __init__(self, x): self._x = x
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
def f():
    vs = [V(i) for i in range(20000)]
    t = 0
    for v in vs:
        v.x = v.x + 1
        t += v.x
    return max(vs, key=lambda v: v.x).x, any(v.x < 0 for v in vs), t
f()
