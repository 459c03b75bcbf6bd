# Package of import_cycles.py: a imports b, b imports a back.
from . import a
