# Random struct formats and values (a fixed seed; pymem's random is CPython's MT19937):
# pack, unpack and the errors must agree with CPython's case by case.
import struct, random, sys
rng = random.Random(20261126)
chars = 'xcbB?hHiIlLqQnNefdspP'
def random_value(c):
    k = rng.randrange(12)
    if c in 'sp':
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 8))) if k else 'str'
    if c == 'c':
        return bytes([rng.randrange(256)]) if k else b'ab'
    if c == '?':
        return rng.choice([0, 1, [], [1], '', 'x', None, 2.5])
    if c in 'efd':
        return rng.choice([0.0, -0.0, 1.5, 1e-7, 65504.0, 65520.0, 1e38, 4e38, 1e300, float('inf'), float('-inf'), float('nan'), 3, -7, 2**70, 'x', rng.uniform(-1e5, 1e5), rng.uniform(-1, 1)])
    return rng.choice([0, 1, -1, 127, 128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2**31, 2**31-1, -2**31-1, 2**32, 2**63, -2**63-1, 2**64, 1.5, 'x', True, rng.randrange(-2**66, 2**66)])
for case in range(500):
    prefix = rng.choice(['', '@', '=', '<', '>', '!'])
    parts = []
    for _ in range(rng.randrange(1, 5)):
        c = rng.choice(chars)
        n = rng.choice(['', '', '0', '1', '2', '3', '5'])
        if c == 'p' and n == '0':
            n = ''
        parts.append(n + c + rng.choice(['', '', ' ']))
    fmt = prefix + ''.join(parts)
    try:
        size = struct.calcsize(fmt)
    except Exception as e:
        print(case, repr(fmt), 'calcsize', type(e).__name__, e)
        continue
    s = struct.Struct(fmt)
    nitems = len(s.unpack(bytes(size)))
    vals = []
    for p in parts:
        p = p.strip()
        c = p[-1]
        n = int(p[:-1]) if p[:-1] else 1
        if c == 'x':
            continue
        if c in 'sp':
            vals.append(random_value(c))
        else:
            vals.extend(random_value(c) for _ in range(n))
    if rng.randrange(10) == 0 and vals:
        vals.pop()
    try:
        b = struct.pack(fmt, *vals)
        u = struct.unpack(fmt, b)
        print(case, repr(fmt), size, b, u)
    except Exception as e:
        print(case, repr(fmt), size, 'pack', type(e).__name__, e)
    raw = bytes(rng.randrange(256) for _ in range(size))
    try:
        print(case, 'raw', struct.unpack(fmt, raw))
    except Exception as e:
        print(case, 'raw', type(e).__name__, e)
