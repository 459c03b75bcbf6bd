# The built-in containers' operator methods as attributes (tools/difffuzz found them
# missing): super().__add__ in subclasses, unbound use, NotImplemented for other kinds.
import functools

class L(list):
    def __add__(self, o):
        return L(super().__add__(o))
    def __iadd__(self, o):
        r = super().__iadd__(o)
        print('iadd returns self:', r is self, type(r).__name__)
        return r

x = L([1])
print(x + [2], type(x + [2]).__name__)
x += [3]
print(x, type(x).__name__)

class D(dict):
    def __or__(self, o):
        return D(super().__or__(o))

print(D(a=1) | {'b': 2}, type(D(a=1) | {'b': 2}).__name__)
print(list.__add__([1], [2]), str.__mod__('%d', 3), dict.__or__({}, 1), set.__or__({1}, 2))
print([1].__iadd__((2,)), [1].__imul__(2), ('a',).__mul__(2), b'x'.__add__(b'y'), (1,).__rmul__(2))
print('a'.__rmod__(1), '%s'.__mod__([1]), b'%d'.__mod__(5), {1: 2}.__ror__({3: 4}))
print({1, 2}.__and__({2}), {1}.__rsub__({1, 2}), frozenset({1}).__xor__({2}), {1}.__isub__({1}))
d = {1: 2}
print(d.__ior__([(3, 4)]), d)
print(functools.reduce(list.__add__, [[1], [2], [3]]), functools.reduce(str.__add__, 'abc'))
for f, args in [(list.__add__, ([1], 5)), (str.__mul__, ('a', 1.5)), (tuple.__add__, ((), [])),
                (list.__mul__, ([1], 'x'))]:
    try:
        print(f(*args))
    except TypeError as e:
        print('TypeError', e)
