# Raytrace: a simple ray tracer (spheres and a checkered half-space, point light, reflections).
import math
import sys

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, f):
        return Vector(self.x * f, self.y * f, self.z * f)

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)


ZERO = Vector(0, 0, 0)
RIGHT = Vector(1, 0, 0)
UP = Vector(0, 1, 0)
OUT = Vector(0, 0, 1)


class Point(Vector):
    pass


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at_time(self, t):
        return self.point + self.vector.scale(t)


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.checksum = 0
        self.count = 0

    def plot(self, x, y, r, g, b):
        c = (int(r * 255) * 65536 + int(g * 255) * 256 + int(b * 255))
        self.checksum = (self.checksum * 31 + c + x * 7 + y) % 1000000007
        self.count += 1


def first_intersection(intersections):
    best = None
    for obj, t, surf in intersections:
        if t is not None and t > -EPSILON:
            if best is None or t < best[1]:
                best = (obj, t, surf)
    return best


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Point(0, 1.8, 10)
        self.look_at = Point(0, 3, 0)
        self.fov = 45.0
        self.recursion_depth = 0

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def render(self, canvas):
        fovr = self.fov * math.pi / 360.0
        half_width = math.tan(fovr)
        half_height = half_width
        width = half_width * 2
        height = half_height * 2
        pw = width / (canvas.width - 1)
        ph = height / (canvas.height - 1)
        eye = Ray(self.position, self.look_at - self.position)
        vpright = eye.vector.cross(UP).normalized()
        vpup = vpright.cross(eye.vector).normalized()
        for y in range(canvas.height):
            for x in range(canvas.width):
                xc = vpright.scale(x * pw - half_width)
                yc = vpup.scale(y * ph - half_height)
                ray = Ray(eye.point, eye.vector + xc + yc)
                colour = self.ray_colour(ray)
                canvas.plot(x, y, *colour)

    def ray_colour(self, ray):
        if self.recursion_depth > 3:
            return (0, 0, 0)
        try:
            self.recursion_depth += 1
            hits = [(o, o.intersection_time(ray), s) for (o, s) in self.objects]
            i = first_intersection(hits)
            if i is None:
                return (0, 0, 0)
            o, t, s = i
            p = ray.point_at_time(t)
            return s.colour_at(self, ray, p, o.normal_at(p))
        finally:
            self.recursion_depth -= 1

    def light_is_visible(self, light, p):
        for o, s in self.objects:
            t = o.intersection_time(Ray(p, light - p))
            if t is not None and t > EPSILON:
                return False
        return True

    def visible_lights(self, p):
        return [light for light in self.lights if self.light_is_visible(light, p)]


def add_colours(a, scale, b):
    return (a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2])


class SimpleSurface:
    def __init__(self, base_colour=(1, 1, 1), specular=0.2, lambert=0.6):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal):
        b = self.base_colour_at(p)
        c = (0, 0, 0)
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            rc = scene.ray_colour(reflected)
            c = add_colours(c, self.specular, rc)
        if self.lambert > 0:
            lc = 0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    lc += contribution
            lc = min(1, lc)
            c = add_colours(c, self.lambert * lc, b)
        if self.ambient > 0:
            c = add_colours(c, self.ambient, b)
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.other_colour = (0, 0, 0)
        self.check_size = 1

    def base_colour_at(self, p):
        v = p - ZERO
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


def main(size):
    canvas = Canvas(size, size)
    s = Scene()
    s.lights.append(Point(30, 30, 10))
    s.lights.append(Point(-10, 100, 30))
    s.look_at = Point(0, 3, 0)
    s.add(Sphere(Point(1, 3, -10), 2), SimpleSurface(base_colour=(1, 1, 0)))
    for y in range(6):
        s.add(Sphere(Point(-3 - y * 0.4, 2.3, -5), 0.4),
              SimpleSurface(base_colour=(y / 6.0, 1 - y / 6.0, 0.5)))
    s.add(Halfspace(Point(0, 0, 0), UP), CheckerboardSurface(base_colour=(1, 1, 1)))
    s.render(canvas)
    print("pixels", canvas.count, "checksum", canvas.checksum)
    print("sample", s.ray_colour(Ray(Point(0, 1.8, 10), Vector(0.01, 0.05, -1))))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 40)
