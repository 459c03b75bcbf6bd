# Subclassing set, frozenset and bytes.


class Tags(set):
    pass


t = Tags("abc")
print("construct:", sorted(t), len(t), type(t).__name__, isinstance(t, set), Tags(), repr(Tags()))
print("repr:", repr(Tags([1])), str(Tags([2])))
t.add("z")
t.discard("a")
print("methods:", sorted(t), "z" in t, "a" in t, t.issubset("bcz!"), t.issuperset("b"))
print("algebra:", sorted(t | {"q"}), type(t | {"q"}).__name__, sorted(t & {"b", "q"}), sorted(t - {"b"}), sorted(t ^ {"b", "w"}))
print("methods return set:", type(t.union("x")).__name__, type(t.copy()).__name__, sorted(t.copy()))
print("compare:", t == {"b", "c", "z"}, {"b", "c", "z"} == t, t <= {"b", "c", "z", "y"}, t < t)
same = t
t |= {"m"}
t -= {"c"}
print("in-place keep identity:", sorted(t), same is t, type(t).__name__)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)


class Lowered(set):
    def add(self, x):
        super().add(x.lower())


lw = Lowered()
lw.add("A")
lw.add("b")
lw.update(["C"])
print("add override (update does not call it):", sorted(lw))


class FZ(frozenset):
    pass


f = FZ([1, 2])
print("frozenset:", repr(f), sorted(f), hash(f) == hash(frozenset([1, 2])), {f: "k"}[frozenset([1, 2])])
print("frozenset ops:", f | {3}, type(f | {3}).__name__, type(f.union([9])).__name__, f == {1, 2})


class B(bytes):
    pass


b = B(b"xy")
print("bytes:", b, repr(b), str(b), len(b), b[0], b[:1], type(b[:1]).__name__, list(b))
print("bytes ops:", b + b"z", b"w" + b, type(b + b"z").__name__, b * 2, b"x" in b, b == b"xy", b < b"z")
print("bytes methods:", b.decode(), b.upper(), b.hex(), b.split(b"x"), b.startswith(b"x"), bytes(b), type(bytes(b)).__name__)
print("bytes hash:", hash(b) == hash(b"xy"), {b: 1}[b"xy"], B(3), B([65, 66]))


class Packet(bytes):
    def __new__(cls, payload):
        return super().__new__(cls, b"[" + payload + b"]")

    def body(self):
        return self[1:-1]


pk = Packet(b"data")
print("bytes __new__:", pk, pk.body(), type(pk).__name__, len(pk))
print("bytes formatting:", b"%s" % B(b"x"), b"%b" % B(b"y"), B(b"%d") % 4, type(B(b"%d") % 4).__name__)
print("bytes args:", b"xy".startswith(B(b"x")), b"-".join([B(b"a"), b"b"]), str(B(b"hi"), "ascii"), B(b"ab").decode("ascii"))
