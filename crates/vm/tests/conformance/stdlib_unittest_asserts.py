# unittest: the assert methods' messages (diffs of strings, lists, tuples, dicts and sets
# included), msg= and longMessage, maxDiff, assertRaises/Warns as context managers and
# callables, and their argument errors.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kw):
    try:
        r = getattr(t, name)(*args, **kw)
    except AssertionError as e:
        print('%s: AssertionError: %s' % (name, e))
    except Exception as e:
        print('%s: %s: %s' % (name, type(e).__name__, e))
    else:
        print('%s: ok %r' % (name, r if r is None else type(r).__name__))


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1.5, 1)
check('assertEqual', 'a', 'b')
check('assertEqual', 'hello world', 'hallo world')
check('assertEqual', 'one\ntwo\nthree\n', 'one\ntoo\nthree\n')
check('assertEqual', 'abc', 'abc\n')
check('assertEqual', '', 'x')
check('assertEqual', 'x' * 100, 'x' * 99 + 'y')
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', [1, 2, 3], [1, 2])
check('assertEqual', [1], [1, 2, 3])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', list(range(30)), list(range(29)) + [99])
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {'k%d' % i: i for i in range(12)}, {'k%d' % i: i + (i == 7) for i in range(12)})
check('assertEqual', {1, 2}, {2, 3})
check('assertEqual', frozenset([1]), frozenset())
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', None, 0)
check('assertEqual', 1, 2, msg='custom')
check('assertNotEqual', 1, 1)
check('assertNotEqual', 1, 2)
check('assertTrue', 0)
check('assertTrue', [])
check('assertTrue', 'x')
check('assertFalse', [1])
check('assertFalse', None)
check('assertIs', 1, None)
check('assertIs', None, None)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 3, [1, 2])
check('assertIn', 'x', 'abc')
check('assertNotIn', 1, [1, 2])
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=0)
check('assertAlmostEqual', 1.0, 1.5, delta=0.25)
check('assertAlmostEqual', 1.0, 1.5, places=1, delta=0.25)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertCountEqual', [1, 2, 2], [2, 1, 2])
check('assertCountEqual', [1, 2, 2, 3], [2, 1, 1, 4])
check('assertCountEqual', [[1], [2]], [[2], [3]])
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', 'ab', 'ac')
check('assertListEqual', (1,), [1])
check('assertDictEqual', [], {})
check('assertSetEqual', {1}, [1])
check('assertMultiLineEqual', 1, 'a')
check('assertRegex', 'hello', 'wor')
check('assertNotRegex', 'hello world', 'wor')
check('assertRegex', 'hello', 'ell')

print('-- longMessage / maxDiff')
t.longMessage = False
check('assertEqual', 1, 2, msg='only this')
check('assertEqual', 1, 2)
t.longMessage = True
t.maxDiff = 20
check('assertEqual', [1, 2, 3], [1, 2, 4])
check('assertEqual', 'a\nb\n', 'a\nc\n')
t.maxDiff = None
check('assertEqual', list(range(100)), list(range(99)))

print('-- assertRaises')
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][0]
print(repr(cm.exception))
check('assertRaises', ValueError, int, 'x')
check('assertRaises', ValueError, int, '5')
check('assertRaises', ValueError, lambda: None)
check('assertRaises', (ValueError, TypeError), len)
check('assertRaises', 'x')
check('assertRaises', ValueError, bogus=1)
try:
    with t.assertRaises(ValueError):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(ValueError, msg='extra'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(ValueError):
        raise TypeError('not the one')
except TypeError as e:
    print('TypeError passes through:', e)
check('assertRaisesRegex', ValueError, 'invalid literal', int, 'x')
check('assertRaisesRegex', ValueError, '^nothing', int, 'x')
try:
    with t.assertRaisesRegex(KeyError, r"'k\d'"):
        {}['k1']
    print('regex ok')
except AssertionError as e:
    print('AssertionError:', e)

print('-- assertWarns')
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn('old', DeprecationWarning)
print(type(cm.warning).__name__, cm.warning, cm.lineno)
check('assertWarns', UserWarning, lambda: None)
check('assertWarns', UserWarning, warnings.warn, 'hey')
check('assertWarnsRegex', UserWarning, 'he', warnings.warn, 'hey')
check('assertWarnsRegex', UserWarning, 'zz', warnings.warn, 'hey')
check('assertWarns', ValueError)

print('-- fail / skipTest')
check('fail')
check('fail', 'boom')
check('skipTest', 'why')
