# Randomized memoryviews (seeded): views of bytes, bytearrays and arrays, sliced with
# random bounds and steps, cast to random formats and shapes, read, written (in and out of
# range), compared and hashed; every result and error is printed and compared with
# python3.12's, and the exporter's bytes are checked after each write.
import array
import random

random.seed(20261126)

TYPECODES = 'bBhHiIlLqQfd'
CASTS = ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'f', 'd', 'e',
         '?', '@B', '@i', 'P']
INT_RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-2 ** 15, 2 ** 15 - 1),
              'H': (0, 2 ** 16 - 1), 'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1),
              'l': (-2 ** 63, 2 ** 63 - 1), 'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1),
              'Q': (0, 2 ** 64 - 1), 'n': (-2 ** 63, 2 ** 63 - 1), 'N': (0, 2 ** 64 - 1),
              'P': (0, 2 ** 64 - 1)}


def show(x):
    if isinstance(x, memoryview):
        return 'view%s%s' % (x.format, x.shape)
    return repr(x)


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(' ', label, '!', type(e).__name__, e)
        return None
    print(' ', label, show(r))
    return r


def random_value(fmt):
    f = fmt.lstrip('@')
    roll = random.random()
    if f in INT_RANGES:
        lo, hi = INT_RANGES[f]
        if roll < 0.1:
            return hi + random.randint(1, 5)
        if roll < 0.15:
            return 1.5
        return random.randint(lo, hi)
    if f in 'fde':
        if roll < 0.1:
            return 'x'
        return random.choice([0.5, -2.0, 1e3, 3.25, 1e10, 65504.0, 7])
    if f == 'c':
        if roll < 0.1:
            return b'ab'
        if roll < 0.15:
            return 65
        return bytes([random.randrange(256)])
    if f == '?':
        return random.choice([0, 1, '', 'x', [], None])
    return None


def make_exporter():
    kind = random.choice(['bytes', 'bytearray', 'bytearray', 'array', 'array', 'array'])
    if kind == 'array':
        code = random.choice(TYPECODES)
        n = random.randrange(0, 13)
        if code in 'fd':
            items = [random.choice([0.0, 1.5, -2.25, 100.0]) for _ in range(n)]
        else:
            lo, hi = INT_RANGES[code]
            items = [random.randint(lo, hi) for _ in range(n)]
        return array.array(code, items)
    data = bytes(random.randrange(256) for _ in range(random.randrange(0, 25)))
    return data if kind == 'bytes' else bytearray(data)


def exporter_bytes(obj):
    return obj.tobytes() if isinstance(obj, array.array) else bytes(obj)


def random_slice(n):
    def bound():
        return random.choice([None, random.randint(-n - 2, n + 2)])
    step = random.choice([None, 1, 2, 3, -1, -2, -3, 5])
    return slice(bound(), bound(), step)


def random_shape(nitems):
    # A shape whose product is nitems (one to three dimensions), or a wrong one.
    if random.random() < 0.15:
        return [nitems + 1]
    dims = []
    left = nitems
    for _ in range(random.randrange(1, 3)):
        divisors = [d for d in range(1, left + 1) if left % d == 0]
        d = random.choice(divisors)
        dims.append(d)
        left //= d
    dims.append(left)
    return dims


def step(m, obj):
    op = random.choice(['slice', 'slice', 'cast', 'cast', 'index', 'write', 'write', 'write',
                        'slice_write', 'slice_write', 'compare', 'hash', 'tolist'])
    if random.random() < 0.03:
        op = 'readonly'
    n = len(m) if m.ndim else 0
    if op == 'slice' and m.ndim:
        s = random_slice(n)
        return attempt('[%r:%r:%r]' % (s.start, s.stop, s.step), lambda: m[s]) or m
    if op == 'cast':
        fmt = random.choice(CASTS)
        if random.random() < 0.3 and m.c_contiguous:
            size = memoryview(bytes(8)).cast(fmt.lstrip('@') if fmt != 'c' else 'c').itemsize
            shape = random_shape(m.nbytes // size) if m.nbytes % size == 0 and m.nbytes else [1]
            return attempt('cast(%r, %r)' % (fmt, shape), lambda: m.cast(fmt, shape)) or m
        src = m
        if m.format.lstrip('@') not in 'bBc' and fmt.lstrip('@') not in 'bBc':
            src = attempt('cast(B)', lambda: m.cast('B')) or m
        return attempt('cast(%r)' % fmt, lambda: src.cast(fmt)) or m
    if op == 'index':
        if m.ndim == 0:
            attempt('[()]', lambda: m[()])
        elif m.ndim == 1:
            i = random.randint(-n - 1, n)
            attempt('[%d]' % i, lambda: m[i])
        else:
            idx = tuple(random.randint(-d, d) for d in m.shape)
            attempt('[%r]' % (idx,), lambda: m[idx])
        return m
    if op == 'write':
        v = random_value(m.format)
        if m.ndim == 0:
            key = ()
        elif m.ndim == 1:
            key = random.randint(-n - 1, n)
        else:
            key = tuple(random.randrange(d) for d in m.shape)
        before = exporter_bytes(obj)
        attempt('[%r] = %r' % (key, v), lambda: m.__setitem__(key, v))
        after = exporter_bytes(obj)
        print('  changed', sum(1 for x, y in zip(before, after) if x != y), m.tobytes() == after
              if m.contiguous and m.nbytes == len(after) else '-')
        return m
    if op == 'slice_write' and m.ndim == 1:
        s = random_slice(n)
        target = m[s]
        src = target.tobytes()
        if random.random() < 0.8:
            src = bytes(reversed(src))
        if random.random() < 0.2:
            src = src + b'\x00' * target.itemsize
        srcview = memoryview(src).cast(m.format.lstrip('@')) if len(src) % m.itemsize == 0 else src
        attempt('[%r:%r:%r] = ...' % (s.start, s.stop, s.step), lambda: m.__setitem__(s, srcview))
        print('  exporter', exporter_bytes(obj).hex())
        return m
    if op == 'compare':
        other = random.choice([m.tobytes(), bytes(reversed(m.tobytes())), m, memoryview(m),
                               array.array('B', m.tobytes()), b'', m.tolist()])
        attempt('== %s' % type(other).__name__, lambda: m == other)
        attempt('!= %s' % type(other).__name__, lambda: m != other)
        return m
    if op == 'hash':
        attempt('hash', lambda: hash(m) == hash(m.tobytes()))
        return m
    if op == 'readonly':
        return attempt('toreadonly', m.toreadonly) or m
    attempt('tolist', m.tolist)
    attempt('tobytes', lambda: m.tobytes().hex())
    attempt('hex', lambda: m.hex(':', random.choice([1, 2, -3])))
    attempt('len', lambda: len(m))
    return m


for case in range(250):
    obj = make_exporter()
    m = memoryview(obj)
    print('case', case, type(obj).__name__, exporter_bytes(obj).hex(), m.format, m.itemsize)
    for _ in range(random.randrange(3, 9)):
        m = step(m, obj)
        print('  ->', m.format, m.ndim, m.shape, m.strides, m.readonly, m.nbytes,
              m.c_contiguous, m.f_contiguous)
    m.release()
    if isinstance(obj, bytearray):
        attempt('append', lambda: obj.append(1))
    elif isinstance(obj, array.array):
        attempt('extend', lambda: obj.extend(obj[:1]))
    print('  released', len(obj))
print('done')
