# unittest.main(verbosity=2) with passing tests: the verbose report on stderr (the clock
# frozen) and exit status 0 through SystemExit.
import time
import unittest

time.perf_counter = lambda: 0.0


class Parser(unittest.TestCase):
    def test_split(self):
        """Splitting on commas."""
        self.assertEqual('a,b'.split(','), ['a', 'b'])

    def test_strip(self):
        self.assertEqual(' x '.strip(), 'x')

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)

    def test_sub(self):
        for word in ['ab', 'cd']:
            with self.subTest(word=word):
                self.assertEqual(len(word), 2)


if __name__ == '__main__':
    unittest.main(verbosity=2)
