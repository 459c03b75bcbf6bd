# Searches that skip ahead (a literal prefix, a set of possible first characters) must
# find exactly what trying every position finds: search, findall, finditer spans, sub and
# split over fixed and seeded random patterns and texts.
import random
import re


def spans(p, t):
    return [m.span() for m in p.finditer(t)]


def check(pat, flags, text):
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        return "error " + str(e)
    m = p.search(text)
    out = [m.span() if m else None, m.groups() if m else None]
    out.append(p.findall(text))
    out.append(spans(p, text))
    repl = "<\\g<0>>" if isinstance(text, str) else b"<\\g<0>>"
    out.append(p.sub(repl, text))
    out.append(p.split(text))
    m = p.search(text, 3, max(3, len(text) - 2))
    out.append(m.span() if m else None)
    return out


FIXED = [
    r"foo\d+", r"abc|abd", r"ab(c|d)", r"(?:ab)+c", r"(ab){2}x", r"[a-z]+@", r"\d+",
    r"(cat|dog)", r"\s+", r"(?i)foo", r"(?i:ab)c", r"a(?i)b", r"\bfoo", r"foo\b",
    r"(?<=a)b", r"(?<!a)b", r"(a)\1", r"(?=ab)a", r"(?!a)b", r"^ab", r"(?m)^ab", r"$",
    r"a*", r"a*b", r"a?b", r"a{0,2}c", r"x|", r"|x", r"(?:a|b)*c", r"(a)?(?(1)b|c)",
    r"(?>ab|a)c", r"a++b", r"(?:ab)*+c", r"[^a]b", r".b", r"(?s).b", r"\Bb", r"\w+\s",
    r"(?a)\w+", r"[\d\s]x", r"k", r"(?i)k", r"(?i)[k-m]", r"(?i)ß", r"(?i)st", r"é+",
    r"\u212a", r"(?i)\u212a", r"ab*?c", r"(?:a|ab)(?:c|bcd)", r"(?:x|y)z|q",
]
TEXTS = [
    "", "a", "ab", "abc abd abx", "foo12 foofoo3 fo4 foo", "xx@ ab@cd abc@ @",
    "cat dog cAt DOG catdog", "  a\tb\n c  ", "aab aaab b ab\nab", "KkK\u212a kl m",
    "Straße STRASSE strasse st", "ababc ababab abababc", "ééé e é", "a\nb\n",
    "xyzq qz yz xz", "abbbc ac abc abcd",
]
for pat in FIXED:
    for text in TEXTS:
        print(repr(pat), repr(text), check(pat, 0, text))
for text in TEXTS:
    print(check(b"ab|ac", 0, text.encode("utf-8")))
    print(check(rb"(?i)AB", 0, text.encode("utf-8")))
    print(check(rb"[a-c]+b", 0, text.encode("utf-8")))

ATOMS = ["a", "b", "c", "ab", "ba", "[ab]", "[^a]", "[b-c]", ".", r"\d", r"\w", r"\s",
         "A", "B", r"\b", "^", "$", "1", " "]
GROUP_QUANT = ["", "", "?", "{1,2}", "{2}", "??"]
QUANT = ["", "", "", "?", "*", "+", "{1,2}", "{0,2}", "{2}", "*?", "+?", "??"]


def rand_pattern(rng, depth=0):
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.2 and depth < 2:
            inner = rand_pattern(rng, depth + 1)
            atom = rng.choice(["(%s)", "(?:%s)", "(?i:%s)"]) % inner
        elif r < 0.3 and depth < 2:
            atom = "(?:%s|%s)" % (rand_pattern(rng, depth + 1), rand_pattern(rng, depth + 1))
        else:
            atom = rng.choice(ATOMS)
        if atom.startswith("("):
            # Bounded repeats of groups: unbounded nested repeats can backtrack for ages.
            atom += rng.choice(GROUP_QUANT)
        elif atom not in (r"\b", "^", "$"):
            atom += rng.choice(QUANT)
        parts.append(atom)
    pat = "".join(parts)
    if depth == 0 and rng.random() < 0.2:
        pat = pat + "|" + rand_pattern(rng, 1)
    return pat


rng = random.Random(1234)
texts = ["".join(rng.choice("aabbcA B1 \n") for _ in range(rng.randint(0, 30)))
         for _ in range(8)]
for i in range(400):
    pat = rand_pattern(rng)
    flags = rng.choice([0, 0, 0, re.I, re.M, re.I | re.S])
    print(i, repr(pat), flags, [check(pat, flags, t) for t in texts])
