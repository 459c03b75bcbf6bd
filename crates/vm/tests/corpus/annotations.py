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


def g(a: int, /, b: "s", *args: C, k: list = [], **kw: dict) -> C:
    return a


class D:
    def m(self, __q: int) -> "D":
        def inner(x: __q) -> None:
            pass

        return inner
