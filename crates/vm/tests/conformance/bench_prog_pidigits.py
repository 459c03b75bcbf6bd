# pidigits: digits of pi with the unbounded spigot (Gibbons), big-integer arithmetic.
import sys


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def main(n):
    digits = pi_digits(n)
    s = "".join(map(str, digits))
    for i in range(0, min(n, 100), 10):
        print(s[i:i + 10], ":%d" % (i + 10))
    print("count", len(s), "sum", sum(digits), "tail", s[-20:])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
