# difflib: the range fields of unified and context hunks (single lines, empty ranges with
# n=0, pure inserts and deletes), file headers with and without dates, and ndiff's '?'
# hint lines for replaced, deleted and inserted characters.
import difflib

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n']
cases = [
    (a, a[:3] + ['new\n'] + a[3:]),
    (a, a[:2] + a[3:]),
    (a, ['zero\n'] + a),
    (a, a + ['eight\n']),
    (a, a[:-1]),
    (a, ['ONE\n'] + a[1:6] + ['SEVEN\n']),
    ([], ['x\n', 'y\n']),
    (['x\n', 'y\n'], []),
]
for old, new in cases:
    for n in (0, 1):
        print(''.join(difflib.unified_diff(old, new, 'old', 'new', n=n)), end='')
        print(''.join(difflib.context_diff(old, new, 'old', 'new', n=n)), end='')
        print('====')
print(''.join(difflib.unified_diff(['a\n'], ['b\n'], 'f1', 'f2', '2024-01-01', '')), end='')
print(''.join(difflib.context_diff(['a\n'], ['b\n'], 'f1', 'f2', '', '2024-01-02')), end='')
print(''.join(difflib.context_diff(['a\n'], ['b\n'], lineterm='!')))
pairs = [('private int count;\n', 'public int count;\n'),
         ('abcdefghij\n', 'abcXdefghij\n'),
         ('the quick brown fox\n', 'the quack brown box\n'),
         ('hello world\n', 'hello  world\n'),
         ('ab cd ef gh\n', 'ab ef gh\n')]
for x, y in pairs:
    print(''.join(difflib.ndiff([x], [y])), end='')
print(''.join(difflib.ndiff(['same\n', 'tab\there\n'], ['same\n', 'tab\tthere\n'])), end='')
