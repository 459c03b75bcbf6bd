rows = [('alloc', 12345, 0.5), ('free', 7, 12.345), ('reuse', 1000000, 99.9)]
print('{:<10}{:>12}{:>8}'.format('op', 'count', 'pct'))
print('-' * 30)
for op, n, p in rows:
    print(f'{op:<10}{n:>12,}{p:>7.1f}%')
print('%-10s|%08.3f|%+d|%x|%o|%e|%5.1%%' % ('x', 3.14159, 5, 255, 8, 12345.678) if False else '%-10s|%08.3f|%+d|%x|%o|%e' % ('x', 3.14159, 5, 255, 8, 12345.678))
print(f'{"centered":^20}|', f'{3.5:*>10}', f'{1234567.891:_.2f}', f'{0.25:.1%}', f'{42:#b}', f'{42:#x}', f'{-7:05d}')
print(format(1e-7, 'g'), format(123456789.0, 'g'), repr(0.1 + 0.2), str(1e16), 2 ** 0.5)
print('{0}{1}{0}'.format('a', 'b'), '{name}={val!r}'.format(name='k', val='v'), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
import string, textwrap
print(string.Template('$who likes $what').substitute(who='tim', what='kung pao'))
print(textwrap.fill('The quick brown fox jumps over the lazy dog ' * 2, width=30))
print(textwrap.dedent('   a\n   b'), textwrap.shorten('Hello  world, how are you?', width=15))
print('x'.center(9, '-'), 'abc'.ljust(5, '.') + '|', '42'.zfill(5), 'a,b,,c'.split(','), ' pad '.strip())
w = max(len(r[0]) for r in rows)
for r in rows: print(r[0].rjust(w), '|', str(r[1]).ljust(8), '|')
print(f'{12345678:,}', f'{-0.0:+.2f}', f'{float("nan")}', f'{10**20:e}', '%r %s %a' % ('é', 'é', 'é'))
print('{!s:>6}'.format(None), '{:>6}'.format(str(True)), f'{True:>6}', f'{None!r:^8}|')
