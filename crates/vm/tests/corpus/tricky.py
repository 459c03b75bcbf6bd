import os


def imports_local():
    import sys
    from os import path as p
    return sys, p


def walrus_plain(data):
    if (n := len(data)) > 1:
        return n


def nonlocal_through_class():
    value = 0

    class Holder:
        def bump(self):
            nonlocal value
            value += 1
            return value

    return Holder


def nested_classes():
    class Outer:
        class Inner:
            def m(self):
                return super().m()

        def n(self):
            return __class__

    return Outer


def lambda_defaults(a):
    return lambda b=a, *c, d=a, **e: (a, b, c, d, e)


def decorated(dec):
    @dec
    def inner():
        return dec

    return inner


def loops(items):
    total = 0
    for i, (j, k) in items:
        total += i
    else:
        total -= 1
    while total:
        total -= 1
    with open(os.devnull) as fh, open(os.devnull) as (gh):
        pass
    return total, j, k, fh, gh


def global_nested():
    global gx

    def inner():
        return gx

    gx = 1
    return inner


def free_through_levels(x):
    def a():
        def b():
            def c():
                return x

            return c

        return b

    return a


def posonly_kwonly(a, /, b, *, c, **d):
    def use():
        return a, b, c, d

    return use


def generator_with_closure(n):
    def gen():
        yield n
        x = yield from range(n)
        return x

    return gen


class UsesSuperDeep:
    def method(self):
        def helper():
            return super()

        return helper, lambda: __class__


def super_without_class():
    return super()
