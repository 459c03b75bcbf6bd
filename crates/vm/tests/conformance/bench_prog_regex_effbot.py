# regex_effbot: Fredrik Lundh's regex patterns (literals, classes, alternation, groups, anchors) searched
# in strings of growing size, plus sub/split/findall/finditer on a small text.
import re
import sys


def specs():
    return [
        ("Python|Perl", "Perl"),
        ("Python|Perl", "Python"),
        ("(Python|Perl)", "Perl"),
        ("(?:Python|Perl)", "Perl"),
        ("Python", "Python"),
        ("Python", "Python"),
        (".*Python", "Python"),
        (".*Python.*", "Python"),
        (".*(Python)", "Python"),
        ("(?:Python|Perl)", "Python"),
        ("Python|Perl|Tcl", "Perl"),
        ("Python|Perl|Tcl", "Tcl"),
        ("(Python|Perl|Tcl)", "Tcl"),
        ("(Python)\\1", "PythonPython"),
        ("([0a-z][a-z0-9]*,)+", "a5,b7,c9,"),
        ("(?:[0a-z][a-z0-9]*,)+", "a5,b7,c9,"),
        ("([a-z][a-z0-9]*,)+", "a5,b7,c9,"),
        ("(?:[a-z][a-z0-9]*,)+", "a5,b7,c9,"),
        (".*P.*y.*t.*h.*o.*n.*", "Python"),
        ("\\d+", "42"),
        ("[^x]+x", "aaaax"),
        ("^Python", "Python"),
        ("Python$", "Python"),
        ("(?i)python", "PYTHON"),
        ("\\bPy\\w+", "Python"),
    ]


def run(n, sizes):
    compiled = [(re.compile(p), s) for p, s in specs()]
    hits = 0
    spans = 0
    for size in sizes:
        prefix = "-" * size
        suffix = "-" * size
        for regex, s in compiled:
            text = prefix + s + suffix
            for _ in range(n):
                m = regex.search(text)
                if m:
                    hits += 1
                    spans += m.end() - m.start()
            m = regex.search(text)
            ok = m is not None
    return hits, spans


def misc():
    text = "The quick brown fox, 12 jumps over 345 lazy dogs; e-mail: fox@example.com, dog@test.org."
    print(re.findall(r"\d+", text))
    print(re.findall(r"(\w+)@(\w+)\.(\w+)", text))
    print(re.sub(r"(\w+)@(\w+)", r"<\2 at \1>", text))
    print(re.split(r"[,;.]\s*", text))
    print([m.span() for m in re.finditer(r"o\w", text)])
    print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), text))
    m = re.match(r"(?P<first>\w+) (?P<second>\w+)", text)
    print(m.groupdict(), m.group(0), m.lastgroup, m.lastindex)
    print(re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch(r"[a-z]+", "abc1"))
    print(re.subn(r"\s+", " ", "a  b\t\tc\n d"))
    print(re.escape("1.5*(x+y)"))


def main(n):
    print("hits, spans", run(n, [0, 5, 50, 500]))
    misc()


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
