# pymem's `uuid` module (CPython's Lib/uuid.py is Python too): the immutable UUID class
# over a 128-bit int, the RFC 4122 generators, and the namespace constants. uuid3/uuid5
# hash with `hashlib`; uuid1's node is a random multicast address (pymem reads no MAC).

import os
from enum import Enum

__all__ = ['UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
           'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

# What UUID.variant reports, one string per value of the variant bits.
RFC_4122 = 'specified in RFC 4122'
RESERVED_NCS = 'reserved for NCS compatibility'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

# The class body shadows `int` and `bytes` with properties and parameters.
int_ = int
bytes_ = bytes


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# (field number, width in bits, article) of the six fields, most significant first.
_FIELDS = ((1, 32, 'a'), (2, 16, 'a'), (3, 16, 'a'), (4, 8, 'an'), (5, 8, 'an'),
           (6, 48, 'a'))

# Bits 62-63 hold the variant (10 for RFC 4122), bits 76-79 the version.
_VARIANT_BITS = 0xc000 << 48
_RFC_4122_VARIANT = 0x8000 << 48
_VERSION_BITS = 0xf << 76


def _reorder_le(raw):
    # The first three fields are stored little-endian in `bytes_le`; swapping them is its
    # own inverse, so this converts both ways.
    return raw[0:4][::-1] + raw[4:6][::-1] + raw[6:8][::-1] + raw[8:]


def _int_from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for part, (number, width, article) in zip(fields, _FIELDS):
        if not 0 <= part < 1 << width:
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (number, article, width))
        value = (value << width) | part
    return value


def _with_version(value, version):
    # Marks `value` as an RFC 4122 UUID of the given version.
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    cleared = value & ~(_VARIANT_BITS | _VERSION_BITS)
    return cleared | _RFC_4122_VARIANT | (version << 76)


class UUID:
    """A 128-bit identifier (RFC 4122), built from exactly one of hex, bytes, bytes_le,
    fields or int."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        given = [arg for arg in (hex, bytes, bytes_le, fields, int) if arg is not None]
        if len(given) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '').strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            value = int_(digits, 16)
        elif bytes_le is not None or bytes is not None:
            if bytes is None:
                if len(bytes_le) != 16:
                    raise ValueError('bytes_le is not a 16-char string')
                bytes = _reorder_le(bytes_le)
            elif len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            value = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            value = _int_from_fields(fields)
        elif 0 <= int < 1 << 128:
            value = int
        else:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            value = _with_version(value, version)
        # __setattr__ refuses every assignment, so the slots are filled past it.
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        safety = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe', safety)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16], digits[16:20], digits[20:]))

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name in _FIELD_NAMES)

    @property
    def time(self):
        # 60 bits: the version field's low 12 bits on top, then time_mid, then time_low.
        value = self.int
        return ((((value >> 64) & 0x0fff) << 48) | (((value >> 80) & 0xffff) << 32)
                | (value >> 96))

    @property
    def clock_seq(self):
        # 14 bits: clock_seq_hi_variant without the variant bits, then clock_seq_low.
        return (self.int >> 48) & 0x3fff

    @property
    def variant(self):
        # The variant is read from the leading bits of octet 8: 0, 10, 110 or 111.
        for bit, name in ((0x8000, RESERVED_NCS), (0x4000, RFC_4122),
                          (0x2000, RESERVED_MICROSOFT)):
            if not self.int & (bit << 48):
                return name
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return (self.int >> 76) & 0xf


def _ordering(name, test):
    # UUIDs order by their integer value; anything else is left to the other operand.
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return test(self.int, other.int)
    compare.__name__ = name
    compare.__qualname__ = 'UUID.' + name
    return compare


for _name, _test in (('__eq__', lambda a, b: a == b), ('__lt__', lambda a, b: a < b),
                     ('__gt__', lambda a, b: a > b), ('__le__', lambda a, b: a <= b),
                     ('__ge__', lambda a, b: a >= b)):
    setattr(UUID, _name, _ordering(_name, _test))


def _field_reader(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


# The six fields as read-only properties, in the order UUID.fields lists them.
_FIELD_NAMES = ('time_low', 'time_mid', 'time_hi_version', 'clock_seq_hi_variant',
                'clock_seq_low', 'node')
_shift = 128
for _name, (_number, _width, _article) in zip(_FIELD_NAMES, _FIELDS):
    _shift -= _width
    setattr(UUID, _name, _field_reader(_shift, _width))
del _name, _test, _shift, _number, _width, _article

_node = None


def getnode():
    """This host's 48-bit node number: a random one with the multicast bit set, as RFC
    4122 allows when no hardware address is read."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | (1 << 40)
    return _node


# uuid1 timestamps count 100-ns ticks from 1582-10-15 (the Gregorian reform), not 1970.
_GREGORIAN_TO_UNIX_TICKS = 0x01b21dd213814000
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the time, a clock sequence and the node."""
    global _last_timestamp
    import time
    ticks = time.time_ns() // 100 + _GREGORIAN_TO_UNIX_TICKS
    # Two calls within one tick still get increasing timestamps.
    if _last_timestamp is not None:
        ticks = max(ticks, _last_timestamp + 1)
    _last_timestamp = ticks
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    parts = (ticks & 0xffffffff, (ticks >> 32) & 0xffff, (ticks >> 48) & 0x0fff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=parts, version=1)


def _from_name(algorithm, namespace, name, version):
    if isinstance(name, str):
        name = name.encode('utf-8')
    import hashlib
    hasher = getattr(hashlib, algorithm)(namespace.bytes + name, usedforsecurity=False)
    return UUID(bytes=hasher.digest()[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 of a namespace UUID and a name."""
    return _from_name('md5', namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 of a namespace UUID and a name."""
    return _from_name('sha1', namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
