# unpack_sequence: many tuple and list unpackings of 10 items in a row (plus starred forms).
import sys


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s, (a, b, c, d, e, f, g, h, i, j)


def do_starred(loops, seq):
    s = 0
    for _ in range(loops):
        first, *middle, last = seq
        *init, tail = seq
        head, second, *rest = seq
        s += first + last + len(middle) + len(init) + tail + head + second + len(rest)
    return s


def main(loops):
    t = tuple(range(10))
    lst = list(range(10, 20))
    print("tuple", do_unpacking(loops, t))
    print("list", do_unpacking(loops, lst))
    print("starred", do_starred(loops // 4, lst))
    try:
        a, b = t
    except ValueError as e:
        print("error", e)
    try:
        a, b, c = (1, 2)
    except ValueError as e:
        print("error", e)
    try:
        a, *b, c = [1]
    except ValueError as e:
        print("error", e)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
