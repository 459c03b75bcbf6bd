# sys.getsizeof of bytes and bytearray, with CPython's bytearray over-allocation.
import sys
b = bytearray(); r=[sys.getsizeof(b)]
for i in range(40):
    b.append(1); r.append(sys.getsizeof(b))
print(r)
b = bytearray(b'abc'); print(sys.getsizeof(b)); b.extend(b'xyz'); print(sys.getsizeof(b)); b += b'12345678'; print(sys.getsizeof(b)); print(sys.getsizeof(bytearray(10)), sys.getsizeof(bytearray(b'x'*100)), sys.getsizeof(bytearray(b'ab')*3))
b=bytearray(b'abcdef'); b.pop(); print(sys.getsizeof(b)); b.clear(); print(sys.getsizeof(b))
b = bytearray(b"0123456789"); b[2:8] = b""; print(b, sys.getsizeof(b)); b *= 3; print(b, sys.getsizeof(b))
print([sys.getsizeof(bytes(n)) for n in (0, 1, 10, 100)], sys.getsizeof(b"abc"), sys.getsizeof("abc".encode()))
