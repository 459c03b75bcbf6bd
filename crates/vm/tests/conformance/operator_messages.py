# Operator results and errors found by tools/difffuzz: operand type names in TypeErrors,
# augmented-assignment symbols, float % signs, shifts, float repr ties, range subscripts.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('int << float', lambda: 1 << 2.0)
show('float & int', lambda: 1.5 & 2)
show('bool | float', lambda: True | 1.5)
show('big & float', lambda: 2**1000 & 1.5)
def aug(op, a, b):
    x = a
    exec(f'x {op}= b', {}, loc := {'x': a, 'b': b})
    return loc['x']
for op, a, b in [('>>', 1.5, 2), ('|', True, 1.5), ('**', [1], 2), ('^', 1.5, 2.5), ('*', set(), [1]),
                 ('*', b'a', 1.5), ('*', {}, [1]), ('@', 1, 2), ('-', 'a', 'b')]:
    show(f'{a!r} {op}= {b!r}', lambda: aug(op, a, b))
show('set * list', lambda: set() * [1])
show('bytes * float', lambda: b'a' * 1.5)
show('float * bytes', lambda: 1.5 * b'a')
for a, b in [(1.5e300, -6), (-1.5e300, 6), (0.0, -1), (-0.0, 1), (6.0, -3), (-6.0, 3), (5.0, float('inf'))]:
    show(f'{a} % {b}', lambda: (a % b, divmod(a, b), a // b))
for a, b in [(5, -1), (2**70, -1), (-2**70, 2**70), (2**70, 2**70), (0, 2**70), (-5, 100), (1, -2**70)]:
    show(f'{a} >> {b}', lambda: a >> b)
    show(f'{a} << {b}', lambda: a << b if b < 10**6 else 'skip')
print(1e16 / 7.25, -1e16 / 7.25, repr(1379310344827586.25), 2.5e-5 * 3, 0.1 + 0.2)
for k in [None, 1.5, 2**70, -2**70, 2, -1, 5, 'a']:
    show(f'range(3)[{k!r}]', lambda: range(3)[k])
    show(f'[1][{k!r}]', lambda: [1][k])
show('list.pop(None)', lambda: [].pop(None))
show('str.lower(5)', lambda: str.lower(5))
show('str.isdigit(1.5)', lambda: list(map(str.isdigit, [1.5])))
show('str.lower()', lambda: str.lower())
show('list.append(5, 1)', lambda: list.append(5, 1))
show('float.hex("x")', lambda: float.hex('x'))
print((-0.0).as_integer_ratio(), (0.0).as_integer_ratio(), (-1.5).as_integer_ratio())
print({1} in {frozenset({1})}, set() in {frozenset()}, {1} not in frozenset({0.5}))
s = {frozenset({1}), 2}; s.remove({1}); s.discard(set()); print(s)
show('remove a missing set', lambda: s.remove({5}))
show('list in set', lambda: [1] in {1})
n = float('-inf'); m = -(0.0 * float('inf'))
print(f'<{n:>-z10f}>', f'{m:e}', '[%e]' % m, format(m, '+'), format(-0.0, 'z'), format(-0.0001, 'z.2f'))
for a, b in [(0.3, []), (None, [1]), (1, 'ab'), (True, (1,)), (set(), [1]), ({}, 'a')]:
    try:
        x = a; x *= b; print(repr(x))
    except TypeError as e: print(e)
class I:
    def __init__(s, x): s.x = x
    def __index__(s): return s.x
print(I(4) not in b'  pad  ', I(32) in b'  pad  ', 97 in b'abc')
for x in [256, -1, 2**70, 1.5, 'a', I(300)]:
    show(f'{type(x).__name__} in bytes', lambda: x in b'abc')
class R:
    def __radd__(self, o): return 5
class NoAdd: pass
for a, b in [(b'x', R()), (b'x', NoAdd()), (b'x', 'y'), (bytearray(b'x'), 1), (b'x', bytearray(b'y')), (b'x', [1])]:
    show(f'{type(a).__name__} + {type(b).__name__}', lambda: a + b)
