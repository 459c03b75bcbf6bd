# unicodedata: every property of a spread of characters (ASCII, Latin-1, Greek, Hebrew,
# Arabic, Devanagari, CJK, Hangul syllables and jamo, emoji, combining marks, digits of
# several scripts, fractions, Roman numerals, private use, unassigned), names and lookups
# (aliases, algorithmic names), and the four normalization forms.
import unicodedata as u

print(u.unidata_version)
print(type(u.name).__name__, u.name)

CHARS = (
    "A", "z", "0", "9", " ", "\t", "\x00", "\x7f", "(", ")", "[", "<", "+", "$", "%",
    "\xa0", "\xa8", "\xaa", "\xb2", "\xb5", "\xbd", "\xbe", "\xc5", "\xe9", "\xf7", "\xff",
    "\u0130", "\u01c4", "\u0300", "\u0301", "\u0327", "\u0345", "\u0391", "\u03c9",
    "\u05d0", "\u05b7", "\u0627", "\u0661", "\u06f5", "\u0966", "\u096f", "\u093c",
    "\u0e51", "\u1100", "\u1161", "\u11a8", "\u1e9e", "\u2028", "\u2029", "\u200b",
    "\u200d", "\u202e", "\u2044", "\u2126", "\u212b", "\u2153", "\u2160", "\u216b",
    "\u2189", "\u2460", "\u2473", "\u2070", "\u2082", "\u2208", "\u221a", "\u3000",
    "\u3007", "\u3042", "\u30ab", "\u4e00", "\u4e07", "\u5341", "\u9fff", "\uac00",
    "\uac01", "\ud55c", "\ud7a3", "\ue000", "\uf900", "\ufb01", "\ufe30", "\uff21",
    "\uff76", "\ufffd", "\U00010107", "\U0001d7d9", "\U0001d15e", "\U0001f600",
    "\U0001f44d", "\U0001f1fa", "\U00020000", "\U0002a6df", "\U0002f800", "\U000e0041",
    "\u0378", "\u0e00", "\ufdd0", "\uffff", "\U0001e7ff", "\U000effff", "\U0010ffff",
    "\U00011fc0", "\U00016b61", "\u0f33", "\u0bf0",
)

for c in CHARS:
    print("U+%04X" % ord(c), u.category(c), repr(u.bidirectional(c)),
          u.east_asian_width(c), u.mirrored(c), u.combining(c),
          repr(u.decomposition(c)), u.name(c, None))
    print("   ", u.decimal(c, None), u.digit(c, None), u.numeric(c, None),
          [u.is_normalized(f, c) for f in ("NFC", "NFD", "NFKC", "NFKD")])

# Return types, the defaults and the values CPython computes in doubles.
print(type(u.decimal("7")), type(u.digit("\xb2")), type(u.numeric("7")), type(u.mirrored("(")))
print(u.numeric("\u2155"), u.numeric("\u2159"), u.numeric("\u215f", "none"),
      u.numeric("\u4e07"), u.numeric("\u5104"), u.numeric("\U00016b61"))
print(u.decimal("x", -1), u.digit("x", "d"), u.numeric("x", None), u.name("\x00", "nameless"))
sentinel = object()
print(u.decimal("x", sentinel) is sentinel, u.name("\u0378", sentinel) is sentinel)

# Names of every kind, and lookups: any case, aliases, the algorithmic names as written.
for c in ("a", "\u00e9", "\u03a9", "\u2603", "\u4e00", "\U00020000", "\uac00", "\ud7a3",
          "\ub5ab", "\u1100", "\uf900", "\U0001f600", "\U0001b170", "\U00018b00"):
    n = u.name(c)
    print(repr(c), n, u.lookup(n) == c)
for n in ("LATIN SMALL LETTER A", "latin small letter a", "Snowman", "BYTE ORDER MARK",
          "ZWNBSP", "NULL", "LINE FEED", "LATIN CAPITAL LETTER GHA", "EMPTY SET",
          "HANGUL SYLLABLE GA", "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE PWILH",
          "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
          "CJK UNIFIED IDEOGRAPH-20000", "CJK COMPATIBILITY IDEOGRAPH-F900",
          "GRINNING FACE", "REGIONAL INDICATOR SYMBOL LETTER U", "DIGIT ZERO"):
    print(n, ascii(u.lookup(n)))
print(ascii(u.lookup(b"SNOWMAN")), ascii(u.lookup(b"hangul syllable ga".upper())))


class S(str):
    pass


print(u.name(S("x")), u.category(S("x")), ascii(u.lookup(S("SNOWMAN"))))

# Normalization: composed and decomposed Latin, compatibility characters, Hangul syllables
# (decomposed and composed algorithmically), canonical reordering of combining marks.
TEXTS = (
    "", "abc", "\u00e9", "e\u0301", "\u1e9b\u0323", "\u212b", "A\u030a", "\u2126",
    "\ufb01", "\u00bd", "\u2460", "\u3000", "\uff76\uff9e", "\u30ab\u3099", "\uac00",
    "\uac01", "\u1100\u1161", "\u1100\u1161\u11a8", "\ud55c\uad6d\uc5b4", "a\u0301\u0316",
    "a\u0316\u0301", "o\u0308\u0304", "\u01c4", "\u2075", "x\u0300", "\u0958",
    "\U0001d15e", "\u1f80", "\u0344", "\u0f73", "Stra\u00dfe", "\U0001f600\u0301",
)
for s in TEXTS:
    outs = [u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), [ascii(o) for o in outs],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
    for f, o in zip(("NFC", "NFD", "NFKC", "NFKD"), outs):
        assert u.is_normalized(f, o), (f, s)
        assert u.normalize(f, o) == o, (f, s)

# An already normalized text comes back itself (a str subclass too); a changed one is a
# new str.
t = "plain ascii"
print(u.normalize("NFC", t) is t, u.normalize("NFKD", t) is t)
print(type(u.normalize("NFC", S("abc"))).__name__, type(u.normalize("NFD", S("\u00e9"))).__name__,
      type(u.normalize("NFC", S(""))).__name__)
print(u.normalize(S("NFC"), "e\u0301") == "\u00e9")
