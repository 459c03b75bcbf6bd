# int() and float() of str and bytes, float.fromhex rounding, str/bytes search windows
# (found by tools/difffuzz).
for s in ['1.5', ' -2 ', '1_0', '1__0', '_1', '1_', '1_.5', '1e1_0', '+.5', '-.5e-3', '++1',
          '+-1', 'inf', '-Infinity', 'nan', '-nan', '1e', 'e1', '.', '0x10', '1.5j',
          '\u20031.5\u2003', 'infinit', b'1.5', b' 12 ', b'x', bytearray(b'2'), b'0x1f']:
    for f in (float, int):
        try:
            print(repr(s), f.__name__, repr(f(s)))
        except Exception as e:
            print(repr(s), f.__name__, type(e).__name__, e)
for s, base in [(b'ff', 16), (b'0x1f', 0), (bytearray(b'101'), 2), (b'z', 10)]:
    try:
        print(repr(s), base, int(s, base))
    except Exception as e:
        print(repr(s), base, type(e).__name__, e)
for s in ['0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x3p-1076', '0x1.fffffffffffff8p1023',
          '0x1.fffffffffffff7p1023', '0x1p1024', '1.8p3', '-0x.8', '0x1.0000000000000800001p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', 'inf', '-Infinity', 'nan', ' 0x10 ',
          '0x1p99999999999999999', '0x1p-99999999999', '0xp1', '0x.p1', '0x1.p', 'abc', '0X1P+2']:
    try:
        print(s, repr(float.fromhex(s)))
    except Exception as e:
        print(s, type(e).__name__, e)
for s in ['', 'abc', 'aaa']:
    for sub in ['', 'a', 'aa']:
        for st, en in [(None, None), (100, None), (3, None), (4, None), (-100, None), (2, 1),
                       (0, -1), (1, 100), (3, 3), (4, 2)]:
            r = []
            for m in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index']:
                try:
                    r.append(getattr(s, m)(sub, st, en))
                except Exception as e:
                    r.append(type(e).__name__)
            b, sb = s.encode(), sub.encode()
            for m in ['find', 'rfind', 'count', 'startswith', 'endswith']:
                r.append(getattr(b, m)(sb, st, en))
            print(repr(s), repr(sub), st, en, r)
for s in ['١٢٣', '٣.٥', '۱۲', '１２３', '𝟏𝟐', '𝟘𝟙', '𝟬𝟭𝟵', '໑໒', '½', '²', ' ١٢ ', '१२३', 'x١']:
    for f in (int, float):
        try: print(repr(s), f.__name__, f(s))
        except ValueError as e: print(repr(s), f.__name__, e)
print(int('١٢٣', 36), int('１f', 16))
