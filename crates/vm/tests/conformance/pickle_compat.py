# pickle: pickles written by CPython 3.12 (protocols 0-5, _pickles_from_cpython.py, made by the
# script in its comment below) load, and pickling the result again gives the same bytes.
#
# import pickle, collections, datetime, fractions
# class A:
#     def __init__(self): self.x = 1; self.l = [1, 2]
# class S:
#     __slots__ = ("a",)
#     def __init__(self): self.a = 5
#     def __getstate__(self): return {"a": self.a}
#     def __setstate__(self, st): self.a = st["a"]
# vals = [None, True, 1, -5, 2**70, 1.5, "héllo\n\\x", b"bytes", bytearray(b"ba"), (1, (2,)), [1, [2]], {"a": {1: 2}}, {1, 2}, frozenset([1]), 1j,
#         collections.OrderedDict(a=1), collections.deque([1], maxlen=3), collections.Counter("aab"), datetime.datetime(2024, 5, 6, 7, 8, 9), fractions.Fraction(2, 3), A(), S(), len, A]
# out = []
# for proto in range(6):
#     out.append(pickle.dumps(vals, proto))
# import sys
# sys.stdout.buffer.write(repr(out).encode())
import pickle, ast, sys
class A:
    def __init__(self): self.x = 1; self.l = [1, 2]
class S:
    __slots__ = ("a",)
    def __init__(self): self.a = 5
    def __getstate__(self): return {"a": self.a}
    def __setstate__(self, st): self.a = st["a"]
from _pickles_from_cpython import DATA as data
for proto, d in enumerate(data):
    v = pickle.loads(d)
    print(proto, [x if not isinstance(x, (A, S)) else (type(x).__name__, getattr(x, "__dict__", None) or x.a) for x in v])
    print(proto, pickle.dumps(v, proto) == d)
