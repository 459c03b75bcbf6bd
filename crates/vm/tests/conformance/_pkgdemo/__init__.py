# A regular package for import_packages.py.
from . import sub
from .sub import value as sub_value

__all__ = ['sub', 'extra']
loaded = ['_pkgdemo']
