# sys.path decides where imports look: a directory put first shadows the standard library
# (but not the modules CPython has built in or loaded at start-up, such as errno), one
# appended comes after it; removing the directory and the sys.modules entry forgets it.
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as last:
    for d, names in ((first, ['json', 'errno', 'only_first']), (last, ['heapq', 'only_last'])):
        for n in names:
            with open(os.path.join(d, n + '.py'), 'w') as f:
                f.write('WHERE = %r\n' % ('first' if d == first else 'last'))
    os.mkdir(os.path.join(first, 'tree'))
    with open(os.path.join(first, 'tree', '__init__.py'), 'w') as f:
        f.write('from .leaf import LEAF\n')
    with open(os.path.join(first, 'tree', 'leaf.py'), 'w') as f:
        f.write('LEAF = __name__\n')
    sys.path.insert(0, first)
    sys.path.append(last)
    import json, errno, heapq, only_first, only_last, tree
    print(getattr(json, 'WHERE', 'stdlib'), getattr(errno, 'WHERE', 'stdlib'),
          getattr(heapq, 'WHERE', 'stdlib'), only_first.WHERE, only_last.WHERE, tree.LEAF)
    print(os.path.dirname(json.__file__) == first, tree.__path__ == [os.path.join(first, 'tree')])
    sys.path.remove(first)
    del sys.modules['only_first']
    try:
        import only_first
    except ModuleNotFoundError as e:
        print(e)
    sys.path.remove(last)
