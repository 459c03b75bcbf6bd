# open() streams: files are read in chunks as the program asks (an endless device reads
# as well as a regular file); reads across chunk boundaries (multi-byte characters, \r\n
# pairs), tell()/seek() positions in the middle of large files, readline/readlines limits,
# newline modes, fileno/isatty, tell() during iteration and errors.
import os, tempfile

with open('/dev/urandom', 'rb') as f:
    a = f.read(16)
    b = f.read(16)
    print(len(a), len(b), a != b, f.readable(), f.seekable())
with open('/dev/zero', 'rb') as f:
    print(f.read(5), len(f.read(100000)), f.readline(3))

d = tempfile.mkdtemp()
p = os.path.join(d, 'big.txt')
# 'é' is two bytes: the lines put characters across every 8192-byte chunk boundary.
lines = ['%05d é€ line\r\n' % i if i % 3 else '%05d plain\r' % i for i in range(3000)]
with open(p, 'w', newline='') as f:
    f.write(''.join(lines))
size = os.path.getsize(p)
print('size', size)
with open(p) as f:
    got = f.readlines()
print(len(got), got[:3], got[-1], all(l.endswith('\n') for l in got))
with open(p, newline='') as f:
    got = list(f)
print(len(got), got == lines)
with open(p, newline='\r\n') as f:
    got = f.readlines()
print(len(got), got[0], got[1][:20])
with open(p, newline='\r') as f:
    got = f.readlines()
print(len(got), repr(got[1]), repr(got[2]))
with open(p, newline='\n') as f:
    got = f.readlines()
print(len(got), repr(got[0]), repr(got[1]))
with open(p) as f:
    total = 0
    marks = []
    while True:
        piece = f.read(1000)
        if not piece:
            break
        total += len(piece)
        if total % 7000 == 0:
            marks.append(f.tell())
    print(total, marks, f.tell(), f.read(), f.read(5))
# tell() of a text file mid-file (CPython's cookie is the byte offset while the newline
# decoder holds no '\r').
p2 = os.path.join(d, 'lf.txt')
with open(p2, 'w') as f:
    f.write(''.join('%05d é€ line\n' % i for i in range(3000)))
with open(p2) as f:
    f.readline()
    f.read(8000)
    t = f.tell()
    rest = f.read(30)
    print(t, repr(rest))
    print(f.seek(t), repr(f.read(30)) == repr(rest))
    print(repr(f.readline(5)), repr(f.readline(0)), repr(f.readline()), f.tell())
    print(len(f.readlines(100)))
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(len(f.readlines()), f.tell())
with open(p, 'rb') as f:
    print(f.read(3), f.tell(), f.readline(), f.readline(4), f.tell())
    print(f.seek(8190), f.read(5), f.tell(), f.seek(-4, 2), f.read(), f.read(), f.tell())
    print(f.seek(size + 10), f.read(), f.tell(), f.seek(100), len(f.read(20000)), f.tell())
    print(f.seek(5), len(f.readlines(50)), f.tell(), len(f.readlines()), f.tell())
    n = 0
    for line in f:
        n += 1
    print(n, f.tell())
    f.seek(0)
    for line in f:
        break
    print(line, f.tell())
with open(p) as f:
    for line in f:
        break
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(f.seek(0), f.tell(), f.readline())
    for line in f:
        pass
    print(f.tell() == size)

# Writes after reads, mid-file.
with open(p, 'r+b') as f:
    f.read(10000)
    print(f.write(b'XYZ'), f.tell())
    f.seek(9998)
    print(f.read(7))
with open(p, 'r+') as f:
    print(f.read(3), f.tell(), f.write('W'), f.tell())
with open(p, 'rb') as f:
    print(f.read(5), f.seek(8190), f.read(4))

with open(p, 'rb') as f:
    print(type(f.fileno()).__name__, f.fileno() > 2, f.isatty())
f = open(p)
f.close()
for name in ['fileno', 'isatty', 'readline', 'seekable']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)

# Text decoding errors surface in the chunk they are in.
q = os.path.join(d, 'bad.txt')
with open(q, 'wb') as f:
    f.write(b'ok line\n' * 2000 + b'bad \xff here\n')
with open(q) as f:
    print(len(f.readline()))
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.reason, e.start, len(e.object))
with open(q, errors='replace') as f:
    print(f.readlines()[-1])
with open(q, 'rb') as f:
    f.seek(16000)
    print(f.read(1000).count(b'\n'))
# A multi-byte character cut at the end of the file.
with open(q, 'wb') as f:
    f.write(b'abc\xe2\x82')
with open(q) as f:
    print(f.read(3))
    try:
        f.read(1)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)

for bad in [{'newline': 'x'}, {'newline': 5}, {'mode': 'rb', 'newline': ''}]:
    try:
        open(q, **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(d)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d)
with open(q, 'w', newline='\r\n') as f:
    f.write('a\nb\n')
with open(q, 'w+', newline='\r') as f:
    f.write('c\nd\n')
    f.seek(0)
    print(repr(f.read()))
with open(q, 'rb') as f:
    print(f.read())
with open(q, 'a') as f:
    print(f.tell(), f.write('e'), f.tell())

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
