"""A module docstring."""
from __future__ import (annotations,
                        nope)
print("unreachable")
