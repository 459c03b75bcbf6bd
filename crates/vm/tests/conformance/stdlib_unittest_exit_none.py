# unittest.main() in a module without tests: "NO TESTS RAN" and exit status 5.
import time
import unittest

time.perf_counter = lambda: 0.0

unittest.main()
