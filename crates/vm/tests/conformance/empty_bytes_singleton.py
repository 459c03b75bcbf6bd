# The empty bytes is one immortal object, however it is made (as the empty str and tuple),
# and constant folding covers bytes (b'x' * 3, b'a' + b'b') and tuple concatenation, so
# `is` against them warns as against any literal.
import sys

e = b''
made = [bytes(), bytes(0), bytes([]), b'abc'[3:], b''.join([]), bytes(b''), b'ab'[:0],
        b'a'.strip(b'a'), b'abc'.replace(b'abc', b''), bytes(bytearray()), ''.encode(),
        e + e, b'%s' % b'', bytes.fromhex(''), b'a,b'.split(b',')[0][:0],
        memoryview(b'').tobytes(), b''.lower(), 'abc'.encode()[5:]]
print(all(x is e for x in made), len(made))
print(sys.getrefcount(e) > 10**6, sys.getsizeof(e))
print(bytearray() is bytearray(), type(bytearray()).__name__)


class B(bytes):
    pass


print(B() is e, type(B()).__name__, B() == e)

x = b'x' * 3
y = b'xxx'
print(x is y, b'a' + b'b' is b'ab', b'-' * 5)
t = (1, 2) + (3,)
print(t is (1, 2, 3), t)
print(b'x' * 0 is e)
