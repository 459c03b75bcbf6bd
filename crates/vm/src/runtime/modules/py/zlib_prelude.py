# The Python part of pymem's `zlib` module, run inside the native module's namespace
# (crates/vm/src/runtime/modules/zlib.rs): `error`, the constants, and the keyword and
# integer arguments of the native functions.

from operator import index as _index


class error(Exception):
    __module__ = 'zlib'


# The version of the C library whose formats and messages the module follows.
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


def crc32(data, value=0, /):
    """The CRC-32 of `data`, continuing from `value`."""
    return _crc32(data, _index(value) & 0xFFFFFFFF)


def adler32(data, value=1, /):
    """The Adler-32 of `data`, continuing from `value`."""
    return _adler32(data, _index(value) & 0xFFFFFFFF)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """`data` deflated, in the zlib format (raw deflate for negative `wbits`, gzip for
    `wbits` 16 + 8..15)."""
    return _compress(data, _index(level), _index(wbits))


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The bytes of the compressed `data` (format chosen by `wbits` as for compress;
    32 + 8..15 detects zlib or gzip)."""
    if _index(bufsize) < 0:
        raise ValueError('bufsize must be non-negative')
    return _decompress(data, _index(wbits))
