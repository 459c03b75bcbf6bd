# pickle: every protocol's bytes for the built-in types, classes, functions, reduce protocols,
# recursion, framing of large data, persistent ids, and the errors of pickling and unpickling.
import pickle, collections, datetime, enum, fractions, io
class A:
    def __init__(self): self.x = 1; self.l = [1, 2]
class S:
    __slots__ = ("a", "b")
    def __eq__(self, o): return (self.a, self.b) == (o.a, o.b)
class Color(enum.Enum):
    RED = 1
P = collections.namedtuple("P", "x y")
def top(): pass
s = S(); s.a = 1; s.b = "two"
rec = [1]; rec.append(rec)
d = {"k": "v"}
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**100, 255 << 2000,
          1.5, -0.0, float("inf"), "", "a", "héllo", "x" * 300, b"", b"abc", b"y" * 300, bytearray(b"ba"),
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {"a": 1}, {"a": 1, "b": 2}, set(), {1}, {1, 2}, frozenset(), frozenset([3]),
          [d, d], (d, d), 1 + 2j, A, top, len, P(1, 2), Color.RED, collections.OrderedDict(a=1), list(range(2500)), dict.fromkeys(range(1200)),
          datetime.date(2024, 1, 2), fractions.Fraction(1, 3), collections.deque([1, 2]), collections.Counter("aab"), collections.defaultdict(list, {1: [2]})]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, "ERR", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        ok = back == v or (v != v) or (type(v) is type and back is v)
        print(proto, type(v).__name__, len(data), data if len(data) < 80 else data[:40] + b"..." + data[-20:], ok)
for proto in range(6):
    a = pickle.loads(pickle.dumps(A(), proto)); print(proto, type(a).__name__, a.__dict__)
    try:
        t = pickle.loads(pickle.dumps(s, proto)); print(proto, t == s)
    except TypeError as e:
        print(proto, "TypeError", e)
    r = pickle.loads(pickle.dumps(rec, proto)); print(proto, r[1] is r, pickle.dumps(rec, proto))
    big = list(range(20000)) + ["z" * 70000] + [b"q" * 70000]
    data = pickle.dumps(big, proto); print(proto, len(data), pickle.loads(data) == big)
f = io.BytesIO(); pickle.dump({"a": [1, 2]}, f); f.seek(0); print(pickle.load(f))
for bad in [lambda: 0, (lambda: (yield))()]:
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e)[:30], str(e)[-30:])
def outer():
    def inner(): pass
    return inner
try:
    pickle.dumps(outer())
except Exception as e:
    print(type(e).__name__, e)
for bad in [b"", b"\x80\x04", b"zzz", b"\x80\x09N."]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.PicklingError, pickle.Pickler)
class Pers(pickle.Pickler):
    def persistent_id(self, obj):
        return "ID" if obj == "secret" else None
class Unp(pickle.Unpickler):
    def persistent_load(self, pid):
        return "restored-" + pid
for proto in (0, 2, 4):
    f = io.BytesIO(); Pers(f, proto).dump(["a", "secret"]); print(f.getvalue()); f.seek(0); print(Unp(f).load())
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(pickle.loads(pickle.dumps(R(3))).v, pickle.dumps(R(3)))
class G:
    def __getstate__(self): return {"z": 9}
    def __setstate__(self, st): self.__dict__.update(st, restored=True)
print(pickle.loads(pickle.dumps(G())).__dict__)
for bad in [b"\x80\x04K", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K", b"(.", b"N", b"\x80\x02X\x05\x00\x00\x00ab"]:
    try:
        print(pickle.loads(bad))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
import copy
class C:
    def __init__(self): self.items = [1, {2: 3}]
c = C(); c2 = copy.deepcopy(c); print(c2.items, c2.items is c.items)
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED, pickle.dumps(Color.RED))
