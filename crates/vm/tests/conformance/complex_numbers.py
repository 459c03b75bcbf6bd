# complex: arithmetic (Smith division, powers by squaring and in polar form), errors and
# their messages, the constructor (numbers, strings, keywords), repr of signed zeros, nan and
# inf parts, hashing against ints, equality, format(), getsizeof.
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
t(lambda: 1/0j); t(lambda: 0j**-1); t(lambda: 0j**1j); t(lambda: (1e200+1e200j)**2); t(lambda: complex(1e308,1)*10)
t(lambda: complex("1+2j")); t(lambda: complex(" ( 1e3-2.5j ) ")); t(lambda: complex("j")); t(lambda: complex("-j")); t(lambda: complex("1_0j")); t(lambda: complex("1+"))
t(lambda: complex("1", 2)); t(lambda: complex(1, "2")); t(lambda: complex([])); t(lambda: complex(1, [])); t(lambda: complex(1j, 1j))
t(lambda: 1j < 2j); t(lambda: 1j // 2); t(lambda: divmod(1j, 2)); t(lambda: int(1j)); t(lambda: float(1j)); t(lambda: round(1j)); t(lambda: abs(complex(1e308, 1e308)))
t(lambda: 1j % 2); t(lambda: -(0j)); t(lambda: (-1)**0.5); t(lambda: (-8)**(1/3)); t(lambda: pow(1j, 2, 3)); t(lambda: hash(1+0j) == hash(1)); t(lambda: hash(1.5+2j))
t(lambda: [complex(0,-0.0), complex(-0.0, 0), complex(-0.0,-0.0), complex(1,float('nan')), complex(float('inf'), -float('inf')), 1e16j, 1.5e-5+1j, 2.0+0j])
t(lambda: (1+2j).conjugate()); t(lambda: (1+2j).real); t(lambda: (3).imag); t(lambda: 1j == 1j + 0); t(lambda: 1+0j == 1); t(lambda: {1: 'a'}[1+0j])
t(lambda: format(1+2j, '.2f')); t(lambda: format(1+2j, '')); t(lambda: format(1.5-2j, '>20')); t(lambda: f"{1j:g}"); t(lambda: format(1+2j, 'e'))
t(lambda: str(1+2j)); t(lambda: sum([1j, 2, 3.5])); t(lambda: (1+2j)*(3-4j)); t(lambda: (1+2j)/(3-4j)); t(lambda: (1+1j)**2); t(lambda: (1+1j)**0.5); t(lambda: 2**(1j))
import sys; print(sys.getsizeof(1j), type(1j), isinstance(1j, complex), bool(0j), bool(1j))
import math
t(lambda: math.sqrt(1j)); t(lambda: 1j.real.__class__)
t(lambda: complex("nan+infj")); t(lambda: complex("1e500")); t(lambda: complex(True)); t(lambda: complex(10**400))
