# typing.NamedTuple as a base class: fields from annotations, defaults from the body (none
# may follow a default-less field: the error lists the defaults before it), the body's
# methods copied over, names that may not be overwritten.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point._fields, Point._field_defaults, Point.__bases__)


def t(source):
    try:
        exec(source, {'NamedTuple': NamedTuple, '__name__': 'made'})
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)


t('class A(NamedTuple):\n    a: int = 1\n    b: int\n')
t('class B(NamedTuple):\n    a: int = 1\n    b: int = 2\n    c: int\n    d: int = 4\n')
t('class C(NamedTuple):\n    a: int\n    b: int = 2\n    c: int\n')
t('class D(NamedTuple):\n    a: int\n    def _replace(self):\n        pass\n')
t('class E(NamedTuple):\n    a: int\n    _fields = 1\n')
t('class F(NamedTuple):\n    a: int\n    other = 5\n')
