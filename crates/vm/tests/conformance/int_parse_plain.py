# int() of text: the plain-decimal fast path and everything that takes the full parser.
for t in ['0', '-0', '+5', '007', '123456789012345678', '1234567890123456789', '-999999999999999999', ' 7 ', '1_000', '١٢', '', '-', '+', '5a', '0x10', '--1', '9' * 40]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), 'ValueError', e)
print(int('42', 10), int('101', 2), int(b'77'), int('0'*20 + '1'))
