# re's \w, \d, \s and IGNORECASE over the code points: the runtime's Unicode 15.0 tables,
# the same str's methods use (counts and checksums of what matches).
import re
w = re.compile(r'\w'); d = re.compile(r'\d'); s = re.compile(r'\s')
cw = cd = cs = 0
hw = hd = 0
for c in range(0x30000):
    if 0xd800 <= c < 0xe000:
        continue
    ch = chr(c)
    if w.match(ch):
        cw += 1; hw = (hw * 31 + c) % 1000000007
    if d.match(ch):
        cd += 1; hd = (hd * 31 + c) % 1000000007
    if s.match(ch):
        cs += 1
print(cw, hw, cd, hd, cs)
n = 0; h = 0
for c in range(0x2000):
    if 0xd800 <= c < 0xe000:
        continue
    p = re.compile(re.escape(chr(c)), re.I)
    for o in (c ^ 0x20, c + 1, c - 1, c + 32, c - 32, 0x130, 0x131, 0x17f, 0x212a, 0x1e9e, 0xdf):
        if 0 <= o < 0x110000 and not (0xd800 <= o < 0xe000) and o != c and p.fullmatch(chr(o)):
            n += 1; h = (h * 31 + c * 7 + o) % 1000000007
print(n, h)
print(re.findall(r'(?i)straße', 'STRASSE strasse STRAẞE straße'), re.sub(r'(?i)k', '_', 'kK\u212a'))
