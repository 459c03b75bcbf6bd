x: int = 5
y: "str"
a.b: int


class C:
    z: float = 1.0
    __p: int


def f():
    w: undefined = 3
    v: int
    return w
