# io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over a user's raw
# stream, and io.FileIO: what they read and write, positions, and their errors.
import io
import os
import tempfile


def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Raw(io.RawIOBase):
    """An in-memory raw stream giving at most 3 bytes per read and taking at most 5 per
    write."""

    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        b = bytes(b)[:5]
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        return self.pos

    def tell(self):
        return self.pos

    def truncate(self, pos=None):
        del self.data[self.pos if pos is None else pos:]
        return pos


print('-- reader')
r = io.BufferedReader(Raw(b'hello\nworld\nxyz'), buffer_size=4)
attempt('read(2)', lambda: r.read(2))
attempt('peek', lambda: r.peek()[:1])
attempt('read1(10)', lambda: r.read1(10))
attempt('readline', lambda: r.readline())
attempt('tell', r.tell)
attempt('read()', lambda: r.read())
attempt('seek(3)', lambda: r.seek(3))
attempt('read(3)', lambda: r.read(3))
attempt('seek(-2, 1)', lambda: r.seek(-2, 1))
attempt('read(3)', lambda: r.read(3))
buf = bytearray(4)
attempt('readinto', lambda: (r.readinto(buf), bytes(buf)))
attempt('seek whence 5', lambda: r.seek(0, 5))
attempt('read(-2)', lambda: r.read(-2))
attempt('repr', lambda: repr(r))
attempt('mode', lambda: r.mode)
attempt('raw', lambda: type(r.raw).__name__)
attempt('flags', lambda: (r.readable(), r.writable(), r.seekable()))
attempt('write', lambda: r.write(b'x'))
attempt('detach', lambda: type(r.detach()).__name__)
attempt('after detach', lambda: r.read())
attempt('repr after detach', lambda: repr(r))
r = io.BufferedReader(Raw(b'a\nbb\nccc'))
print('lines:', list(r), io.BufferedReader(Raw(b'a\nbb\nccc')).readlines())
r = io.BufferedReader(Raw(b'abc'))
r.close()
for m in ('read', 'read1', 'peek', 'readline'):
    attempt('closed ' + m, getattr(r, m))
attempt('closed seek', lambda: r.seek(0))
attempt('closed readinto', lambda: r.readinto(bytearray(2)))
attempt('buffer size 0', lambda: io.BufferedReader(Raw(), 0))


class NotReadable(io.RawIOBase):
    pass


attempt('not readable', lambda: io.BufferedReader(NotReadable()))
attempt('not writable', lambda: io.BufferedWriter(NotReadable()))

print('-- writer')
raw = Raw()
w = io.BufferedWriter(raw, buffer_size=8)
attempt('write', lambda: w.write(b'abc'))
attempt('tell', w.tell)
print('raw so far:', bytes(raw.data))
attempt('write', lambda: w.write(b'defghij'))
attempt('flush', w.flush)
print('raw so far:', bytes(raw.data))
attempt('write 20', lambda: w.write(b'0123456789abcdefghij'))
attempt('write str', lambda: w.write('x'))
attempt('write memoryview', lambda: w.write(memoryview(b'mv')))
attempt('seek', lambda: w.seek(0))
print('raw so far:', bytes(raw.data))
attempt('flags', lambda: (w.readable(), w.writable(), w.seekable()))
attempt('read', lambda: w.read())
attempt('close', w.close)
attempt('write closed', lambda: w.write(b'x'))
attempt('close again', w.close)

print('-- random')
raw = Raw(b'0123456789')
b = io.BufferedRandom(raw, buffer_size=4)
attempt('read(2)', lambda: b.read(2))
attempt('write', lambda: b.write(b'XY'))
attempt('tell', b.tell)
attempt('read(2)', lambda: b.read(2))
attempt('flush', b.flush)
print('raw:', bytes(raw.data))
attempt('seek end', lambda: b.seek(0, 2))
attempt('write', lambda: b.write(b'!'))
attempt('seek start', lambda: b.seek(0))
attempt('read()', lambda: b.read())

print('-- pair')
p = io.BufferedRWPair(Raw(b'abc'), Raw())
attempt('read', lambda: p.read(2))
attempt('write', lambda: p.write(b'zz'))
attempt('seekable', p.seekable)
attempt('flags', lambda: (p.readable(), p.writable()))
attempt('flush', p.flush)
attempt('close', p.close)
attempt('closed', lambda: p.closed)

print('-- FileIO')
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'raw.bin')
with io.FileIO(path, 'w') as f:
    print(f.mode, f.name == path, f.closefd, f.readable(), f.writable(), f.seekable())
    print(f.write(b'hello world'), f.tell())
with io.FileIO(path) as f:
    print(f.mode, f.read(5), f.read(), f.read(), f.tell())
    f.seek(6)
    buf = bytearray(3)
    print(f.readinto(buf), buf, f.readall())
    attempt('write', lambda: f.write(b'x'))
for mode in ('r+', 'a', 'ab+', 'rw', 'rr', 'r++', 'rbb', 'q', 'rq', ''):
    attempt('mode ' + mode, lambda: io.FileIO(path, mode).mode)
try:
    io.FileIO(path, 'x')
except FileExistsError as e:
    print('mode x: FileExistsError', e.errno, e.filename == path)
with io.FileIO(path, 'r+') as f:
    f.seek(0, 2)
    f.write(b'!')
    f.seek(0)
    print(f.read())
    print(isinstance(f, io.RawIOBase), isinstance(f, io.FileIO), type(f).__name__)
print(repr(f), f.closed)
attempt('closed read', f.read)
with io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding='ascii') as t:
    print(t.read())
with io.BufferedWriter(io.FileIO(path, 'w')) as f:
    f.write(b'via BufferedWriter')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'ab', buffering=0) as f:
    print(type(f).__name__, f.mode, f.write(b'!'), isinstance(f, io.RawIOBase))
with open(path, 'rb', 0) as f:
    print(f.read(), f.mode)
for args in ((path, 'r', 0), (path, 'rb', 'x')):
    attempt(f'open{args[1:]}', lambda: open(*args))
os.remove(path)
os.rmdir(tmp)
