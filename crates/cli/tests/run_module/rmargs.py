# -m rmargs: a top-level module; sys.argv[0] is its full path, the rest as given.
import sys
print(__name__, repr(__package__), __file__)
print(sys.argv)
