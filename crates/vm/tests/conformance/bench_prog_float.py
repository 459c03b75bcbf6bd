# float: create many Point objects from trigonometry, normalise them and reduce with max.
import math
import sys


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def main(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    print(maximize(points))
    print(sum(p.x for p in points), math.fsum(p.y for p in points), min(p.z for p in points))
    print(round(2.675, 2), round(-0.5), 1e16, 1.5e-7, 2.0 ** 0.5, float("inf") - 1, divmod(-7.5, 2))
    print(f"{math.pi:.3e} {math.e:g} {1234567.891:,.2f} {0.1 + 0.2!r} {1 / 3:%}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
