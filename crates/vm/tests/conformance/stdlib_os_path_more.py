# os.path: the string functions (commonprefix, commonpath, relpath, splitdrive, splitroot,
# normcase, expanduser, expandvars), islink/lexists, file times, constants; time's zone facts.
import os
import os.path
import tempfile
import time


def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__ + ':', e)
    else:
        print(expr, '->', repr(r))


for e in ["os.path.commonprefix(['/usr/lib', '/usr/local/lib'])", "os.path.commonprefix([])",
          "os.path.commonprefix(['abc'])", "os.path.commonprefix([['a', 'b'], ['a', 'c']])",
          "os.path.commonprefix([b'/ab', b'/ac'])",
          "os.path.commonpath(['/usr/lib', '/usr/local/lib'])", "os.path.commonpath(['a/b', 'a/./b/c'])",
          "os.path.commonpath(['/a', 'b'])", "os.path.commonpath([])", "os.path.commonpath(['/'])",
          "os.path.commonpath([b'/x/y', b'/x/z'])", "os.path.commonpath(['a', b'a'])",
          "os.path.commonpath([1])", "os.path.commonpath(['//a/b', '/a'])",
          "os.path.relpath('/a/b/c', '/a/d')", "os.path.relpath('/a', '/a')", "os.path.relpath('')",
          "os.path.relpath('x/y', 'x')", "os.path.relpath('/usr/bin', '/')", "os.path.relpath(5)",
          "os.path.splitdrive('/a/b')", "os.path.splitroot('/a/b')", "os.path.splitroot('//a/b')",
          "os.path.splitroot('///a')", "os.path.splitroot('a/b')", "os.path.splitroot('')",
          "os.path.splitroot(b'//x')", "os.path.normcase('/A/b')", "os.path.normcase(3)",
          "os.path.expanduser('nothing')", "os.path.expanduser('~nosuchuser_zz/x')",
          "os.path.expanduser('~root/x')",
          "os.path.altsep", "os.path.pathsep", "os.path.defpath", "os.path.devnull",
          "os.path.supports_unicode_filenames"]:
    show(e)

os.environ['HOME'] = '/home/someone/'
os.environ['PYMEM_T1'] = 'one'
for e in ["os.path.expanduser('~')", "os.path.expanduser('~/docs')", "os.path.expanduser('x~')",
          "os.path.expandvars('$PYMEM_T1/${PYMEM_T1}/$NOPE_ZZ/${NOPE_ZZ}/$/${/$1x/$PYMEM_T1x')",
          "os.path.expandvars('no dollars')", "os.path.expandvars('${PYMEM_T1')",
          "os.path.expandvars('a$PYMEM_T1$PYMEM_T1')", "os.path.expandvars('$é$PYMEM_T1')"]:
    show(e)
os.environ['HOME'] = '/'
show("os.path.expanduser('~')")

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, 'f')
    with open(f, 'w') as fh:
        fh.write('x')
    print(os.path.islink(f), os.path.lexists(f), os.path.lexists(f + 'no'), os.path.islink(d + '/no'))
    m = os.path.getmtime(f)
    print(type(m).__name__, abs(m - time.time()) < 100, os.path.getatime(f) > 0, os.path.getctime(f) > 0)
    for name in ['getmtime', 'getatime', 'getctime']:
        try:
            getattr(os.path, name)(d + '/missing')
        except FileNotFoundError as e:
            print(name, 'FileNotFoundError', e.errno, e.filename == d + '/missing')

print(time.timezone, time.altzone, time.daylight, time.tzname, time.tzset())
