# itertools: count, chain, islice (and CPython's argument errors), and the other builders.
import itertools
from itertools import (accumulate, batched, chain, combinations, combinations_with_replacement,
                       compress, count, cycle, dropwhile, filterfalse, groupby, islice,
                       pairwise, permutations, product, repeat, starmap, takewhile, tee,
                       zip_longest)

c = count()
print(next(c), next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)), count(2, 3), count(-1))
print(list(zip("abc", count(1))))
print(list(chain([1, 2], (3,), "xy", range(2))), list(chain()), list(chain.from_iterable(["ab", [1]])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)),
      list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), None)), list(islice(range(10), 1, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(repeat("x", 3)), repeat(1, 2), repeat("a"), list(repeat(0, -1)), list(zip(range(3), repeat(7))))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)), list(accumulate([])))
print(list(batched("ABCDEFG", 3)), list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(pairwise("ABCD")), list(pairwise("A")))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()), list(zip_longest([1], [])))
print(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()))
print(list(permutations(range(3), 2)), len(list(permutations("abcd"))), list(permutations([1], 2)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("a", 2)))
print(list(combinations_with_replacement("ABC", 2)))
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b), len(tee("x", 3)), tee("x", 0))
for f in [lambda: islice([1], -1), lambda: islice([1], 1, -1), lambda: islice([1], 0, 5, 0),
          lambda: islice([1], "a"), lambda: islice([1]), lambda: islice(3, 1), lambda: count("a"),
          lambda: repeat(1, "x"), lambda: permutations([1], -1), lambda: combinations([1], -1),
          lambda: product([1], repeat=-1), lambda: batched([1], 0), lambda: list(chain(1)),
          lambda: tee([1], -1), lambda: accumulate(5), lambda: cycle(5), lambda: starmap(len),
          lambda: zip_longest(1), lambda: pairwise(1), lambda: list(groupby(1))]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for args in [(5, 2), (0, 5, 2), (0, 6, 4), (2, None, 3), (3,), (0, 0), (1, 1), (4, 20, 5), (None, 3)]:
    it = iter(range(10))
    print(args, list(islice(it, *args)), next(it, "end"))
