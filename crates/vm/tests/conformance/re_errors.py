# re: re.error messages, positions, lineno/colno for bad patterns, and the TypeErrors and
# ValueErrors of the API (mixing str and bytes, bad flags, bad group indexes).
import re

bad = [
    '(', ')', 'a)', '(a', '(?P<a>x', '[a', '[', '[^', '[a-', '[z-a]', r'[\w-z]', r'[a-\d]',
    '*', 'a**', 'a*+*', '+a', '?', 'a{2}{3}', 'a{3,2}', '^*', r'\b+', '(?', '(?P', '(?Px)',
    '(?P<>a)', '(?P<1>a)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', '(?P=1)', '(?P<a>(?P=a))',
    '(?#abc', '(?<x)', '(?<', '(?x', '(?z)', '(?i', '(?i-', '(?i-:a)', '(?-', '(?-z:a)',
    '(?i-i:a)', 'a(?i)', '(?L)a', '(?au)a', '(?-a:a)', '(?t:a)', '(?-t:a)', '(?(1)a|b|c)',
    '(?(x)a)', '(?(0)a)', '(?(1a)a)', '(?(1)a', '(?(2)a)(b)', r'\1', r'(a)\2', r'(a\1)',
    r'\q', r'\x', r'\x4', r'\xg', r'\u12', r'\U1234567', r'\U00110000', r'\400', r'[\400]',
    r'[\8]', r'\N', r'\N{', r'\N{DIGIT ONE', '\\', 'a\\', r'(?<=a+)b', r'(?<=a|bc)d',
    r'(?<!a*)b', r'(?<=(a)\1)b', r'(a)(?<=\1)', r'(?<=(?P<n>a)(?P=n))b', '(?>', 'a||(',
    'abc\n(def\nghi', '\n\n  [a', 'x' * 5 + '(?',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError, RecursionError) as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(', b'\\q', b'[z-a]', b'(?P<\xe9>a)', b'(?u)a', b'\\u0041', b'\xe9(']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, '|', e, '|', e.msg, e.pos, e.lineno, e.colno)

# repeat counts
for p in ['a{4294967295}', 'a{4294967294}', 'a{1,4294967295}', 'a{99999999999999999999}']:
    try:
        print(p, re.compile(p).pattern)
    except OverflowError as e:
        print(p, 'OverflowError', e)

# error objects
e = re.error('msg', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, e.args)
e = re.error('plain')
print(e, e.pos, e.lineno, e.args, isinstance(e, Exception), re.error.__module__, re.error.__name__)

# API errors
tests = [
    lambda: re.match('a', b'a'),
    lambda: re.match(b'a', 'a'),
    lambda: re.match('a', 1),
    lambda: re.compile(1),
    lambda: re.compile(re.compile('a'), re.I),
    lambda: re.compile('a', re.L),
    lambda: re.compile('a', re.A | re.U),
    lambda: re.compile(b'a', re.U),
    lambda: re.compile(b'a', re.A | re.L),
    lambda: re.match('(a)', 'a').group(2),
    lambda: re.match('(a)', 'a').group(-1),
    lambda: re.match('(a)', 'a').group('x'),
    lambda: re.match('(a)', 'a')[1.5],
    lambda: re.match('(a)', 'a').start(3),
    lambda: re.sub(b'a', 'x', b'a'),
    lambda: re.sub('a', b'x', 'a'),
    lambda: re.findall('a', None),
    lambda: re.split(b'a', 'a'),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

# deep nesting: a RecursionError, never a crash
for n in (100, 400, 2000):
    try:
        print(n, re.compile('(' * n + 'a' + ')' * n).groups)
    except RecursionError as e:
        print(n, 'RecursionError')
print(re.match('(?:' * 200 + 'a' + ')*' * 200, 'aaa').span())

# argument conversions and odd calls
p = re.compile(r'(a)(b)?')
tests = [
    lambda: p.match('ab', 1.0),
    lambda: p.match('ab', None),
    lambda: p.search('ab', endpos='x'),
    lambda: p.split('ab', 1.5),
    lambda: p.sub('x', 'ab', count=None),
    lambda: p.findall('ab', True),
    lambda: re.compile('a', flags=None),
    lambda: re.compile('a', 'i'),
    lambda: p.fullmatch(b'a'),
    lambda: re.purge(),
    lambda: re.escape(5),
    lambda: re.escape(bytearray(b'a.b')),
    lambda: p.match('ab').group(0, 5),
    lambda: p.match('ab').expand(r'\3'),
    lambda: p.match('ab').start('x'),
    lambda: re.sub('a', 'b', 'aaa', 1, re.I),
    lambda: re.split('a', 'bab', 0, re.I),
    lambda: re.findall(re.compile('a'), 'aa'),
    lambda: re.compile(re.compile('a')).pattern,
    lambda: re.subn('(a)', lambda m: m.expand(r'<\1>'), 'bab'),
    lambda: re.sub('a', '\\', 'a'),
    lambda: re.match('(?:a{1000}){1000}', 'a' * 1000000).end(),
    lambda: re.match(r'(\w)(?:\1{3})', 'aaaa').span(),
    lambda: re.match('.{3,5}?x', 'aaaaax').span(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)

# argument parsing of the Pattern and Match methods (C functions in CPython)
p = re.compile('a')
m = p.match('a')
tests = [
    lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match(strin='a'),
    lambda: p.match('a', string='b'), lambda: p.match(pos=1), lambda: p.split(),
    lambda: p.split('a', 1, 2), lambda: p.sub('x'), lambda: p.sub(), lambda: p.subn('a', 'b', 1, 2),
    lambda: p.findall('a', x=1), lambda: p.finditer(), lambda: p.search('a', 1, endpos=2, pos=1),
    lambda: m.groups(1, 2), lambda: m.groupdict(1, 2), lambda: m.start(1, 2), lambda: m.start(group=1),
    lambda: m.span(1, 2), lambda: m.end(1, 2), lambda: m.expand(), lambda: m.expand('a', 'b'),
    lambda: m.groups(default=1), lambda: m.groups(x=1), lambda: p.scanner(),
    lambda: p.fullmatch(string='a', x=2), lambda: p.match(x=2),
    lambda: p.match(string='a', pos=0, endpos=1), lambda: p.sub(repl='b', string='aa', count=1),
    lambda: p.split(string='a a', maxsplit=1), lambda: m.groupdict(default=3),
    lambda: m.expand(template='x'), lambda: m.span(0), lambda: list(p.finditer(string='aa', pos=1)),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
