# The Python part of pymem's `_hashlib` module, run inside the native module's namespace
# (crates/vm/src/runtime/modules/hashlib.rs): the hash object classes (`_hashlib.HASH`,
# `_hashlib.HASHXOF`, `_blake2.blake2b`, `_blake2.blake2s`) and the constructors. The
# hashing itself is the native state each object keeps in `_s`.

from _native_attr import ReadOnly as _Member

# (digest size, block size) of each algorithm, as OpenSSL reports them.
_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
    'sha384': (48, 128), 'sha512': (64, 128), 'sha512_224': (28, 128),
    'sha512_256': (32, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
    'sha3_384': (48, 104), 'sha3_512': (64, 72), 'shake_128': (0, 168),
    'shake_256': (0, 136),
}

_NO_DATA = object()


def _no_args(owner, meth, args, kwargs):
    if kwargs:
        raise TypeError('%s.%s() takes no keyword arguments' % (owner, meth))
    if args:
        raise TypeError('%s.%s() takes no arguments (%d given)' % (owner, meth, len(args)))


class HASH(object):
    """A hash object: feed it bytes with update(), read the digest with digest()."""

    __module__ = '_hashlib'
    __slots__ = ('_s', '_name')
    _c_name = 'HASH'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.%s' instances" % cls.__name__)

    update = _update

    def digest(self, *args, **kwargs):
        _no_args('HASH', 'digest', args, kwargs)
        return _digest(self._s, 0)

    def hexdigest(self, *args, **kwargs):
        _no_args('HASH', 'hexdigest', args, kwargs)
        return _digest(self._s, 0).hex()

    def copy(self, *args, **kwargs):
        _no_args('HASH', 'copy', args, kwargs)
        return _wrap(type(self), _copy(self._s), self._name)

    def __repr__(self):
        return '<%s %s.%s object @ %#x>' % (self._name, type(self).__module__,
                                           type(self).__name__, id(self))

    name = _Member(lambda self: self._name, 'name', '_hashlib.HASH')
    digest_size = _Member(lambda self: _SIZES[self._name][0], 'digest_size',
                          '_hashlib.HASH')
    block_size = _Member(lambda self: _SIZES[self._name][1], 'block_size', '_hashlib.HASH')


def _length(meth, args, kwargs):
    if len(args) + len(kwargs) > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)'
                        % (meth, len(args) + len(kwargs)))
    if args:
        return args[0]
    if 'length' in kwargs:
        return kwargs['length']
    for k in kwargs:
        raise TypeError("%s() got an unexpected keyword argument '%s'" % (meth, k))
    raise TypeError("%s() missing required argument 'length' (pos 1)" % meth)


class HASHXOF(HASH):
    """A hash object of variable length (shake): digest(length)."""

    __module__ = '_hashlib'
    __slots__ = ()
    _c_name = 'HASHXOF'

    def digest(self, *args, **kwargs):
        return _digest(self._s, _length('digest', args, kwargs))

    def hexdigest(self, *args, **kwargs):
        return _digest(self._s, _length('hexdigest', args, kwargs)).hex()


def _wrap(cls, state, name):
    h = object.__new__(cls)
    h._s = state
    h._name = name
    return h


def _data_arg(fname, args, kwargs, pos, allowed):
    """The data argument of a constructor taking at most `pos` positionals (name first
    when there are two), with CPython's errors; _NO_DATA when there is none."""
    if len(args) > pos:
        raise TypeError('%s() takes at most %d positional argument%s (%d given)'
                        % (fname, pos, '' if pos == 1 else 's', len(args)))
    for k in kwargs:
        if k not in allowed:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
    if 'string' in kwargs:
        if len(args) == pos:
            raise TypeError("argument for %s() given by name ('string') and position (%d)"
                            % (fname, pos))
        return kwargs['string']
    if len(args) == pos:
        return args[-1]
    return _NO_DATA


def _start(cls, name, data):
    h = _wrap(cls, _new(name), name)
    if data is not _NO_DATA:
        _feed(h._s, data)
    return h


def new(*args, **kwargs):
    """new(name, data=b''): a hash object for the algorithm `name`."""
    if not args and 'name' not in kwargs:
        raise TypeError("new() missing required argument 'name' (pos 1)")
    if args:
        name = args[0]
        if 'name' in kwargs:
            raise TypeError("argument for new() given by name ('name') and position (1)")
    else:
        kwargs = dict(kwargs)
        name = kwargs.pop('name')
        args = (name,)
    data = _data_arg('new', args, kwargs, 2, ('string', 'usedforsecurity'))
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    state = _new(name)
    if state is None:
        raise ValueError('unsupported hash type ' + name)
    name = name.lower()
    h = _wrap(HASHXOF if name.startswith('shake') else HASH, state, name)
    if data is not _NO_DATA:
        _feed(state, data)
    return h


def _constructor(name):
    fname = 'openssl_' + name
    cls = HASHXOF if name.startswith('shake') else HASH

    def construct(*args, **kwargs):
        return _start(cls, name, _data_arg(fname, args, kwargs, 1,
                                           ('string', 'usedforsecurity')))
    construct.__name__ = construct.__qualname__ = fname
    return construct


openssl_md5 = _constructor('md5')
openssl_sha1 = _constructor('sha1')
openssl_sha224 = _constructor('sha224')
openssl_sha256 = _constructor('sha256')
openssl_sha384 = _constructor('sha384')
openssl_sha512 = _constructor('sha512')
openssl_sha3_224 = _constructor('sha3_224')
openssl_sha3_256 = _constructor('sha3_256')
openssl_sha3_384 = _constructor('sha3_384')
openssl_sha3_512 = _constructor('sha3_512')
openssl_shake_128 = _constructor('shake_128')
openssl_shake_256 = _constructor('shake_256')

_BLAKE2_OPTIONS = ('digest_size', 'key', 'salt', 'person', 'fanout', 'depth',
                   'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node',
                   'usedforsecurity')
# The tree-hashing parameters and their defaults: pymem hashes sequentially only.
_BLAKE2_TREE = {'fanout': 1, 'depth': 1, 'leaf_size': 0, 'node_offset': 0, 'node_depth': 0,
                'inner_size': 0, 'last_node': False}


class _Blake2(object):
    __slots__ = ('_s', '_size')

    def __new__(cls, *args, **kwargs):
        fname = cls.__name__
        if len(args) > 1:
            raise TypeError('%s() takes at most 1 positional argument (%d given)'
                            % (fname, len(args)))
        for k in kwargs:
            if k not in _BLAKE2_OPTIONS:
                raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, fname))
        for k, default in _BLAKE2_TREE.items():
            if k in kwargs and kwargs[k] != default:
                raise ValueError('pymem: BLAKE2 tree hashing (%s) is not supported' % k)
        size = kwargs.get('digest_size', cls.MAX_DIGEST_SIZE)
        h = object.__new__(cls)
        h._s = _new_blake2(cls is blake2b, size, kwargs.get('key', b''),
                           kwargs.get('salt', b''), kwargs.get('person', b''))
        h._size = size
        if args:
            _feed(h._s, args[0])
        return h

    update = _update

    def digest(self, *args, **kwargs):
        _no_args(type(self).__name__, 'digest', args, kwargs)
        return _digest(self._s, 0)

    def hexdigest(self, *args, **kwargs):
        _no_args(type(self).__name__, 'hexdigest', args, kwargs)
        return _digest(self._s, 0).hex()

    def copy(self, *args, **kwargs):
        _no_args(type(self).__name__, 'copy', args, kwargs)
        h = object.__new__(type(self))
        h._s = _copy(self._s)
        h._size = self._size
        return h

    name = _Member(lambda self: type(self).__name__, 'name', '_blake2.blake2')
    digest_size = _Member(lambda self: self._size, 'digest_size', '_blake2.blake2')
    block_size = _Member(lambda self: type(self)._BLOCK, 'block_size', '_blake2.blake2')


class blake2b(_Blake2):
    """BLAKE2b: 64-bit BLAKE2, digests of 1 to 64 bytes."""

    __module__ = '_blake2'
    __slots__ = ()
    _c_name = 'blake2b'
    _BLOCK = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16


class blake2s(_Blake2):
    """BLAKE2s: 32-bit BLAKE2, digests of 1 to 32 bytes."""

    __module__ = '_blake2'
    __slots__ = ()
    _c_name = 'blake2s'
    _BLOCK = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8


class UnsupportedDigestmodError(ValueError):
    __module__ = '_hashlib'


# Messages name these classes as CPython names its C types: `_hashlib.HASH`.
from _collections import c_type_name as _c_type_name
for _c in (HASH, HASHXOF, blake2b, blake2s):
    _c_type_name(_c)
del _c
