# copy/deepcopy of iterators through their __reduce__/__setstate__ (list, tuple, str, bytes
# iterators, exhausted ones keep their type; map, filter, zip, enumerate).
import copy
it = iter([1, 2, 3]); next(it)
print(it.__reduce__(), type(it).__name__)
list(it); print(it.__reduce__(), type(it).__name__)
t = iter((1, 2)); print(t.__reduce__()); s = iter('abc'); next(s); print(s.__reduce__())
c = copy.deepcopy(iter([[1], [2], [3]])); print(type(c).__name__, list(c))
it = iter([[1], [2], [3]]); next(it); c = copy.copy(it); print(list(c), list(it))
it = iter([[1], [2]]); d = copy.deepcopy(it); x = next(d); print(x, x is not [1])
print(type(copy.deepcopy(iter([]))).__name__, list(copy.deepcopy(iter([]))))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
try: copy.deepcopy(map(str, [1]))
except TypeError as e: print(e)
try: copy.deepcopy((x for x in []))
except TypeError as e: print(e)
for seq in ([1], (1,), 'a', 'é', b'a', bytearray(b'a')):
    it = iter(seq); list(it)
    print(type(it).__name__, it.__reduce__(), type(copy.deepcopy(it)).__name__)
e = enumerate('ab', 5); next(e); c = copy.deepcopy(e); print(list(c), list(e))
z = zip([1, 2], 'ab'); print(list(copy.copy(z)), list(z))
f = filter(None, [0, 1, 2]); print(list(copy.deepcopy(f)))
m = map(str, [1, 2]); print(list(copy.deepcopy(m)), list(m))
