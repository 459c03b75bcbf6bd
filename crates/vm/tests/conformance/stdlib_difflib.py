# difflib: SequenceMatcher blocks, opcodes and ratios, ndiff with "?" hint lines,
# unified and context diffs, get_close_matches and restore.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38), s.get_opcodes())
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
a = "qabxcd"
b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
print(list(difflib.SequenceMatcher(None, list(map(str, range(1, 40))),
                                   list(map(str, range(1, 40))) [:10] + ['x'] + list(map(str, range(11, 40)))).get_grouped_opcodes()))
print(difflib.SequenceMatcher(None, 'x' * 300 + 'y', 'x' * 299 + 'yy').get_opcodes())

print('-- ndiff')
cases = [
    ('one\ntwo\nthree\n', 'ore\ntree\nemu\n'),
    ('hello\n', 'hallo\n'), ('a\n', 'b\n'), ('abc\n', 'abc\n'),
    ('\tindented tab\n', '\tindented tap\n'), ('x = 1\ny = 2\n', 'x = 1\ny = 3\nz = 4\n'),
    ('[1, 2, 3]', '[1, 2, 4]'), ("{'a': 1, 'b': 2}", "{'a': 1, 'b': 3}"),
    ('private Thread currentThread;\n', 'private volatile Thread currentThread;\n'),
]
for x, y in cases:
    print(repr(''.join(difflib.ndiff(x.splitlines(keepends=True), y.splitlines(keepends=True)))))
print(list(difflib.ndiff(['1', '2', '3'], ['1', '3', '4'])))
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(difflib.restore(diff, 1)), ''.join(difflib.restore(diff, 2)))
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print('ValueError:', e)

print('-- unified / context')
a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.py', tofile='after.py')))
print(''.join(difflib.unified_diff(a, b, 'a', 'b', 'Mon', 'Tue', n=1)))
print(''.join(difflib.context_diff(a, b, fromfile='before.py', tofile='after.py')))
print(list(difflib.unified_diff(['x'], ['x'])), list(difflib.unified_diff([], ['a'], lineterm='')))
for bad in [([1], ['a']), (['a'], [b'x']), (['a'], ['b'], 3)]:
    try:
        list(difflib.unified_diff(*bad))
    except TypeError as e:
        print('TypeError:', e)

print('-- close matches')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist), difflib.get_close_matches('apple', keyword.kwlist),
      difflib.get_close_matches('accept', keyword.kwlist))
for n, cutoff in [(0, 0.5), (3, 1.5)]:
    try:
        difflib.get_close_matches('a', ['a'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'),
      difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))

print('-- random ndiff')
random.seed(99)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'alpah', 'betta', 'gamme', 'x']
for k in range(60):
    x = [random.choice(words) + '\n' for _ in range(random.randint(0, 8))]
    y = [w if random.random() < 0.6 else random.choice(words) + '\n' for w in x]
    if random.random() < 0.5:
        y.insert(random.randint(0, len(y)), random.choice(words) + '\n')
    print(k, ''.join(difflib.ndiff(x, y)).replace('\n', '|'))
    sm = difflib.SequenceMatcher(None, ''.join(x), ''.join(y))
    print(k, sm.get_opcodes(), sm.ratio())
