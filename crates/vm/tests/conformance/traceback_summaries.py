# Pins traceback's FrameSummary (tuple behaviour, equality, repr) and StackSummary
# (from_list, formatting, collapsing of repeated frames), format_list and print_list.
import io
import sys
import traceback
from traceback import FrameSummary, StackSummary

f = FrameSummary('a.py', 3, 'fn', line='  x = 1  ')
g = FrameSummary('a.py', 3, 'fn', line='other', locals={'v': '1'})
h = FrameSummary('a.py', 3, 'fn', line='  x = 1  ')
print(repr(f), len(f), list(f), f[0], f[-1], f[1:3], f.line, repr(f.locals))
print(f == h, f == g, f != h, f == ('a.py', 3, 'fn', 'x = 1'), f == ('a.py', 3, 'fn', '  x = 1  '),
      f == ['a.py', 3, 'fn', 'x = 1'], f.__eq__(5), f == 5)
a, b, c, d = f
print(a, b, c, d)
try:
    f[4]
except IndexError as e:
    print('IndexError', e)
print(FrameSummary('b.py', 1, 'm', line=None).line, FrameSummary('b.py', 1, 'm', line='').line)

entries = [('x.py', 1, 'outer', 'call()'), f] + [('r.py', 7, 'rec', 'rec()')] * 6 + \
    [('r.py', 8, 'rec', 'rec()')] * 4 + [('s.py', 1, 't', '')] * 5 + [('s.py', 2, 't', 'u')]
s = StackSummary.from_list(entries)
print(type(s).__name__, len(s), all(isinstance(x, FrameSummary) for x in s), s[1] is f)
for line in s.format():
    print(repr(line))
print(traceback.format_list(entries[:3]) == s.format()[:3])
buf = io.StringIO()
traceback.print_list(entries[:2], file=buf)
print(repr(buf.getvalue()))
for bad in ([('x.py', 1, 'n')], [('x.py', 1, 'n', 'l', 5)], [5]):
    try:
        StackSummary.from_list(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(StackSummary.from_list([]).format(), traceback.format_list([]))
four = StackSummary.from_list([('q.py', 1, 'q', 'q()')] * 4)
print(four.format()[-1])


class Mine(StackSummary):
    pass


print(type(Mine.from_list([])).__name__)


def recurse(n):
    if n == 0:
        raise ValueError('deep')
    recurse(n - 1)


try:
    recurse(8)
except ValueError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print([(fs.name, fs.line) for fs in summary][:3], len(summary))
    print([fs.lineno for fs in summary][-2:], summary[0].filename)
    text = traceback.format_tb(tb)
    print(len(text), text[-1].count('\n'), text[3].startswith('  [Previous line repeated'))
    print([type(fr).__name__ + ':' + str(ln) for fr, ln in traceback.walk_tb(tb)][:2])
    out = io.StringIO()
    traceback.print_tb(tb, file=out)
    print(out.getvalue().count('recurse(n - 1)'))
