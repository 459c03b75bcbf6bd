# pymem's `struct` module, as CPython's Lib/struct.py: everything comes from `_struct`
# (crates/vm/src/runtime/modules/struct.rs and py/struct_prelude.py).

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct',
           'error']

from _struct import (calcsize, pack, pack_into, unpack, unpack_from, iter_unpack,
                     Struct, error)
from _struct import _clearcache
