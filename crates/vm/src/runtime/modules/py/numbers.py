# pymem's frozen `numbers` module: the numeric tower of abstract base classes (PEP 3141),
# Number > Complex > Real > Rational > Integral, with the built-in int, float and complex
# registered, and the concrete methods each level derives from the levels below it.

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(owner, *names):
    """Abstract methods a concrete numeric class must define, one per name; calling one
    (through super(), say) raises NotImplementedError."""
    methods = []
    for name in names:
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = owner + '.' + name
        methods.append(abstractmethod(method))
    return methods[0] if len(methods) == 1 else tuple(methods)


def _abstract_property(owner, name):
    return property(_abstract(owner, name))


class Number(metaclass=ABCMeta):
    """The root of the numeric tower; isinstance(x, Number) says whether x is a number."""

    __slots__ = ()
    # Numbers that compare equal must hash equal: each concrete class provides its own.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the built-in complex type."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a built-in complex."""

    def __bool__(self):
        """True unless the value is zero."""
        return self != 0

    real = _abstract_property('Complex', 'real')
    imag = _abstract_property('Complex', 'imag')
    __add__, __radd__, __neg__, __pos__ = _abstract(
        'Complex', '__add__', '__radd__', '__neg__', '__pos__')

    # Subtraction is addition of the negation.
    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other

    (__mul__, __rmul__, __truediv__, __rtruediv__, __pow__, __rpow__, __abs__, conjugate,
     __eq__) = _abstract('Complex', '__mul__', '__rmul__', '__truediv__', '__rtruediv__',
                         '__pow__', '__rpow__', '__abs__', 'conjugate', '__eq__')


Complex.register(complex)


class Real(Complex):
    """Complex numbers on the real line: ordered, and convertible to float."""

    __slots__ = ()

    __float__, __trunc__, __floor__, __ceil__, __round__ = _abstract(
        'Real', '__float__', '__trunc__', '__floor__', '__ceil__', '__round__')

    # divmod() from floor division and modulo.
    def __divmod__(self, other):
        return self // other, self % other

    def __rdivmod__(self, other):
        return other // self, other % self

    __floordiv__, __rfloordiv__, __mod__, __rmod__, __lt__, __le__ = _abstract(
        'Real', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__', '__lt__', '__le__')

    # As a complex number: no imaginary part, its own conjugate.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are a ratio of two integers in lowest terms."""

    __slots__ = ()

    numerator = _abstract_property('Rational', 'numerator')
    denominator = _abstract_property('Rational', 'denominator')

    def __float__(self):
        # int / int rounds correctly, however large the two integers are.
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers whose denominator is 1, with the bitwise operations of int."""

    __slots__ = ()

    __int__ = _abstract('Integral', '__int__')

    def __index__(self):
        return int(self)

    (__pow__, __lshift__, __rlshift__, __rshift__, __rrshift__, __and__, __rand__, __xor__,
     __rxor__, __or__, __ror__, __invert__) = _abstract(
        'Integral', '__pow__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__',
        '__and__', '__rand__', '__xor__', '__rxor__', '__or__', '__ror__', '__invert__')

    # As a Rational: itself over 1.
    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)

del _abstract, _abstract_property
