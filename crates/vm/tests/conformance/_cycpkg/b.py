from . import a
from _cycpkg import a as same_a
EARLY = a is same_a
NAME = "b"

def partner():
    return a.NAME
