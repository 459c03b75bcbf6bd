# cmath functions on finite values (bit-for-bit with CPython 3.12), complex format specs,
# containers, mixed int/float/complex arithmetic, negative bases to fractional powers,
# __complex__, and the operations complex does not support.
import cmath, math
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
for z in [1+2j, -3.5+0.25j, 0j, -4, 1e-320+1e-320j, 1e308+1e308j, 2.5, -0.0-1j, complex(3, -0.0)]:
    t(lambda: cmath.sqrt(z)); t(lambda: cmath.exp(z)); t(lambda: cmath.log(z)); t(lambda: cmath.log10(z))
    t(lambda: cmath.phase(z)); t(lambda: cmath.polar(z)); t(lambda: cmath.sin(z)); t(lambda: cmath.cos(z))
    t(lambda: cmath.sinh(z)); t(lambda: cmath.cosh(z))
t(lambda: cmath.rect(2, 0.5)); t(lambda: cmath.rect(2, 0)); t(lambda: cmath.log(8, 2)); t(lambda: cmath.log(2, 1)); t(lambda: cmath.log(1j, 1+1j))
t(lambda: cmath.exp(1000)); t(lambda: cmath.sqrt("x")); t(lambda: cmath.isclose(1+1j, 1+1.0000000001j)); t(lambda: cmath.isclose(1j, 2j, abs_tol=2))
print(cmath.pi, cmath.e, cmath.inf, cmath.infj, cmath.nanj, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
zs = [1+1j, 2j, 3, 1.5, -1j]
print(sum(zs), [z * 2 for z in zs], sorted(zs, key=abs), {1j: 1, 1j*1: 2}, 1j in [1j], (1+2j) ** 3, (1+2j) ** -2, 2 ** (1+1j), (1j) ** (1j))
print(f"{1+2j}", f"{1+2j:>12}", f"{-1.5-2.25j:+.3f}", f"{3j:+}", f"{1e20+1j:e}", f"{1+1j:_<14.2f}", format(0j, 'g'), str(-0j))
t(lambda: f"{1j:=10}"); t(lambda: f"{1j:010}"); t(lambda: f"{1j:d}"); t(lambda: f"{1j:%}"); t(lambda: f"{1j:xx}")
t(lambda: sorted([1j, 2j])); t(lambda: 1j > 1); t(lambda: max(1j, 2j)); t(lambda: [1j].index(1j)); t(lambda: complex(1, 2j)); t(lambda: complex(1j)); t(lambda: complex(real=2, imag=3)); t(lambda: complex(x=1))
t(lambda: (1+2j).__class__.__name__); t(lambda: type(1j)(2)); t(lambda: isinstance(1j, (int, float))); t(lambda: 1j + "a"); t(lambda: "a" * 1j); t(lambda: [1] * 1j); t(lambda: -1j); t(lambda: +1j); t(lambda: ~1j)
t(lambda: (-8) ** (1/3)); t(lambda: (-8.0) ** 0.5); t(lambda: pow(-2, 0.5)); t(lambda: (-2) ** -0.5); t(lambda: 0.0 ** -1.5); t(lambda: (-1) ** float('inf')); t(lambda: (-1.0) ** float('nan'))
class Z:
    def __complex__(self): return 3+4j
t(lambda: complex(Z())); t(lambda: cmath.sqrt(Z())); t(lambda: abs(3+4j)); t(lambda: hash(3+4j)); t(lambda: hash(complex(-1, 0))); t(lambda: hash(0.5j))
import sys; print(sys.getsizeof(3+4j), sys.getrefcount(1j) > 0)
print(1j.real, 1j.imag, (2+3j).conjugate(), type((1j).real), 1j == 1j, 1j != 2, 0j == 0, 0j == False, 1j is 1j)
