import json, sys
data = {'name': 'heap', 'sizes': [1, 2.5, None, True], 'nested': {'a': [], 'b': {}}}
s = json.dumps(data, indent=2, sort_keys=True); print(s)
print(json.loads(s) == data, json.dumps('é'), json.dumps('é', ensure_ascii=False), json.dumps([1, 2], separators=(',', ':')))
try: json.loads('{bad}')
except json.JSONDecodeError as e: print(e.msg, e.pos, e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc))
try: json.dumps(object())
except TypeError as e: print(e)
stats = {'objects': 1234, 'bytes': 98765}
for k, v in stats.items(): print(f'{k:>10}: {v:>8,d}')
print(sys.getsizeof(s) - len(s), sys.intern('abc') is sys.intern('ab' + 'c'))
b = bytearray(b'hello'); mv = memoryview(b); mv[0] = ord('J'); print(b, mv.nbytes, mv[1:3].tobytes(), len(mv))
print(int.from_bytes(b'\x01\x02', 'big'), (258).to_bytes(2, 'little'), hex(id(None)) != '', divmod(-7, 2), -7 // 2, -7 % 2, round(2.5), round(-0.5), round(1.2345, 2))
print(float('1e308') * 10, 10 ** 20 // 3, 2 ** 100 % 1000007, (-2) ** 0.5 if False else abs(-3.5), 0.1 * 3, 1 / 3)
