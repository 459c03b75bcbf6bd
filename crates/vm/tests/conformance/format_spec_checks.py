# format(): spec validation in CPython's order, the 0 flag as a fill, precision without a
# type, '#' forms, upper-case inf/nan, huge precisions (found by tools/difffuzz).
vals = [0, 7, -42, 123456, 2**70, True, 0.0, -0.0, 1.0, 123.0, 123.456, -0.5, 1e20, 1e-7,
        1.5, 2.5, float('inf'), float('nan'), 'x', 'hello']
specs = ['', '.3', '.0', '.1', '#.3', '5', '05', '<05', '>05', '^05', '*<05', '=05', '+', ' ',
         '-', '+05', ' 8.2', 'z', 'z.1f', '#', '#x', '#o', ',', '_', ',d', '_x', ',x', '_b', ',s',
         '_n', ',n', ',c', '.2s', '.2d', 's', 'd', 'x', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G',
         '%', '.2%', '#.0%', ',.2f', '010,.2f', '0=10', 'x<10', '#010x', '+#x', ' c', '#c', '=s',
         '=5', ' s', '+s', '#s', 'zs', '.3s', '10.3', '=10', '0<5', '08', 'q', '\x01', ' x',
         '.3n', '#.0', '#.0e', '#.0f', '#.g', '#.2g', '#10.3G', '0=12,', '07_x']
for sp in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, sp))
        except Exception as e:
            row.append(type(e).__name__ + ': ' + str(e))
    print(repr(sp), '|'.join(row))
for sp in ['.100000f', '.100000e', '.100000g', '.2000%']:
    print(sp, len(format(1.0, sp)), len(format(1e-300, sp)))
print(f'{"Tru":<08.3}|{-5:<05}|{3.0:+#9.0}|{12:_x}|{123456:_x}')
print(repr(format(-0.0, '^ z#e')), repr(format(-0.0, '+z.1f')), repr(format(-0.001, ' z.1f')), repr(format(-0.0, 'z')), repr(format(complex(-0.0, -0.0), 'z.1f')), repr(f'{-0.0:+z}'))
