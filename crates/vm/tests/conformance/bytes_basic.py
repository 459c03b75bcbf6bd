# bytes and bytearray: literals, repr, operators, constructors, codecs and their errors, methods, sizes.
import sys
b = b'a\x00\xff'
print(b, repr(b), str(b), len(b))
print(b"it's", b'say "hi"', b'both \' and "', b'\t\n\r\\')
print(b[0], b[-1], b[1:], b[::-1], b[5:])
print(list(b), [x for x in b'abc'])
print(97 in b'abc', b'bc' in b'abc', b'' in b'abc', 300 in b'abc' if False else None)
try:
    300 in b'abc'
except ValueError as e:
    print("ValueError:", e)
try:
    'a' in b'abc'
except TypeError as e:
    print("TypeError:", e)
print(b'ab' + b'cd', b'ab' * 3, 2 * b'x', b'ab' * -1)
try:
    b'a' + 'b'
except TypeError as e:
    print("TypeError:", e)
try:
    'a' + b'b'
except TypeError as e:
    print("TypeError:", e)
print(b'a' < b'b', b'abc' == b'abc', b'a' == 'a', b'abc' >= b'abd', b'' < b'a')
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''))
print({b'x': 1}[b'x'])
print(bytes(3), bytes([65, 66, 67]), bytes('héllo', 'utf-8'), bytes(range(5)), bytes(), bytes(b'xy'))
for args in [(-1,), ([256],), (['a'],), (1.5,), ('abc',), (1, 'utf-8')]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print('héllo'.encode(), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'x'.encode(encoding='utf8'))
print(b'h\xc3\xa9llo'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
for s, enc in [('é', 'ascii'), ('éé', 'ascii'), ('a€b', 'latin-1'), ('abc😀', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, e.start, e.end, e.reason, e.encoding)
for bs, enc in [(b'\xff', 'utf-8'), (b'\xc3', 'utf-8'), (b'\xc3\x28', 'utf-8'), (b'a\xe2\x82', 'utf-8'), (b'\xe2\x82\x28', 'utf-8'), (b'\x80abc', 'ascii'), (b'\xed\xa0\x80', 'utf-8'), (b'\xc0\x80', 'utf-8')]:
    try:
        bs.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e, e.start, e.end)
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), 'aéb'.encode('ascii', 'replace'), 'aéb'.encode('ascii', 'ignore'), 'aé€b'.encode('ascii', 'backslashreplace'))
try:
    'a'.encode('foo')
except LookupError as e:
    print("LookupError:", e)
print(isinstance(UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad'), ValueError))
print(sys.getsizeof(b''), sys.getsizeof(b'abc'), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')))
print(b'abc'.hex(), bytes.fromhex('61 62ff'), b'\x00\x10'.hex())
try:
    bytes.fromhex('6g')
except ValueError as e:
    print("ValueError:", e)
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.find(b'l'), b'hello'.rfind(b'l'), b'hello'.find(108), b'hello'.find(b'z'))
print(b'hello'.index(b'e'), b'hello'.count(b'l'), b'hello'.count(b''))
try:
    b'hello'.index(b'z')
except ValueError as e:
    print("ValueError:", e)
try:
    b'hello'.startswith('h')
except TypeError as e:
    print("TypeError:", e)
print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'  x  '.split())
print(b'-'.join([b'a', b'b', b'c']), b''.join([]))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print("TypeError:", e)
print(b'  hi  '.strip(), b'xxhixx'.strip(b'x'), b'  hi'.lstrip(), b'hi  '.rstrip())
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'-'))
print(b'Hello'.upper(), b'Hello'.lower(), b'123'.isdigit(), b'abc'.isalpha(), b''.isdigit())
print(b'%d-%s-%x' % (5, b'ab', 255), b'%05.1f' % 2.5, b'%r' % b'x' if False else b'')
ba = bytearray(b'abc')
print(ba, repr(ba), len(ba), ba[0], ba[1:])
ba.append(100)
ba.extend(b'ef')
ba.extend([103])
ba[0] = 65
print(ba, ba.pop(), ba, bytes(ba), ba == b'Abcdef')
ba += b'!'
print(ba, ba * 2, ba.upper(), ba.decode())
try:
    hash(ba)
except TypeError as e:
    print("TypeError:", e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b'abc'[5]
except IndexError as e:
    print("IndexError:", e)
try:
    ba[50]
except IndexError as e:
    print("IndexError:", e)
try:
    ba.append(256)
except ValueError as e:
    print("ValueError:", e)
print(type(b''), type(ba), bytes, bytearray)
print(isinstance(b'', bytes), bool(b''), bool(b'x'), str(b'abc', 'ascii'), str(b'\xc3\xa9', encoding='utf-8'))
print(sorted([b'b', b'a', b'c']), max(b'abc'), sum(b'abc'))
print(f"{b'abc'}", "%s" % b'abc', "{!r}".format(b'x'), format(b'ab'))
print(bytearray([1, 2]), bytearray(2), bytearray('ab', 'ascii'))
try:
    bytearray([300])
except ValueError as e:
    print("ValueError:", e)
print(b'abc' != b'abd', b'a' != 'a', [b'x'] == [b'x'], (b'x', 1) == (b'x', 1))
print(b'ab' in [b'ab'], b'ab' in {b'ab'}, b'a'[0:0], b'abc'[::2])
print(bytes(bytearray(b'q')), bytearray(b'x') + b'y', b'y' + bytearray(b'x'))
print(bytes.fromhex(''), bytearray.fromhex('00ff'))
x = b'abc'
x += b'd'
print(x)
# Empty text hashes to 0 whatever the hash seed (str and bytes alike); equal values hash equal.
print(hash(''), hash(b''), hash('') == hash(b''), hash('ab') == hash('a' + 'b'), hash(b'x') == hash(bytes([120])))
print({'': 1, b'': 2}, {'': 1}[''], {0: 'zero', '': 'empty'})
