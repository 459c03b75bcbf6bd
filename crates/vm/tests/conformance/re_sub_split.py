# re: sub/subn templates and callables, split with groups and maxsplit, findall and
# finditer, and the empty-match rules of Python 3.7+.
import re

# templates
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k> \g<0> \g<1>', 'a=1 b=2'))
print(repr(re.sub('a', r'\n\t\\', 'xax')), repr(re.sub('a', '\\n', 'a')), repr(re.sub('a', r'\0', 'a')))
print(re.sub('(a)', r'\1\1\g<1>0', 'a'), repr(re.sub('a', r'\101\08', 'a')))
print(re.sub('(a)|b', r'[\1]', 'abc'), re.sub('(a)|(b)', r'\g<2>', 'ab'))
print(re.sub('x', '', 'axbxc'), re.sub('x', 'y', ''), re.sub('', '-', ''), re.sub('', '-', 'abc'))
print(re.subn('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa', 0), re.subn('a', 'b', 'aaaa', -1))
print(re.sub('.', lambda m: m.group().upper() * 2, 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub('a', lambda m: None, 'banana'))
print(re.sub('(?P<x>a)', lambda m: repr((m.pos, m.endpos, m.span(), m.lastgroup)), 'bab'))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.sub(b'a', lambda m: b'X', b'aba'))
print(re.compile('o').sub('0', 'foo boo', 1), re.compile('o').subn('0', 'foo boo'))
try:
    re.sub('a', lambda m: 1, 'xa')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
for bad in [r'\2', r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g', r'\q', '\\', r'\g<-1>', r'\g<1a>', r'\400', r'\10', r'\g<name>', '\\8']:
    try:
        print(re.sub('(a)', bad, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

# empty matches
print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', 'abxxd'), re.sub('x*', '-', ''))
print(re.subn(r'\b', '|', 'ab cd'), re.sub('a*?', '-', 'baac'), re.sub('$', 'E', 'a\nb\n'))
print(re.sub('(?m)^', '> ', 'a\nb\n'), re.sub('(?m)$', '<', 'a\nb\n'))
print(re.findall('x*', 'axxb'), re.findall('', 'ab'), re.findall('a|', 'baac'), re.findall(r'\b', 'a b'))
print([m.span() for m in re.finditer('x*', 'axxb')], [m.span() for m in re.finditer('a??', 'aa')])
print(re.split('x*', 'axbc'), re.split('', 'abc'), re.split(r'\b', 'a b'), re.split('(?=b)', 'abab'))
print(re.split('a*', 'baac'), re.split('(a*)', 'baac'), re.split('(?m)^', 'a\nb\n'))

# split
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE), re.split(r'(\W+)', '...words, words...'))
print(re.split('(a)|(b)', 'xaybz'), re.split('x', 'axb', -1), re.split('x', ''), re.split('(x)', 'x'))
print(re.split(rb'\s', b'a b'), re.compile(',').split('a,b,,c', maxsplit=2))

# findall shapes
print(re.findall(r'(\w)(\d)?', 'a1 b c3'), re.findall(r'(\w)=', 'a= b='), re.findall(r'((a)b)', 'abab'))
print(re.findall(rb'(\w)(\d)?', b'a1 b'), re.findall('(a)|b', 'ab'))

# expand
m = re.match(r'(?P<a>\w) (\w)?', 'x ')
print(repr(m.expand(r'\g<a>-\2-\g<0>')), repr(m.expand(b'x'.decode())))
print(re.match(rb'(\w)', b'q').expand(rb'[\1]'))
