# pymem's `secrets` module (CPython's Lib/secrets.py is Python too): random tokens and
# choices from the operating system's randomness (os.urandom).

import base64
import os
import random

from hmac import compare_digest

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']


class SystemRandom(random.Random):
    """random.Random drawing from os.urandom: no state, so seed() does nothing."""

    def random(self):
        return (int.from_bytes(os.urandom(7), 'big') >> 3) * (1.0 / (1 << 53))

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        numbytes = (k + 7) // 8
        x = int.from_bytes(os.urandom(numbytes), 'big')
        return x >> (numbytes * 8 - k)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _sysrand._randbelow(exclusive_upper_bound)


DEFAULT_ENTROPY = 32


def token_bytes(nbytes=None):
    """`nbytes` random bytes (32 by default)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return os.urandom(nbytes)


def token_hex(nbytes=None):
    """`nbytes` random bytes, in hex."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """`nbytes` random bytes, in URL-safe base64 without padding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
