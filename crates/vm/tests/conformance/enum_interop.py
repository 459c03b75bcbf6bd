# Enums as data: json of IntEnum/StrEnum/IntFlag members, formatting, hashing as their values.
import json, enum, dataclasses
class C(enum.IntEnum):
    A = 1
class S(enum.StrEnum):
    X = "x"
class F(enum.IntFlag):
    R = 1
    W = 2
print(json.dumps({"c": C.A, "s": S.X, "f": F.R | F.W, "l": [C.A]}), json.dumps({S.X: 1}))
@dataclasses.dataclass
class P:
    a: int
    s: S = S.X
print(json.dumps(dataclasses.asdict(P(1))))
print(f"{C.A:>5}|{S.X:^5}|{F.R | F.W}", "%d %s %r" % (C.A, S.X, C.A), str(F.R|F.W), format(C.A, "b"), C.A.real, C.A.numerator)
print(sorted({S.X: 1, "a": 2}), max(C), int(F.W), F.W == 2, F(3) in {3}, {C.A: "x"}[1])
