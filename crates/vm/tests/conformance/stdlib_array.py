# array: every type code, construction from each kind of initializer, the methods,
# indexing and slicing (assignment and deletion too), operators, comparisons, repr, and
# sys.getsizeof after each kind of growth and shrink (CPython's array_resize pattern);
# errors with CPython 3.12's types and messages.
import array as array_module
import copy
import random
import sys
from array import array


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print('module', array_module.typecodes, array_module.ArrayType is array, array)
print('names', array.__name__, array.__module__, array.__qualname__)

for c in array_module.typecodes:
    a = array(c)
    print('empty', c, a.itemsize, a.typecode, repr(a), len(a), bool(a), sys.getsizeof(a),
          a.__sizeof__())

# Growth: sizes after each append, and after the other ways of adding.
a = array('i')
sizes = []
for i in range(60):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print('append sizes', sizes)
b = array('d')
sizes = []
for i in range(30):
    b.insert(0, i)
    sizes.append(sys.getsizeof(b))
print('insert sizes', sizes)
print('range init', sys.getsizeof(array('d', range(10))), sys.getsizeof(array('i', range(100))))
print('list init', sys.getsizeof(array('b', [1, 2, 3])), sys.getsizeof(array('q', list(range(50)))))
print('tuple init', sys.getsizeof(array('h', (1, 2, 3, 4, 5))))
print('bytes init', sys.getsizeof(array('b', b'abc')), sys.getsizeof(array('i', b'12345678')),
      sys.getsizeof(array('B', bytearray(40))))
print('str init', sys.getsizeof(array('u', 'hello')))
print('same array init', sys.getsizeof(array('i', array('i', range(20)))))
print('other array init', sys.getsizeof(array('d', array('i', range(20)))))
print('iter init', sys.getsizeof(array('i', iter(range(9)))))
print('gen init', sys.getsizeof(array('i', (x for x in range(17)))))

a = array('d', range(10))
a.extend(range(3))
print('extend iter', len(a), sys.getsizeof(a))
a.extend(array('d', range(30)))
print('extend array', len(a), sys.getsizeof(a))
a.frombytes(array('d', [1.0, 2.0]).tobytes())
print('frombytes', len(a), sys.getsizeof(a))
a.fromlist([1.5] * 20)
print('fromlist', len(a), sys.getsizeof(a))
for i in range(40):
    a.pop()
print('pops', len(a), sys.getsizeof(a))
a.remove(0.0)
print('remove', len(a), sys.getsizeof(a))
del a[1:]
print('del slice', len(a), sys.getsizeof(a))
a.pop()
print('pop last', len(a), sys.getsizeof(a))
a.append(1.0)
print('append after empty', len(a), sys.getsizeof(a))

a = array('i', range(100))
del a[:90]
print('del head', sys.getsizeof(a))
a = array('i', range(100))
a *= 3
print('imul', len(a), sys.getsizeof(a))
a *= 0
print('imul 0', len(a), sys.getsizeof(a), a)
a = array('i', [1, 2])
a *= 1
print('imul 1', sys.getsizeof(a))
a = array('i', [1, 2])
a *= -3
print('imul -3', sys.getsizeof(a), a)
print('mul', sys.getsizeof(array('i', range(5)) * 3), sys.getsizeof(3 * array('i', range(5))))
print('add', sys.getsizeof(array('i', range(5)) + array('i', [1])))
a = array('i', [1, 2])
a += array('i', [3])
print('iadd', sys.getsizeof(a), a)
a = array('i', range(10))
a[2:4] = array('i', range(7))
print('slice grow', sys.getsizeof(a), a)
a = array('i', range(10))
a[1:3] = array('i')
print('slice shrink', sys.getsizeof(a), a)
a = array('i', range(40))
a[5:35] = array('i', [0])
print('slice shrink big', sys.getsizeof(a), len(a))
c = array('i', range(10))
del c[::3]
print('del ext', c, sys.getsizeof(c))
c = array('i', range(40))
del c[::-2]
print('del ext neg', c, sys.getsizeof(c))
print('slice copy', sys.getsizeof(array('i', range(3))[:2]), sys.getsizeof(array('i', range(30))[::2]))

# Random mix of operations: the allocation must follow CPython's at every step.
rng = random.Random(12345)
a = array('h')
trace = []
for step in range(400):
    op = rng.randrange(9)
    n = len(a)
    if op <= 2:
        a.append(rng.randrange(-100, 100))
    elif op == 3 and n:
        a.pop(rng.randrange(n))
    elif op == 4:
        a.extend(array('h', range(rng.randrange(0, 30))))
    elif op == 5:
        a.extend([1] * rng.randrange(0, 5))
    elif op == 6 and n:
        i = rng.randrange(n)
        j = rng.randrange(i, n + 1)
        del a[i:j]
    elif op == 7:
        i = rng.randrange(n + 1)
        a[i:i] = array('h', [7] * rng.randrange(0, 20))
    elif op == 8:
        a.insert(rng.randrange(-n - 2, n + 2), 5)
    trace.append(sys.getsizeof(a) - 80)
print('random sizes', trace)
print('random final', len(a), sum(a))

# Values of each type code: limits, conversions, errors.
limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
          'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
for c, (lo, hi) in limits.items():
    a = array(c, [lo, hi, 0])
    print('limits', c, a, a.tolist(), a.tobytes())
    for v in [lo - 1, hi + 1, 2 ** 20, -2 ** 20, 2 ** 40, -2 ** 40, 2 ** 70, -2 ** 70, 1.5, 'x',
              None, True]:
        t('  set %s %r' % (c, v), array, c, [v])
for c in 'fd':
    for v in [1, 1.1, -0.0, 1e300, 2 ** 70, float('inf'), float('nan'), True, 'a', None,
              10 ** 400]:
        t('float %s %r' % (c, v), lambda: array(c, [v]))


class Idx:
    def __index__(self):
        return 42


class Flt:
    def __float__(self):
        return 2.5


print('index item', array('i', [Idx()]), array('Q', [Idx()]), array('d', [Idx()]),
      array('f', [Flt()]))
t('float item in int array', array, 'i', [Flt()])
print('unicode', array('u', 'héllo'), array('u', ['a', 'b']), array('u', 'abc')[1])
for v in ['ab', '', 1, b'a']:
    t('unicode bad %r' % (v,), array, 'u', [v])

# Construction errors.
t('bad code', array, 'z')
t('two chars', array, 'bb')
t('int code', array, 3)
t('no args', array)
t('three args', array, 'i', [1], 2)
t('kw', array, 'i', initializer=[1])
t('str init', array, 'i', 'abc')
t('str init b', array, 'b', 'abc')
t('bytes init u', array, 'u', b'abcd')
t('bytes odd', array, 'i', b'abc')
t('int init', array, 'i', 5)
t('tuple', array, 'i', (1, 2))
t('range', array, 'i', range(3))
t('same array', array, 'i', array('i', [1, 2]))
t('int to double array', array, 'd', array('i', [1, 2]))
t('double to int array', array, 'i', array('d', [1, 2]))
t('u from u', array, 'u', array('u', 'ab'))
t('iterator', array, 'i', iter([1, 2]))
t('bool', array, 'i', [True, False])
t('bad in list', array, 'i', [1, 2, 'x'])

# Indexing and slicing.
a = array('i', [1, 2, 3])
t('get 5', lambda: a[5])
t('get -4', lambda: a[-4])
t('get -1', lambda: a[-1])
t('get str', lambda: a['x'])
t('get float', lambda: a[1.5])
t('get big', lambda: a[2 ** 70])
t('get idx', lambda: a[Idx()])


def setit(i, v):
    a[i] = v


def delit(i):
    del a[i]


t('set 5', setit, 5, 1)
t('set -1', setit, -1, 30)
t('set str', setit, 'x', 1)
t('set bad value', setit, 0, 'x')
t('set overflow', setit, 0, 2 ** 31)
t('set slice list', setit, slice(0, 1), [1])
t('set slice other code', setit, slice(0, 1), array('d', [1]))
t('set ext slice size', setit, slice(0, 3, 2), array('i', [1]))
t('set zero step', setit, slice(0, 3, 0), [1])
t('set ext slice', setit, slice(0, 3, 2), array('i', [10, 20]))
print(' ', a)
t('del 5', delit, 5)
t('del str', delit, 'x')
t('del -1', delit, -1)
print(' ', a)
a = array('i', range(10))
print('slices', a[1:3], a[::-1], a[::2], a[5:1], a[-100:100], a[-3:], a[:-7], a[1:8:3],
      a[8:1:-2])
c = array('i', range(10))
c[::2] = array('i', [0] * 5)
print('ext assign', c)
c = array('i', range(10))
c[2:5] = c
print('self assign', c)
c = array('i', range(10))
c[8:2] = array('i', [77])
print('empty slice assign', c)
c = array('i', range(10))
del c[8:2]
print('empty slice del', c, sys.getsizeof(c))
c = array('i', range(10))
c[::-3] = array('i', [-1, -2, -3, -4])
print('neg ext assign', c)
c = array('i', range(10))
c[5:] = array('i')
print('truncate', c, sys.getsizeof(c))

# Methods.
a = array('i', [1, 2, 3])
t('pop 5', a.pop, 5)
t('pop empty', array('i').pop)
t('pop str', a.pop, 'x')
t('pop two', a.pop, 1, 2)
t('pop 0', a.pop, 0)
t('pop -1', a.pop, -1)
print(' ', a)
a = array('i', [1, 2, 3, 2, 1])
t('remove 9', a.remove, 9)
t('remove 2', a.remove, 2)
print(' ', a)
t('index 9', a.index, 9)
t('index none', a.index)
t('index 1', a.index, 1)
t('index 1 from 1', a.index, 1, 1)
t('index 3 to -1', a.index, 3, 0, -1)
t('index 2 from 5', a.index, 2, 5)
t('index neg start', a.index, 1, -1)
t('index float', a.index, 2.0)
t('index str', a.index, 'x')
t('count 1', a.count, 1)
t('count 1.0', a.count, 1.0)
t('count none', a.count)
t('count two', a.count, 1, 2)
t('extend other code', a.extend, array('d'))
t('extend int', a.extend, 5)
t('extend bad item', a.extend, [1, 'x'])
print(' ', a)
t('extend gen', a.extend, (x * 10 for x in range(3)))
t('extend self', a.extend, a)
print(' ', a)
t('append none', a.append)
t('append two', a.append, 1, 2)
t('append str', a.append, 'x')
t('insert one', a.insert, 1)
t('insert str', a.insert, 'x', 1)
t('insert far', a.insert, 100, 9)
t('insert far neg', a.insert, -100, 8)
t('insert neg', a.insert, -1, 7)
print(' ', a)
a = array('i', [1, 2, 3])
t('frombytes odd', a.frombytes, b'abc')
t('frombytes str', a.frombytes, 'abc')
t('frombytes none', a.frombytes)
t('frombytes bytearray', a.frombytes, bytearray(b'\x04\x00\x00\x00'))
t('frombytes array', a.frombytes, array('h', [5, 0]))
t('frombytes byte array', a.frombytes, array('b', [5, 0, 0, 0]))
t('fromlist tuple', a.fromlist, (1,))
t('fromlist bad', a.fromlist, [6, 'x'])
print(' ', a, sys.getsizeof(a))
t('fromlist', a.fromlist, [6, 7])
t('tounicode', a.tounicode)
t('tounicode u', array('u', 'ab').tounicode)
t('fromunicode', a.fromunicode, 'x')
t('fromunicode bytes', array('u').fromunicode, b'x')
u = array('u', 'ab')
u.fromunicode('cd')
print('fromunicode ok', u, sys.getsizeof(u))
t('tobytes', a.tobytes)
t('tolist', a.tolist)
t('reverse', a.reverse)
print(' ', a)
t('byteswap', a.byteswap)
print(' ', a)
for c in array_module.typecodes:
    x = array(c, 'ab' if c == 'u' else [1, 2])
    x.byteswap()
    print('byteswap', c, x.tobytes())
print('byteswap d', array('d', [1.0]).tobytes())
info = a.buffer_info()
print('buffer_info', type(info).__name__, len(info), info[1] == len(a), type(info[0]).__name__,
      info[0] == a.buffer_info()[0])

# Operators and comparisons.
a = array('i', [8, 1, 2])
t('add int', lambda: a + 1)
t('add list', lambda: a + [1])
t('add other code', lambda: a + array('d'))
t('add', lambda: a + array('i', [5]))
t('mul str', lambda: a * 'x')
t('mul float', lambda: a * 2.0)
t('rmul', lambda: 2 * a)
t('mul neg', lambda: a * -1)
t('mul 0', lambda: a * 0)


def iadd(x):
    global a
    a += x
    return a


def imul(x):
    global a
    a *= x
    return a


t('iadd list', iadd, [1])
t('iadd other code', iadd, array('d'))
t('iadd', iadd, array('i', [4]))
t('imul str', imul, 'x')
t('imul float', imul, 1.5)
t('imul 2', imul, 2)
print('compare', a == array('i', [8, 1, 2, 4, 8, 1, 2, 4]), a != a, a == array('d', a.tolist()))
print('compare lt', array('b', [1, 2]) < array('b', [1, 3]), array('b', [1]) <= array('B', [1]),
      array('b', [1, 2]) > array('b', [1]), array('i', [2]) >= array('i', [1, 9]),
      array('i') < array('i', [0]))
print('compare other', array('i') == [], array('i', [1]) != [1], array('i') == 5)
print('nan', array('d', [float('nan')]) == array('d', [float('nan')]))
t('lt int', lambda: array('i') < 5)
t('hash', hash, array('i'))
t('len of', len, 5)
print('contains', 1 in a, 3 in a, 1.0 in a, 'x' in a, 8 not in a)
print('iterate', list(a), [x * 2 for x in array('h', [1, 2])], sum(array('d', [0.5, 0.25])),
      sorted(array('i', [3, 1, 2])), max(array('B', b'az')))
print('bool', bool(array('q')), bool(array('q', [0])), len(array('q', range(7))))
x = array('h', [1, -2])
print('bytes view', x.tobytes(), array('H', x.tobytes()), array('b', x.tobytes()))
print('floats', array('f', [0.1])[0], array('d', [0.1])[0], array('f', [1.1, 2.5]),
      array('d', [1.1, -0.0, float('inf')]))
print('repr', repr(array('u', "a'b\"c\n")), str(array('b', [1, 2])), array('u'), array('d'))

# Copies and subclasses.
a = array('i', [1, 2, 3])
b = copy.copy(a)
d = copy.deepcopy(a)
print('copy', b, b is a, b == a, d, d is a)
b.append(4)
print('copy independent', a, b)
print('reduce', a.__reduce_ex__(2)[1])


class Sub(array):
    pass


class Slotted(array):
    __slots__ = ()


s2 = Sub('i', [1, 2])
print('subclass', s2, type(s2).__name__, s2 + s2, type(s2 + s2).__name__, s2[:1],
      type(s2[:1]).__name__, isinstance(s2, array), sys.getsizeof(s2),
      sys.getsizeof(Slotted('i', [1])))
s2.extra = 5
print('subclass attr', s2.extra, s2.typecode, len(s2))

# How many times each operation converts a value (CPython's ins1 converts twice).
calls = []


class Counted:
    def __index__(self):
        calls.append(1)
        return 3

    def __float__(self):
        calls.append(1)
        return 3.0


for label, op in [('init list', lambda: array('i', [Counted()])),
                  ('init iter', lambda: array('i', iter([Counted()]))),
                  ('append', lambda: array('i').append(Counted())),
                  ('append d', lambda: array('d').append(Counted())),
                  ('insert', lambda: array('i').insert(0, Counted())),
                  ('extend', lambda: array('i').extend([Counted()])),
                  ('fromlist', lambda: array('i').fromlist([Counted()])),
                  ('setitem', lambda: array('i', [0]).__setitem__(0, Counted())),
                  ('struct', lambda: struct_pack('i', Counted()))]:
    del calls[:]
    from struct import pack as struct_pack
    op()
    print('conversions', label, len(calls))
print('bad u', end=' ')
try:
    array('u', b'\xff\xff\xff\xff')[0]
except ValueError as e:
    print(type(e).__name__, e)

# Arrays are bytes-like (the buffer protocol): bytes(), concatenation, join, decoding.
a = array('i', [1, 256])


class Slots(array):
    __slots__ = ('x',)


s = Sub('h', [1, 2])
s.y = 3
sl = Slots('b', [5])
sl.x = array('b', [9])
print('buffer', bytes(a), bytearray(a), b'x' + a, bytes(s), bytes(sl), b''.join([a, s]))
print('buffer compare', b'\x01\x00' in a, a == b'\x01\x00\x00\x00\x00\x01\x00\x00',
      b'\x01\x00\x00\x00\x00\x01\x00\x00' == a)
print('buffer int', int.from_bytes(array('B', [1, 2]), 'big'), str(array('b', b'hi'), 'ascii'))
ba = bytearray(b'xx')
ba += array('b', b'yz')
ba.extend(array('b', b'!'))
print('buffer bytearray', ba)
import struct as struct_module
print('buffer struct', struct_pack('<2h', *s), struct_module.unpack('<2h', s))

# Iteration, files, generic alias, abstract base classes.
import io
import collections.abc
print('generic', array[int], isinstance(array('i'), collections.abc.MutableSequence),
      hasattr(array, '__iter__'))
print('public', sorted(x for x in dir(array) if not x.startswith('_')))
print('module names', sorted(x for x in dir(array_module) if not x.startswith('_')))
a = array('i', [1, 2, 3])
it = iter(a)
print('iter', type(it), repr(it).split(' at ')[0], next(it), end=' ')
a.append(4)
print(list(it), list(reversed(a)))
f = io.BytesIO()
a.tofile(f)
print('tofile', f.getvalue())
f.seek(0)
c = array('i')
c.fromfile(f, 2)
print('fromfile', c, sys.getsizeof(c))
try:
    c.fromfile(f, 5)
except EOFError as e:
    print('fromfile short', type(e).__name__, e, c)
for bad in [-1, 1.5]:
    t('fromfile bad %r' % (bad,), c.fromfile, f, bad)

# Weak references (CPython's array keeps its weak list inside the object: no extra size).
import weakref
a = array('i', [1, 2])
r = weakref.ref(a)
print('weakref', r() is a, sys.getsizeof(a), sys.getsizeof(Sub('i')), sys.getsizeof(Slotted('i')))
del a
print('weakref dead', r())

# Argument errors of the methods (keywords, counts).
a = array('i', [1, 2, 3])
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)
t('append kw', a.append, x=1)
t('pop kw', a.pop, i=1)
t('insert kw', a.insert, 0, v=1)
t('index kw', a.index, 1, start=0)
t('tolist arg', a.tolist, 1)
t('tolist kw', a.tolist, x=1)
t('reverse arg', a.reverse, 1)
t('byteswap arg', a.byteswap, 1)
t('buffer_info arg', a.buffer_info, 1)
t('count kw', a.count, x=1)
t('extend kw', a.extend, x=1)
t('extend none', a.extend)
t('remove none', a.remove)
t('fromlist none', a.fromlist)
t('frombytes kw', a.frombytes, buffer=b'')
t('tounicode arg', array('u').tounicode, 1)
t('fromunicode none', array('u').fromunicode)
t('copy arg', a.__copy__, 1)
t('deepcopy none', a.__deepcopy__)
t('reduce_ex none', a.__reduce_ex__)
t('sizeof arg', a.__sizeof__, 1)
t('fromfile none', a.fromfile)
t('tofile none', a.tofile)

# An __index__ that empties the array while an index or a slice is read.
a = array('i', range(10))
class Shrink:
    def __index__(self):
        del a[:]
        return 5
for op in [lambda: a[Shrink()], lambda: a[Shrink():], lambda: a[:Shrink()], lambda: a.__setitem__(Shrink(), 1),
           lambda: a.__setitem__(slice(Shrink(), None), array('i', [1, 2])), lambda: a.__delitem__(slice(None, Shrink(), 2)),
           lambda: a.__delitem__(Shrink()), lambda: a.pop(Shrink()), lambda: a.insert(Shrink(), 3), lambda: a.index(0, Shrink())]:
    a.extend(range(10))
    try:
        print(op(), a)
    except Exception as e:
        print(type(e).__name__, e, a)

# Read-only attributes.
print('descriptors', array.typecode, array.itemsize)
t('set typecode', setattr, array('i'), 'typecode', 'd')
t('del itemsize', delattr, array('i'), 'itemsize')

import struct
# Subclasses of bytes, bytearray, str, int, float, list and tuple where the C code takes them.
class B(bytes): pass
class BA(bytearray): pass
class Str(str): pass
class I(int): pass
class F(float): pass
t('unpack B', struct.unpack, '<h', B(b'\x01\x00'))
t('unpack BA', struct.unpack, '<h', BA(b'\x01\x00'))
t('pack_into BA', struct.pack_into, '<h', BA(2), 0, 1)
t('pack s B', struct.pack, '3s', B(b'ab'))
t('pack c B', struct.pack, 'c', B(b'a'))
t('fmt B', struct.calcsize, B(b'<h'))
t('fmt Str', struct.calcsize, Str('<h'))
t('Struct Str', lambda: struct.Struct(Str('<h')).format)
t('int sub', struct.pack, '<q', I(2**62))
t('int sub big', struct.pack, '<q', I(2**64))
t('float sub', struct.pack, '<d', F(1.5))
t('array B', array, 'b', B(b'ab'))
t('array Str', array, 'u', Str('ab'))
t('array Str i', array, 'i', Str('ab'))
t('array frombytes BA', lambda: array('b', BA(b'xy')))
t('array I', array, 'i', [I(5)])
t('array F', array, 'd', [F(2.5)])
t('array u Str item', array, 'u', [Str('x')])
a = array('b')
a.frombytes(B(b'q'))
print(a)
t('typecode Str', lambda: array(Str('h'), [1]).typecode)
t('typecode Str long', array, Str('hh'))
class L(list): pass
class T(tuple): pass

print('list sub', array('i', L([1, 2, 3])), sys.getsizeof(array('i', L([1, 2, 3]))), array('i', T((4,))))
a = array('i')
a.fromlist(L([7, 8]))
print(a)
