# memoryview: construction, attributes, indexing, slicing with steps, casts, tolist,
# tobytes, hex, comparisons, hashing, writes shared with the exporter, and the consumers
# of bytes-like objects. Printed by value (addresses differ between runs).
import array
import gc
import struct
import sys


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r) if not isinstance(r, memoryview) else 'view')


def attrs(m):
    return (m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides,
            m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)


print('--- construction')
b = b'abcdef'
m = memoryview(b)
print(type(m).__name__, type(m) is memoryview, memoryview.__name__, m.obj is b)
print(attrs(m))
print(attrs(memoryview(bytearray(b'xy'))))
print(attrs(memoryview(array.array('i', [1, 2, 3]))))
print(attrs(memoryview(array.array('d', [1.5]))))
print(attrs(memoryview(array.array('u', 'hi'))))
print(attrs(memoryview(b'')))
mm = memoryview(m)
print(mm.obj is b, attrs(mm) == attrs(m), mm is m)
t('memoryview(5)', lambda: memoryview(5))
t('memoryview("s")', lambda: memoryview('abc'))
t('memoryview([])', lambda: memoryview([]))
t('memoryview()', lambda: memoryview())
t('memoryview(a, b)', lambda: memoryview(b'a', b'b'))
t('memoryview(object=)', lambda: memoryview(object=b'kw').tobytes())
t('memoryview(x=)', lambda: memoryview(x=b'kw'))
t('subclass', lambda: type('X', (memoryview,), {}))

print('--- repr and str')
r = repr(m)
print(r.startswith('<memory at 0x'), r.endswith('>'), str(m) == r)
print(repr(memoryview).startswith("<class 'memoryview'"))

print('--- indexing')
t('m[0]', lambda: m[0])
t('m[-1]', lambda: m[-1])
t('m[6]', lambda: m[6])
t('m[-7]', lambda: m[-7])
t('m[True]', lambda: m[True])
t('m[1.5]', lambda: m[1.5])
t('m["a"]', lambda: m['a'])
t('m[2**70]', lambda: m[2 ** 70])
t('m[(1,)]', lambda: m[(1,)])
t('m[()]', lambda: m[()])
t('m[1:2, 3:4]', lambda: m[1:2, 3:4])
t('m[0, 1]', lambda: m[0, 1])
t('m[...]', lambda: m[...])

print('--- slices')
for s in [slice(None), slice(1, 4), slice(None, None, 2), slice(None, None, -1),
          slice(5, 0, -2), slice(10, 20), slice(-3, None), slice(4, 1), slice(1, None, 3)]:
    v = m[s]
    print(s, v.tobytes(), v.tolist(), len(v), v.shape, v.strides, v.c_contiguous,
          v.nbytes, v.obj is b)
print(m[::2][::-1].tobytes(), m[1:][1:][1:].tobytes(), m[::-1][1::2].tobytes())
t('m[::0]', lambda: m[::0])

print('--- tolist, tobytes, hex')
a = array.array('h', [1, -2, 300, -32768])
ma = memoryview(a)
print(ma.tolist(), ma.tobytes() == a.tobytes(), ma[1], ma[-1], ma[::-1].tolist())
print(memoryview(array.array('f', [0.5, 2.25])).tolist())
print(memoryview(array.array('Q', [2 ** 64 - 1])).tolist())
print(memoryview(array.array('b', [-1, 5])).tolist())
t('u tolist', lambda: memoryview(array.array('u', 'ab')).tolist())
t('u item', lambda: memoryview(array.array('u', 'ab'))[0])
print(memoryview(b'\x00\xff\x10').hex(), m.hex(':'), m.hex('-', 2), m.hex(b'|', -4))
print(m[::-2].hex(' '))
t('hex(sep=xx)', lambda: m.hex('xx'))
t('hex(1)', lambda: m.hex(1))
t('tobytes(order=X)', lambda: m.tobytes('X'))
t('tobytes(1)', lambda: m.tobytes(1))
t('tobytes(None)', lambda: m.tobytes(None))
t('tobytes(order=A)', lambda: m.tobytes(order='A'))
t('tolist(1)', lambda: m.tolist(1))

print('--- casts')
raw = bytearray(range(24))
mr = memoryview(raw)
ci = mr.cast('i')
print(attrs(ci), ci.tolist())
c2 = mr.cast('h', [3, 4])
print(attrs(c2), c2.tolist())
c3 = mr.cast('B', (2, 3, 4))
print(attrs(c3), c3.tolist()[1][2])
print(c2.cast('B').tolist() == list(range(24)), c2.cast('c')[:3].tolist())
print(c2.tobytes('F')[:8], c2.tobytes('A') == bytes(raw), c2.tobytes('C') == bytes(raw))
print(c2[1:].tolist(), c2[::-1].tolist(), c2[::-2].strides, c2[1:].c_contiguous)
print(c2[1, 2], c2[-1, -1], c2[(0, 0)])
t('c2[0]', lambda: c2[0])
t('c2[0, 1, 2]', lambda: c2[0, 1, 2])
t('c2[5, 0]', lambda: c2[5, 0])
t('c2[0, -9]', lambda: c2[0, -9])
t('c2[:, 1]', lambda: c2[:, 1])
t('list(c2)', lambda: list(c2))
t('len(c2)', lambda: len(c2))
z = memoryview(b'Z').cast('B', [])
print(attrs(z), z[()], z.tolist(), z.tobytes())
t('z[0]', lambda: z[0])
t('len(z)', lambda: len(z))
t('list(z)', lambda: list(z))
t('z[...]', lambda: z[...])
print(memoryview(b'\x01\x00\x00\x00\x00\x00\xf0?').cast('d').tolist(),
      memoryview(b'\x00<').cast('e').tolist(), memoryview(b'\x00\x01\x02').cast('?').tolist(),
      memoryview(b'ab').cast('@c').tolist(), memoryview(b'ab').cast('@c').format)
print(memoryview(bytes(8)).cast('n').tolist(), memoryview(bytes(8)).cast('N').format,
      memoryview(bytes(8)).cast('P').tolist(), memoryview(bytes(16)).cast('L').tolist())
t('cast(1)', lambda: mr.cast(1))
t('cast(i, 3)', lambda: mr.cast('i', 3))
t('cast(i, [3.0])', lambda: mr.cast('i', [3.0]))
t('cast(i, [0])', lambda: mr.cast('i', [0]))
t('cast(i, [-1])', lambda: mr.cast('i', [-1]))
t('cast(i, [2])', lambda: mr.cast('i', [2]))
t('cast(xx)', lambda: mr.cast('xx'))
t('cast(<i)', lambda: mr.cast('<i'))
t('cast(s)', lambda: mr.cast('s'))
t('cast i->h', lambda: ci.cast('h'))
t('cast 2D->2D', lambda: c2.cast('B', [4, 6]))
t('cast strided', lambda: mr[::2].cast('B'))
t('cast 65 dims', lambda: mr.cast('B', [1] * 65))
t('cast zeros', lambda: mr[:0].cast('B', [0]))
t('cast empty 1D', lambda: mr[:0].cast('i').tolist())
t('cast multiple', lambda: memoryview(b'abc').cast('h'))
t('cast()', lambda: mr.cast())
t('cast(format=)', lambda: mr.cast(format='H', shape=[12]).shape)
t('cast(i, (2, 3))', lambda: mr.cast('i', (2, 3)).tolist())

print('--- writes')
ba = bytearray(b'hello world')
mb = memoryview(ba)
mb[0] = ord('J')
mb[-1] = 68
mb[1:3] = b'EL'
mb[6:11:2] = b'WRD'
print(ba, mb.tobytes(), mb[0])
ba[1] = ord('a')
print(mb[1], chr(mb[1]), bytes(mb[:5]))
mb[::-1] = bytes(ba)
print(ba)
mb[2:5] = mb[5:8]
print(ba)
mb[:] = ba[::-1]
print(ba)
t('mb[0] = 256', lambda: mb.__setitem__(0, 256))
t('mb[0] = -1', lambda: mb.__setitem__(0, -1))
t('mb[0] = 1.0', lambda: mb.__setitem__(0, 1.0))
t('mb[0] = "a"', lambda: mb.__setitem__(0, 'a'))
t('mb[0:2] = b"abc"', lambda: mb.__setitem__(slice(0, 2), b'abc'))
t('mb[0:2] = [1, 2]', lambda: mb.__setitem__(slice(0, 2), [1, 2]))
t('mb[0:2] = array', lambda: mb.__setitem__(slice(0, 2), array.array('H', [1])))
t('mb[0:1] = array B', lambda: mb.__setitem__(slice(0, 1), array.array('B', [0x41])))
t('mb[20] = 1', lambda: mb.__setitem__(20, 1))
t('mb[1.0] = 1', lambda: mb.__setitem__(1.0, 1))
t('del mb[0]', lambda: mb.__delitem__(0))
t('bytes view [0] = 1', lambda: memoryview(b'ab').__setitem__(0, 1))
t('del bytes view[0]', lambda: memoryview(b'ab').__delitem__(0))
print(ba)
mc = mb.cast('c')
mc[0] = b'Z'
t('c = b"ab"', lambda: mc.__setitem__(0, b'ab'))
t('c = 1', lambda: mc.__setitem__(0, 1))
t('c = bytearray', lambda: mc.__setitem__(0, bytearray(b'x')))
print(ba[:1])
fl = bytearray(8)
mf = memoryview(fl)
mf.cast('f')[0] = 1e300
mf.cast('d')[0] = 2
print(mf.cast('d').tolist())
t('f = 2**2000', lambda: mf.cast('f').__setitem__(0, 2 ** 2000))
t('e = 1e10', lambda: mf.cast('e').__setitem__(0, 1e10))
t('i = 2**40', lambda: mf.cast('i').__setitem__(0, 2 ** 40))
t('q = -2**63', lambda: mf.cast('q').__setitem__(0, -2 ** 63))
t('Q = -1', lambda: mf.cast('Q').__setitem__(0, -1))
mf.cast('?')[1] = []
mf.cast('?')[2] = 'x'
print(fl[:3])
c2[1, 2] = -7
print(c2[1, 2], c2.tolist()[1])
t('c2[0] = 5', lambda: c2.__setitem__(0, 5))
t('c2[0:1] = ...', lambda: c2.__setitem__(slice(0, 1), b'12345678'))
t('c2[0, 0, 0] = 5', lambda: c2.__setitem__((0, 0, 0), 5))
z2 = memoryview(bytearray(b'q')).cast('B', [])
z2[()] = 65
z2[...] = 66
print(z2[()], z2.obj)
t('z2[0] = 1', lambda: z2.__setitem__(0, 1))

print('--- arrays share memory')
arr = array.array('i', [10, 20, 30, 40])
mv = memoryview(arr)
mv[1] = -5
arr[2] = 99
print(arr, mv.tolist(), mv[2])
mv.cast('B')[0] = 0
print(arr[0], mv[::-1].tolist())
t('mv[0] = 2**31', lambda: mv.__setitem__(0, 2 ** 31))
mv[1:3] = array.array('i', [7, 8])
print(arr)
t('mv[1:3] = array I', lambda: mv.__setitem__(slice(1, 3), array.array('I', [7, 8])))

print('--- comparisons')
print(memoryview(b'abc') == b'abc', memoryview(b'abc') != b'abc', b'abc' == memoryview(b'abc'))
print(memoryview(b'abc')[::-1] == b'cba', memoryview(b'abc') == bytearray(b'abc'),
      memoryview(b'abc') == memoryview(b'abc'), memoryview(b'abc') == memoryview(b'abd'))
print(memoryview(b'abc') == 'abc', memoryview(b'abc') == [97, 98, 99], memoryview(b'') == b'')
print(memoryview(b'\x01\x00\x00\x00') == array.array('i', [1]),
      memoryview(b'\x01\x00\x00\x00').cast('i') == array.array('i', [1]),
      memoryview(b'\x01\x00\x00\x00').cast('i') == array.array('f', [1]),
      memoryview(b'\x01\x00\x00\x00').cast('i') == array.array('f', [1.5]))
nan = array.array('d', [1.0, float('nan')])
print(memoryview(nan) == nan, memoryview(nan)[:1] == nan[:1])
print(memoryview(b'a').cast('c') == memoryview(b'a'), memoryview(b'\x01').cast('?') == b'\x01')
print(c2 == c2, c2 == c2.tobytes(), c2.cast('B') == raw, memoryview(b'ab').cast('B', [1, 2]) == b'ab')
print(memoryview(array.array('u', 'ab')) == memoryview(array.array('u', 'ab')))
t('<', lambda: memoryview(b'a') < memoryview(b'b'))
t('>=', lambda: memoryview(b'a') >= b'a')

print('--- hash')
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abcd')[::2]) == hash(b'ac'))
print(hash(memoryview(b'abc').cast('c')) == hash(b'abc'),
      hash(memoryview(b'abc').cast('B', [1, 3])) == hash(b'abc'))
print(hash(memoryview(b'')) == hash(b''))
t('hash writable', lambda: hash(memoryview(bytearray(b'x'))))
t('hash h', lambda: hash(memoryview(b'abcd').cast('h')))
t('hash readonly bytearray', lambda: hash(memoryview(bytearray(b'a')).toreadonly()))
hv = memoryview(b'cached')
h = hash(hv)
hv.release()
print(hash(hv) == h, {memoryview(b'k'): 1}[b'k'] if False else 'dict ok')
print(memoryview(b'k') in {b'k'}, b'k' in {memoryview(b'k')})

print('--- toreadonly')
ro = mb.toreadonly()
print(ro.readonly, ro.obj is ba, ro.tobytes() == bytes(ba), ro[0])
t('ro[0] = 1', lambda: ro.__setitem__(0, 1))
print(ro.toreadonly().readonly, memoryview(ro).readonly, ro[1:].readonly, ro.cast('c').readonly)

print('--- iteration and contains')
print(list(memoryview(b'xyz')), [x for x in memoryview(array.array('h', [5, -6]))])
it = iter(memoryview(b'ab'))
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(98 in memoryview(b'ab'), b'a' in memoryview(b'ab'), 300 in memoryview(b'ab'))
print(b'\x02' in memoryview(b'ab').cast('c'), b'b' in memoryview(b'ab').cast('c'))
print(bool(memoryview(b'')), bool(memoryview(b'a')), list(reversed(memoryview(b'abc'))))
print(sorted(memoryview(b'cab')), sum(memoryview(b'\x01\x02')), max(memoryview(b'\x05\x09')))

print('--- consumers')
v = memoryview(b'hello')[1:4]
print(bytes(v), bytearray(v), b''.join([v, memoryview(b'!')]), b'-'.join([b'a', v]))
print(v in b'xellx', memoryview(b'el') in b'hello', b'hello'.find(memoryview(b'll')))
print(b'hello'.startswith(memoryview(b'he')), b'a,b'.split(memoryview(b',')))
print(b'abc' + memoryview(b'def'), bytearray(b'x') + memoryview(b'y'))
print(b'hello'.replace(memoryview(b'l'), memoryview(b'L')), b'xy'.strip(memoryview(b'x')))
print(struct.unpack('<hh', memoryview(b'\x01\x00\x02\x00')))
print(struct.unpack_from('<h', memoryview(b'\x00\x01\x00\x02\x00'), 1))
t('unpack strided', lambda: struct.unpack('<h', memoryview(b'\x01\x00\x02\x00')[::2]))
t('join strided', lambda: b''.join([memoryview(b'abcd')[::2]]))
t('find strided', lambda: b'abc'.find(memoryview(b'abcd')[::2]))
t('concat strided', lambda: b'abc' + memoryview(b'abcd')[::2])
t('bytes strided', lambda: bytes(memoryview(b'abcd')[::-2]))
t('bytearray strided', lambda: bytearray(memoryview(b'abcd')[::-2]))
buf = bytearray(8)
struct.pack_into('<i', memoryview(buf), 2, -1)
struct.pack_into('<h', memoryview(buf)[4:], 2, 258)
print(buf)
t('pack_into readonly', lambda: struct.pack_into('<h', memoryview(b'xx'), 0, 1))
t('pack_into strided', lambda: struct.pack_into('<b', memoryview(buf)[::2], 0, 1))
print(array.array('b', memoryview(b'\x01\x02')), int.from_bytes(memoryview(b'\x01\x00'), 'little'))
print(bytes(memoryview(array.array('h', [1, 2]))), bytes(c2)[:4], bytes(c2[::-1])[:4])
ba2 = bytearray(b'ab')
ba2 += memoryview(b'cd')
ba2.extend(memoryview(b'ef'))
print(ba2, len(memoryview(ba2)), len(c2), len(c2[1:]))
print(memoryview(b'abc').tobytes().decode(), str(memoryview(b'abc'), 'ascii') if False else '')

print('--- refcounts, sizes, gc')
obj = bytearray(10)
base = sys.getrefcount(obj)
v1 = memoryview(obj)
print(sys.getrefcount(obj) - base)
v2 = v1[1:]
v3 = memoryview(v1)
v4 = v1.cast('h')
print(sys.getrefcount(obj) - base, sys.getrefcount(v1))
v1.release()
print(sys.getrefcount(obj) - base)
del v2, v3
print(sys.getrefcount(obj) - base)
v4.release()
print(sys.getrefcount(obj) - base)
w1 = memoryview(obj)
w2 = memoryview(obj)
print(sys.getrefcount(obj) - base)
del w1, w2
print(sys.getrefcount(obj) - base)
print(sys.getsizeof(memoryview(b'')), sys.getsizeof(memoryview(b'abc')[::2]),
      sys.getsizeof(memoryview(bytes(6)).cast('B', [2, 3])),
      sys.getsizeof(memoryview(bytes(6)).cast('B', [1, 2, 3])),
      sys.getsizeof(memoryview(b'x').cast('B', [])))
print(gc.is_tracked(memoryview(b'')), gc.is_tracked(memoryview(bytearray())))
print('--- edges')
import copy
import weakref
e16 = memoryview(bytearray(16))
t('huge step', lambda: e16[::2 ** 100].strides)
t('huge negative step', lambda: e16[::-2 ** 100].strides)
t('huge step list', lambda: e16[::2 ** 62].tolist())
t('huge start', lambda: e16[2 ** 100:].tolist())
t('cast huge shape', lambda: e16.cast('B', [2 ** 62, 2 ** 62]))
t('cast huge int', lambda: e16.cast('B', [2 ** 100]))
t('cast bool shape', lambda: e16.cast('B', [True, 16]).shape)
t('cast 64 dims', lambda: memoryview(bytearray(1)).cast('B', [1] * 64).ndim)
t('tolist 64 dims', lambda: len(str(memoryview(bytearray(1)).cast('B', [1] * 64).tolist())))
t('cast non-ASCII', lambda: e16.cast('\xe9'))
t('cast empty', lambda: e16.cast(''))
t('cast @', lambda: e16.cast('@'))
t('tuple index huge', lambda: e16.cast('B', [4, 4])[2 ** 70, 0])
t('tuple index float', lambda: e16.cast('B', [4, 4])[1.0, 0])
t('m[None]', lambda: e16[None])
t('m[[1]]', lambda: e16[[1]])
t('dir', lambda: [n for n in dir(e16) if n != '_from_flags'])
t('weakref', lambda: weakref.ref(e16)() is e16)
t('setattr nbytes', lambda: setattr(e16, 'nbytes', 1))
t('setattr foo', lambda: setattr(e16, 'foo', 1))
t('unbound tobytes(1)', lambda: memoryview.tobytes(1))
t('unbound tobytes(m)', lambda: memoryview.tobytes(memoryview(b'ub')))
t('copy', lambda: copy.copy(e16))
t('__reduce_ex__', lambda: e16.__reduce_ex__(2))
t('mv of released', lambda: memoryview(memoryview(b'x')).obj)
t('iter_unpack', lambda: list(struct.iter_unpack('<h', memoryview(b'\x01\x00\x02\x00'))))
t('Struct.unpack', lambda: struct.Struct('<h').unpack(memoryview(b'\x01\x00')))
t('str(mv, enc)', lambda: str(memoryview(b'abc'), 'ascii'))
t('array(h, mv)', lambda: array.array('h', memoryview(b'\x01\x00')))
t('set of equal views', lambda: len({memoryview(b'a'), memoryview(b'a')}))
t('len(m) explicit', lambda: memoryview(b'abc').__len__())
t('getitem explicit', lambda: memoryview(b'abc').__getitem__(1))


class Other:
    def __eq__(self, o):
        return 'Other.eq'

    def __gt__(self, o):
        return 'Other.gt'


e1 = memoryview(b'a')
print(e1 == Other(), Other() == e1, e1 != Other(), e1 < Other(), e1 in [Other()],
      [e1].index(b'a'), [b'a'].count(e1))
for f in [lambda: e1.__eq__(b'a'), lambda: e1.__ne__(b'a'), lambda: e1.__lt__(e1),
          lambda: e1.__hash__() == hash(b'a'), lambda: list(e1.__iter__()),
          lambda: e1.__repr__() == repr(e1), lambda: e1.__sizeof__(),
          lambda: memoryview.__doc__, lambda: e1.__enter__() is e1, lambda: e1.__eq__()]:
    t('dunder', f)


class PlainB(bytes):
    pass


class EqB(bytes):
    def __eq__(self, o):
        return 'EqB.eq'


class PlainBA(bytearray):
    pass


class Idx:
    def __index__(self):
        print('__index__')
        return 0


e2 = memoryview(b'x')
print(PlainB(b'x') == e2, e2 == PlainB(b'x'), EqB(b'x') == e2, e2 == EqB(b'x'),
      PlainBA(b'x') == e2, e2 == PlainBA(b'x'), PlainB(b'y') != e2, PlainBA(b'x') != e2)
e3 = memoryview(bytearray(b'ab'))
e3[Idx()] = 66
print(e3[Idx()])
t('2D [2**70] = 1', lambda: e3.cast('B', [1, 2]).__setitem__(2 ** 70, 1))
t('[2**70] = 1', lambda: e3.__setitem__(2 ** 70, 1))
print('done')
