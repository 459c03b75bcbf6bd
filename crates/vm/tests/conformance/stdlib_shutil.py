# shutil: copyfileobj, copyfile, copy, copy2, copytree (ignore_patterns, dirs_exist_ok),
# rmtree (ignore_errors, onexc, onerror) and move, with their errors.
import io
import os
import shutil
import tempfile
import warnings


def tree(root):
    out = []
    for name in sorted(os.listdir(root)):
        p = os.path.join(root, name)
        if os.path.isdir(p):
            out.append(name + '/')
            out.extend(name + '/' + x for x in tree(p))
        else:
            with open(p) as f:
                out.append('%s=%s' % (name, f.read()))
    return out


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        msg = str(e).replace(base, '<tmp>')
        print(label, '->', type(e).__name__ + ':', msg)
    else:
        print(label, '->', repr(r).replace(base, '<tmp>'))


src, dst = io.StringIO('hello ' * 5), io.StringIO()
shutil.copyfileobj(src, dst, 4)
print(dst.getvalue())
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error),
      shutil.COPY_BUFSIZE)

with tempfile.TemporaryDirectory() as base:
    a = os.path.join(base, 'a.txt')
    with open(a, 'w') as f:
        f.write('alpha')
    sub = os.path.join(base, 'sub')
    os.mkdir(sub)
    attempt('copyfile', shutil.copyfile, a, os.path.join(base, 'b.txt'))
    attempt('copyfile same', shutil.copyfile, a, a)
    attempt('copyfile same 2', shutil.copyfile, a, os.path.join(sub, '..', 'a.txt'))
    attempt('copyfile missing', shutil.copyfile, os.path.join(base, 'nope'), a)
    attempt('copyfile to dir', shutil.copyfile, a, sub)
    attempt('copyfile to missing dir', shutil.copyfile, a, os.path.join(base, 'nodir', 'x'))
    attempt('copyfile dir slash', shutil.copyfile, a, os.path.join(base, 'newdir') + '/')
    attempt('copy into dir', shutil.copy, a, sub)
    attempt('copy2', shutil.copy2, a, os.path.join(base, 'c.txt'))
    attempt('copy src dir', shutil.copy, sub, os.path.join(base, 'd'))
    print(tree(base))

    deep = os.path.join(sub, 'deep')
    os.mkdir(deep)
    for name in ['x.py', 'y.pyc', 'z.txt']:
        with open(os.path.join(deep, name), 'w') as f:
            f.write(name)
    attempt('copytree', shutil.copytree, sub, os.path.join(base, 'copy1'))
    attempt('copytree ignore', shutil.copytree, sub, os.path.join(base, 'copy2'),
            ignore=shutil.ignore_patterns('*.pyc', 'z*'))
    attempt('copytree exists', shutil.copytree, sub, os.path.join(base, 'copy1'))
    attempt('copytree exists ok', shutil.copytree, sub, os.path.join(base, 'copy1'), dirs_exist_ok=True)
    attempt('copytree missing', shutil.copytree, os.path.join(base, 'nope'), os.path.join(base, 'q'))
    print(tree(base))

    attempt('move file', shutil.move, os.path.join(base, 'c.txt'), os.path.join(base, 'moved.txt'))
    attempt('move into dir', shutil.move, os.path.join(base, 'moved.txt'), sub)
    attempt('move exists', shutil.move, os.path.join(base, 'b.txt'), base)
    with open(os.path.join(base, 'moved.txt'), 'w') as f:
        f.write('again')
    attempt('move clash', shutil.move, os.path.join(base, 'moved.txt'), sub)
    attempt('move dir', shutil.move, os.path.join(base, 'copy2'), os.path.join(base, 'copy3'))
    attempt('move missing', shutil.move, os.path.join(base, 'nope'), os.path.join(base, 'q'))
    print(tree(base))

    attempt('rmtree', shutil.rmtree, os.path.join(base, 'copy1'))
    attempt('rmtree missing', shutil.rmtree, os.path.join(base, 'copy1'))
    attempt('rmtree file', shutil.rmtree, a)
    attempt('rmtree ignore', shutil.rmtree, os.path.join(base, 'copy1'), ignore_errors=True)
    seen = []
    attempt('rmtree onexc', shutil.rmtree, os.path.join(base, 'gone'),
            onexc=lambda func, path, exc: seen.append((path.replace(base, '<tmp>'), type(exc).__name__)))
    print(seen)
    seen = []
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        attempt('rmtree onerror', shutil.rmtree, a,
                onerror=lambda func, path, info: seen.append((path.replace(base, '<tmp>'), info[0].__name__,
                                                              type(info[1]).__name__)))
    print(seen, [str(x.message) for x in w], [x.category.__name__ for x in w])
    attempt('rmtree sub', shutil.rmtree, sub)
    print(tree(base))
