# json (native core): seeded random nested data through dumps/loads with random options;
# every case must round-trip, and the texts must be CPython's (checked by a digest).
import json
import random

rng = random.Random(20261127)
ALPHABET = ['a', 'Z', '0', ' ', '"', '\\', '/', '\n', '\t', '\r', '\b', '\f', '\x00', '\x1f',
            '\x7f', '\x80', 'é', 'ß', '中', '\u2028', '\ufeff', '\uffff', '😀', '\U0001d11e',
            '\U0010ffff']


def rand_str():
    return ''.join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 9)))


def rand_float():
    k = rng.randrange(6)
    if k == 0:
        return rng.random()
    if k == 1:
        return rng.uniform(-1e6, 1e6)
    if k == 2:
        return rng.choice([0.0, -0.0, 1e16, 1e-7, 0.1, 1.5, 2.5e-308, 1.7976931348623157e308,
                           5e-324, 123456789.125, 1e22, 1e21, 1e-5])
    if k == 3:
        return rng.random() * 10.0 ** rng.randrange(-320, 300)
    return float(rng.randrange(-10 ** 6, 10 ** 6)) / rng.choice([1, 3, 7, 1024])


def rand_int():
    k = rng.randrange(4)
    if k == 0:
        return rng.randrange(-300, 300)
    if k == 1:
        return rng.randrange(-2 ** 63, 2 ** 63)
    if k == 2:
        return rng.randrange(-10 ** 40, 10 ** 40)
    return rng.choice([0, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 18, 10 ** 19])


def rand_value(depth):
    k = rng.randrange(10 if depth < 4 else 6)
    if k == 0:
        return rand_str()
    if k == 1:
        return rand_int()
    if k == 2:
        return rand_float()
    if k == 3:
        return rng.choice([None, True, False])
    if k in (4, 5):
        return rand_str() if k == 4 else rand_int()
    if k in (6, 7):
        items = [rand_value(depth + 1) for _ in range(rng.randrange(0, 5))]
        return tuple(items) if rng.random() < 0.2 else items
    d = {}
    for _ in range(rng.randrange(0, 5)):
        d[rand_str()] = rand_value(depth + 1)
    return d


def normalized(v):
    """What loads gives back for v: tuples become lists."""
    if isinstance(v, (list, tuple)):
        return [normalized(x) for x in v]
    if isinstance(v, dict):
        return {k: normalized(x) for k, x in v.items()}
    return v


def same(a, b):
    """Equality that tells -0.0 from 0.0 and compares types."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return set(a) == set(b) and all(same(a[k], b[k]) for k in a)
    return a == b


def digest(text, h):
    for c in text:
        h = (h * 1000003 + ord(c)) % 2305843009213693951
    return h


h = 0
bad = 0
total = 0
for case in range(300):
    obj = rand_value(0)
    opts = {}
    if rng.random() < 0.4:
        opts['ensure_ascii'] = False
    if rng.random() < 0.3:
        opts['indent'] = rng.choice([0, 1, 2, '\t', ' \r\n'])
    if rng.random() < 0.3:
        opts['separators'] = rng.choice([(',', ':'), (' , ', ' : '), (',', ': ')])
    if rng.random() < 0.3:
        opts['sort_keys'] = True
    text = json.dumps(obj, **opts)
    back = json.loads(text)
    if not same(back, normalized(obj)):
        bad += 1
        print('MISMATCH', case, text[:80])
    # The text's own round trip: dumps(loads(text)) with the same options is the text.
    if json.dumps(back, **opts) != text:
        bad += 1
        print('REDUMP', case, text[:80])
    h = digest(text, h)
    total += len(text)
    if case % 25 == 0:
        print(case, sorted(opts), ascii(text[:70]))
print('cases 300 mismatches', bad, 'chars', total, 'digest', h)

# Floats: repr round trip through the text, for random bit patterns too.
import struct
fh = 0
for _ in range(2000):
    f = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if f != f or f in (float('inf'), float('-inf')):
        continue
    t = json.dumps(f)
    assert t == repr(f), (t, repr(f))
    g = json.loads(t)
    assert g == f and repr(g) == repr(f), t
    fh = digest(t, fh)
print('float digest', fh)
