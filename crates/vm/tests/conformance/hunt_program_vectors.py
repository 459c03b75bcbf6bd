import math

class Vector:
    __slots__ = ("_data",)

    def __init__(self, *components):
        if len(components) == 1 and hasattr(components[0], "__iter__"):
            components = tuple(components[0])
        self._data = tuple(float(c) for c in components)

    def __repr__(self):
        return f"Vector({', '.join(f'{c:g}' for c in self._data)})"

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return Vector(self._data[idx])
        return self._data[idx]

    def __contains__(self, x):
        return x in self._data

    def __eq__(self, other):
        return isinstance(other, Vector) and self._data == other._data

    def __hash__(self):
        return hash(self._data)

    def __add__(self, other):
        if isinstance(other, Vector):
            if len(self) != len(other):
                raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
            return Vector(a + b for a, b in zip(self, other))
        if isinstance(other, (int, float)):
            return Vector(a + other for a in self)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        return self + (-other)

    def __neg__(self):
        return Vector(-a for a in self)

    def __pos__(self):
        return self

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(a / k for a in self)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self):
        return math.sqrt(self @ self)

    def __bool__(self):
        return any(self._data)

    def __round__(self, n=0):
        return Vector(round(a, n) for a in self)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        width = max(len(f"{x}") for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{width}}" for x in r) for r in self.rows)

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, v):
        i, j = pos
        self.rows[i][j] = v

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector(sum(a * b for a, b in zip(r, other)) for r in self.rows)
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __iadd__(self, other):
        for i, r in enumerate(other.rows):
            for j, v in enumerate(r):
                self.rows[i][j] += v
        return self

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

v = Vector(3, 4)
w = Vector([1, 2])
print(v, w, v + w, v - w, -v, +v, 2 * v, v * 0.5, v / 2, v @ w, abs(v))
print(len(v), v[0], v[-1], v[::-1], v[:1], 4.0 in v, 5 in v, list(v), bool(Vector(0, 0)), bool(v))
print(sum([v, w, Vector(1, 1)]), v + 1, round(Vector(1.23456, 2.5), 2), v == Vector(3, 4), v != w)
print({v: "v"}[Vector(3.0, 4.0)], hash(v) == hash(Vector(3, 4)))
try:
    v + Vector(1, 2, 3)
except ValueError as e:
    print(e)
try:
    v + "x"
except TypeError as e:
    print(e)
try:
    "x" * v
except TypeError as e:
    print(e)
try:
    v.extra = 1
except AttributeError as e:
    print(e)
try:
    v[5]
except IndexError as e:
    print(e)
m = Matrix([[1, 2], [3, 4]])
i2 = Matrix.identity(2)
print(m @ i2 == m, m @ w, m.shape, m.transpose())
print(m @ m)
m2 = m
m2 @= m
print(m2 is m, m)
m += i2
print(repr(m), m[0, 1])
m[1, 1] = -1
print(m)
try:
    m @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(e)
try:
    m @ 5
except AttributeError as e:
    print(e)
try:
    i2 * 2
except TypeError as e:
    print(e)
try:
    -m
except TypeError as e:
    print(e)
try:
    abs(m)
except TypeError as e:
    print(e)
try:
    len(m)
except TypeError as e:
    print(e)
try:
    for x in m: pass
except TypeError as e:
    print(e)
try:
    m < m
except TypeError as e:
    print(e)
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), 7 // -2, -7 % 3, 7 % -3, -7.5 // 2, 2 ** -2, (-8) ** (1/3))
print(math.hypot(3, 4), math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.gcd(12, 18), math.lcm(4, 6))
print(math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.sqrt(2), math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(1, -0.0), math.log(100, 10), math.log2(1024), math.exp(1), math.dist((0, 0), (3, 4)))
