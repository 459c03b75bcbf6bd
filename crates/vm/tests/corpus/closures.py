def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return inc, get


def deep(a):
    def mid(b):
        def leaf(c):
            return a + b + c

        return leaf

    return mid


def shadow(x):
    def inner(x):
        return x

    return inner


class K:
    def method(self):
        return __class__

    def other(self, *args, **kwargs):
        def helper():
            return self, args, kwargs

        return helper


def gen_closure(items):
    def g():
        for item in items:
            yield item

    return g


def params_captured(a, b, *rest, key=None, **opts):
    return lambda: (a, rest, key, opts)


def global_and_local():
    global G
    G = 1
    local = G
    return local


def deleted():
    value = 1
    del value
    try:
        pass
    except Exception as err:
        print(err)
