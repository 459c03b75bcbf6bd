# Common instruction pairs run fused in pymem (LoadFast+LoadAttr, LoadFast+StoreAttr,
# LoadFast+LoadFast, StoreFast+LoadFast, LoadConst+ReturnValue). Their errors, jumps into
# their second half and tracebacks must look exactly as if they ran one by one.


class P:
    __slots__ = ("x",)


class Q:
    pass


def unbound_attr():
    if False:
        o = None
    return o.a


def unbound_second():
    a = 1
    if False:
        b = 2
    return a, b


def attr_error(o):
    return o.missing


def store_attr(o, v):
    o.x = v
    return o.x


def loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def branchy(flag):
    a = 1
    b = 2
    if flag:
        c = a
    else:
        c = b
    return c


def const():
    return 42


for fn, args in [
    (unbound_attr, ()),
    (unbound_second, ()),
    (attr_error, (Q(),)),
    (store_attr, (P(), 5)),
    (store_attr, (Q(), "q")),
    (store_attr, (object(), 1)),
    (store_attr, (1.5, 1)),
]:
    try:
        print(fn.__name__, "->", fn(*args))
    except Exception as e:
        print(fn.__name__, "raised", type(e).__name__, e)

print(loop(10), branchy(True), branchy(False), const())

# Instances whose class changes shape between calls (the attribute caches must notice).
q = Q()
store_attr(q, 1)
Q.x = property(lambda self: "prop")
try:
    print(store_attr(q, 2))
except AttributeError as e:
    print("property without setter:", e)
del Q.x
print(store_attr(q, 3))


def deep(o):
    return o.attr_that_is_missing


deep(Q())
