# memoryview exports: while a view of a bytearray or an array is alive and not released,
# the exporter cannot change its length (BufferError); release(), `with`, the view's death
# or the cycle collector end the export. A released view refuses every use.
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


def iadd(x):
    global b
    b += x
    return b


def imul(n):
    global b
    b *= n
    return b


print('--- bytearray')
b = bytearray(b'xyz')
m = memoryview(b)
t('append', lambda: b.append(1))
t('extend empty', lambda: b.extend(b''))
t('extend', lambda: b.extend(b'ab'))
t('clear', lambda: b.clear())
t('pop', lambda: b.pop())
t('pop(0)', lambda: b.pop(0))
t('remove', lambda: b.remove(ord('y')))
t('remove missing', lambda: b.remove(ord('q')))
t('insert', lambda: b.insert(0, 1))
t('+= empty', lambda: iadd(b''))
t('+=', lambda: iadd(b'a'))
t('*= 1', lambda: imul(1))
t('*= 0', lambda: imul(0))
t('*= 2', lambda: imul(2))
t('same-size slice', lambda: b.__setitem__(slice(0, 1), b'q'))
t('growing slice', lambda: b.__setitem__(slice(0, 1), b'qq'))
t('shrinking slice', lambda: b.__setitem__(slice(0, 2), b'q'))
t('extended slice', lambda: b.__setitem__(slice(0, 3, 2), b'QZ'))
t('del empty slice', lambda: b.__delitem__(slice(0, 0)))
t('del item', lambda: b.__delitem__(0))
t('del slice', lambda: b.__delitem__(slice(0, 2)))
t('reverse', lambda: b.reverse())
t('__init__', lambda: b.__init__(b'abc'))
t('item', lambda: b.__setitem__(1, 65))
print(b, m.tobytes())
m.release()
b.append(ord('!'))
b += b'?'
print(b, len(b))

print('--- empty bytearray')
e = bytearray()
me = memoryview(e)
t('clear', lambda: e.clear())
t('extend empty', lambda: e.extend(b''))
t('pop', lambda: e.pop())
t('append', lambda: e.append(1))
del me
e.append(1)
print(e)

print('--- array')
a = array.array('i', [1, 2, 3])
ma = memoryview(a)
t('append', lambda: a.append(4))
t('pop', lambda: a.pop())
t('extend', lambda: a.extend([1]))
t('extend empty', lambda: a.extend([]))
t('+= empty', lambda: a.__iadd__(array.array('i')))
t('+=', lambda: a.__iadd__(array.array('i', [5])))
t('*= 1', lambda: a.__imul__(1))
t('*= 2', lambda: a.__imul__(2))
t('*= 0', lambda: a.__imul__(0))
t('frombytes empty', lambda: a.frombytes(b''))
t('frombytes', lambda: a.frombytes(b'\x00' * 4))
t('fromlist empty', lambda: a.fromlist([]))
t('fromlist', lambda: a.fromlist([1]))
t('del empty slice', lambda: a.__delitem__(slice(0, 0)))
t('del item', lambda: a.__delitem__(0))
t('same-size slice', lambda: a.__setitem__(slice(0, 1), array.array('i', [9])))
t('growing slice', lambda: a.__setitem__(slice(0, 1), array.array('i', [5, 6])))
t('extended slice', lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [7, 8])))
t('extended slice, wrong size', lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [7])))
t('remove missing', lambda: a.remove(42))
t('remove', lambda: a.remove(2))
t('insert', lambda: a.insert(0, 1))
t('byteswap', lambda: a.byteswap())
t('reverse', lambda: a.reverse())
print(a, ma.tolist())
with ma:
    pass
a.append(100)
print(a)

print('--- several views, one buffer')
b = bytearray(b'abcd')
m1 = memoryview(b)
m2 = m1[1:]
m3 = m1.cast('c')
m1.release()
t('append (views left)', lambda: b.append(1))
m2.release()
t('append (one view left)', lambda: b.append(1))
del m3
t('append (none left)', lambda: b.append(1))
print(b)
b = bytearray(b'ab')
v1 = memoryview(b)
v2 = memoryview(b)
v1.release()
t('append (second export)', lambda: b.append(1))
v2.release()
t('append (both released)', lambda: b.append(1))

print('--- released view')
m = memoryview(bytearray(b'abc'))
m.release()
m.release()
r = repr(m)
print(r.startswith('<released memory at 0x'), r.endswith('>'), str(m) == r)
for label, f in [('len', lambda: len(m)), ('m[0]', lambda: m[0]), ('m[0:1]', lambda: m[0:1]),
                 ('m[0] = 1', lambda: m.__setitem__(0, 1)), ('del m[0]', lambda: m.__delitem__(0)),
                 ('tobytes', m.tobytes), ('tolist', m.tolist), ('hex', m.hex),
                 ('cast', lambda: m.cast('B')), ('toreadonly', m.toreadonly),
                 ('obj', lambda: m.obj), ('nbytes', lambda: m.nbytes),
                 ('readonly', lambda: m.readonly), ('format', lambda: m.format),
                 ('itemsize', lambda: m.itemsize), ('ndim', lambda: m.ndim),
                 ('shape', lambda: m.shape), ('strides', lambda: m.strides),
                 ('suboffsets', lambda: m.suboffsets), ('c_contiguous', lambda: m.c_contiguous),
                 ('f_contiguous', lambda: m.f_contiguous), ('contiguous', lambda: m.contiguous),
                 ('list', lambda: list(m)), ('bool', lambda: bool(m)),
                 ('hash', lambda: hash(m)), ('memoryview(m)', lambda: memoryview(m)),
                 ('bytes(m)', lambda: bytes(m)), ('bytearray(m)', lambda: bytearray(m)),
                 ('join', lambda: b''.join([m])), ('b + m', lambda: b'x' + m),
                 ('in', lambda: 1 in m), ('find', lambda: b'abc'.find(m)),
                 ('unpack', lambda: struct.unpack('b', m)),
                 ('pack_into', lambda: struct.pack_into('b', m, 0, 1)),
                 ('with', lambda: m.__enter__()), ('m == m', lambda: m == m),
                 ('m == b"abc"', lambda: m == b'abc'), ('m != m', lambda: m != m),
                 ('b"abc" == m', lambda: b'abc' == m), ('exit', lambda: m.__exit__(None, None, None))]:
    t(label, f)

print('--- release during iteration')
m = memoryview(b'abc')
it = iter(m)
print(next(it))
m.release()
t('next', lambda: next(it))

print('--- with')
b = bytearray(b'hello')
with memoryview(b) as w:
    print(w[0], w.obj is b)
    t('append inside', lambda: b.append(1))
t('after with', lambda: w[0])
b.append(33)
print(b)
t('enter/exit args', lambda: memoryview(b'').__exit__(1, 2, 3, 4))
t('release(1)', lambda: memoryview(b'').release(1))
t('toreadonly(1)', lambda: memoryview(b'').toreadonly(1))

print('--- death of a view ends the export')
b = bytearray(b'ab')


def f():
    m = memoryview(b)
    t('append in f', lambda: b.append(1))
    return m.tobytes()


print(f())
t('append after f', lambda: b.append(1))
lst = [memoryview(b)]
lst.append(lst)
del lst
t('append (view in a cycle)', lambda: b.append(2))
print(gc.collect() > 0)
t('append (after collect)', lambda: b.append(3))
print(b)

print('--- refcounts')
b = bytearray(4)
n0 = sys.getrefcount(b)
views = [memoryview(b) for _ in range(3)]
print(sys.getrefcount(b) - n0)
for v in views:
    v.release()
print(sys.getrefcount(b) - n0)
views = None
a = array.array('b', [1])
n1 = sys.getrefcount(a)
ma = memoryview(a)
mb = ma[::-1]
print(sys.getrefcount(a) - n1, ma.obj is a, mb.obj is a)
del ma, mb
print(sys.getrefcount(a) - n1)

print('--- subclass exporters')


class BA(bytearray):
    pass


class A(array.array):
    pass


sb = BA(b'sub')
ms = memoryview(sb)
ms[0] = ord('S')
print(sb, ms.obj is sb, type(ms.obj).__name__)
t('append', lambda: sb.append(1))
ms.release()
sb.append(33)
print(sb)
sa = A('h', [1, 2])
msa = memoryview(sa)
msa[1] = 7
print(sa, msa.format, msa.obj is sa)
t('append', lambda: sa.append(1))
del msa
sa.append(3)
print(sa)
print('done')
