# -m rmpkg.tool: a module in a package, run as __main__, importing its siblings.
import os
import sys
from . import helper
from .helper import VALUE

print(__name__, __package__, __file__)
print(sys.argv)
print(VALUE, helper.__name__)
print(sys.modules['__main__'] is sys.modules[__name__])
print('rmpkg' in sys.modules, 'rmpkg.tool' in sys.modules, 'rmpkg.helper' in sys.modules)
print(sys.path[0] == os.getcwd())
