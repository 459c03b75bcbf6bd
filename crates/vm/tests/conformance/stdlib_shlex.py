# shlex: split (POSIX and classic, comments), quote, join, and the shlex class: tokens,
# quotes and escapes, punctuation_chars, whitespace_split, push_token/push_source, lineno,
# error_leader, the errors.
import shlex
import io

print(shlex.__all__)
cases = [
    'a b c', '  leading and trailing  ', 'one\ttwo\nthree', '',
    "single 'quoted string' here", 'double "quoted string" here',
    'mixed "a b"\'c d\'e', 'esc\\ aped space', 'back\\\\slash', "it's\\'s",
    '"in \\"double\\" quotes"', "'in \\'single'", '"esc \\n \\$ \\\\ \\""',
    'a#b c # comment here', 'x=1 y="2 3"', 'empty "" quotes \'\'', '""', "''",
    'foo;bar|baz&&qux', 'cp ~/a.txt ./b-c/*.py', 'unicode é ß ñ', 'tab\\\tchar',
    'a\\\nb', 'ends with quote"x"',
]


def show(label, s, **options):
    try:
        print(label, shlex.split(s, **options))
    except ValueError as e:
        print(label, 'ValueError', e)


for s in cases:
    print(repr(s))
    show('  posix   ', s)
    show('  comments', s, comments=True)
    show('  classic ', s, posix=False)
    show('  classic+', s, comments=True, posix=False)

for bad in ['"unclosed', "'unclosed", 'trailing\\', '"esc at end\\']:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, 'ValueError', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError', e)

# quote and join
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'semi;colon', 'a/b.c-d_e',
          'x=y+z@host:1,2%', 'tab\there', 'newline\n', 'é', '*', "''", 'under_score']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(['echo', 'hello world', "it's", '', '$x']))
print(shlex.join([]), shlex.split(shlex.join(['a b', 'c'])))
for bad in [None, 5, b'a b']:
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print('TypeError', type(bad).__name__)
print(repr(shlex.quote(None if False else '')))

def tokens(lex):
    try:
        return list(lex)
    except ValueError as e:
        return 'ValueError: %s (line %d)' % (e, lex.lineno)


# the class, classic mode
lex = shlex.shlex('a "b c" d # comment\ne')
print(lex.posix, repr(lex.eof), lex.commenters, repr(lex.whitespace), lex.quotes,
      lex.escape, lex.escapedquotes, lex.whitespace_split, lex.lineno, repr(lex.state))
print(lex.wordchars)
print(lex.punctuation_chars == '', lex.infile, lex.source, lex.debug, repr(lex.token))
print(tokens(lex))
print(repr(lex.get_token()), lex.lineno)
lex = shlex.shlex('word1 word2 "quoted" word3', infile='file.txt')
print(lex.get_token(), lex.error_leader(), lex.error_leader('other', 7))
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token())
print(lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('a.b-c d=e f/g (h) [i]')
print(tokens(lex))
lex = shlex.shlex('a.b-c d=e', posix=False)
lex.whitespace_split = True
print(tokens(lex))

# POSIX mode
lex = shlex.shlex('a "b c" d\\ e \'f\' # comment\ng', posix=True)
print(repr(lex.eof), 'ß' in lex.wordchars)
print(tokens(lex))
lex = shlex.shlex('one\ntwo\n\nthree', posix=True)
for tok in lex:
    print(tok, lex.lineno)
lex = shlex.shlex('x # c1\ny # c2\nz', posix=True)
print([(t, lex.lineno) for t in lex])
lex = shlex.shlex('a "" b', posix=True)
print(tokens(lex))

# punctuation_chars
for pc in [True, '|&', ';']:
    lex = shlex.shlex('a && b || c; (d) > e.txt 2>&1 ~/f -g=h', posix=True, punctuation_chars=pc)
    print(repr(lex.punctuation_chars), list(lex))
lex = shlex.shlex('ls|grep x', punctuation_chars=True)
print(lex.wordchars)
lex = shlex.shlex('a;b', punctuation_chars=True)
lex.whitespace_split = True
print(tokens(lex))
lex = shlex.shlex('cmd;#comment\nnext', posix=True, punctuation_chars=True)
print(tokens(lex))
try:
    shlex.shlex('x', punctuation_chars=True).punctuation_chars = 'y'
except AttributeError as e:
    print('AttributeError')

# custom settings
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace = ':'
print(tokens(lex))
lex = shlex.shlex('key=value; other', posix=True)
lex.wordchars += '='
print(tokens(lex))
lex = shlex.shlex('%comment\nword', posix=True)
lex.commenters = '%'
print(tokens(lex))
lex = shlex.shlex("'single \\' quote'", posix=True)
print(tokens(lex))
lex = shlex.shlex("'single \\x quote'", posix=True)
lex.escapedquotes = '"\''
print(tokens(lex))
lex = shlex.shlex('"a \\x \\" \\\\ b"', posix=True)
print(tokens(lex))
lex = shlex.shlex('^a b', posix=True)
lex.escape = '^'
print(tokens(lex))

# streams and push_source
lex = shlex.shlex(io.StringIO('from stream'), posix=True)
print(tokens(lex))
lex = shlex.shlex('outer1 outer2', posix=True)
print(lex.get_token())
lex.push_source('inner1 inner2', 'inner.txt')
print(lex.infile, lex.lineno)
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.infile)
print(repr(lex.get_token()))

# debug output
lex = shlex.shlex('d1 "d2"', posix=True)
lex.debug = 3
print(tokens(lex))
lex = shlex.shlex('p', posix=False)
lex.debug = 1
lex.push_token('x')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))

# errors from the class
for text in ['"open', 'esc\\']:
    lex = shlex.shlex(text, posix=True)
    try:
        print(tokens(lex))
    except ValueError as e:
        print('ValueError', e, lex.lineno)

# inclusion through `source` and sourcehook
import os
import tempfile
d = tempfile.mkdtemp()
inc = os.path.join(d, 'incfile')
with open(inc, 'w') as f:
    f.write('included words\nhere')
main = os.path.join(d, 'main.txt')
lex = shlex.shlex('before source incfile after', infile=main, posix=True)
lex.source = 'source'
print(tokens(lex))
lex = shlex.shlex('x source "%s" y' % inc, posix=False)
lex.source = 'source'
print(tokens(lex) == ['x', 'included', 'words', 'here', 'y'])
print(lex.sourcehook('"%s"' % inc)[0] == inc)
lex.sourcehook(inc)[1].close()
os.remove(inc)
os.rmdir(d)
