# pymem's `hashlib` module, as CPython's Lib/hashlib.py: the constructors come from
# `_hashlib` (crates/vm/src/runtime/modules/hashlib.rs and py/hashlib_prelude.py), and
# `file_digest` and `pbkdf2_hmac` are written here on top of them.

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'file_digest',
           'pbkdf2_hmac')

import _hashlib

algorithms_guaranteed = set(__all__[:14])
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s


def __hash_new(name, data=b'', **kwargs):
    if name in ('blake2b', 'blake2s'):
        return _hashlib.blake2b(data, **kwargs) if name == 'blake2b' \
            else _hashlib.blake2s(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


new = __hash_new


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The digest object of everything read from the binary file `fileobj`."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, 'getbuffer'):
        h.update(fileobj.getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over the hash `hash_name`."""
    if not isinstance(hash_name, str):
        raise TypeError('pbkdf2_hmac() argument 1 must be str, not %s'
                        % type(hash_name).__name__)
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    try:
        inner = new(hash_name)
        outer = new(hash_name)
    except ValueError:
        raise _hashlib.UnsupportedDigestmodError(
            '[digital envelope routines] unsupported') from None
    block = inner.block_size
    if len(password) > block:
        password = new(hash_name, password).digest()
    password = password + b'\x00' * (block - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        i = inner.copy()
        o = outer.copy()
        i.update(msg)
        o.update(i.digest())
        return o.digest()

    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]
