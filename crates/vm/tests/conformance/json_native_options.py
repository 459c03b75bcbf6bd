# json (native core): every option of loads and dumps, hooks, subclasses of the built-in
# types, and JSONEncoder/JSONDecoder subclasses.
import collections
import json

DOC = '{"a": [1, 2.5, "x", null, true, false, NaN, -Infinity], "b": {"c": 1e2, "a": -0}}'

# ---- loads options
print(json.loads(DOC))
print(json.loads(DOC, object_hook=lambda d: sorted(d.items())))
print(json.loads(DOC, object_pairs_hook=lambda pairs: ('pairs', pairs)))
print(json.loads(DOC, object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs wins'))
print(json.loads(DOC, parse_float=lambda t: ('F', t), parse_int=lambda t: ('I', t)))
print(json.loads(DOC, parse_constant=lambda t: ('C', t)))
print(json.loads('[1.5, 10, 1e3]', parse_float=str, parse_int=float))
print(ascii(json.loads('"a\tb\nc\x00"', strict=False)), ascii(json.loads('{"k\x1f": "\r"}', strict=False)))
print(json.loads(b'{"bytes": [1]}'), json.loads(bytearray(b'[2]')), json.loads('\ufeff'.encode('utf-8') + b'[3]'))
print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('  \t\n\r [ \t1 ,\n 2 ] \r\n '), json.loads('{ }'), json.loads('[ ]'))
# Keys with the same text are one object (memoized within a document).
docs = json.loads('[{"key": 1, "other": 2}, {"key": 3}, {"ke\\u0079": 4}]')
ks = [next(iter(d)) for d in docs]
print(ks[0] is ks[1], ks[1] is ks[2], list(docs[0])[1] is not ks[0])
# The decoder's settings are read when it is made, as CPython's C scanner reads them.
dec = json.JSONDecoder(object_hook=lambda d: 'first')
dec.object_hook = lambda d: 'second'
print(dec.decode('{}'), dec.raw_decode('{} tail'), dec.raw_decode('xx[1]', 2))
print(json.JSONDecoder(strict=False).decode('"\x01"'), json.JSONDecoder().scan_once('[7] x', 0))
try:
    json.JSONDecoder().scan_once('  1', 0)
except StopIteration as e:
    print('StopIteration', e.value)
try:
    json.JSONDecoder().raw_decode('[1]', -1)
except ValueError as e:
    print('ValueError', e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError', e)


class Tagged(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.tag, **kw)

    def tag(self, d):
        return ('obj', len(d))


print(json.loads('[{"a": {}}, {}]', cls=Tagged))


class Lenient(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ('raw', obj), end


print(json.loads(' [1] ', cls=Lenient))

# ---- dumps options
DATA = {"b": [1, 2.5, "é\n", None, True, False, (3, 4)], "a": {"z": {}, "y": []}, "c": "x"}
print(json.dumps(DATA))
print(json.dumps(DATA, ensure_ascii=False))
print(json.dumps(DATA, sort_keys=True))
print(json.dumps(DATA, indent=2))
print(json.dumps(DATA, indent='\t', sort_keys=True))
print(json.dumps(DATA, indent=0))
print(json.dumps(DATA, indent=-1))
print(json.dumps(DATA, indent=''))
print(json.dumps(DATA, separators=(',', ':')))
print(json.dumps(DATA, indent=1, separators=(';', '=')))
print(json.dumps(DATA, separators=('é', '→'), ensure_ascii=True))
print(json.dumps({1: 1, 2.5: 2, True: 3, False: 4, None: 5, -0.0: 6, 10 ** 20: 7, "s": 8}))
print(json.dumps({float('nan'): 1, float('inf'): 2, float('-inf'): 3}))
print(json.dumps({(1, 2): 1, "a": 2, frozenset(): 3, "b": 4}, skipkeys=True))
print(json.dumps({(1, 2): 1}, skipkeys=True), json.dumps([{(): 1}], skipkeys=True, indent=2))
print(json.dumps({"b": 1, "a": 2, "c": {"y": 1, "x": 2}}, sort_keys=True, indent=1))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True), json.dumps({2.5: 1, 1: 2}, sort_keys=True))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e16, -0.0, 1e-7, 0.1, 1 / 3]))
print(json.dumps({1, 2}, default=sorted), json.dumps([complex(1, 2)], default=lambda c: [c.real, c.imag]))
print(json.dumps(object(), default=lambda o: {'object': None}))
a = []
print(json.dumps([a, a, {'x': a}]), json.dumps([a, a], check_circular=False))
d = {}
print(json.dumps({'1': d, '2': d}))
print(json.dumps('just a str'), json.dumps('é', ensure_ascii=False), json.dumps(None), json.dumps(12))
print(json.dumps(()), json.dumps(((),)), json.dumps([[]], indent=3), json.dumps([{}], indent=3))


# Subclasses of the built-in types, written as the C encoder writes them.
class I(int):
    def __repr__(self):
        return 'I!'


class F(float):
    def __repr__(self):
        return 'F!'


class S(str):
    def __str__(self):
        return 'S!'


class L(list):
    def __iter__(self):
        return iter(['not', 'used'])


class T(tuple):
    pass


class D(dict):
    def items(self):
        return [('from', 'items()')]


class E(dict):
    pass


print(json.dumps([I(5), F(1.5), S('s'), L([1, 2]), T((3,)), D(a=1), E(b=2), {S('k'): I(1)}]))
print(json.dumps({I(7): 1, F(0.5): 2}), json.dumps(D()), json.dumps(D(x=1), sort_keys=True))
print(json.dumps([collections.OrderedDict(b=1, a=2), collections.Counter('abca'),
                  collections.defaultdict(list, k=[1])]))
print(json.dumps(collections.OrderedDict(b=1, a=2), sort_keys=True, indent=1))


class MyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return {'re': o.real, 'im': o.imag}
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}, 'c': 1j}, cls=MyEncoder))
print(MyEncoder(indent=2, sort_keys=True).encode({'s': {2, 1}, 'a': [1j]}))
print(list(MyEncoder().iterencode({'s': {2, 1}, 'n': [1, 2]})))
print(list(json.JSONEncoder(indent=2).iterencode([1, {'a': [2]}])))
try:
    json.dumps(object(), cls=MyEncoder)
except TypeError as e:
    print('TypeError', e)


class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(json.dumps({'a': 'b', 'c': [True]}, cls=Chunky))
enc = json.JSONEncoder()
enc.sort_keys = True
enc.item_separator = ' | '
print(enc.encode({'b': 1, 'a': 2}), enc.iterencode({'b': [1, 2]}, _one_shot=True))

# The string escapers of json.encoder.
import json.encoder as jenc
print(jenc.encode_basestring_ascii('é"\x7f😀\\'), jenc.encode_basestring('é\n\x7f\x00"'), jenc.encode_basestring_ascii)
for f in (jenc.encode_basestring_ascii, jenc.encode_basestring):
    try:
        f(5)
    except TypeError as e:
        print('TypeError', e)


class Text(str):
    pass


print(jenc.encode_basestring(Text('a"')), jenc.encode_basestring_ascii(Text('ß')), json.dumps(Text('x')))
