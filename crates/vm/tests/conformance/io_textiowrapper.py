# io.TextIOWrapper over binary streams (BytesIO, binary files, a user's raw stream under
# BufferedReader): reading in the five newline modes, tell/seek cookies, encodings with and
# without byte order marks, when writes reach the buffer, reconfigure, detach and close.
import io
import os
import sys
import tempfile

TEXT = 'héllo\r\nwörld\rthird\nlast'
DATA = TEXT.encode('utf-8')


def wrap(data=b'', **kw):
    kw.setdefault('encoding', 'utf-8')
    return io.TextIOWrapper(io.BytesIO(data), **kw)


print('-- newline modes')
for nl in (None, '', '\n', '\r', '\r\n'):
    w = wrap(DATA, newline=nl)
    lines = []
    while True:
        pos = w.tell()
        line = w.readline()
        if not line:
            break
        lines.append((pos, line))
    print(repr(nl), lines, w.tell(), w.newlines)
    w.seek(0)
    print('   read:', repr(w.read()))
    w.seek(0)
    print('   iterated:', list(w))
    w.seek(0)
    print('   read(3):', [w.read(3) for _ in range(5)], w.tell())
    w.seek(0)
    print('   readlines:', w.readlines(), w.readlines())

print('-- seek(tell()) everywhere')
for nl in (None, '', '\r\n'):
    for enc in ('utf-8', 'latin-1', 'utf-16', 'utf-32-le'):
        w = io.TextIOWrapper(io.BytesIO(TEXT.encode(enc)), encoding=enc, newline=nl)
        w._CHUNK_SIZE = 4
        marks = []
        while True:
            t = w.tell()
            c = w.read(1)
            if not c:
                break
            marks.append((t, c))
        ok = True
        for t, c in marks:
            w.seek(t)
            ok = ok and w.read(1) == c
        print(repr(nl), enc, ok, repr(''.join(c for _, c in marks)))

print('-- cookies at clean positions are byte offsets')
w = wrap('aé€😀\nz'.encode('utf-8'))
marks = []
while True:
    t = w.tell()
    c = w.read(1)
    if not c:
        break
    marks.append((t, c))
print(marks)
w = wrap(b'abc\ndef\n' * 3000)
print(w.readline(), w.tell(), w.buffer.tell())
w.read(20000)
print(w.tell(), w.buffer.tell(), len(w.read()), w.tell())
w.seek(8)
print(repr(w.readline()), w.tell())
print(w.seek(0, 2), repr(w.read()), w.seek(0, 1))

print('-- iteration and tell')
w = wrap(b'one\ntwo\nthree\n')
for line in w:
    try:
        w.tell()
    except OSError as e:
        print(repr(line), 'OSError:', e)
print('after the loop:', w.tell())

print('-- chunk boundaries')
big = 'x' * 8191 + '\r\nyy\r\n' + 'é' * 5000 + '\nend'
for nl in ('\r\n', None, '', '\r'):
    w = wrap(big.encode('utf-8'), newline=nl)
    lens = [len(line) for line in w]
    print(repr(nl), lens)
w = wrap(('é' * 8191).encode('utf-8'))
print(len(w.read(5000)), w.tell(), len(w.read()), w.tell())
w = wrap(b'a' * 10000 + b'\nb')
print(len(w.readline(9000)), len(w.readline(5000)), repr(w.readline()))

print('-- encodings')
for enc in ('utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'ascii'):
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc)
    w.write('ab')
    w.write('c\n')
    w.flush()
    first = b.getvalue()
    w.seek(0, 2)
    w.write('d')
    w.flush()
    w.seek(0)
    print(enc, first, b.getvalue(), repr(w.read()), w.encoding)
w = wrap(b'\xef\xbb\xbfxyz', encoding='utf-8-sig')
print(repr(w.read()), repr(wrap(b'\xef\xbb\xbfxyz').read()))
w = wrap('ab\ncd\n'.encode('utf-16-be'), encoding='utf-16-be')
print(w.tell(), repr(w.readline()), w.tell(), repr(w.readline()), w.tell())
w = wrap(b'caf\xe9\n', encoding='latin-1')
print(repr(w.read()))
for errors in ('replace', 'ignore', 'backslashreplace'):
    print(errors, repr(wrap(b'a\xffb\xc3', errors=errors).read()))
w = io.TextIOWrapper(io.BytesIO(), encoding='ascii', errors='replace')
w.write('é!')
w.flush()
print(w.buffer.getvalue(), w.errors)
w = wrap(encoding='UTF8')
print(w.encoding, wrap(encoding='locale').encoding == wrap(encoding=None).encoding)

print('-- when writes reach the buffer')
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', newline='\r\n')
w.write('a\nb\n')
print(b.getvalue(), end=' ')
w.flush()
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', line_buffering=True)
w.write('no newline')
print(b.getvalue(), end=' ')
w.write(' then\none')
print(b.getvalue(), w.line_buffering)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8', write_through=True)
w.write('at once')
print(b.getvalue(), w.write_through)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8')
w.write('x' * 9000)
print(len(b.getvalue()))
w.write('pending')
print(w.detach() is b, len(b.getvalue()), b.closed)
print(w.buffer, repr(w))

print('-- reading and writing')
b = io.BytesIO(b'line1\nline2\n')
w = io.TextIOWrapper(b, encoding='utf-8')
print(repr(w.readline()))
w.write('X')
w.flush()
print(b.getvalue(), w.tell())
b = io.BytesIO(b'line1\nline2\n')
w = io.TextIOWrapper(b, encoding='utf-8')
w.write('X')
print(repr(w.readline()), b.getvalue())
b = io.BytesIO(b'abcdef')
w = io.TextIOWrapper(b, encoding='utf-8')
print(w.read(2), w.truncate(), b.getvalue(), w.tell())
print(w.truncate(3), b.getvalue())
w = wrap(b'abcdef\nxy\n')
print(w.readline(3), repr(w.readline(0)), w.readline(-1), w.readline(10), w.readlines(1))
w = wrap(b'a\nbb\nccc\ndddd\n')
print(w.readlines(3), w.readlines(0))
w = wrap(b'abcdef')
print(repr(w.read(0)), w.read(None), repr(w.read(-5)))

print('-- reconfigure')
w = wrap(b'abc\ndef\n')
print(w.reconfigure(encoding='latin-1'), w.encoding, w.errors)
w.reconfigure(errors='replace')
print(w.encoding, w.errors)
w.reconfigure(line_buffering=True, write_through=True)
print(w.line_buffering, w.write_through)
w.reconfigure(newline='')
print(repr(w.readline()))
w.reconfigure(line_buffering=False)
print(w.line_buffering)
w = wrap(b'abc')
w.read()
w.reconfigure(encoding='ascii')
print(w.encoding)

print('-- context manager and close')
b = io.BytesIO(b'x')
with io.TextIOWrapper(b, encoding='utf-8') as w:
    print(w.read(), w.closed)
print(w.closed, b.closed)
w.close()
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='utf-8')
w.write('kept')
value = []
b.close = lambda: value.append(b.getvalue())
w.close()
print(value)
w = wrap()
print(w.seekable(), w.readable(), w.writable(), w.isatty(), w._CHUNK_SIZE, repr(w))


class Subclass(io.TextIOWrapper):
    def __init__(self, data):
        super().__init__(io.BytesIO(data), encoding='utf-8')


s = Subclass(b'sub\nclass\n')
print(list(s), isinstance(s, io.TextIOWrapper), isinstance(s, io.TextIOBase), repr(s))

print('-- over files')
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.txt')
with io.TextIOWrapper(open(path, 'wb'), encoding='utf-8', newline='\r\n') as w:
    print(w.name == path, repr(w).startswith('<_io.TextIOWrapper name='))
    w.write('first\nsecond\n')
    w.mode = 'w'
    print(repr(w) == f"<_io.TextIOWrapper name={path!r} mode='w' encoding='utf-8'>")
with open(path, 'rb') as f:
    print(f.read())
f = open(path, 'rb')
w = io.TextIOWrapper(f)
print(w.readline(), w.tell(), list(w), w.fileno() == f.fileno())
w.close()
print(f.closed)
with open(path, 'r+b') as f:
    w = io.TextIOWrapper(f, encoding='utf-8')
    w.seek(0, 2)
    w.write('third\n')
    w.seek(0)
    print(repr(w.read()))
    w.detach()
os.remove(path)
os.rmdir(tmp)

print('-- over a user raw stream')


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(3, len(b))]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


w = io.TextIOWrapper(io.BufferedReader(Raw('héllo\nwörld\n'.encode())), encoding='utf-8')
print(list(w), w.seekable())
w = io.TextIOWrapper(io.BufferedReader(Raw(b'abc\ndef')), encoding='utf-8')
print(w.read(2), w.readline(), w.read())

print('-- over sys.stdout.buffer')
sys.stdout.flush()
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
out.write('through the wrapper: é\n')
out.write('no newline yet, ')
out.flush()
print('printed after')
sys.stdout.flush()
out.detach()
print('done')
