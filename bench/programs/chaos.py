# Chaos: an iterated-function-system "chaos game" whose maps are B-spline curves, seeded random.
import math
import random
import sys


class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x = x
        self.y = y
        self.z = z

    def mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)

    def dist(self, o):
        return math.sqrt((self.x - o.x) ** 2 + (self.y - o.y) ** 2 + (self.z - o.z) ** 2)

    def __add__(self, o):
        return GVector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return self + o * -1

    def __mul__(self, f):
        return GVector(self.x * f, self.y * f, self.z * f)

    __rmul__ = __mul__

    def linear_combination(self, o, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + o.x * l2, self.y * l1 + o.y * l2, self.z * l1 + o.z * l2)

    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)


class Spline:
    """A uniform-knot B-spline of the given degree through the control points."""

    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        if len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        last = knots[0]
        for k in knots[1:]:
            if k < last:
                raise ValueError("knots not strictly increasing")
            last = k
        self.knots = knots
        self.points = points
        self.degree = degree

    def domain(self):
        return self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree]

    def __call__(self, u):
        for ii in range(self.degree - 1, len(self.knots) - self.degree):
            if self.knots[ii] <= u < self.knots[ii + 1]:
                I = ii
                break
        else:
            I = len(self.knots) - self.degree - 1
        d = [self.points[I - self.degree + 1 + ii] for ii in range(self.degree + 1)]
        U = self.knots
        for ik in range(1, self.degree + 1):
            for ii in range(I - self.degree + ik + 1, I + 2):
                ua = U[ii + self.degree - ik]
                ub = U[ii - 1]
                co1 = (ua - u) / (ua - ub)
                co2 = (u - ub) / (ua - ub)
                index = ii - I + self.degree - ik - 1
                d[index] = d[index].linear_combination(d[index + 1], co1, co2)
        return d[0]

    def __len__(self):
        return len(self.points)


class Chaosgame:
    def __init__(self, splines, thickness=0.1):
        self.splines = splines
        self.thickness = thickness
        self.minx = min(p.x for s in splines for p in s.points)
        self.miny = min(p.y for s in splines for p in s.points)
        self.maxx = max(p.x for s in splines for p in s.points)
        self.maxy = max(p.y for s in splines for p in s.points)
        self.height = self.maxy - self.miny
        self.width = self.maxx - self.minx
        self.num_trafos = []
        maxlength = thickness * self.width / self.height
        for s in splines:
            length = 0
            curr = s(0)
            for i in range(1, 1000):
                last = curr
                t = 1 / 999 * i
                curr = s(t)
                length += curr.dist(last)
            self.num_trafos.append(max(1, int(length / maxlength * 1.5)))
        self.num_total = sum(self.num_trafos)

    def get_random_trafo(self):
        r = random.randrange(int(self.num_total) + 1)
        l = 0
        for i in range(len(self.num_trafos)):
            if l <= r < l + self.num_trafos[i]:
                return i, random.randrange(self.num_trafos[i])
            l += self.num_trafos[i]
        return len(self.num_trafos) - 1, random.randrange(self.num_trafos[-1])

    def transform_point(self, point, trafo=None):
        x = (point.x - self.minx) / self.width
        y = (point.y - self.miny) / self.height
        if trafo is None:
            trafo = self.get_random_trafo()
        start, end = self.splines[trafo[0]].domain()
        length = end - start
        seg_length = length / self.num_trafos[trafo[0]]
        t = start + seg_length * trafo[1] + seg_length * x
        basepoint = self.splines[trafo[0]](t)
        if t + 1 / 50000 > end:
            neighbour = self.splines[trafo[0]](t - 1 / 50000)
            derivative = neighbour - basepoint
        else:
            neighbour = self.splines[trafo[0]](t + 1 / 50000)
            derivative = basepoint - neighbour
        if derivative.mag() != 0:
            basepoint.x += derivative.y / derivative.mag() * (y - 0.5) * self.thickness
            basepoint.y += -derivative.x / derivative.mag() * (y - 0.5) * self.thickness
        self.truncate(basepoint)
        return basepoint

    def truncate(self, p):
        p.x = min(max(p.x, self.minx), self.maxx)
        p.y = min(max(p.y, self.miny), self.maxy)

    def create_image_chaos(self, w, h, iterations, rng_seed):
        random.seed(rng_seed)
        im = [[1] * h for _ in range(w)]
        point = GVector((self.maxx + self.minx) / 2, (self.maxy + self.miny) / 2, 0)
        for _ in range(iterations):
            point = self.transform_point(point)
            x = int((point.x - self.minx) / self.width * w)
            y = int((point.y - self.miny) / self.height * h)
            if x == w:
                x -= 1
            if y == h:
                y -= 1
            im[x][h - y - 1] = 0
        return im, point


def main(iterations):
    splines = [
        Spline([GVector(1.597350, 3.304460, 0.0), GVector(1.575810, 4.123260, 0.0),
                GVector(1.313210, 5.288350, 0.0), GVector(1.618900, 5.329910, 0.0),
                GVector(2.889940, 5.502700, 0.0), GVector(2.373060, 4.381830, 0.0),
                GVector(1.662000, 4.360280, 0.0)],
               3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
        Spline([GVector(2.804500, 4.017350, 0.0), GVector(2.550500, 3.525230, 0.0),
                GVector(1.979010, 2.620360, 0.0), GVector(1.979010, 2.620360, 0.0)],
               3, [0, 0, 0, 1, 1, 1]),
        Spline([GVector(2.001670, 4.011320, 0.0), GVector(2.335040, 3.312830, 0.0),
                GVector(2.366800, 3.233460, 0.0), GVector(2.366800, 3.233460, 0.0)],
               3, [0, 0, 0, 1, 1, 1]),
    ]
    game = Chaosgame(splines, 0.25)
    im, last = game.create_image_chaos(256, 256, iterations, 1234)
    black = sum(row.count(0) for row in im)
    print("trafos", game.num_trafos, "total", game.num_total)
    print("black pixels", black, "last point", last)
    print("random after", random.random(), random.randint(1, 10 ** 12), random.choice("abcdefg"))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
