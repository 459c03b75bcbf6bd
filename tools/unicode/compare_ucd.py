# Prints what `unicodedata` answers for every code point (surrogates aside: a pymem str
# cannot hold them), as runs of equal answers, then the name round trips, the
# normalization of every character and of pseudo-random strings of combining characters.
# tools/unicode/compare_ucd.sh runs it under CPython 3.12 and pymem and diffs the outputs.
import unicodedata as u

CODE_POINTS = [cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF]


def runs(label, fn):
    start = None
    value = None
    for cp in CODE_POINTS:
        v = fn(chr(cp))
        if start is None:
            start, value, last = cp, v, cp
        elif v == value and cp == last + 1:
            last = cp
        else:
            print("%s %04X..%04X %r" % (label, start, last, value))
            start, value, last = cp, v, cp
    print("%s %04X..%04X %r" % (label, start, last, value))


runs("category", u.category)
runs("bidirectional", u.bidirectional)
runs("east_asian_width", u.east_asian_width)
runs("mirrored", u.mirrored)
runs("combining", u.combining)
runs("decomposition", u.decomposition)
runs("decimal", lambda c: u.decimal(c, None))
runs("digit", lambda c: u.digit(c, None))
runs("numeric", lambda c: u.numeric(c, None))
runs("has name", lambda c: u.name(c, None) is not None)

for cp in CODE_POINTS:
    c = chr(cp)
    n = u.name(c, None)
    if n is None:
        continue
    if u.lookup(n) != c:
        print("name does not look up", hex(cp), n)
    # The algorithmic names are matched as written, the others in any case.
    if not n.startswith(("HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-")) and u.lookup(n.lower()) != c:
        print("lower-case name does not look up", hex(cp), n)

names = []
for cp in CODE_POINTS:
    n = u.name(chr(cp), None)
    if n is not None:
        names.append(n)
# A name, cut short or run on, is another name or none.
for n in names[::97]:
    for probe in (n[:-1], n + "X", n + " ", n.replace(" ", "  ", 1)):
        print("lookup %r %r" % (probe, u.lookup(probe) if probe in names else None))

for form in ("NFC", "NFD", "NFKC", "NFKD"):
    runs("is_normalized " + form, lambda c: u.is_normalized(form, c))
    for cp in CODE_POINTS:
        c = chr(cp)
        r = u.normalize(form, c)
        if r != c:
            print(form, "%04X" % cp, " ".join("%04X" % ord(x) for x in r))

# Strings mixing starters, combining marks of several classes, jamo and composites.
POOL = [chr(cp) for cp in (
    0x41, 0x61, 0x65, 0x6F, 0x55, 0xC5, 0xE9, 0x1E0A, 0x1E63, 0x212B, 0x2126, 0xFB01,
    0x300, 0x301, 0x302, 0x303, 0x308, 0x30A, 0x316, 0x323, 0x327, 0x328, 0x345, 0x35C,
    0x5B0, 0x5B7, 0x5BC, 0x93C, 0x94D, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x1FBC,
    0x3099, 0x309A, 0x304B, 0x30CF, 0x0F71, 0x0F72, 0x0F80, 0xFF76, 0x1D15E, 0x1D165,
)]
seed = 12345
for i in range(4000):
    s = ""
    for j in range(1 + i % 7):
        seed = (seed * 1103515245 + 12345) % 2147483648
        s += POOL[seed % len(POOL)]
    out = [u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    flags = [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(" ".join("%04X" % ord(x) for x in s), "|",
          " / ".join(" ".join("%04X" % ord(x) for x in o) for o in out), flags)
