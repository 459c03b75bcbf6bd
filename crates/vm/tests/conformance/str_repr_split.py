# repr() escapes what CPython does not print (controls, separators, format characters, private
# use, noncharacters); str.isprintable agrees; split()/rsplit() on whitespace with maxsplit.
cs = ["\x85", "\xa0", "\xad", "\u3000", "\u2028", "\u200b", "\ufeff", "\ue000", "\U000f0000", "\ufdd0", "\uffff", "é", "€", "中", "😀", "\x7f", "\x1b", "a\tb", "\u0600", "\U000e0041", "\U0001d173", "\u061c"]
for c in cs:
    print(repr(c), c.isprintable(), ascii(c))
print(repr("mixed \xa0 text\u3000end"), [("k\x85", 1)], {"\u200b": "\xad"})
for s in ["", "   ", "a", " a ", "a b  c", "  lead and trail  ", "tab\there\nnl", "é ü\u3000ß\x1c x", "one"]:
    for m in (-1, 0, 1, 2, 5):
        print(repr(s), m, s.split(None, m), s.rsplit(None, m), s.split(maxsplit=m), s.rsplit(maxsplit=m))
