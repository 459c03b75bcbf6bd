# printf-style formatting: flags, width and precision as CPython's unicode_format_arg_output
# lays them out (found by tools/difffuzz).
vals = [0, 7, -42, 255, 2**70, -2**70, True, 0.0, -0.0, 1.5, -2.5, 3.14159, 1e20, 1e-5,
        float('inf'), float('-inf'), float('nan'), 'x', 'hello', '', 65]
for conv in 'diouxXeEfFgGcrsa':
    for spec in ['', '-', '+', ' ', '#', '0', '-0', '+0', '#0', '5', '-6', '07', '+08', '#010',
                 '.0', '.2', '.', '5.3', '-8.2', '08.3', '#.0', '#5.0', '+.3', ' 012.4']:
        fmt = '%' + spec + conv
        row = []
        for v in vals:
            try:
                row.append(fmt % (v,))
            except Exception as e:
                row.append(type(e).__name__ + ': ' + str(e))
        print(fmt, '|'.join(row))

# '*' widths and precisions, mappings, argument counting
for f, a in [('%*d', (5, 3)), ('%-*d', (-5, 3)), ('%.*f', (3, 2.5)), ('%*.*f', (-7, -2, 2.25)),
             ('%s', [1]), ('abc', []), ('abc', [1]), ('abc', 5), ('abc', b'x'), ('%(a)s', {'a': 1}),
             ('%(a)s', [1]), ('%(a)s %s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%s %s', 'ab'),
             ('%d', '1'), ('%x', 1.5), ('%d', None), ('%i', 2.7), ('%c', 'xy'), ('%c', 0x110000),
             ('%c', 2**70), ('%c', 1.5), ('%', ()), ('%5', (1,)), ('%ld', (5,)), ('%(a', {'a': 1}),
             ('%s', ()), ('%s', ((1, 2),)), ('%y', (1,)), ('%\x01', (1,)), ('%-5%', (1,)),
             ('%5%', ()), ('%.99999999999d', (1,))]:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)

# bytes formatting
for f, a in [(b'%s', 'x'), (b'%d %s', (1, b'x')), (b'abc', []), (b'%s', [b'1']), (b'x', (1,)),
             (b'%c', 300), (b'%c', 65), (b'%c', b'z'), (b'%c', 'z'), (b'%r', 'e\xe9'), (b'%a', [1]),
             (b'%5.2f|%-4d|%#x', (1.5, 3, 255)), (b'%(k)s', {b'k': b'v'}), (b'%(k)s', {'k': b'v'}),
             (b'%s', bytearray(b'ba')), (b'%b', 5), (b'abc', b'x'), (bytearray(b'%d'), 3),
             (b'%i', 2.7), (b'%e', 1.5), (b'%y', 1), (b'%%', ())]:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
