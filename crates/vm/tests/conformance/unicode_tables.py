# str predicates and case mappings follow CPython 3.12's Unicode 15.0 tables, not a newer
# Unicode: code points assigned since 15.0 are unassigned here (repr escapes them), and
# isalpha is categories L*, not the Alphabetic property. tools/unicode/compare.sh checks
# every code point; this script checks a sample and the characters that used to differ.

FACTS = [
    ("isprintable", str.isprintable),
    ("isalpha", str.isalpha),
    ("isalnum", str.isalnum),
    ("isdecimal", str.isdecimal),
    ("isdigit", str.isdigit),
    ("isnumeric", str.isnumeric),
    ("isspace", str.isspace),
    ("isidentifier", str.isidentifier),
    ("isupper", str.isupper),
    ("islower", str.islower),
    ("istitle", str.istitle),
]
MAPPINGS = [
    ("upper", str.upper),
    ("lower", str.lower),
    ("title", str.title),
    ("swapcase", str.swapcase),
    ("casefold", str.casefold),
]

# Unassigned in Unicode 15.0 (assigned in 15.1 or 16.0), private use, format characters.
for cp in [0x1E240, 0x2EBF0, 0x2EE5D, 0x31350, 0x1C89, 0x10D40, 0x16100, 0x1CC00,
           0xE000, 0xF0000, 0x10FFFD, 0xFFFE, 0x200B, 0x2028, 0xAD, 0x61C, 0xE0001,
           0x1F600, 0x1FAE8, 0x1FAF8, 0x1E4D0, 0x11F00]:
    c = chr(cp)
    print("%x" % cp, repr(c), ascii(c), c.isprintable(), c.isalpha(), c.isidentifier())

# Letters Rust counts as alphabetic or numeric that CPython does not, and the reverse.
for c in "\u2160\u0345\u24b6\u05b0\u0e31\u00b2\u00bd\u2155\u3405\u4e00\u3007\u1369\u19da\U0001d7ce\U00010107":
    print("%x" % ord(c), [name for name, f in FACTS if f(c)])

# Whitespace: \x1c..\x1f are spaces for Python, not for Rust; U+180E and U+200B are not.
for c in "\x1c\x1f\x85\xa0\u1680\u180e\u200b\u2028\u3000\ufeff":
    print("%x" % ord(c), c.isspace(), repr((c + "x" + c).strip()), ("a" + c + "b").split())

# Case mappings: special casing, titlecase digraphs, final sigma in context.
for s in ["Straße", "ﬁre", "ǆungla", "ǅ", "ΌΣΟΣ", "ΑΣ'Α", "ΑΣ\u0301", "Σ", "aΣ b",
          "ᾳ", "ŉ", "İ", "ﬀ", "\u0149x", "\u1e9e", "\U00010400\U00010428", "\U0001e900"]:
    print(ascii(s), [ascii(f(s)) for name, f in MAPPINGS], ascii(s.capitalize()))

# Digits of other scripts as numbers.
for s in ["\u0661\u0662", "\U0001d7d9", "\u0e53\u0e55", "\U0001e950"]:
    print(ascii(s), int(s), float(s), complex(s))

# A checksum of each predicate and mapping over a stride through all of Unicode.
SAMPLE = [cp for cp in range(0, 0x110000, 97) if not 0xD800 <= cp <= 0xDFFF]
for name, f in FACTS:
    total = 0
    count = 0
    for cp in SAMPLE:
        if f(chr(cp)):
            total = (total * 31 + cp) % 1000000007
            count += 1
    print(name, count, total)
for name, f in MAPPINGS:
    total = 0
    count = 0
    for cp in SAMPLE:
        m = f(chr(cp))
        if m != chr(cp):
            count += 1
            for ch in m:
                total = (total * 31 + ord(ch)) % 1000000007
    print(name, count, total)
