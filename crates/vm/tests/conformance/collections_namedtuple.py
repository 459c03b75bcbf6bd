# collections.namedtuple: fields, defaults, rename, _asdict/_replace/_make, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], p[:1], len(p), list(p))
x, y = p
print(x, y, Point._fields, Point.__name__, Point)
print(p == (1, 2), (1, 2) == p, p != (1, 3), hash(p) == hash((1, 2)), p < (1, 3))
print(Point(x=5, y=6), Point(7, y=8), p._asdict(), p._replace(y=20), Point._make([3, 4]))
print(p.count(1), p.index(2), 2 in p, p + (3,), {p: "ok"}[Point(1, 2)])

P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", "ok def ok _x 1bad", rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
S = namedtuple("S", "a, b")
print(S(1, 2), S._fields)
print(type(p).__name__, p.__class__ is Point)

for f in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3),
          lambda: Point(1, x=2), lambda: P3(), lambda: p._replace(z=1),
          lambda: Point._make([1]), lambda: namedtuple("Bad", "a a"),
          lambda: namedtuple("Bad", "a _b"), lambda: namedtuple("Bad", "a def"),
          lambda: namedtuple("1Bad", "a"), lambda: namedtuple("T", "a", defaults=[1, 2])]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
print(sorted(staff, key=lambda e: e.salary))
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
