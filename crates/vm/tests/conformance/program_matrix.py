# A small linear-algebra toolkit: operator overloading, __getitem__ with tuples, iteration,
# equality and hashing, class methods, error handling and formatted output.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(map(float, r)) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r, c):
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = float(value)

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v + other for v in r] for r in self.rows])
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    __radd__ = __add__

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        (n, m), (m2, p) = self.shape, other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of a non-square matrix")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * self.minor(0, j).det() for j in range(n))

    def minor(self, i, j):
        return Matrix([r[:j] + r[j + 1:] for k, r in enumerate(self.rows) if k != i])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}g}" for v in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a)
print(a + b, a - b, sep="\n")
print(2 * a == a * 2, a @ b == a, (a @ a).rows, a.transpose().rows, -a)
print(a.shape, a[1, 0], list(a), a.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
a[0, 0] = 10
print(repr(a), 1 + a)
for bad in (lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix.zeros(3, 3),
            lambda: a @ Matrix.zeros(3, 1), lambda: Matrix.zeros(2, 3).det(), lambda: a * "x", lambda: hash(a), lambda: {a}):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m = Matrix.zeros(2, 2)
m[1, 1] = "3.5"
print(m.rows, sum(sum(r) for r in m), max(max(r) for r in a))
