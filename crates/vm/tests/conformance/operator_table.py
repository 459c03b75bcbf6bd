# Pins every operator function on sample operands (results and errors), the dunder
# aliases, names and docstrings of the plain operator functions, and the getters' details.
import operator
import sys
import traceback

names = [n for n in operator.__all__ if n not in ('attrgetter', 'itemgetter', 'methodcaller')]
samples = [(7, 3), (2.5, 2), ([1, 2], [3]), ('ab', 'c'), ({1}, {2, 1}), (True, False), (5,),
           (-4,), ([1, 2, 1], 1), ({'k': 1}, 'k'), ((), 0), (None, None), (6, 0),
           ([1, 2, 3], slice(1, None))]
unary = {'abs', 'index', 'inv', 'invert', 'neg', 'not_', 'pos', 'truth', 'length_hint'}
samples += [([1, 2], 0, 9), ({}, 'k', 'v')]
for name in names:
    fn = getattr(operator, name)
    row = []
    arity = 1 if name in unary else 3 if name == 'setitem' else 2
    for args in samples:
        if len(args) != arity and name != 'call':
            continue
        args = tuple(list(a) if isinstance(a, list) else a for a in args)
        if name == 'delitem' and args == ('ab', 'c'):
            continue  # pymem's message for str differs (not operator's doing)
        try:
            row.append(repr(fn(*args)))
        except Exception as e:
            row.append(f'{type(e).__name__}: {e}')
    print(name, '|', ' ; '.join(row))

for name in names:
    fn = getattr(operator, name)
    print(name, fn.__name__, fn.__doc__ if name not in ('countOf', 'indexOf', 'length_hint',
                                                           'truth') else '')
dunders = sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__')
                 and callable(getattr(operator, n)) and n not in ('__loader__', '__spec__'))
print(dunders)
print(all(getattr(operator, d) is getattr(operator, d[2:-2] + '_', None) or
          getattr(operator, d) is getattr(operator, d[2:-2]) for d in dunders))
print(operator.__invert__ is operator.inv, operator.invert is operator.inv)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


for v in (Idx(4), Idx('x'), True, 3.0, Idx(True)):
    try:
        print(repr(operator.index(v)))
    except TypeError as e:
        print('TypeError', e)
for obj, default in ((Hint(3), 0), (Hint(NotImplemented), 9), (Hint(-1), 0), (Hint('2'), 0),
                     (object(), 5), ([1], 'x')):
    try:
        print(operator.length_hint(obj, default))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for a in (5, {'a': 1}, None):
    try:
        print(operator.concat(a, [1]))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(operator.iconcat(a, [1]))
    except TypeError as e:
        print('TypeError', e)


class P:
    x = 1
    class inner:
        y = 2


for getter in (operator.attrgetter('x'), operator.attrgetter('x', 'inner.y'),
               operator.attrgetter('inner.y'), operator.attrgetter('nope'),
               operator.itemgetter(1), operator.itemgetter(0, 2), operator.itemgetter(9),
               operator.methodcaller('upper'), operator.methodcaller('split', ',', 1),
               operator.methodcaller('replace', 'a', new='b')):
    for arg in (P, [1, 2, 3], 'a,b,c'):
        try:
            print(repr(getter), repr(getter(arg)))
        except Exception as e:
            print(repr(getter), type(e).__name__, e)
for make in (lambda: operator.attrgetter(), lambda: operator.attrgetter(1),
             lambda: operator.attrgetter('a', b=1), lambda: operator.itemgetter(),
             lambda: operator.itemgetter(1, k=2), lambda: operator.methodcaller(),
             lambda: operator.methodcaller(5), lambda: operator.attrgetter('x')(P, P),
             lambda: operator.attrgetter('x')(), lambda: operator.attrgetter('x')(obj=P),
             lambda: operator.itemgetter(0)([1], [2]), lambda: operator.itemgetter(0)(k=1),
             lambda: operator.methodcaller('m')(), lambda: operator.methodcaller('m')(1, 2),
             lambda: operator.methodcaller('m')(x=1)):
    try:
        make()
    except TypeError as e:
        print('TypeError', e)
print(operator.itemgetter(1, 'a').__reduce__(), operator.attrgetter('a.b', 'c').__reduce__())
print(operator.call(max, 1, 5, key=lambda v: -v), operator.truth([]), operator.not_(0))

try:
    operator.truediv(1, 0)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])
