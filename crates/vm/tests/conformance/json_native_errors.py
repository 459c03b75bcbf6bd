# json (native core): every decoding error with its message, msg, pos, lineno and colno
# (character positions, also past non-ASCII text), encoder errors, deep nesting.
import json


def load(doc, **kw):
    try:
        r = json.loads(doc, **kw)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', ascii(doc)[:32], '|', e, '|', e.msg, e.pos, e.lineno, e.colno,
              e.doc is doc or e.doc == doc, isinstance(e, ValueError))
    except (ValueError, TypeError, RecursionError, KeyError) as e:
        print(type(e).__name__, ascii(doc)[:32], '|', e)
    else:
        print('ok', ascii(doc)[:32], '->', ascii(r)[:60])


for doc in ['', ' ', '\n\n  ', 'nul', 'tru', 'fals', 'nan', 'infinity', '-', '-x', '+1', '.5',
            '01', '1.', '1.e5', '1e', '1e+', '-0', '- 1', '0x10', '[', '[1', '[1,', '[1,]',
            '[1 2]', '[,1]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}',
            '{1:2}', "{'a':1}", '{"a":1 "b":2}', '{,}', '"abc', '"a\\', '"\\x"', '"\\u12"',
            '"\\u12G4"', '"\\u123"', '"\\u1234', '"\\ud83d\\u12"', '"\\ud83d\\ude0"',
            '"a\x01b"', '"\x1f"', '"\t"', '"tab\there"', '[1] x', '[1]]', '{} {}', '1 2',
            '"a" "b"', '[1]\n\n  x', 'true false', 'NaNa', '[-Infinity, Infinity, NaN]',
            '[1,\n 2,\n\n  oops]', '{\n  "a": [\n    1,\n    }\n}', 'é', '"é" x', '["é中😀", x]',
            '{"ключ": 1, "значение": }', '["\U0001f600\U0001f600", 1 2]', '\ufeff[1]',
            '[1e400, -1e400, 1e-400]', '"\\ud83d\\ude00\\u00e9\\/\\b\\f\\n\\r\\t\\"\\\\"',
            '[' + '1,' * 5 + ']']:
    load(doc)

load('"a\x01"', strict=False)
load('"a\x01\\q"', strict=False)
load('[1, 2, xx]', parse_int=str)
load('{"a": 1}', object_hook=lambda d: d['missing'])
load(b'[1, x]')
load(b'\xef\xbb\xbf[1, x]')
load(None)

# Errors keep CPython's fields and pickling form.
try:
    json.loads('[1,\n  2,\n  x]')
except json.JSONDecodeError as e:
    print(e.args, e.__reduce__()[1], type(e).__module__, type(e).__name__)

# Deep nesting: RecursionError, not a crash; within CPython's C depth it decodes.
for n in (100, 1400):
    print(n, len(json.loads('[' * n + ']' * n)), len(json.loads('{"a":' * n + '1' + '}' * n)))
for doc in ['[' * 100000, '[' * 100000 + ']' * 100000, '{"a":' * 100000, '[{"a":' * 50000]:
    load(doc)

# Encoder errors.


def dump(obj, **kw):
    try:
        r = json.dumps(obj, **kw)
    except (ValueError, TypeError, RecursionError) as e:
        print(type(e).__name__, '|', e)
    else:
        print('ok', r[:70])


dump(float('nan'), allow_nan=False)
dump([1, float('inf')], allow_nan=False)
dump({'a': -float('inf')}, allow_nan=False)
dump({float('nan'): 1}, allow_nan=False)
dump({float('inf'): 1}, allow_nan=False, indent=1)
dump(object())
dump([1, {2, 3}])
dump({'a': b'bytes'})
dump({(1,): 2})
dump({1: 2, 'a': 3}, sort_keys=True)
dump({None: 1, 'a': 2}, sort_keys=True)
dump({(1,): 2, 'a': 3}, sort_keys=True, skipkeys=True)
dump([1], separators=(1, 2))
dump([1], separators=(',', 2))
dump([1], default=lambda o: o)
a = [1]
a.append(a)
dump(a)
d = {}
d['self'] = d
dump(d)
dump([d], check_circular=True)
dump({'k': [d]}, indent=2)


class Loop:
    pass


dump(Loop(), default=lambda o: [o])
dump(Loop(), default=lambda o: {'x': o})
dump(10 ** 5000)
dump({10 ** 5000: 1})
dump(Loop(), default=lambda o: 1 / 0) if False else None
try:
    json.dumps(Loop(), default=lambda o: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
x = []
for _ in range(100000):
    x = [x]
dump(x)
y = {}
for _ in range(100000):
    y = {'a': y}
dump(y)
for n in (100, 1400):
    x = []
    for _ in range(n):
        x = [x]
    print(n, len(json.dumps(x)))
dump([1], separators=(2, ':'))

# CPython's C depth bounds, from a script's top level.
for n in (1497, 1498):
    try:
        print(n, len(json.loads('[' * n + ']' * n)))
    except RecursionError as e:
        print(n, 'RecursionError', e)
for n in (1496, 1497):
    # n + 1 nested lists.
    x = []
    for _ in range(n):
        x = [x]
    dump(x)

# Numbers.
for doc in ['-0', '-0.0', '0.0', '1E5', '1e-7', '1E+2', '1e16', '-1e16', '1.5e300', '2.5e-324',
            '123456789012345678901234567890', '-9223372036854775808', '9223372036854775808',
            '18446744073709551616', '0.1', '1.7976931348623157e308', '4.9e-324', '1' * 4300,
            '1' * 4301, '-' + '9' * 4301, '1' * 4301 + '.5', '[' + '7' * 30 + ', -0]']:
    r = None
    try:
        r = json.loads(doc)
        print(type(r).__name__, repr(r)[:60], json.dumps(r)[:60] == repr(r)[:60])
    except ValueError as e:
        print('ValueError', str(e)[:90])


# A float subclass's own repr in the allow_nan error; cycles without check_circular.
class F(float):
    def __repr__(self):
        return 'F!'


class B(bytes):
    pass


dump(F('nan'), allow_nan=False)
dump({F('inf'): 1}, allow_nan=False)
dump([F('-inf')], allow_nan=False, indent=1)
dump([F('nan')])
dump({B(b'x'): 1})
a = []
a.append(a)
dump(a, check_circular=False)
d = {}
d['x'] = d
dump(d, check_circular=False)
