# functools.total_ordering: for each root (<, <=, >, >=) the three derived operators, their
# results (including non-bool values passed through), NotImplemented from the root, the
# derived methods' names, the missing-root error; cmp_to_key's six comparisons.
import functools


class Truthy:
    # A non-bool result, to see what the derived operators return as is.
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        return self.flag

    def __repr__(self):
        return 'Truthy(%s)' % self.flag


def make(root):
    def compare(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        ops = {'__lt__': self.v < other.v, '__le__': self.v <= other.v,
               '__gt__': self.v > other.v, '__ge__': self.v >= other.v}
        return Truthy(ops[root]) if self.fancy else ops[root]

    def eq(self, other):
        return isinstance(other, type(self)) and self.v == other.v

    def init(self, v, fancy=False):
        self.v, self.fancy = v, fancy

    cls = type('By' + root.strip('_'), (), {root: compare, '__eq__': eq, '__init__': init,
                                             '__hash__': None})
    return functools.total_ordering(cls)


for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    cls = make(root)
    names = [(op, getattr(cls, op).__name__, getattr(cls, op).__qualname__)
             for op in ('__lt__', '__le__', '__gt__', '__ge__')]
    print(root, names)
    for fancy in (False, True):
        for a, b in ((1, 2), (2, 2), (3, 2)):
            x, y = cls(a, fancy), cls(b, fancy)
            print(' ', fancy, a, b, [x < y, x <= y, x > y, x >= y])
    x = cls(1)
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        print('  NotImplemented' if getattr(x, op)(5) is NotImplemented else '  value', op)
try:
    functools.total_ordering(type('None', (), {}))
except ValueError as e:
    print('ValueError:', e)


class Both:
    def __lt__(self, other):
        return 'lt'

    def __gt__(self, other):
        return 'gt'


Both = functools.total_ordering(Both)
print(Both() < 1, Both() > 1, Both.__le__.__name__, Both.__ge__.__name__)

key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
one, two = key(1), key(2)
print([one < two, one <= two, one > two, one >= two, one == two, one != two, one == key(1)])
print(sorted(['b', 'C', 'a'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
