# unittest: a TestCase run by TextTestRunner into a StringIO (the time masked): dots, F, E,
# s, x, u, the failure blocks with tracebacks, the summary line, verbose output.
import io
import re
import sys
import unittest


def run(*classes, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in 0.000s', buf.getvalue())
    print(text, end='')
    print('->', result, result.wasSuccessful(), result.testsRun, len(result.failures),
          len(result.errors), len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses))
    return result


class Basic(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        cls.log.append('tearDownClass')

    def setUp(self):
        self.log.append('setUp ' + self._testMethodName)
        self.value = 41

    def tearDown(self):
        self.log.append('tearDown ' + self._testMethodName)

    def test_b_equal(self):
        self.assertEqual(self.value + 1, 42)

    def test_a_fail(self):
        """Fails on purpose.

        More text."""
        self.assertEqual(self.value, 42)

    def test_c_error(self):
        return {}['missing']

    @unittest.skip('not today')
    def test_d_skip(self):
        raise AssertionError('never')

    @unittest.expectedFailure
    def test_e_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_f_unexpected(self):
        pass

    def test_g_skip_inside(self):
        self.skipTest('inside')

    def test_h_msg(self):
        self.assertEqual(1, 2, 'one is not two')

    def helper(self):
        x = 1 / 0

    def test_i_nested(self):
        self.helper()

    def not_a_test(self):
        pass


r = run(Basic)
print(Basic.log)
Basic.log.clear()
run(Basic, verbosity=2)
run(Basic, verbosity=0)
Basic.log.clear()
run(Basic, failfast=True)
print(Basic.log)


class AllPass(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(1, [1])


class Empty(unittest.TestCase):
    pass


run(AllPass)
run(AllPass, verbosity=2)
run(Empty)


class Chained(unittest.TestCase):
    def test_context(self):
        try:
            int('x')
        except ValueError:
            raise KeyError('k')

    def test_cause(self):
        try:
            [][1]
        except IndexError as e:
            raise RuntimeError('wrapped') from e

    def test_assert_in_except(self):
        try:
            raise OSError('disk')
        except OSError:
            self.fail('gave up')


run(Chained)


class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise ValueError('no fixture')

    def test_x(self):
        pass


class ClassSetUpFails(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class fixture')

    def test_never(self):
        pass


class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise ValueError('teardown')

    def test_ok(self):
        pass

    def test_bad(self):
        self.assertFalse(True)


run(SetUpFails, ClassSetUpFails, TearDownFails)


@unittest.skipIf(True, 'whole class')
class SkippedClass(unittest.TestCase):
    def test_a(self):
        pass


class Conditional(unittest.TestCase):
    @unittest.skipUnless(sys.platform == 'nowhere', 'needs nowhere')
    def test_a(self):
        pass

    @unittest.skipIf(False, 'never skipped')
    def test_b(self):
        pass

    @unittest.skip
    def test_c(self):
        pass


run(SkippedClass, Conditional, verbosity=2)


class Subtests(unittest.TestCase):
    def test_even(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_named(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                raise TypeError('inner')

    def test_ok(self):
        with self.subTest(msg=None):
            pass


run(Subtests)
run(Subtests, verbosity=2)


class Cleanups(unittest.TestCase):
    def test_cleanups(self):
        self.addCleanup(print, 'cleanup one')
        self.addCleanup(print, 'cleanup two', end='!\n')

    def test_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)


run(Cleanups)

buf = io.StringIO()
res = unittest.TextTestRunner(stream=buf).run(unittest.FunctionTestCase(lambda: None))
print(res.testsRun, res.wasSuccessful())
t = Basic('test_b_equal')
print(repr(t), str(t), t.id(), t.shortDescription(), Basic('test_a_fail').shortDescription(),
      t.countTestCases(), t == Basic('test_b_equal'), t != Basic('test_a_fail'))
try:
    Basic('nope')
except ValueError as e:
    print('ValueError:', e)
print(unittest.TestLoader().getTestCaseNames(Basic))
s = unittest.TestLoader().loadTestsFromTestCase(AllPass)
print(s.countTestCases(), [str(x) for x in s], repr(unittest.TestSuite()))
try:
    unittest.TestSuite().addTest(AllPass)
except TypeError as e:
    print('TypeError:', e)
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print('TypeError:', e)
print(repr(unittest.TestResult()), unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
