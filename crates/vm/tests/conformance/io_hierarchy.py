# The io class hierarchy: what the objects of open(), the standard streams, StringIO,
# BytesIO and TextIOWrapper are instances of, the ABCs' virtual subclasses, and the
# generic methods user classes inherit from io.RawIOBase / BufferedIOBase / TextIOBase.
import io
import os
import sys
import tempfile

ABCS = (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase)


def kinds(obj):
    return [c.__name__ for c in ABCS if isinstance(obj, c)]


print('io.open is open:', io.open is open)
print('UnsupportedOperation:', [c.__name__ for c in io.UnsupportedOperation.__mro__])
print('IOBase mro:', [c.__module__ + '.' + c.__name__ for c in io.IOBase.__mro__])
print('TextIOBase mro:', [c.__module__ + '.' + c.__name__ for c in io.TextIOBase.__mro__])
print('RawIOBase mro:', [c.__module__ + '.' + c.__name__ for c in io.RawIOBase.__mro__])
print('BufferedIOBase mro:', [c.__module__ + '.' + c.__name__ for c in io.BufferedIOBase.__mro__])
print('DEFAULT_BUFFER_SIZE', io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.txt')
with open(path, 'w') as f:
    f.write('alpha\nbeta\n')

for mode in ('r', 'w', 'a', 'r+', 'rb', 'wb', 'ab', 'r+b', 'w+b'):
    with open(path, mode) as f:
        t = type(f)
        print(mode, t.__module__ + '.' + t.__name__, kinds(f),
              [c.__name__ for c in t.__mro__])
        print('   TextIOWrapper', isinstance(f, io.TextIOWrapper),
              'BufferedReader', isinstance(f, io.BufferedReader),
              'BufferedWriter', isinstance(f, io.BufferedWriter),
              'BufferedRandom', isinstance(f, io.BufferedRandom),
              'FileIO', isinstance(f, io.FileIO))
        print('   issubclass', issubclass(t, io.IOBase), issubclass(t, io.TextIOBase),
              issubclass(t, io.BufferedIOBase))

for name in ('stdout', 'stderr', 'stdin'):
    s = getattr(sys, name)
    print(name, type(s).__name__, kinds(s), isinstance(s, io.TextIOWrapper),
          type(s.buffer).__name__, kinds(s.buffer))

for obj in (io.StringIO(), io.BytesIO()):
    t = type(obj)
    print(t.__name__, kinds(obj), [c.__name__ for c in t.__mro__])

w = io.TextIOWrapper(io.BytesIO(), encoding='utf-8')
print('TextIOWrapper', kinds(w), [c.__name__ for c in type(w).__mro__], type(w).__module__)
print('not io:', kinds(42), kinds(object()), isinstance([], io.IOBase))


class Upper(io.TextIOBase):
    pass


class Raw(io.RawIOBase):
    """Ten bytes of data, at most three per readinto."""

    def __init__(self, data=b'one\ntwo\nthree'):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(3, len(b))]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


print('user classes:', kinds(Upper()), kinds(Raw()), issubclass(Raw, io.IOBase))
print('Raw mro:', [c.__name__ for c in Raw.__mro__])
r = Raw()
print('read(5):', r.read(5), 'read():', r.read(), 'read() at end:', r.read())
r = Raw()
print('readall:', r.readall())
r = Raw()
print('readline:', r.readline(), r.readline(2), r.readline())
print('lines:', list(Raw()), Raw().readlines(), Raw().readlines(5))
r = Raw()
print('closed before:', r.closed)
with r as same:
    print('with gives itself:', same is r)
print('closed after:', r.closed)
try:
    r.read()
except ValueError as e:
    print('ValueError', e)
for op in ('seek', 'tell', 'truncate', 'fileno'):
    try:
        args = (0,) if op == 'seek' else ()
        getattr(Raw(), op)(*args)
    except io.UnsupportedOperation as e:
        print(op, 'UnsupportedOperation', e)
print('flags:', Raw().readable(), Raw().writable(), Raw().seekable(), Raw().isatty())
try:
    Raw().write(b'x')
except Exception as e:
    print('write', type(e).__name__, e)


class Bytes(io.BufferedIOBase):
    def __init__(self):
        self.out = []

    def writable(self):
        return True

    def write(self, b):
        self.out.append(bytes(b))
        return len(b)


b = Bytes()
b.writelines([b'a', b'bc'])
print('writelines:', b.out, kinds(b))
for op in ('read', 'read1', 'detach'):
    try:
        getattr(Bytes(), op)()
    except io.UnsupportedOperation as e:
        print(op, 'UnsupportedOperation', e)
buf = bytearray(4)
try:
    Bytes().readinto(buf)
except io.UnsupportedOperation as e:
    print('readinto UnsupportedOperation', e)


class Text(io.TextIOBase):
    pass


t = Text()
print('text attrs:', t.encoding, t.errors, t.newlines)
for op in ('read', 'readline', 'detach'):
    try:
        getattr(t, op)()
    except io.UnsupportedOperation as e:
        print(op, 'UnsupportedOperation', e)
try:
    t.write('x')
except io.UnsupportedOperation as e:
    print('write UnsupportedOperation', e)

# Registering a class with an io ABC.
class Custom:
    pass


io.RawIOBase.register(Custom)
print('registered:', isinstance(Custom(), io.RawIOBase), isinstance(Custom(), io.IOBase),
      isinstance(Custom(), io.TextIOBase))

os.remove(path)
os.rmdir(tmp)
