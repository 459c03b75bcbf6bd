# json: dumps/loads/dump/load with CPython's formatting, escaping, errors and positions.
import json
import io

print(json.__all__, json.JSONDecodeError.__mro__[1].__name__)
print(json.dumps('a"b\\c\n\r\t\b\f\x00\x1f\x7f é 中 😀'))
print(json.dumps('a"b\\c\n\r\t\b\f\x00\x1f\x7f é 中 😀', ensure_ascii=False))
print(json.dumps([1.0, 1e16, 1e-7, 0.1, -0.0, float("nan"), float("inf"), -float("inf"),
                  10 ** 20, True, False, None, 2.5e300, 1 / 3, -5]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", "e": "e", False: 0}))
print(json.dumps({"b": 1, "a": [1, 2, {"c": ()}], "d": {}}, indent=2, sort_keys=True))
print(json.dumps([1, [2, []], {}], indent=0))
print(json.dumps([1, {"a": 2}], indent="\t"))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps([1, {"a": 2}], indent=2, separators=(", ", ": ")))
print(json.dumps({"x": [1, 2]}, indent=None), json.dumps((1, (2, 3))), json.dumps("x", indent=4),
      json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps(3), json.dumps(None))
print(json.dumps({(1, 2): 1, "a": 2}, skipkeys=True), json.dumps({1, 2} and [1], default=list))
print(json.dumps({"s": {3, 1}}, default=sorted), json.dumps(float("nan")), json.dumps([float("inf")], indent=1))


class I(int):
    pass


class F(float):
    def __repr__(self):
        return "F!"


class L(list):
    pass


class D(dict):
    pass
print(json.dumps([I(5), F(1.5), True, L([1]), D(a=1)]))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=SetEncoder), SetEncoder().encode([1]),
      list(SetEncoder().iterencode([1, 2])), list(json.JSONEncoder(indent=1).iterencode({"a": [1]})))
print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator,
      json.JSONEncoder(separators=(";", "=")).key_separator)

a = []
a.append(a)
d = {}
d["x"] = d
errors = [
    lambda: json.dumps({(1, 2): 1}), lambda: json.dumps(object()),
    lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps([float("-inf")], allow_nan=False),
    lambda: json.dumps({"b": 1, 1: 2}, sort_keys=True), lambda: json.dumps(b"x"),
    lambda: json.dumps(set()), lambda: json.dumps(a), lambda: json.dumps(d),
    lambda: json.dumps([1], default=lambda o: o, cls=SetEncoder),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

docs = ['{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}', ' [ ] ', '"\\u00e9\\n\\"\\/"',
        '"\\ud83d\\ude00"', '-0', '-0.0', '1e400', '1.5E+3', '-12.25e-2', '{"a":1,"a":2}',
        'NaN', '-Infinity', 'Infinity', '123456789012345678901234567890', '[[[[]]]]', '"é中"',
        '\t\n{"k"\n:\r\n"v"}  ']
for doc in docs:
    print(repr(doc), "->", repr(json.loads(doc)))

bad = ['', ' ', 'x', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,}',
       '{"a" 1}', '{1:2}', '{"a":1 "b":2}', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"a\nb"',
       '1 2', '[1] x', '-', '-x', '01', '1.', '1.e5', '1e', '.5', 'nul', 'tru', '[NaN, -NaN]',
       '\ufeff1', '{"a":1}}', '["a", ]', '{"a" : 1 , }', '"\\"', 'true false', '[1,\n2,\n  x]',
       '"\t"', '"\\', '"\\u"', '123abc', '[-]', '[1,2', '{"a" "b"}', '{,}', '[,]', 'truex', 'nulll']
for doc in bad:
    try:
        print(repr(doc), "->", repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

for x in [1, None, [], b"[1]", bytearray(b"{}"), b"\xef\xbb\xbf[1]"]:
    try:
        print(repr(x), "->", repr(json.loads(x)))
    except TypeError as e:
        print(repr(x), "-> TypeError:", e)

err = json.JSONDecodeError("m", "ab\ncd", 4)
print(err, err.args, err.msg, repr(err.doc), err.pos, err.lineno, err.colno, isinstance(err, ValueError))

# hooks
print(json.loads('{"a": 1, "b": [1.5]}', object_hook=lambda o: sorted(o.items())))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, NaN]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s,
                 parse_constant=lambda s: "C" + s))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder().raw_decode('[1] tail'))
print(json.loads('{"nested": {"k": [1, {"z": null}]}}', object_hook=lambda o: ("obj", len(o))))

# dump / load through files
buf = io.StringIO()
json.dump({"name": "pymem", "list": [1, 2, 3]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
buf = io.StringIO()
json.dump([1, "x"], buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf, parse_int=float))

data = {"ints": list(range(5)), "s": "multi\nline", "f": 0.5, "n": None, "nested": [{"a": [True]}]}
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent=3)) == data)

# the json.decoder / json.encoder submodules
import json.decoder
from json.encoder import JSONEncoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError, JSONEncoder is json.JSONEncoder,
      json.decoder.JSONDecoder.__module__, json.JSONEncoder.__module__)

# collections types encode as the dicts / tuples / lists they are
import collections
P = collections.namedtuple("P", "x y")
print(json.dumps([collections.Counter("aab"), collections.OrderedDict(b=1, a=2), collections.defaultdict(int, {"k": 1}), P(1, 2), collections.deque([1])], default=list))
print(json.dumps({"p": P(1, [2])}, indent=1, sort_keys=True))
try:
    json.dumps(collections.UserDict(a=1))
except TypeError as e:
    print(e)
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=collections.OrderedDict))

# nesting as deep as CPython's C encoder and scanner go, and RecursionError beyond
for n in [300, 900]:
    x = []
    d = {}
    for i in range(n):
        x = [x]
        d = {"k": d}
    print(n, len(json.dumps(x)), len(json.dumps(x, indent=1)), len(json.dumps(d)),
          len(json.loads(json.dumps(d))), len(json.loads("[" * n + "]" * n)))
for n in [5000, 100000]:
    try:
        json.loads("[" * n + "]" * n)
    except RecursionError:
        print(n, "RecursionError")
