# argparse: the error paths (nargs counts, attached arguments, ambiguous prefixes, type
# errors, negative numbers, required groups and subcommands), set_defaults/get_default,
# exit_on_error=False and help text expansion and wrapping.
import argparse, io, contextlib

def run(parser, args, known=False):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            r = parser.parse_known_args(args) if known else parser.parse_args(args)
        print('OK', r)
    except SystemExit as e:
        print('EXIT', e.code)
    print(out.getvalue() + err.getvalue(), end='')

def even(s):
    n = int(s)
    if n % 2:
        raise argparse.ArgumentTypeError('%r is not even' % s)
    return n

p = argparse.ArgumentParser(prog='e', description='''This description is long enough
    that it has to be wrapped over more than one line of the help output, with its
    whitespace collapsed.''')
p.add_argument('--two', nargs=2, type=int, help='two ints %(type)s, default %(default)s')
p.add_argument('--maybe', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+', choices=['a', 'b'], help='from %(choices)s')
p.add_argument('--even', type=even)
p.add_argument('--flag', '-f', action='store_true')
p.add_argument('--flat', action='store_true')
p.add_argument('-x', type=float)
p.add_argument('items', nargs='*', default=['z'])
p.set_defaults(extra='yes')
print(p.get_default('extra'), p.get_default('maybe'), p.get_default('nope'))
for args in [['--two', '1'], ['--two', '1', 'x'], ['--two=1'], ['--maybe'], ['--maybe', 'v', 'i1'],
             ['--many'], ['--many', 'a', 'b', '-f'], ['--some'], ['--some', 'c'],
             ['--some', 'a', 'b'], ['--even', '3'], ['--even', '4'], ['--fl'], ['--fla'],
             ['--flag=1'], ['-fx'], ['-x', '-1.5'], ['-x', 'abc'], ['-x'], ['-x-2'],
             ['i1', '-f', 'i2'], ['--unknown=3', 'i'], ['-fz']]:
    print(args)
    run(p, args)
run(p, ['a', '--zz', '-f', 'b', '--', '--x'], known=True)
print(p.format_help(), end='')

q = argparse.ArgumentParser(prog='neg')
q.add_argument('-1', dest='one', action='store_true')
q.add_argument('n', nargs='?')
run(q, ['-1'])
run(q, ['-2'])

r = argparse.ArgumentParser(prog='tool')
subs = r.add_subparsers(title='commands', description='what to do', dest='command',
                        required=True, metavar='COMMAND')
a = subs.add_parser('add', aliases=['a'], help='add things')
a.add_argument('what', type=int)
subs.add_parser('remove', help='remove things')
run(r, [])
run(r, ['add'])
run(r, ['a', '5'])
run(r, ['add', 'x'])
run(r, ['nope'])
run(r, ['remove', '--bad'], known=True)
run(r, ['-h'])

s = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
s.add_argument('--n', type=int)
try:
    s.parse_args(['--n', 'q'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name, e.message)

t = argparse.ArgumentParser(prog='mx')
g = t.add_mutually_exclusive_group(required=True)
g.add_argument('--left', action='store_true')
g.add_argument('--right', nargs='?', const='R')
run(t, [])
run(t, ['--left', '--right'])
run(t, ['--right', '--left'])
run(t, ['--right'])
for bad in [lambda: t.add_argument('pos', required=True), lambda: t.add_argument('--z', nargs=0),
            lambda: t.add_argument('--c', const=1), lambda: t.add_argument('bad', action='nope'),
            lambda: t.add_argument('--t', type='int')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
