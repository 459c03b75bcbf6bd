# Set operators on dict views as CPython's dictviews_or/sub/xor and _PyDictView_Intersect
# build them: member order, which operand is walked, non-iterable errors (tools/difffuzz).
d = {1: 2, 3: 4, 10: 0, -2: 1}
e = {18: 1, 3: 2}
print(d.keys() & {1, 5}, d.keys() | [7], d.items() - {(1, 2)}, d.keys() ^ {3, 9, 26})
print({1, 5, 10} & d.keys(), [7, 18] | d.keys(), {3, 9} ^ d.keys(), {1, 2, 3} - d.keys())
print(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() | e.keys(), d.keys() - e, d.items() & {(3, 4), (9, 9)})
print(d.keys() & set(range(100)), d.keys() ^ d.keys())
for bad in [5, None]:
    try: print(d.keys() | bad)
    except TypeError as ex: print('TypeError', ex)
