# re: FutureWarnings for sets that future versions may read as nested sets or set
# operations (reported at the caller's line), re.Scanner and re.template.
import re
import warnings

re.compile('[[a]')
re.compile('[a-z--]')
re.compile('[a&&b]')
re.compile('[a||b~~c]')
re.sub('[[]', 'x', '[')
re.findall(b'[[x]', b'[x')
try:
    re.compile('[[a-')
except re.error as e:
    print(e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.compile('[a&&c]')
    print([(x.category.__name__, str(x.message)) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        re.compile('[b||c]')
    except FutureWarning as e:
        print('FutureWarning raised:', e)

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+\.\d*', lambda s, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda s, tok: ('INT', int(tok))),
    (r'[=+*/-]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 + 4.5 * y_1 ?rest'))
print(re.Scanner([('a', 'A'), ('b', None)]).scan('abba!'))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t = re.template('ab|c')
    print(t.flags & re.T, t.match('ab'), [x.category.__name__ for x in w])
    try:
        re.template('a+')
    except re.error as e:
        print('error:', e)
    re.compile('x', re.T)
    print([str(x.message)[:30] for x in w])
