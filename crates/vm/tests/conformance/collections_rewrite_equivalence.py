# Checks the parts of the frozen collections module that were rewritten in pymem's own words:
# results, messages and output must stay CPython's.
from collections import UserString, Counter, ChainMap
u = UserString('abc'); v = UserString(u); w = UserString(12)
print(repr(u), repr(v), repr(w), u == 'abc', u == v, u < 'abd', u <= v, u > 'ab', u >= UserString('abc'), u != 'x')
print('b' in u, UserString('bc') in u, u + 'd', u + v, u + 5, 'x' + u, 3 + u if False else '', type(u + 'd').__name__, repr('z' + u), repr(u * 2), repr(2 * u), repr(u[1:]), repr(u[0]))
print(int(UserString('42')), float(UserString('1.5')), complex(UserString('1+2j')), hash(u) == hash('abc'), len(u), list(u), list(reversed(u)))
print(repr(UserString('%s-%s') % ('a', 'b')), repr('%s!' % UserString('q')), u.__getnewargs__())
class S(UserString): pass
s = S('hi'); print(type(s + 'x').__name__, type(s[0]).__name__, type('a' + s).__name__)
try: u < 3
except TypeError as e: print(e)
try: 5 + u
except TypeError as e: print(type(e).__name__)
print(Counter('aabbbc') & Counter('abbbbd'), Counter(a=1) & Counter(a=1.0), Counter(a=3, b=-1) & Counter(a=2, b=5))
c = ChainMap({'a': 1}, {'b': 2})
try: del c['b']
except KeyError as e: print(e)
