# fractions.Fraction: construction, arithmetic with int/float/complex, comparisons,
# hashes, rounding, limit_denominator, formatting and the common errors.
import math
import random
from fractions import Fraction
import numbers

F = Fraction


def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
    else:
        print(expr, '->', repr(r))


print('-- construction')
for e in ["F()", "F(7)", "F(-7)", "F(10, -8)", "F(0, -5)", "F(3, 4)", "F(True)",
          "F(F(1, 7), 5)", "F(F(1, 7), F(2, 3))", "F(1.47)", "F(2.25)", "F(-0.0)",
          "F('314')", "F('-35/4')", "F('3.1415')", "F('-47e-2')", "F('1.5')", "F(' -2e3 ')",
          "F('3/4')", "F(' 3 / 4 ')", "F('.5')", "F('5.')", "F('1.e5')", "F('+1E+2')",
          "F('1_000.000_1')", "F('1_0/2_0')", "F('\\u0661/\\u0662')", "F('\\t7\\n')",
          "F('.')", "F('')", "F('1/')", "F('/2')", "F('1 /2 ')", "F('1__0')", "F('_1')",
          "F('1.5/2')", "F('1e')", "F('3/-4')", "F('- 3')", "F('inf')", "F('nan')",
          "F('0x10')", "F('1.dd')",
          "F(1, 0)", "F(F(1, 2), 0)", "F('-3/0')", "F(1, 2.0)", "F(1.5, 2)", "F([])",
          "F(None)", "F(1j)", "F(float('inf'))", "F(float('-inf'))", "F(float('nan'))",
          "F(numerator=3, denominator=6)", "F.from_float(0.1)", "F.from_float(3)",
          "F.from_float('a')", "F.from_decimal(5)", "F.from_decimal(1.5)"]:
    show(e)

print('-- attributes')
x = F(-6, 4)
print(x.numerator, x.denominator, x.as_integer_ratio(), x.is_integer(), F(4, 2).is_integer())
print(repr(x), str(x), str(F(5)), repr(F(5)), x.real, x.imag, x.conjugate())
print(isinstance(x, numbers.Rational), isinstance(x, numbers.Real), isinstance(x, numbers.Integral))
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1.0, numbers.Rational),
      isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real), issubclass(bool, numbers.Number))
print(Fraction.__add__.__name__, Fraction.__radd__.__name__, Fraction.__rtruediv__.__name__)

class MyF(F):
    pass

m = MyF(3, 9)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(+m).__name__, repr(-m))

print('-- arithmetic')
for e in ["F(1, 2) + F(1, 3)", "F(1, 2) + 1", "1 + F(1, 2)", "F(1, 2) + 0.25", "0.25 + F(1, 2)",
          "F(1, 2) + 1j", "1j + F(1, 2)", "F(1, 2) - F(1, 3)", "3 - F(1, 3)", "F(1, 3) - 1.0",
          "F(2, 3) * F(9, 4)", "F(2, 3) * 3", "F(2, 3) * 1.5", "F(2, 3) / F(4, 9)", "1 / F(3)",
          "F(3, 4) / 0", "F(3, 4) / F(0)", "F(3, 4) / 0.0", "F(7, 2) // 2", "F(-7, 2) // F(1, 3)",
          "7 // F(2, 3)", "F(3, 2) // 1.0", "F(7, 2) % 2", "F(-7, 2) % F(2, 3)", "F(1, 2) % 0.3",
          "divmod(F(7, 2), 2)", "divmod(7, F(2, 3))", "divmod(7.5, F(1, 2))", "F(3, 4) // 0",
          "F(3, 4) % 0", "divmod(F(3, 4), 0)", "F(2, 3) ** 3", "F(2, 3) ** -3", "F(-2, 3) ** -3",
          "F(-2, 3) ** -2", "F(0) ** -2", "F(0) ** 0", "F(4) ** F(1, 2)", "F(1, 2) ** 0.5",
          "F(1, 2) ** F(-2)", "2 ** F(-1)", "2 ** F(3)", "2.0 ** F(-1)", "4 ** F(1, 2)",
          "(-8) ** F(1, 3)", "F(1, 2) ** 1j", "-F(1, 2)", "+F(1, 2)", "abs(F(-1, 2))",
          "F(1, 2) + 'a'", "'a' * F(1, 2)", "F(1, 2) + None", "[1] * F(2)"]:
    show(e)

print('-- conversions and rounding')
for e in ["int(F(-7, 2))", "int(F(7, 2))", "float(F(1, 3))", "float(F(10**400, 3 * 10**399))",
          "complex(F(1, 2))", "math.trunc(F(-7, 2))", "math.floor(F(-7, 2))",
          "math.ceil(F(-7, 2))", "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))",
          "round(F(-7, 3))", "round(F(-7, 3), 1)", "round(F(25), -1)", "round(F(35), -1)",
          "round(F(1, 3), 0)", "round(F(2, 3), 3)", "bool(F(0))", "bool(F(1, 9))"]:
    show(e)

print('-- comparisons')
for e in ["F(1, 2) == 0.5", "F(1, 2) == F(2, 4)", "F(2) == 2", "F(1, 3) == 1 / 3",
          "F(1, 2) == 0.5 + 0j", "F(1, 2) == 0.5 + 1j", "F(1, 2) != 0.5", "F(1, 2) < 1",
          "F(1, 2) < 0.5", "F(1, 2) <= 0.5", "F(1, 3) > 0.3", "F(1, 3) >= F(1, 3)",
          "1 < F(3, 2)", "0.3 < F(1, 3)", "F(1) < float('inf')", "F(1) > float('nan')",
          "F(1) == float('nan')", "F(1) == float('inf')", "F(1) < 1j", "F(1) < 'a'",
          "F(1) == 'a'", "sorted([F(1, 2), 0.25, 1, F(1, 3)])", "max(F(1, 2), F(2, 3))"]:
    show(e)

print('-- hashes')
for v in [F(1, 2), F(-1), F(-1, 2), F(1, 3), F(7), F(10**30, 7), F(2**61 - 1, 2), F(1, 2**61 - 1),
          F(-5, 2**61 - 1), F(0)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)) == hash(-1),
      hash(F(3, 8)) == hash(0.375), len({F(1, 2), 0.5, F(2, 4)}))

print('-- limit_denominator')
pi = F('3.141592653589793')
for m in [1, 2, 7, 10, 100, 1000, 10**6]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(F(4321, 8765).limit_denominator(10000)), repr(F(5, 2).limit_denominator(1)),
      repr(F(7, 2).limit_denominator(1)), repr(F(-1, 3).limit_denominator(2)),
      repr(F(0.1).limit_denominator()))
show("F(1, 3).limit_denominator(0)")

print('-- formatting')
for spec in ['', 'f', '.2f', '.0f', '#.0f', '10.3f', '<10.3f', '^11.2f', '*>12.4e', '=+12.2f',
             '+.3e', 'E', '.3g', 'g', '#g', '.0g', '.1%', '%', 'z.1f', '010.2f', '010,.2f',
             '_.3f', ',f', '020,.2f', ' .2f', '-.2f', 'G', '.10g', '.3F', '0.2f']:
    for v in [F(22, 7), F(-1, 3), F(12345678, 3), F(1, 10**7), F(0), F(-1, 10**9), F(5, 2)]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), type(e).__name__ + ':', e)
for spec in ['10', 'd', 'x', '007f', '<010f', '.01f', 'ff', ',_f']:
    show('format(F(1, 3), %r)' % spec)
print(f'{F(1, 3):.5f} {F(1, 3)} {F(2, 3)!r}')

print('-- random arithmetic against exact ints')
random.seed(1234)
acc = []
for i in range(300):
    a = F(random.randint(-10**6, 10**6), random.randint(1, 10**4))
    b = F(random.randint(-10**6, 10**6), random.randint(1, 10**4)) or F(1)
    s, d, p, q = a + b, a - b, a * b, a / b
    assert s.numerator * a.denominator * b.denominator == s.denominator * (a.numerator * b.denominator + b.numerator * a.denominator)
    assert math.gcd(q.numerator, q.denominator) == 1 and q.denominator > 0
    acc.append((s, d, p, q, a // b, a % b, round(a, 2), hash(q), float(q), a < b, a == b))
print(acc[:3])
print(sum(x[0] for x in acc), sum(x[3] for x in acc), sum(x[7] for x in acc) % 1000003,
      sum(x[8] for x in acc), sum(x[4] for x in acc), sum(x[5] for x in acc))
print(sum(F(1, n) for n in range(1, 30)))

import copy
h = F(1, 3)
print(copy.copy(h) is h, copy.deepcopy(h) is h, h.__reduce__())
