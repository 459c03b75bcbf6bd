# pymem's `hmac` module (CPython's Lib/hmac.py is Python too): HMAC (RFC 2104) over any
# `hashlib` constructor, the one-shot `digest`, and `compare_digest`.

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

digest_size = None


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


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
        if len(key) > blocksize:
            key = make(key).digest()
        self.block_size = blocksize
        key = key.ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
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
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

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
    inner = make()
    outer = make()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = make(key).digest()
    key = key + b'\0' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
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
