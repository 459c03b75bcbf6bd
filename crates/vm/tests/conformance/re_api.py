# re: the module functions, Pattern and Match objects (attributes, methods, reprs).
import re

p = re.compile(r'(?P<word>\w+)\s(\d+)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(type(p), type(p.match('a 1')), re.Pattern, re.Match)
print(isinstance(p, re.Pattern))

m = p.search('  hello 42 world')
print(m)
print(bool(m), m.group(), m.group(0), m.group(1), m.group(2), m.group('word'))
print(m.group(0, 1, 'word', 2), m[0], m[1], m['word'], m[2])
print(m.groups(), m.groupdict(), m.span(), m.span(1), m.start(2), m.end('word'))
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
m2 = p.search('xyz ')
print(m2, m2.groups(), m2.groups('dflt'), m2.group(2), m2.span(2), m2.start(2), m2.end(2))
print(m2.lastindex, m2.lastgroup, m2.groupdict('-'))

# pos and endpos
q = re.compile(r'\d+')
print(q.match('ab12cd', 2), q.match('ab12cd', 2, 3), q.search('ab12cd', 3), q.search('ab12cd', 5))
print(q.fullmatch('ab12cd', 2, 4), q.fullmatch('ab12cd', 2, 5), q.match('12', -5, 100))
print(q.search('12345', 1, 3).pos, q.search('12345', 1, 3).endpos, q.search('1', 4, 2))
print(q.findall('1 22 333', 1), q.findall('1 22 333', 0, 4), [x.span() for x in q.finditer('1 22 333', 2, 7)])
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\Z').search('ab', 0, 1))
print(re.compile(r'(?<=b)a').search('ba', 1), re.compile(r'\ba').search('ba', 1))

# module-level functions
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch('a|ab', 'ab'))
print(re.findall(r'\d', 'a1b2'), list(re.finditer('.', 'ab')))
print(re.sub('a', 'b', 'aaa'), re.subn('a', 'b', 'aaa', 2), re.split(',', 'a,b,c', 1))
print(re.compile(p) is p, re.compile('x') is re.compile('x'))
re.purge()
print(re.compile('x').pattern)

# reprs
print(repr(re.compile('a+', re.IGNORECASE)))
print(repr(re.compile('a', re.I | re.M | re.S | re.X)))
print(repr(re.compile('a', re.A)), repr(re.compile(b'a')), repr(re.compile(b'a', re.I | re.L)))
print(repr(re.compile('(?i)a')), repr(re.compile("it's")), repr(re.compile('x' * 300))[:40], len(repr(re.compile('x' * 300))))
print(repr(re.match('x*', 'x' * 100)))
print(repr(re.match(b'ab', b'abc')), repr(re.match('', 'abc')))
print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.I | re.M, re.I | 1024)
print(int(re.I), re.I == 2, re.I + 1, re.IGNORECASE is re.I, re.I.value, re.I.name, (re.I | re.S).name)
print(type(re.I | re.S).__name__, ~re.I, re.M & re.I)

# equality and hashing of patterns
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') == re.compile(b'a'))
print(hash(re.compile('ab')) == hash(re.compile('ab')))

# bytes
b = re.compile(rb'(\w+)=(\d+)')
mb = b.search(b'  key=123 ')
print(mb, mb.groups(), mb.group(1), b.findall(b'a=1 b=2'), b.sub(rb'\2=\1', b'a=1 b=2'))
print(re.split(rb'\s+', b'a  b c'), re.match(b'.', bytearray(b'xy')), re.findall(b'.', bytearray(b'xy')))
print(re.search(b'[\\xe9]', 'é'.encode('latin1')))

# escape
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn#o&p~q-r'), re.escape('åäö_123'))
print(re.escape(b'a.b\xff'), re.escape(''))

# finditer is lazy and scanner works
it = re.finditer(r'\w', 'ab')
print(next(it), next(it), next(it, 'done'))
sc = re.compile(r'\d').scanner('1a2')
print(sc.match(), sc.match(), sc.search(), sc.search())
print(sc.pattern)

# Match objects are always true, copies are themselves
import copy
m = re.match('', '')
print(bool(m), copy.copy(m) is m, copy.deepcopy(p) is p)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)

# keyword arguments, bool group indexes, generic aliases, read-only groupindex
print(re.Match[str], re.Pattern[bytes])
p = re.compile('(?P<a>x)')
try:
    p.groupindex['b'] = 2
except TypeError as e:
    print('TypeError', e)
print(re.compile('a').match('a', pos=0, endpos=1), re.compile('a').search(string='ba'))
m = re.match('(a)(b)?', 'a')
print(m.group(True), m.span(False))
print(re.sub('a', 'b', 'a', count=1), re.split('a', 'bab', maxsplit=1), re.compile(r'\w+').findall(string='ab cd'))
print(m.__class__.__module__, m.__class__.__name__, type(p).__qualname__)
print(re.sub('x', 'y', 'abc') == 'abc', re.subn(b'x', b'y', b'abc'))

# str and bytes subclasses: results are plain str / bytes, the subclass's overrides unused
class S(str):
    def __str__(self):
        return 'OVERRIDDEN'

    def __getitem__(self, i):
        return 'X'


s = S('hello')
m = re.search('l+', s)
print(m.group(), type(m.group()).__name__, m[0], m.string is s, re.findall('l', s))
print(re.sub('l', 'L', s), type(re.sub('q', 'L', s)).__name__, re.split('l', s))


class B(bytes):
    pass


print(re.findall(b'l', B(b'hello')), type(re.match(b'h', B(b'h')).group()).__name__)
