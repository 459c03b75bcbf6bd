class Point(Base, metaclass=Meta):
    "A point."
    __slots__ = ("x", "y")
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>{width}})"

    def norm(self):
        return super().norm() + dims


def factory(v):
    class Local:
        v = v
        w = 1

        def get(self):
            return v

    return Local


class Empty:
    pass


class Star(*bases, **kws):
    pass
