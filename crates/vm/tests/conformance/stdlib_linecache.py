# linecache over real files: getline/getlines, the cache's entries, checkcache after a file
# changes or goes away, updatecache, clearcache, encodings and newlines, lazycache.
import linecache
import os
import tempfile

print(linecache.__all__)
linecache.clearcache()
print(linecache.cache)

d = tempfile.mkdtemp()
path = os.path.join(d, 'sample.py')
with open(path, 'w') as f:
    f.write('first = 1\nsecond = 2\n\nfourth = "four"\nlast line without newline')

print(repr(linecache.getline(path, 1)))
print(repr(linecache.getline(path, 2)))
print(repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 5)))
print(repr(linecache.getline(path, 6)), repr(linecache.getline(path, 0)),
      repr(linecache.getline(path, -1)), repr(linecache.getline(path, 100)))
print(linecache.getlines(path))
entry = linecache.cache[path]
st = os.stat(path)
print(len(entry), entry[0] == st.st_size, entry[1] == st.st_mtime, entry[3] == path)
print(entry[2] is linecache.getlines(path))
print(list(linecache.cache) == [path])

# a missing file
missing = os.path.join(d, 'missing.py')
print(linecache.getline(missing, 1) == '', linecache.getlines(missing), missing in linecache.cache)
print(linecache.getlines(''), linecache.getlines('<string>'), linecache.getline('<stdin>', 1) == '')
print(linecache.getlines('no/such/relative/file.py'))

# the file changes (its size too): the cache keeps the old lines until checkcache
with open(path, 'w') as f:
    f.write('replaced\ncontent here, longer than before\n')
print(repr(linecache.getline(path, 1)))
linecache.checkcache('not-cached-at-all')
print(path in linecache.cache)
linecache.checkcache(path)
print(path in linecache.cache)
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)))

# checkcache() without argument; a deleted file is dropped
other = os.path.join(d, 'other.txt')
with open(other, 'w') as f:
    f.write('a\nb\n')
print(linecache.getlines(other))
os.remove(other)
print(linecache.getlines(other))
linecache.checkcache()
print(other in linecache.cache, path in linecache.cache)
print(linecache.getlines(other))

# updatecache rereads
with open(path, 'w') as f:
    f.write('one\r\ntwo\rthree\n')
print(linecache.updatecache(path))
print(linecache.getlines(path))
print(linecache.updatecache(missing), missing in linecache.cache)
print(linecache.updatecache('<frozen something>'))

# encodings
def write_bytes(name, data):
    p = os.path.join(d, name)
    with open(p, 'wb') as f:
        f.write(data)
    return p


p1 = write_bytes('utf8.py', 'x = "héllo"\ny = "wörld"\n'.encode('utf-8'))
print(linecache.getlines(p1))
p2 = write_bytes('bom.py', b'\xef\xbb\xbfbom = 1\nok = 2\n')
print(linecache.getlines(p2))
p3 = write_bytes('latin.py', b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n')
print(linecache.getlines(p3))
p4 = write_bytes('second.py', b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nt = "\xe0"\n')
print(linecache.getlines(p4))
p5 = write_bytes('bad.py', b'x = "\xff\xfe"\n')
print(linecache.getlines(p5), p5 in linecache.cache)
p6 = write_bytes('unknown.py', b'# coding: no-such-codec\nx = 1\n')
print(linecache.getlines(p6))
p7 = write_bytes('empty.py', b'')
print(linecache.getlines(p7), p7 in linecache.cache, linecache.cache[p7][0])
p8 = write_bytes('blank_then_cookie.py', b'\n# coding: latin-1\nu = "\xfc"\n')
print(linecache.getlines(p8))
p9 = write_bytes('code_then_cookie.py', b'x = 1\n# coding: latin-1\n')
print(linecache.getlines(p9))
p10 = write_bytes('formfeed.py', b'a\x0cb\nc\x1dd\n')
print(linecache.getlines(p10))

# a relative name found through sys.path (this script's directory)
here = linecache.getline('stdlib_linecache.py', 1)
print(repr(here))
print(linecache.cache['stdlib_linecache.py'][3].endswith('stdlib_linecache.py'))


# lazycache with a loader-like object
class Loader:
    def get_source(self, name):
        print('get_source called for', name)
        return 'lazy line one\nlazy line two'


g = {'__name__': 'fake_module', '__loader__': Loader()}
print(linecache.lazycache('/fake/path/fake_module.py', g))
print(len(linecache.cache['/fake/path/fake_module.py']))
print(linecache.lazycache('/fake/path/fake_module.py', g))
print(linecache.getline('/fake/path/fake_module.py', 2))
print(linecache.cache['/fake/path/fake_module.py'][1], linecache.cache['/fake/path/fake_module.py'][0])
print(linecache.lazycache('/fake/path/fake_module.py', g))
linecache.checkcache('/fake/path/fake_module.py')
print('/fake/path/fake_module.py' in linecache.cache)
print(linecache.lazycache('<string>', g), linecache.lazycache('', g))
print(linecache.lazycache('/x/y.py', None), linecache.lazycache('/x/y.py', {}))
print(linecache.lazycache('/x/y.py', {'__name__': 'm'}), '/x/y.py' in linecache.cache)


class NoneLoader:
    def get_source(self, name):
        return None


print(linecache.getlines('/fake/none.py', {'__name__': 'n', '__loader__': NoneLoader()}))


class Spec:
    loader = Loader()


print(linecache.getline('/fake/spec.py', 1, {'__name__': 'spec_mod', '__spec__': Spec()}))

linecache.clearcache()
print(linecache.cache)

for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
