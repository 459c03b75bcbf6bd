# reversed() of a dict and its views: CPython's dict_reverse*iterator types, which walk the
# entries backwards and notice a change of size.
import sys

print(type(reversed({})).__name__, [type(reversed(v)).__name__ for v in ({}.keys(), {}.values(), {}.items())])
d = {1: 'a', 2: 'b', 3: 'c'}
del d[2]
d[4] = 'd'
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(sys.getsizeof(reversed(d)), sys.getsizeof(reversed(d.items())))
r = reversed(d)
d[9] = 1
try:
    next(r)
except RuntimeError as e:
    print('RuntimeError:', e)
r = reversed(d)
d.pop(9)
d[10] = 2
print(list(r))
r = reversed(d.items())
a = next(r)
b = next(r)
print(a, b, a is b)
del a
print(next(r), list(r), list(r))
print(list(reversed({})), list(reversed({}.items())))
