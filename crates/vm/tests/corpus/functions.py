def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    "docstring"
    return a + b + c + d + e


def outer():
    x = 1
    y = 2

    def inner(z):
        nonlocal x
        x += z
        return x + y

    return inner


def gen(n):
    for i in range(n):
        yield i
    yield from other()
    received = yield
    return received


def uses_global():
    global counter
    counter += 1


square = lambda v, w=2: v ** w


@decorator
@other.decorator(1)
def decorated():
    pass
