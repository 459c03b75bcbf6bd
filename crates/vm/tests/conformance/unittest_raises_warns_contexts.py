# unittest's assertRaises/assertWarns(Regex) contexts: what they keep (exception, warning,
# filename, lineno), tuples of types, non-matching types passing through, the failure
# messages (with msg=), bad first arguments and keywords, an object without __name__.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)


def raises_ctx():
    with t.assertRaises((KeyError, IndexError)) as cm:
        [][1]
    return type(cm.exception).__name__, cm.exception.__traceback__, cm.expected_regex


def warns_ctx():
    with t.assertWarns(DeprecationWarning) as cm:
        warnings.warn('old', DeprecationWarning)
    return str(cm.warning), cm.filename.endswith('.py'), cm.lineno


def warns_regex_second():
    with t.assertWarnsRegex(UserWarning, 'two') as cm:
        warnings.warn('one')
        warnings.warn('two')
    return str(cm.warning)


def passes_through():
    with t.assertRaises(KeyError):
        raise ValueError('not a KeyError')


class Named:
    def __call__(self):
        pass

    def __str__(self):
        return 'Named()'


check('raises ctx', raises_ctx)
check('warns ctx', warns_ctx)
check('warns regex second', warns_regex_second)
check('passes through', passes_through)
check('not raised msg', lambda: t.assertRaises(KeyError, Named()))


def not_triggered():
    with t.assertWarns(UserWarning):
        warnings.warn('other kind', RuntimeWarning)


check('not triggered ctx', not_triggered)
check('warns mismatch', lambda: t.assertWarnsRegex(UserWarning, 'x$', warnings.warn, 'abc'))
check('warns tuple', lambda: t.assertWarns((UserWarning, RuntimeWarning), warnings.warn, 'r',
                                           RuntimeWarning))
check('raises regex', lambda: t.assertRaisesRegex(ValueError, r'\d', int, 'x'))
check('raises regex mismatch', lambda: t.assertRaisesRegex(ValueError, r'^z', int, 'x'))
check('bad warn type', lambda: t.assertWarns(ValueError))
check('bad raise type', lambda: t.assertRaises((KeyError, 3)))
check('bad keyword', lambda: t.assertWarns(UserWarning, foo=1))
t.longMessage = True


def with_msg():
    with t.assertRaises(KeyError, msg='extra'):
        pass


check('msg', with_msg)
t.longMessage = False
check('msg short', with_msg)
