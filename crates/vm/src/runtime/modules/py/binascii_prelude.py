# The Python part of pymem's `binascii` module, run inside the native module's namespace
# (crates/vm/src/runtime/modules/binascii.rs): the exceptions, and the keyword arguments and
# integer arguments of the functions whose byte work is native.

from operator import index as _index


class Error(ValueError):
    __module__ = 'binascii'


class Incomplete(Exception):
    __module__ = 'binascii'


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hex digits of `data`, two a byte; `sep` between groups of `bytes_per_sep`."""
    return _hexlify(data, sep, bytes_per_sep)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """The hex digits of `data`, two a byte; `sep` between groups of `bytes_per_sep`."""
    return _hexlify(data, sep, bytes_per_sep)


def crc32(data, crc=0, /):
    """The CRC-32 of `data`, continuing from `crc`."""
    return _crc32(data, _index(crc) & 0xFFFFFFFF)


def crc_hqx(data, crc, /):
    """The CRC-CCITT of `data`, continuing from `crc`."""
    return _crc_hqx(data, _index(crc) & 0xFFFF)


def b2a_base64(data, /, *, newline=True):
    """`data` in base64, ending with a newline unless `newline` is false."""
    return _b2a_base64(data, newline)


def a2b_base64(data, /, *, strict_mode=False):
    """The bytes of base64 `data`."""
    return _a2b_base64(data, strict_mode)


def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line of at most 45 bytes."""
    return _b2a_uu(data, backtick)
