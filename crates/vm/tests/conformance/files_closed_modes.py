# File methods on files that cannot do them and on closed files: CPython's messages come
# from the layer that checks (TextIOWrapper / IOBase with a period, the raw file without,
# the buffered layer's "read of closed file"), and readable()/writable() of a closed file
# answer False without checking when the mode cannot.
import os, tempfile
d = tempfile.mkdtemp()
src = os.path.join(d, 'in.txt')
dst = os.path.join(d, 'out.txt')
with open(src, 'w') as f:
    f.write('a\nb\n')
for m in ['r', 'rb', 'w', 'wb', 'r+', 'rb+']:
    f = open(src if m[0] == 'r' else dst, m)
    data = 'x' if 'b' not in m else b'x'
    for n in ['readable', 'writable', 'flush', '__next__', 'read', 'readline', 'readlines']:
        try:
            print(m, n, repr(getattr(f, n)()))
        except Exception as e:
            print(m, n, type(e).__name__, e)
    for n, a in [('write', (data,)), ('writelines', ([data],)), ('truncate', ())]:
        try:
            print(m, n, getattr(f, n)(*a))
        except Exception as e:
            print(m, n, type(e).__name__, e)
    f.close()
    f.close()
    for n in ['fileno', 'isatty', 'seekable', 'readable', 'writable', 'flush', 'tell',
              'truncate', '__next__', '__enter__', '__iter__', 'read', 'readline', 'readlines']:
        try:
            print(m, n, getattr(f, n)())
        except Exception as e:
            print(m, n, type(e).__name__, e)
    for n, a in [('seek', (0,)), ('write', (data,)), ('writelines', ([data],))]:
        try:
            print(m, n, getattr(f, n)(*a))
        except Exception as e:
            print(m, n, type(e).__name__, e)
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
