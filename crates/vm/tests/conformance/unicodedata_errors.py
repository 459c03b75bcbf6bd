# unicodedata's errors: argument counts and keywords, arguments that are not one
# character or not str, missing values without a default, unknown names (too long, cut at
# a NUL, in the wrong case for the algorithmic names), bad normalization forms.
import unicodedata as u


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class S(str):
    pass


for fn in (u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored,
           u.decomposition):
    print(fn.__name__)
    t(lambda: fn())
    t(lambda: fn("a", "b"))
    t(lambda: fn(chr="a"))
    t(lambda: fn("ab"))
    t(lambda: fn(""))
    t(lambda: fn(65))
    t(lambda: fn(None))
    t(lambda: fn(b"a"))
    t(lambda: fn(["a"]))
    t(lambda: fn(S("a")))

for fn in (u.decimal, u.digit, u.numeric, u.name):
    print(fn.__name__)
    t(lambda: fn())
    t(lambda: fn("1", None, None))
    t(lambda: fn("1", default=None))
    t(lambda: fn("12"))
    t(lambda: fn(1))
    t(lambda: fn(None, 0))
    t(lambda: fn(""))
    t(lambda: fn("x"))
    t(lambda: fn("\u0378"))
    t(lambda: fn("\u00bd"))
    t(lambda: fn("\u2460"))
    t(lambda: fn("\x00"))

print("lookup")
t(lambda: u.lookup())
t(lambda: u.lookup("a", "b"))
t(lambda: u.lookup(name="SNOWMAN"))
t(lambda: u.lookup("nope"))
t(lambda: u.lookup(""))
t(lambda: u.lookup(" SNOWMAN"))
t(lambda: u.lookup("SNOWMAN "))
t(lambda: u.lookup("SNOW MAN"))
t(lambda: u.lookup("SNOWMAN\x00"))
t(lambda: u.lookup("a\x00b"))
t(lambda: u.lookup("LATIN SMALL LETTER \u00e9"))
t(lambda: u.lookup(b"\xffab"))
t(lambda: u.lookup("x" * 256))
t(lambda: u.lookup("x" * 257))
t(lambda: u.lookup("\u00e9" * 128))
t(lambda: u.lookup("\u00e9" * 129))
t(lambda: u.lookup("hangul syllable ga"))
t(lambda: u.lookup("Hangul Syllable GA"))
t(lambda: u.lookup("HANGUL SYLLABLE ga"))
t(lambda: u.lookup("HANGUL SYLLABLE "))
t(lambda: u.lookup("HANGUL SYLLABLE GAG "))
t(lambda: u.lookup("HANGUL SYLLABLE XYZ"))
t(lambda: u.lookup("cjk unified ideograph-4e00"))
t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-4e00"))
t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-4E0"))
t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-004E00"))
t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-0041"))
t(lambda: u.lookup("CJK UNIFIED IDEOGRAPH-FFFFF"))
t(lambda: u.lookup("CJK COMPATIBILITY IDEOGRAPH-F900X"))
t(lambda: u.lookup(1))
t(lambda: u.lookup(None))
t(lambda: u.lookup(bytearray(b"SNOWMAN")))
t(lambda: u.lookup(memoryview(b"SNOWMAN")))
t(lambda: u.lookup(["SNOWMAN"]))
try:
    u.lookup("nope")
except KeyError as e:
    print(repr(e), e.args)

for fn in (u.normalize, u.is_normalized):
    print(fn.__name__)
    t(lambda: fn())
    t(lambda: fn("NFC"))
    t(lambda: fn("NFC", "a", "b"))
    t(lambda: fn(form="NFC", unistr="a"))
    t(lambda: fn("NFC", unistr="a"))
    t(lambda: fn(1, "a"))
    t(lambda: fn(None, "a"))
    t(lambda: fn(b"NFC", "a"))
    t(lambda: fn("NFC", 1))
    t(lambda: fn("NFC", b"a"))
    t(lambda: fn(1, 2))
    t(lambda: fn("nfc", "a"))
    t(lambda: fn("NFX", "a"))
    t(lambda: fn("NFC ", "a"))
    t(lambda: fn("", "a"))
    # An empty text is answered before the form is looked at.
    t(lambda: fn("bogus", ""))
    t(lambda: fn(S("NFKD"), S("\u00bd")))
