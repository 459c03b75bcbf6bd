# unittest's TestResult and TextTestResult: buffer=True (output kept back, then shown with
# the failures that printed it), failfast, subtests in dots and verbose modes, durations
# (times masked), descriptions off, the result's repr, and a result used directly.
import io
import re
import sys
import unittest


def run(cls, **kw):
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, **kw).run(suite)
    text = re.sub(r'\d+\.\d+s', 'N.NNNs', buf.getvalue())
    # The durations' order and which of them are hidden depend on timing.
    lines = [line for line in text.splitlines(True)
             if not line.startswith('N.NNNs ') and 'were hidden' not in line]
    print(''.join(lines), end='')
    print('->', re.sub(r'unittest\.runner\.|unittest\.', '', repr(result)),
          result.wasSuccessful(), result.shouldStop)
    return result


class Noisy(unittest.TestCase):
    def test_a_quiet_pass(self):
        print('hidden output')

    def test_b_loud_fail(self):
        """Prints, then fails."""
        print('shown with the failure')
        sys.stderr.write('on stderr, no newline')
        self.fail('boom')

    def test_c_error_prints(self):
        print('before the error', end='')
        raise KeyError('k')

    def test_d_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                if i % 2:
                    self.assertEqual(i, 0)
                if i == 2:
                    raise ValueError(i)

    @unittest.expectedFailure
    def test_e_xfail(self):
        print('xfail output')
        raise AssertionError

    def test_f_skip(self):
        self.skipTest('because')


for verbosity in (1, 2):
    run(Noisy, verbosity=verbosity, buffer=True)
print('stdout is back:', sys.stdout is sys.__stdout__ or type(sys.stdout).__name__)
run(Noisy, verbosity=2, failfast=True)
run(Noisy, verbosity=2, descriptions=False, durations=0)
run(Noisy, verbosity=1, durations=2)

r = unittest.TestResult()
print(repr(r), r.wasSuccessful(), r.testsRun, r.buffer, r.failfast, r.tb_locals)
t = Noisy('test_a_quiet_pass')
r.startTest(t)
r.addSuccess(t)
r.addSkip(t, 'why')
r.addUnexpectedSuccess(t)
r.stopTest(t)
print(repr(r), r.wasSuccessful(), r.testsRun, r.skipped == [(t, 'why')], r.unexpectedSuccesses == [t])
r.stop()
print(r.shouldStop)
