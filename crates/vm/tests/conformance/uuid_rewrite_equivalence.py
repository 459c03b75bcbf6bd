# Checks the parts of the frozen uuid module that were rewritten in pymem's own words:
# results, messages and output must stay CPython's.
import uuid, copy
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.urn, u.bytes, u.bytes_le, u.fields, u.time, u.clock_seq, u.variant, u.version, u.node, int(u))
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
for kw in [dict(bytes=u.bytes), dict(bytes_le=u.bytes_le), dict(fields=u.fields), dict(int=u.int), dict(hex='urn:uuid:12345678123456781234567812345678')]:
    print(uuid.UUID(**kw) == u, uuid.UUID(version=4, **kw))
for v in range(0, 7):
    try: print(uuid.UUID(int=0, version=v), uuid.UUID(int=0, version=v).version)
    except ValueError as e: print(e)
bad = [dict(), dict(hex='x', int=1), dict(hex='abc'), dict(bytes=b'x'), dict(bytes_le=b'y'), dict(fields=(1,)), dict(int=-1), dict(int=1<<128),
       dict(fields=(1<<32,0,0,0,0,0)), dict(fields=(0,0,0,256,0,0)), dict(fields=(0,0,0,0,0,1<<48)), dict(bytes=bytearray(16)), dict(bytes_le=bytearray(16)), dict(int=0, version='a'), dict(hex='g'*32)]
for kw in bad:
    try: print(uuid.UUID(**kw))
    except Exception as e: print(type(e).__name__, e)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a > b, a <= b, a >= b, a == b, a != b, a == uuid.UUID(int=1), a == 1, a != 1, hash(a) == hash(1))
try: a < 1
except TypeError as e: print(e)
print(sorted([b, a]), {a: 1}[uuid.UUID(int=1)])
try: a.x = 1
except TypeError as e: print(e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, b'python.org'), uuid.uuid3(uuid.NAMESPACE_OID, ''))
print(uuid.uuid4().version, uuid.uuid4().variant, uuid.uuid1().version, uuid.uuid1(node=5, clock_seq=0x1234).clock_seq, uuid.uuid1(node=5).node)
x, y = uuid.uuid1(), uuid.uuid1(); print(x.time < y.time)
for n in range(0, 8):
    print(uuid.UUID(int=n << 61).variant)
print(u.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
c = copy.copy(uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe)); print(c, c.is_safe)
print(uuid.UUID.__lt__.__name__, uuid.UUID.__eq__.__name__)
