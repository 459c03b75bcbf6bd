# nqueens: all solutions of the n-queens puzzle via permutations filtered by diagonals (generators, sets).
import sys
from itertools import permutations


def n_queens(n):
    cols = range(n)
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def main(n):
    sols = list(n_queens(n))
    print("solutions", len(sols))
    print("first", sols[0], "last", sols[-1])
    print("checksum", sum(hash(s) % 1000 for s in sols), sum(sum(i * v for i, v in enumerate(s)) for s in sols))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 8)
