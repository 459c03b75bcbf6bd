# namedtuple() and class-syntax typing.NamedTuple classes derive from tuple directly, as in CPython.
import typing
from collections import namedtuple
import sys, copy
P = namedtuple('P', 'x y', defaults=[5])
print(P.__bases__, P.__mro__, list(P.__dict__))
p = P(1); print(p, p.x, p.y, p[0], len(p), p == (1, 5), hash(p) == hash((1, 5)), sys.getsizeof(p))
print(p._replace(x=3), p._asdict(), P._make([7, 8]), p + (1,), p * 2, isinstance(p, tuple))
print(copy.copy(p), copy.deepcopy(p), p.__getnewargs__())
try: p.x = 3
except AttributeError as e: print(e)
try: p.z = 3
except AttributeError as e: print(e)
for bad in [lambda: P(), lambda: P(1,2,3), lambda: P(1, x=2), lambda: P(1, w=2), lambda: p._replace(w=1), lambda: P._make([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
x, y = p; print(x, y)
print(sorted([P(3,1), P(1,2)]))
d = {p: 1}; print(d[(1, 5)])
from typing import NamedTuple
class Q(NamedTuple):
    a: int
    b: str = 'z'
    def total(self):
        return self.a * 2
    @property
    def twice(self): return self.b * 2
q = Q(1); print(q, q._replace(b='y'), Q.__mro__, Q.__bases__, q._fields, Q._field_defaults, Q.__annotations__, Q.__doc__, q.total(), q.twice, Q.__module__, Q.__qualname__)
class R(NamedTuple):
    """Doc."""
    x: 'int'
print(R.__doc__, R.__annotations__, R(2))
E = NamedTuple('E', [('u', int), ('v', float)]); print(E(1, 2.0), E.__annotations__, E.__bases__)
for src in ["class B(NamedTuple):\n a: int = 1\n b: int\n", "class B(NamedTuple):\n _a: int\n", "class B(NamedTuple):\n a: int\n def _make(self): pass\n", "class B(NamedTuple, int):\n a: int\n"]:
    try: exec(src)
    except Exception as e: print(type(e).__name__, e)
print(type(Q), isinstance(q, tuple))
