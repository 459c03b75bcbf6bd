# `x = obj.name` into a local and `return x` of a local (fused in pymem): values, errors
# and where they point, generators and finally blocks around the return.
import traceback


def show(f, *args):
    try:
        print(f(*args))
    except Exception:
        traceback.print_exc()


class P:
    z = "class attr"

    def __init__(self):
        self.x = 1
        self.y = [2]

    @property
    def doubled(self):
        return self.x * 2

    def read(self):
        x = self.x
        y = self.y
        z = self.z
        d = self.doubled
        return x, y, z, d


print(P().read())


def missing(o):
    v = o.nope
    return v


def unbound_return(flag):
    if flag:
        r = 1
    return r


def finally_return(o):
    try:
        v = o.x
        return v
    finally:
        print("  finally ran")


def gen(o):
    v = o.x
    yield v
    w = o.y
    return w


show(missing, P())
show(missing, None)
show(unbound_return, True)
show(unbound_return, False)
show(finally_return, P())
show(finally_return, 3)
g = gen(P())
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)


class Getattr:
    def __getattr__(self, name):
        return "fallback " + name


def via_getattr(o):
    a = o.anything
    return a


print(via_getattr(Getattr()))
