# Pins re.Scanner (stopping rules, actions seeing the scanner's match, flags) and
# re.template's warning text.
import re
import warnings

seen = []


def word(scanner, token):
    seen.append((scanner.match.span(), scanner.match.lastindex))
    return token.upper()


s = re.Scanner([(r'[a-z]+', word), (r'\s*', None), (r'\d+', lambda sc, t: int(t))],
               re.IGNORECASE)
print(s.scan('abc DEF 12 x!y'), seen)
print(re.Scanner([(r'x*', 'X')]).scan('xxab'))
print(re.Scanner([(r'x*', 'X')]).scan('ab'))
print(re.Scanner([('a', 0), ('b', False), ('c', '')]).scan('abcz'))
print(re.Scanner([]).scan('abc') if False else 'skip empty lexicon')
print(re.Scanner([(r'(a)(b)', 'AB'), ('c', 'C')]).scan('abcab'))
print(re.Scanner([('^A', 1), ('\n', None)], flags=re.I | re.M).scan('a\naA'))
print(hasattr(re.Scanner([('a', 1)]), 'match'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.template('ab')
    print([(x.category.__name__, str(x.message)) for x in w])

print(re.escape('a.b*c d\n-_'), re.escape(b'x.y\x00#'), re.purge())
for name in ('match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
             'compile', 'purge', 'escape', 'template'):
    print(name, callable(getattr(re, name)), type(getattr(re, name).__doc__).__name__)
print(re.match('a', 'ab'), re.fullmatch('a', 'ab'), re.search('b', 'ab'))
print(re.sub('a', '-', 'banana', 2), re.subn('a', '-', 'banana'), re.split(',', 'a,b,c', 1))
print(re.findall(r'\d', 'a1b2'), [m.span() for m in re.finditer('a', 'aXa')])
