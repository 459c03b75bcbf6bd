# struct: formats, sizes and native alignment, every format character, byte orders,
# pack/unpack/pack_into/unpack_from/iter_unpack, the Struct class, and CPython 3.12's
# errors (struct.error, TypeError, OverflowError) with their messages.
import struct
from array import array


def t(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print('error', struct.error, struct.error.__mro__, struct.error.__module__)
print('Struct', struct.Struct.__name__, struct.Struct.__module__)
print('all', sorted(struct.__all__))

# calcsize of every character under every prefix, alone and after a char (alignment).
for p in '@=<>!':
    row = []
    for c in 'xcbB?hHiIlLqQnNefdspP':
        try:
            row.append('%s:%d/%d' % (c, struct.calcsize(p + c), struct.calcsize(p + 'c' + c)))
        except struct.error as e:
            row.append('%s:%s' % (c, e))
    print('calcsize', p, ' '.join(row))

for f in ['c0i', 'c0q', '<c0q', 'bh', 'bhid', 'b e', 'ic', 'ci', '3x', '3xi', '10s', '10p',
          '0s', '0p', 'i i', ' \t\ni', '2h3l', '!2h3l', 'qb', 'bq', 'P?P', '5?', '']:
    t('calcsize %r' % f, struct.calcsize, f)
for f in ['3', 'z', '<n', '=N', '>P', 'i\0', '99999999999999999999i', '9999999999999999999i',
          '2 i', 'ii3', b'<i', b'z', 5, None]:
    t('calcsize bad %r' % (f,), struct.calcsize, f)
t('calcsize none', struct.calcsize)
t('calcsize two', struct.calcsize, 'i', 'j')
t('calcsize kw', struct.calcsize, format='i')

# Integers: limits of each code, native and standard, and one past them.
for c in 'bBhHiIlLqQnN':
    for p in '@<>':
        if p != '@' and c in 'nN':
            continue
        fmt = p + c
        size = struct.calcsize(fmt)
        if c.islower():
            lo, hi = -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1
        else:
            lo, hi = 0, (1 << (8 * size)) - 1
        ok = [struct.pack(fmt, lo), struct.pack(fmt, hi), struct.unpack(fmt, struct.pack(fmt, lo)),
              struct.unpack(fmt, struct.pack(fmt, hi))]
        print('int', fmt, ok)
        for v in [lo - 1, hi + 1, 2 ** 70, -2 ** 70]:
            t('  range %s %d' % (fmt, v), struct.pack, fmt, v)
for v in [1.5, '1', None, [], 1j]:
    t('not int %r' % (v,), struct.pack, 'i', v)
    t('not int < %r' % (v,), struct.pack, '<q', v)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        return 1.5


t('index', struct.pack, '>i', Idx(7))
t('index big', struct.pack, '>h', Idx(70000))
t('index bad', struct.pack, 'i', BadIdx())
t('bool', struct.pack, 'i', True)
t('P', struct.pack, 'P', 12345)
t('P -1', struct.pack, 'P', -1)
t('P 2**64', struct.pack, 'P', 2 ** 64)
t('P -2**63-1', struct.pack, 'P', -2 ** 63 - 1)
t('P float', struct.pack, 'P', 1.5)
t('P back', struct.unpack, 'P', struct.pack('P', -1))
t('nN', struct.unpack, 'nN', struct.pack('nN', -1, 2 ** 64 - 1))
t('>q', struct.pack, '>q', -2)
t('!H', struct.pack, '!H', 258)
t('mixed', struct.unpack, '<hHiIqQ', struct.pack('<hHiIqQ', -1, 65535, -2, 3, -4, 5))
t('=l', struct.pack, '=l', -3)

# Floats.
for fmt in ['<e', '>e', '<f', '>f', '@f', '<d', '>d', '@d', '@e']:
    for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-8, 6e-8, 5.960464477539063e-08, 65504.0, 65519.0,
              65520.0, 3.4028235e38, 3.5e38, 1e300, float('inf'), float('-inf'), float('nan'),
              2, True, 2 ** 70]:
        try:
            b = struct.pack(fmt, v)
            print('float', fmt, repr(v), b, struct.unpack(fmt, b))
        except Exception as e:
            print('float', fmt, repr(v), type(e).__name__, e)
for v in ['a', None, 10 ** 400, Idx(3), []]:
    t('not float %r' % (type(v).__name__,), struct.pack, 'd', v)
    t('not float e %r' % (type(v).__name__,), struct.pack, 'e', v)
for raw in [b'\x01\x00', b'\x00\x7c', b'\x00\xfc', b'\x01\x7c', b'\x00\xfe', b'\xff\x7b',
            b'\x00\x04', b'\xff\x03']:
    t('half %r' % raw, struct.unpack, '<e', raw)
t('f round', struct.unpack, 'f', struct.pack('f', 1.1))
t('d round', struct.unpack, '>d', struct.pack('>d', 1.1))

# Bytes, chars, bools, padding.
t('c', struct.pack, 'c', b'a')
t('3c', struct.unpack, '3c', b'abc')
for v in [1, b'ab', b'', 'a', bytearray(b'a')]:
    t('c bad %r' % (v,), struct.pack, 'c', v)
for f, v in [('5s', b'abcdefg'), ('5s', b'ab'), ('5s', bytearray(b'ab')), ('0s', b'ab'),
             ('s', b''), ('5p', b'abcdefg'), ('5p', b'ab'), ('1p', b'ab'), ('0p', b'ab'),
             ('p', b'x'), ('3p', bytearray(b'xyz'))]:
    t('str %s %r' % (f, v), struct.pack, f, v)
t('300p', lambda: struct.pack('300p', b'a' * 280)[:3])
t('300p len', lambda: len(struct.pack('300p', b'a' * 280)))
for f, v in [('s', 3), ('p', 'x'), ('5s', 'abc'), ('s', None)]:
    t('str bad %s %r' % (f, v), struct.pack, f, v)
t('5p unpack', struct.unpack, '5p', b'\x09abcd')
t('5p unpack short', struct.unpack, '5p', b'\x02abcd')
t('5s unpack', struct.unpack, '5s', b'ab\x00cd')
t('?', struct.pack, '?', 5)
t('? list', struct.pack, '?', [])
t('? str', struct.pack, '3?', 'x', '', 0.0)
t('? unpack', struct.unpack, '?', b'\x05')
t('<? unpack', struct.unpack, '<?', b'\x05')
t('3? unpack', struct.unpack, '3?', b'\x05\x00\x01')
t('x', struct.pack, '3x')
t('xi', struct.pack, '3xi', 1)
t('ci', struct.pack, 'ci', b'a', 1)
t('ic', struct.pack, 'ic', 1, b'a')
t('c0i', struct.pack, 'c0i', b'a')
t('bq', struct.pack, 'bq', 1, 2)
t('<bq', struct.pack, '<bq', 1, 2)
t('unpack align', struct.unpack, 'bhi', struct.pack('bhi', -1, -2, -3))
t('0i', struct.pack, '0i')
t('empty', struct.pack, '')
t('empty unpack', struct.unpack, '', b'')

# Argument counts and types.
t('pack none', struct.pack)
t('pack fewer', struct.pack, 'ii', 1)
t('pack more', struct.pack, 'i', 1, 2)
t('pack zero', struct.pack, 'i')
t('pack kw', struct.pack, 'i', 1, x=2)
t('pack fmt int', struct.pack, 3, 3)
t('pack fmt bytes', struct.pack, b'<h', 3)
t('pack fmt bytearray', struct.pack, bytearray(b'h'), 3)
t('pack =', struct.pack, '=', 1)
t('pack <<', struct.pack, '<<i', 1)
t('pack bad char', struct.pack, 'z', 1)
t('pack null', struct.pack, 'i\0', 1)
t('unpack one', struct.unpack, 'i')
t('unpack three', struct.unpack, 'i', b'abcd', b'x')
t('unpack str', struct.unpack, 'i', 'abcd')
t('unpack list', struct.unpack, 'i', [1, 2, 3, 4])
t('unpack short', struct.unpack, 'i', b'abc')
t('unpack long', struct.unpack, '5s', b'abcdefg')
t('unpack empty fmt', struct.unpack, '', b'x')
t('unpack bytearray', struct.unpack, '<i', bytearray(b'abcd'))
t('unpack array', struct.unpack, '<2h', array('h', [1, -2]))

# unpack_from and pack_into offsets.
data = b'abcdefgh'
for off in [0, 2, 4, 5, 8, 9, -1, -3, -4, -8, -9, -30]:
    t('unpack_from %d' % off, struct.unpack_from, '<i', data, off)
t('unpack_from kw', struct.unpack_from, '<h', buffer=data, offset=6)
t('unpack_from kw buffer', struct.unpack_from, '<h', buffer=data)
t('unpack_from none', struct.unpack_from, '<h')
t('unpack_from nothing', struct.unpack_from)
t('unpack_from float', struct.unpack_from, 'i', data, 1.5)
t('unpack_from big', struct.unpack_from, 'i', data, 2 ** 70)
t('unpack_from dup', struct.unpack_from, 'i', data, buffer=data)
t('unpack_from extra', struct.unpack_from, 'i', data, 0, 1)
t('unpack_from bad kw', struct.unpack_from, 'i', data, offst=1)
t('unpack_from both', struct.unpack_from, '<i', b'ab', -3)
for off in [0, 4, 5, 8, -2, -4, -8, -10]:
    buf = bytearray(8)
    t('pack_into %d' % off, struct.pack_into, '<i', buf, off, 0x01020304)
    print('  ->', buf)
buf = bytearray(2)
t('pack_into both', struct.pack_into, '<i', buf, -3, 1)
buf = bytearray(8)
t('pack_into float off', struct.pack_into, 'i', buf, 1.5, 1)
t('pack_into big off', struct.pack_into, 'i', buf, 2 ** 70, 1)
t('pack_into bad value', struct.pack_into, '<ii', buf, 0, 1, 1.5)
print('  unchanged', buf)
t('pack_into bytes', struct.pack_into, 'i', b'abcdefgh', 0, 1)
t('pack_into str', struct.pack_into, 'i', 'abcdefgh', 0, 1)
t('pack_into no offset', struct.pack_into, 'i', buf)
t('pack_into no buffer', struct.pack_into, 'i')
t('pack_into no values', struct.pack_into, 'i', buf, 0)
t('pack_into none', struct.pack_into)
t('pack_into kw', struct.pack_into, 'i', buf, 0, 1, x=1)
arr = array('i', [0, 0])
t('pack_into array', struct.pack_into, '<i', arr, 4, 77)
print('  ->', arr)

# iter_unpack.
it = struct.iter_unpack('>h', b'\x00\x01\x00\x02\x00\x03')
print('iter', type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it),
      it.__length_hint__())
print('iter list', list(struct.iter_unpack('<bB', b'\xff\xff\x01\x02')))
t('iter bad size', struct.iter_unpack, 'i', b'abcdef')
t('iter zero', struct.iter_unpack, '', b'abcdef')
t('iter zero x', struct.iter_unpack, '0i', b'')
t('iter str', struct.iter_unpack, 'i', 'str')
t('iter one', struct.iter_unpack, 'i')
t('iter empty', lambda: list(struct.iter_unpack('i', b'')))

# The Struct class.
s = struct.Struct('<2h')
print('Struct', s.format, s.size, type(s).__name__)
t('S pack', s.pack, 1, -2)
t('S pack few', s.pack, 1)
t('S unpack', s.unpack, b'\x01\x00\xfe\xff')
t('S unpack short', s.unpack, b'123')
t('S unpack_from', s.unpack_from, b'xx\x01\x00\xfe\xff', 2)
t('S unpack_from kw', s.unpack_from, b'xx\x01\x00\xfe\xff', offset=2)
t('S unpack_from buffer kw', s.unpack_from, buffer=b'\x01\x00\xfe\xff')
buf = bytearray(6)
t('S pack_into', s.pack_into, buf, 1, 5, 6)
print('  ->', buf)
print('S iter', list(s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x04\x00')))
b = struct.Struct(b'>i')
print('Struct bytes', b.format, type(b.format).__name__, b.size, b.unpack(b'\x00\x00\x01\x00'))
print('Struct native', struct.Struct('ci').size, struct.Struct('=ci').size)
t('Struct none', struct.Struct)
t('Struct int', struct.Struct, 1)
t('Struct two', struct.Struct, 'i', 'i')
t('Struct kw', lambda: struct.Struct(format='>h').size)
t('Struct bad', struct.Struct, 'z')
t('Struct too long', struct.Struct, '99999999999999999999i')
print('isinstance', isinstance(s, struct.Struct))
try:
    struct.pack('b', 1000)
except struct.error as e:
    print('caught struct.error', e.args, isinstance(e, Exception))
print('clearcache', struct._clearcache())
t('Struct fmt kw', struct.Struct, fmt=1)
t('S unpack_from bad kw', s.unpack_from, b'', bad=1)
t('S unpack_from none', s.unpack_from)
t('S unpack_from dup', s.unpack_from, b'1234', buffer=b'1234')
t('S unpack_from extra', s.unpack_from, b'1234', 0, 1)
t('S unpack none', s.unpack)
t('S iter_unpack none', s.iter_unpack)
t('S pack_into none', s.pack_into)
t('S pack_into short', s.pack_into, bytearray(4), 1, 1, 2)
t('S pack kw', s.pack, 1, 2, x=3)
t('unhashable fmt', struct.pack, ['i'], 1)
t('unhashable calcsize', struct.calcsize, bytearray(b'i'))
print('module names', sorted(x for x in dir(struct) if not x.startswith('__')))
import sys
import weakref
print('sizeof', sys.getsizeof(struct.Struct('<ih')), sys.getsizeof(struct.Struct('')),
      sys.getsizeof(struct.Struct('5s3i')), sys.getsizeof(struct.Struct('3x')),
      struct.Struct('ii').__sizeof__())
s = struct.Struct('i')
r = weakref.ref(s)
print('weakref', r() is s)
del s
print('weakref dead', r())
t('Struct as buffer', struct.unpack, 'i', struct.Struct('i'))
t('Struct unhashable?', lambda: type(hash(struct.Struct('i'))).__name__)

# Argument errors of the Struct methods and module functions, read-only attributes.
s = struct.Struct('<h')
t('pack kw', s.pack, x=1)
t('unpack kw', s.unpack, buffer=b'12')
t('unpack two', s.unpack, b'12', b'34')
t('pack_into kw', s.pack_into, bytearray(2), 0, 1, z=1)
t('iter_unpack kw', s.iter_unpack, buffer=b'12')
t('iter_unpack two', s.iter_unpack, b'12', 3)
t('unpack_from kw only', s.unpack_from, offset=0)
t('calcsize kw', struct.calcsize, format='h')
t('iter_unpack mod kw', struct.iter_unpack, 'h', buffer=b'12')
t('unpack mod kw', struct.unpack, 'h', buffer=b'12')
t('pack_into mod kw', struct.pack_into, 'h', bytearray(2), 0, 1, z=1)
t('unpack_from fmt kw', struct.unpack_from, format='h', buffer=b'12')
t('Struct format kw bytes', lambda: struct.Struct(format=b'<h').format)
t('Struct format kw and pos', struct.Struct, 'h', format='h')
t('Struct bad kw', struct.Struct, 'h', x=1)
t('Struct two', struct.Struct, 'h', 'i')
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00')
t('iter next', next, it)
t('iter list', list, it)
t('iter next end', next, it)
t('iter hint', it.__length_hint__)
t('size set', setattr, s, 'size', 3)
t('format set', setattr, s, 'format', 'i')
print('descriptors', struct.Struct.size, struct.Struct.format)
