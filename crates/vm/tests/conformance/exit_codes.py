# SystemExit with several arguments prints their tuple and exits 1.
import sys

print("before")
sys.stdout.flush()
raise SystemExit("a", "b")
