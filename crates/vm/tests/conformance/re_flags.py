# re: flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, UNICODE), inline flags global
# and scoped, case folding of literals, classes, ranges and backreferences.
import re


def spans(pat, s, flags=0):
    try:
        return [m.span() for m in re.finditer(pat, s, flags)]
    except re.error as e:
        return 'error: %s' % e


# IGNORECASE
print(spans('abc', 'ABC aBc abc', re.I), spans('[a-c]+', 'xABCx', re.I), spans('[^a-c]+', 'xABCx', re.I))
print(spans('k', 'kK\u212a', re.I), spans('s', 'sS\u017f', re.I), spans('[k]', 'kK\u212a', re.I))
print(spans('[a-z]', 'K\u212a\u017f', re.I), spans('\u212a', 'kK', re.I), spans('[\u212a]', 'kK', re.I))
print(spans('k', 'kK\u212a', re.I | re.A), spans('[a-z]+', 'K\u212a\u017f', re.I | re.A))
print(spans('é', 'éÉ', re.I), spans('é', 'éÉ', re.I | re.A), spans('[à-ÿ]+', 'ÀÉÎ', re.I))
print(spans('σ', 'Σσς', re.I), spans('[σ]', 'Σσς', re.I), spans('μ', 'µΜμ', re.I), spans('i', 'Iıİi', re.I))
print(spans('ß', 'ßẞ', re.I), spans('ǆ', 'ǄǅǆDž', re.I), spans('[ǅ]', 'Ǆǆ', re.I))
print(spans(r'(a)\1', 'aA Aa', re.I), spans(r'(?i)[^k]', 'kK\u212ax'))
print(spans(rb'abc', b'ABC', re.I), spans(rb'[a-z]+', b'AbC\xc9', re.I), spans(b'\xe9', b'\xc9', re.I))
print(spans(r'\W', 'a_\u212a', re.I), spans('[\\d]', 'A1', re.I))

# MULTILINE and DOTALL
s = 'one\ntwo\nthree\n'
print(spans('^\\w+', s), spans('^\\w+', s, re.M), spans('\\w+$', s), spans('\\w+$', s, re.M))
print(spans('.+', 'a\nb'), spans('.+', 'a\nb', re.S), spans('a.b', 'a\nb', re.S | re.M))
print(spans('$', 'a\nb\n', re.M), spans('^', 'a\nb\n', re.M), spans(r'\Z', 'a\n', re.M), spans(r'\A', 'a\nb', re.M))

# VERBOSE
v = re.compile(r'''
    (?P<int> \d+ )     # integer part
    (?: \. (?P<frac>\d+) )?   # fraction
    \ [#]  \#          # escaped space and hashes
''', re.X)
print(v.match('3.14 ##').groupdict(), v.groups, v.pattern.count('\n'))
print(spans('a b # c', 'ab', re.X), spans('[ ]', ' ', re.X), spans('a\\ b', 'a b', re.X))
print(spans('(?x) a b', 'ab'), spans('(?x: a b ) c', 'abc'), spans('(?x)a (?-x: b)', 'a b'))
print(spans('a{1, 2}', 'a{1, 2}', re.X), spans('(?x)a{1,2 }', 'aa'))

# inline flags
print(spans('(?i)ab', 'AB'), spans('(?i:a)b', 'AB Ab'), spans('a(?i:b)', 'AB aB'), spans('(?-i:a)b', 'AB aB', re.I))
print(spans('(?s).', '\n'), spans('(?m)^b', 'a\nb'), spans('(?s:.)(?-s:.)', '\n\n\na'))
print(spans('(?a)\\w', 'é'), spans('(?a:\\w)\\w', 'éé aé'), spans('(?u)\\w', 'é'), spans(b'(?a)\\w', b'a'))
print(spans('(?im)^A', 'x\na'), spans('(?i)(?m)^A', 'x\na'), spans('(?ix) A B', 'ab'))
print(re.compile('(?i)a').flags, re.compile('(?m)a', re.S).flags, re.compile(b'(?i)a').flags, re.compile('a', re.A).flags)
print(re.compile('(?x)a').flags == re.X | re.U, re.compile('(?s)(?i)x').flags, re.compile('(?-i:a)').flags)
print(re.compile('a', re.U).flags, re.compile(b'a', re.L).flags)

# flag arithmetic and reprs
print(re.I | re.M, re.I & re.M, re.I ^ re.I, 2 | re.M, re.I | 0, type(re.I | 0).__name__)
print(re.DOTALL.value, re.VERBOSE == 64, re.ASCII == 256, re.UNICODE == 32, re.LOCALE == 4)
print(re.A | re.I | re.L | re.U | re.M | re.S | re.X)
