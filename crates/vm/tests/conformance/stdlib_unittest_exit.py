# unittest.main() as scripts use it: the report on stderr (the clock frozen so the time
# prints the same) and the exit status through SystemExit.
import time
import unittest

time.perf_counter = lambda: 0.0


class Widget(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_len(self):
        self.assertEqual(len(self.items), 3)

    def test_sum(self):
        self.assertEqual(sum(self.items), 7, 'sum is off')

    def test_lookup(self):
        self.assertIn(4, self.items)

    def test_broken(self):
        return self.items[10]

    @unittest.skip('later')
    def test_later(self):
        pass


print('before main')
unittest.main()
print('not reached')
