# Files opened w+, r+, a+ (text and binary) read back what they wrote; seek/tell/truncate
# work on byte offsets as CPython's; write after a text read lands at the read-ahead's end.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with open(p, 'w') as f:
    try: f.read()
    except io.UnsupportedOperation as e: print('UnsupportedOperation', e)
    print(f.truncate(), f.readable(), f.writable(), f.seekable(), f.flush())
    f.write('abc'); print(f.truncate(1), f.tell())
    print(f.seek(0), f.write('Z'), f.tell())
print(repr(open(p).read()))
f = open(p, 'w+'); f.write('hello world')
print(f.seek(0), f.read(5), f.tell(), f.write('XY'), f.tell(), f.read(), f.seek(0), f.read(), f.truncate(4), f.tell(), f.read(), f.seek(0), f.read())
f.close(); print(open(p).read())
f = open(p, 'a+'); print(f.tell(), f.read(), f.seek(0), f.read(2), f.write('Z'), f.tell(), f.seek(0), f.read()); f.close()
f = open(p, 'r+'); print(f.read(1), f.write('Q'), f.tell(), f.seek(0), f.read()); f.close()
f = open(p, 'r+'); print(f.write('AB'), f.tell(), f.read(), f.seek(0), f.readline(), f.readlines()); f.close()
with open(p, 'r+') as f:
    f.seek(0, 2); f.write('\nline2\nline3\n'); f.seek(0)
    print([line for line in f], f.tell())
b = os.path.join(d, 'x.bin')
f = open(b, 'wb+'); f.write(b'\xff\x00abc')
print(f.seek(-3, 2), f.read(1), f.seek(1, 1), f.read(), f.seek(10), f.write(b'!'), f.seek(0), f.read(), f.truncate(2), f.seek(0, 2)); f.close()
with open(b, 'rb') as f:
    print(f.read(1), f.tell(), f.read(), f.tell(), f.seek(0), f.seek(-1, 2), f.read())
with open(b, 'rb+') as f:
    print(f.read(1), f.write(b'Q'), f.tell(), f.seek(0), f.read())
with open(b, 'ab') as f:
    print(f.tell(), f.write(b'tail'), f.tell())
with open(b, 'rb') as f:
    print(f.read(), f.readline(), f.tell())
for m, fn in [("r", p), ("rb", b), ('w', p), ('wb', b)]:
    with open(fn, m) as f:
        try: f.seek(-1)
        except (OSError, ValueError) as e: print(type(e).__name__, e)
u = os.path.join(d, 'u.txt')
with open(u, 'w') as f: f.write('héllo\nwörld\n')
with open(u) as f:
    print(f.read(2), f.tell(), f.readline(), f.tell(), f.read(), f.tell())
with open(u, 'r+') as f:
    print(f.read(2), f.tell(), f.readline(), f.tell(), f.read(), f.tell())
with open(u, 'w+', encoding='latin-1') as f:
    print(f.write('café\n'), f.tell(), f.seek(0), f.read(), f.tell())
with open(u, 'rb') as f: print(f.read())
for name in os.listdir(d): os.remove(os.path.join(d, name))
os.rmdir(d)
