# match: sequence patterns (list/tuple syntax, star patterns)
import collections


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case (first, *middle, last) if len(middle) > 2:
            return f"long: {first} {middle} {last}"
        case [1, *rest]:
            return f"starts with 1, rest={rest}"
        case [*init, 0]:
            return f"ends with 0, init={init}"
        case [_, _, *_]:
            return "three or more"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (3, 4), [1, 2, 3], [5, 6, 0], [5, 6, 7],
          list(range(8)), range(3), range(0), "ab", b"ab", bytearray(b"ab"), "", {1: 2},
          {1, 2}, 3, collections.deque([1, 2]), iter([1])]:
    print(type(v).__name__, repr(v) if not hasattr(v, "__next__") else "", "->", seq(v))

# Nested sequences
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print("nested:", a, b, c, d, e)

# A star capture is always a list, even for tuples and ranges
match (1, 2, 3):
    case (a, *b):
        print("tuple star:", a, b, type(b).__name__)
match range(5):
    case [*a, b, c]:
        print("range star:", a, b, c)
match (1,):
    case [a, *b]:
        print("empty star:", a, b)

# Sub-patterns that fail leave the rest untested
match [1, 2]:
    case [2, x]:
        print("wrong")
    case [1, 3]:
        print("wrong")
    case [1, 2]:
        print("exact [1, 2]")

# Tuples and lists are interchangeable
match [1, 2]:
    case (1, 2):
        print("list matched tuple syntax")
match (1, 2):
    case [1, 2]:
        print("tuple matched list syntax")

# Parenthesized single pattern is not a tuple
match 5:
    case (5):
        print("(5) is just 5")


# A user sequence-like class is not a sequence
class Seqish:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match Seqish():
    case [a, b]:
        print("Seqish matched")
    case _:
        print("Seqish is not a sequence")


# namedtuple is a tuple
P = collections.namedtuple("P", "x y")
match P(1, 2):
    case [a, b]:
        print("namedtuple as sequence:", a, b)

# With a `*_` the items are fetched by index: a huge range is never unpacked
match range(10**12):
    case [first, second, *_, last]:
        print("huge range:", first, second, last)
match collections.deque(range(5)):
    case [a, *_, b, c]:
        print("deque by index:", a, b, c)
match [1]:
    case [_, _, *_]:
        print("wrong")
    case [*_]:
        print("[*_] matches any sequence")
match (1, [2, 3], 4):
    case (1, [x, *_], *_):
        print("nested star wildcards:", x)
