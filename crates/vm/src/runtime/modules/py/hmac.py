# pymem's `hmac` module (CPython's Lib/hmac.py is Python too): HMAC (RFC 2104) over any
# `hashlib` constructor, the one-shot `digest`, and `compare_digest`.

import hashlib as _hashlib

# Translation tables XOR-ing every byte with the outer and inner pads.
trans_5C = bytes([byte ^ 0x5C for byte in range(256)])
trans_36 = bytes([byte ^ 0x36 for byte in range(256)])

digest_size = None  # module-level PEP 247 attribute: varies with the hash


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _block_key(make, key, blocksize):
    # The key as one block: hashed first when longer than a block, then zero-padded.
    if len(key) > blocksize:
        key = make(key).digest()
    return key.ljust(blocksize, b'\0')


def _start_keyed(inner, outer, block_key):
    # RFC 2104: the outer hash starts with key ^ opad (0x5C...), the inner with key ^ ipad.
    outer.update(block_key.translate(trans_5C))
    inner.update(block_key.translate(trans_36))


class HMAC:
    """A keyed hash: feed it with update(), read it with digest()."""

    blocksize = 64

    __slots__ = ('_inner', '_outer', 'digest_size', 'block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r'
                            % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        self.block_size = blocksize
        _start_keyed(self._inner, self._outer, _block_key(make, key, blocksize))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed `msg` to the keyed hash."""
        self._inner.update(msg)

    def copy(self):
        """An independent copy."""
        twin = self.__class__.__new__(self.__class__)
        twin.digest_size, twin.block_size = self.digest_size, self.block_size
        twin._inner, twin._outer = self._inner.copy(), self._outer.copy()
        return twin

    def _current(self):
        # The outer hash fed with the inner digest so far; both stay unfinished.
        final = self._outer.copy()
        final.update(self._inner.digest())
        return final

    def digest(self):
        """The MAC of what was fed so far."""
        return self._current().digest()

    def hexdigest(self):
        """The MAC of what was fed so far, in hex."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed with `key`, over the hash `digestmod`."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` with `key` over the hash `digest`, in one call."""
    make = _constructor(digest)
    inner, outer = make(), make()
    block_key = _block_key(make, key, getattr(inner, 'block_size', 64))
    _start_keyed(inner, outer, block_key)
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(a, b, /):
    """a == b, taking a time that depends only on the lengths (for secrets)."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        def buffer(x):
            try:
                return memoryview(x).tobytes()
            except TypeError:
                return None
        x, y = buffer(a), buffer(b)
        if x is None and y is None:
            raise TypeError('unsupported operand types(s) or combination of types: '
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        for value, got in ((a, x), (b, y)):
            if got is None:
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(value).__name__)
        a, b = x, y
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
