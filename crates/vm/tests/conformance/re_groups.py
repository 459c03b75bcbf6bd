# re: groups and syntax: named groups and references, backreferences, lookaround,
# atomic groups and possessive quantifiers, conditionals, quantifier forms, classes.
import re


def show(pat, s, flags=0, f='search'):
    try:
        m = getattr(re.compile(pat, flags), f)(s)
    except re.error as e:
        print(repr(pat), 'error:', e)
        return
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), m.groups(), m.lastindex, m.lastgroup)


# groups and references
show(r'(a)(b)(c)', 'abc')
show(r'(?P<x>a)(?P<y>b)?(?P=x)', 'aa')
show(r'(?P<x>a|b)(?P=x)', 'abba')
show(r'(\w)\1', 'abccd')
show(r'(a)|(b)', 'b')
show(r'((a)|(b))+', 'ab')
show(r'(a)*', 'aaa')
show(r'(a|b)*?c', 'abc')
show(r'(?:(a)|b)*', 'ab')
show(r'(a*)*', 'b')
show(r'(a*)+', 'aab')
show(r'(a|)+b', 'aab')
show(r'((a)b)?c', 'abc')
show(r'(?:x(y)?)+', 'xyx')
show(r'(?i)(a)\1', 'aA')
show(r'(\d+)-\1', '12-12 3-4')
show(r'(a)(?:b(c))?', 'ab')
show(r'\0', '\x00')
show(r'(a)\01', 'a\x01')
show(r'[\1]', '\x01')
show(r'(a)\1\07', 'aa\x07')

# lookaround
show(r'a(?=b)', 'acab')
show(r'a(?!b)', 'abac')
show(r'(?<=a)b', 'cbab')
show(r'(?<!a)b', 'abcb')
show(r'(?<=(a))b', 'ab')
show(r'(?=(a))a', 'a')
show(r'(?!(a)b)a', 'ac')
show(r'(?<=\d{3})x', '12x123x')
show(r'(?<=a|b)c', 'bc')
show(r'(?<=ab|cd)e', 'cde')
show(r'(?<!^)x', 'xx')
show(r'\w+(?=,)', 'one, two')
show(r'(?=.*\d)(?=.*[a-z]).{4,}', 'ab1c')
show(r'(a)(?<=(?P=x)b)', 'ab')

# atomic and possessive
show(r'(?>a+)b', 'aaab')
show(r'(?>a+)a', 'aaa')
show(r'(?>a|ab)c', 'abc')
show(r'a*+a', 'aaa')
show(r'a++b', 'aab')
show(r'a?+a', 'a')
show(r'(?:ab)*+ab', 'ababab')
show(r'(?:ab)*+c', 'ababc')
show(r'a{1,2}+a', 'aaa')
show(r'(a|ab)++c', 'abc')
show(r'(?:a|ab){1,2}+c', 'abc')
show(r'(?:.*.{2}){2}+', 'b1bAa')
show(r'(?:(.)*?.{2}){2}+', 'b1bAa')

# conditionals
show(r'(a)?(?(1)b|c)', 'ab')
show(r'(a)?(?(1)b|c)', 'c')
show(r'(?P<q>")?\w+(?(q)")', '"abc"')
show(r'(?P<q>")?\w+(?(q)")', 'abc"')
show(r'(a)?(?(1)b)', 'x')

# quantifiers
for pat in ['a{2}', 'a{2,}', 'a{,2}', 'a{1,3}?', 'a{0}', 'a{,}', 'a{', 'a{1', 'a{1,', 'a{x}', 'a{}',
            'a{2}?', 'x{1,2}{', 'a*?', 'a+?', 'a??', '(?:ab){2}', '(?:)*', '{1}', 'a{1,2}b{3}']:
    show(pat, 'aaaa{x}')

# classes and escapes
for pat in [r'[abc]+', r'[^abc]+', r'[a-c-]+', r'[]a]+', r'[^]a]+', r'[\]]+', r'[\d.]+', r'[\w-]+',
            r'[^\W\d]+', r'[\s\S]', r'[a\-z]+', r'\x41', r'\u0041', r'\U00000041', r'\101', r'[\x41-\x43]+',
            r'\.', r'\*', r'[.]', r'\t', r'[\n]', r'\a\f\v', r'[\b]', r'\-']:
    show(pat, 'zabc]-123 ABC.*\t\n\x07\x0c\x0b\x08\\')

# anchors and boundaries
for pat in [r'^\w', r'\w$', r'\A\w', r'\w\Z', r'\bb', r'\Bb', r'b\b', r'\b', r'\B', r'$', r'^$']:
    print(pat, [m.span() for m in re.finditer(pat, 'ab c\nb')], [m.span() for m in re.finditer(pat, '')])
print(re.search(r'\B', ''), re.search(r'\b', ''), re.search('^$', ''), re.findall('$', 'a\n'))

# unicode rules
print(re.findall(r'\w+', 'héllo wörld ÿ_1 ٣'), re.findall(r'\d', '1٣۴x'), re.findall(r'\s', 'a\u00a0b\u2003c\x1cd'))
print(re.findall(r'\w+', 'héllo', re.A), re.findall(r'\d', '1٣', re.A), re.findall(r'\s', '\x1c\u00a0 ', re.A))
print(re.findall(rb'\w+', b'h\xe9llo'), re.findall(rb'\s', b'\x1c \x85'))
print(re.findall(r'\bé', 'é xé'), re.findall(r'\bé', 'é xé', re.A))
