# zlib: compress/decompress round trips at each level in the zlib, raw and gzip formats
# (and auto-detection), headers, checksums, and the decompressor's errors.
import zlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(zlib.ZLIB_VERSION, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, zlib.Z_FINISH, zlib.error.__mro__)
texts = [b"", b"hello", b"hello hello hello hello", bytes(range(256)) * 20, b"abc" * 10000,
         "The quick brown fox jumps over the lazy dog. ".encode() * 50]
for s in texts:
    for lv in [-1, 0, 1, 6, 9]:
        for wb in [15, 9, -15, 31]:
            c = zlib.compress(s, lv, wb)
            ok = zlib.decompress(c, wb) == s
            auto = zlib.decompress(c, 47) == s if wb > 0 else None
            print(len(s), lv, wb, ok, auto, c[:2].hex() if wb in (15, 9) else c[:4].hex() if wb == 31 else "")
t(lambda: zlib.compress(b"hello"))
t(lambda: zlib.compress(b"hello", wbits=-15))
t(lambda: zlib.compress(b"hello", wbits=31))
t(lambda: zlib.compress(b"hello", level=1))
t(lambda: zlib.compress(b"hello", 10))
t(lambda: zlib.compress(b"hello", -2))
t(lambda: zlib.compress(b"hello", wbits=16))
t(lambda: zlib.compress(b"hello", wbits=7))
t(lambda: zlib.compress("hello"))
t(lambda: zlib.decompress(zlib.compress(b"hello") + b"junk"))
t(lambda: zlib.decompress(zlib.compress(b"hello")[:-2]))
t(lambda: zlib.decompress(zlib.compress(b"hello" * 100)[:10]))
t(lambda: zlib.decompress(b"junk"))
t(lambda: zlib.decompress(b"x\x9c\xff\xff"))
t(lambda: zlib.decompress(zlib.compress(b"hello")[:-1] + b"\x00"))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31)[:-1] + b"\x01", wbits=31))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31)[:-8] + b"\x00" * 8, wbits=31))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=31), wbits=15))
t(lambda: zlib.decompress(zlib.compress(b"hello"), wbits=31))
t(lambda: zlib.decompress(zlib.compress(b"hello"), wbits=9))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=9), wbits=9))
t(lambda: zlib.decompress(zlib.compress(b"hello"), wbits=0))
t(lambda: zlib.decompress(zlib.compress(b"hello", wbits=-15)))
t(lambda: zlib.decompress(zlib.compress(b"hello"), wbits=3))
t(lambda: zlib.decompress(b""))
t(lambda: zlib.decompress(b"x"))
t(lambda: zlib.decompress("x"))
t(lambda: zlib.decompress(zlib.compress(b"x"), bufsize=-1))
t(lambda: zlib.decompress(zlib.compress(b"x" * 100000), bufsize=10)[:3])
t(lambda: zlib.decompress(bytearray(zlib.compress(b"ba"))))
t(lambda: zlib.crc32(b"hello"))
t(lambda: zlib.crc32(b"hello", 5))
t(lambda: zlib.crc32(b"hello", -1))
t(lambda: zlib.adler32(b"hello"))
t(lambda: zlib.adler32(b"hello", 5))
t(lambda: zlib.adler32(b"hello", -1))
t(lambda: zlib.adler32(b"x" * 100000))
t(lambda: zlib.adler32("x"))
t(lambda: zlib.crc32(b"x", 1.5))
