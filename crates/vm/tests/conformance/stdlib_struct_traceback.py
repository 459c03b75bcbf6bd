# Struct subclasses and re-initialisation, struct.error raised by scripts, and an uncaught
# struct.error's traceback (its class is shown as struct.error).
import struct
from array import array
class S(struct.Struct):
    pass
s = S('<h')
print(s.pack(1), s.size, type(s).__name__)
s.__init__('<i')
print(s.size, s.format)
try:
    raise struct.error('mine')
except struct.error as e:
    print(repr(e), e.args)
def f():
    return struct.pack('b', 999)
try:
    array('b', [1000])
except OverflowError as e:
    print(e)
f()
