# -m rmpkg: the package's __main__ runs after its __init__.
import sys
from .helper import VALUE

print(__name__, __package__, __file__)
print(sys.argv, VALUE)
