# zip, map, filter, enumerate and reversed are classes, as in CPython.
print(zip, map, filter, enumerate, reversed)
z = zip([1], [2])
print(type(z) is zip, isinstance(z, zip), isinstance(map(str, []), map), isinstance(enumerate([]), enumerate), callable(zip))
print(list(zip("ab", range(2))), list(map(abs, [-1])), list(filter(None, [0, 1])), list(enumerate("x", 1)), list(reversed("ab")))
print(isinstance(reversed([1]), reversed), isinstance(reversed((1,)), reversed), type(reversed(range(2))).__name__)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    map(1)
except TypeError as e:
    print(e)
print(zip.__name__, type(zip).__name__, sorted(n for n in dir(zip) if not n.startswith("_")))
