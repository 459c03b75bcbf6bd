# json: bytes input in every UTF encoding (with and without BOM) and bad input types,
# JSONDecodeError's fields (vars order too) and pickling form, dump/dumps through the
# default encoder and a configured one (cls=, truthy non-bool flags), loads' hooks passed
# on to a decoder class, and the separators chosen with an indent.
import io
import json

doc = '{"k": [1, 2.5, "\u00e9\u4e2d"]}'
for encoding in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le',
                 'utf-32-be'):
    print(encoding, json.loads(doc.encode(encoding)))
print('utf-8 BOM', json.loads(b'\xef\xbb\xbf' + doc.encode('utf-8')))
print(json.loads(b'1'), json.loads(b'"a"'.decode().encode('utf-16-le')), json.loads(bytearray(b'[]')))
for bad in (3, None, ['[]'], memoryview(b'[]')):
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print('BOM:', e)

try:
    json.loads('{\n  "a": 1,\n  "b": ]\n}')
except json.JSONDecodeError as e:
    print(e, list(vars(e)), e.__reduce__()[1][1:], e.msg, e.lineno, e.colno, e.pos)

print(json.dumps({'b': 1, 'a': [True, None]}), json.dumps('x\u00e9'), json.dumps('x\u00e9', ensure_ascii=0))
print(json.dumps([1, {'a': 2}], indent=2), json.dumps([1, 2], indent='\t'), json.dumps({'a': 1}, indent=0))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=1, ensure_ascii='yes', separators=(',', ':')))


class Tagged(json.JSONEncoder):
    def default(self, o):
        return {'set': sorted(o)}


print(json.dumps({'s': {3, 1}}, cls=Tagged), json.dumps({1, 2}, default=sorted))
out = io.StringIO()
json.dump({'z': [1, 2]}, out)
json.dump([3], out, cls=Tagged, indent=1)
print(repr(out.getvalue()))


class Logging(json.JSONDecoder):
    def __init__(self, **kw):
        print('decoder keywords:', sorted(kw))
        super().__init__(**kw)


print(json.loads('{"a": 1.5, "b": NaN}', cls=Logging, parse_float=str, parse_constant=repr,
                 object_pairs_hook=list))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10), json.load(io.StringIO('{"x": 1}'),
                                                                        object_hook=dict.items))
