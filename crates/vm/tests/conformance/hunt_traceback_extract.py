# traceback.extract_tb / format_tb / print_tb / format_list / walk_tb, FrameSummary and
# StackSummary: frames with their source and caret lines as a printed traceback shows
# them, recursion collapsed after 3 repeats, comprehensions inlined (PEP 709).
import sys
import traceback


def inner(x):
    return [1, 2][x]


def outer(x):
    return inner(x) + 1


def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)


def comp():
    return [1 / x for x in [1, 0]]


def caught(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        return e


e = caught(outer, 5)
tb = e.__traceback__
print(traceback.format_tb(tb))
s = traceback.extract_tb(tb)
print(type(s).__name__, len(s), isinstance(s, list))
for fs in s:
    print(repr(fs), fs.lineno, fs.name, repr(fs.line), list(fs)[1:], fs[2], len(fs))
print(s[0] == (s[0].filename, s[0].lineno, s[0].name, s[0].line), s[0] == s[0], s[0] == s[1])
print(traceback.format_list(s) == traceback.format_tb(tb))
print("".join(traceback.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 9, "gn", "")])), end="")
traceback.print_tb(tb, file=sys.stdout)
traceback.print_list(s[:1], file=sys.stdout)
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print(traceback.format_tb(None), traceback.extract_tb(None))
e = caught(rec, 8)
print("".join(traceback.format_tb(e.__traceback__)), end="")
print(len(traceback.extract_tb(e.__traceback__)))
e = caught(comp)
print("".join(traceback.format_tb(e.__traceback__)), end="")
print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "pass")])
print(summary, summary.format())
traceback.print_tb(caught(outer, 7).__traceback__)
