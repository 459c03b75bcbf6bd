# unittest.main(): tests found in __main__ (sorted by class and method name), argv options
# (-v, -q, -f, -k, test names), module fixtures, and the SystemExit codes (0, 1, 5).
import io
import re
import sys
import unittest

events = []


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Beta(unittest.TestCase):
    def test_pass(self):
        events.append('Beta.test_pass')

    def test_fail(self):
        self.assertEqual([1, 2], [1, 3])


class Alpha(unittest.TestCase):
    def test_z(self):
        events.append('Alpha.test_z')

    def test_a(self):
        events.append('Alpha.test_a')


def main(argv, **kw):
    buf = io.StringIO()
    events.clear()
    try:
        prog = unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=buf, verbosity=kw.pop('verbosity', 1)), **kw)
    except SystemExit as e:
        print('SystemExit', e.code)
    else:
        print('returned', type(prog).__name__, prog.result.testsRun)
    print(re.sub(r'in \d+\.\d+s', 'in 0.000s', buf.getvalue()), end='')
    print(events)


main(['prog'])
main(['prog'], exit=False)
main(['prog', 'Alpha'])
main(['prog', 'Alpha.test_z', 'Beta.test_pass'])
main(['prog', '-k', 'test_a'])
main(['prog', '-k', '*pass*'])
main(['prog', '-k', 'nothing_matches'])
main(['prog', '-f'])
main(['prog'], defaultTest='Beta.test_pass')
main(['prog'], defaultTest=['Alpha'])


class V(unittest.TextTestRunner):
    def __init__(self, **kw):
        print('runner got', sorted(kw.items()))
        super().__init__(stream=io.StringIO(), **kw)


try:
    unittest.main(argv=['prog', '-v', '-b'], testRunner=V, exit=True)
except SystemExit as e:
    print('SystemExit', e.code)
try:
    unittest.main(argv=['prog', '-q'], testRunner=V)
except SystemExit as e:
    print('SystemExit', e.code)

print(unittest.main is unittest.TestProgram, unittest.defaultTestLoader.testMethodPrefix)
