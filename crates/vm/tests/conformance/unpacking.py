# Unpacking: starred targets, nesting, in for loops and calls, and the error messages.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, *b = 1, 2, 3
*c, d = [1, 2, 3]
e, *f, g = "xy"
(h, i), *j = [(1, 2), 3, 4]
k, (l, *m), n = 1, [2, 3, 4], 5
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n)
[o, p] = (q, r) = 5, 6
print(o, p, q, r)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
for (s, t), u in {((1, 2), 3): None}:
    print(s, t, u)
print(*[1, 2], *"ab", *range(2))
print([*range(3), *[9]], (*"ab",), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2}})
def fn(a, b, *args, c=0, **kw):
    return a, b, args, c, kw
print(fn(*[1, 2, 3], **{"c": 4, "z": 5}), fn(1, *(2,), c=3), fn(**{"a": 1, "b": 2}))
def three():
    x, y, z = [1, 2]
def two():
    x, y = [1, 2, 3]
def two_long():
    x, y = range(10)
def star_short():
    x, y, *z = [1]
def not_iter():
    x, y = 5
def none_iter():
    x, *y = None
def dict_unpack():
    x, y = {"a": 1, "b": 2}
    return x, y
def str_unpack():
    x, y = "ab"
    return x + y
def nested_bad():
    (x, y), z = [1, 2]
for f_ in [three, two, two_long, star_short, not_iter, none_iter, dict_unpack, str_unpack, nested_bad]:
    show(f_)
show(lambda: fn(*5))
show(lambda: fn(**5))
show(lambda: fn(1, 2, **{"c": 1}, c=2))
show(lambda: fn(1, **{1: 2}))
show(lambda: fn(1))
show(lambda: fn(1, 2, 3, b=4))
def gen():
    yield 1
    yield 2
x1, x2 = gen()
print(x1, x2)
first, *_ = gen()
print(first)
a, b = b, a
print(a, b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, "set"
print(i, lst)
class Obj:
    pass
ob = Obj()
ob.a, ob.b = "A", "B"
print(ob.a, ob.b)
dct = {}
dct["k"], dct["v"] = 1, 2
print(dct)
*whole, = (1, 2)
print(whole)
