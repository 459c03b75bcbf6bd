# Prints, for every code point (surrogates aside: a pymem str cannot hold them), the str
# predicates and case mappings that CPython 3.12 answers from its Unicode tables, as
# ranges and mapping lists. tools/unicode/compare.sh runs it under CPython 3.12 and pymem
# and diffs the outputs.


def is_surrogate(cp):
    return 0xD800 <= cp <= 0xDFFF


def ranges(pred):
    out = []
    start = -1
    for cp in range(0x110000):
        ok = not is_surrogate(cp) and pred(chr(cp))
        if ok and start < 0:
            start = cp
        elif not ok and start >= 0:
            out.append((start, cp - 1))
            start = -1
    if start >= 0:
        out.append((start, 0x10FFFF))
    return out


PREDICATES = [
    ("isprintable", str.isprintable),
    ("repr escapes", lambda c: repr(c)[1] == "\\"),
    ("isalpha", str.isalpha),
    ("isalnum", str.isalnum),
    ("isdecimal", str.isdecimal),
    ("isdigit", str.isdigit),
    ("isnumeric", str.isnumeric),
    ("isspace", str.isspace),
    ("isidentifier", str.isidentifier),
    ("identifier continue", lambda c: ("a" + c).isidentifier()),
    ("isupper", str.isupper),
    ("islower", str.islower),
    ("istitle", str.istitle),
    ("final sigma after", lambda c: ("A\u03a3" + c).lower()[1] == "\u03c2"),
    ("final sigma before", lambda c: ("A" + c + "\u03a3").lower()[-1] == "\u03c2"),
    ("strip", lambda c: (c + "x" + c).strip() == "x"),
]

MAPPINGS = [
    ("upper", str.upper),
    ("lower", str.lower),
    ("title", str.title),
    ("capitalize", str.capitalize),
    ("swapcase", str.swapcase),
    ("casefold", str.casefold),
]

for name, pred in PREDICATES:
    rs = ranges(pred)
    print(name, len(rs))
    for lo, hi in rs:
        print("  %x-%x" % (lo, hi))

for name, f in MAPPINGS:
    changed = 0
    for cp in range(0x110000):
        if is_surrogate(cp):
            continue
        c = chr(cp)
        m = f(c)
        if m != c:
            changed += 1
            print("  %s %x -> %s" % (name, cp, " ".join("%x" % ord(x) for x in m)))
    print(name, changed, "changed")
