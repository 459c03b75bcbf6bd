# re.error: its message, position, line and column for str and bytes patterns, and its fields.
import re
for pat in ["a(b", "x\n(y", b"ab\n[", "(?P<1>x)", "a{2,1}"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(str(e), e.msg, e.pos, e.lineno, e.colno, repr(e.pattern)[:12], sorted(vars(e)))
e = re.error("plain")
print(str(e), e.pos, e.lineno, e.colno, e.args)
e = re.error("m", "ab\ncd", 4)
print(str(e), e.lineno, e.colno, list(vars(e)))
