# Argument binding errors in CPython's order: keyword problems (unexpected, positional-only
# by keyword, multiple values) before too many positional arguments; classes named
# module.qualname at the call site (found by tools/difffuzz).
def fn(a, b=2, *args, c=3, d, **kw): return (a, b, args, c, d, sorted(kw.items()))
def fn2(a, /, b, *, c=1): return (a, b, c)
def fn3(a, /, b, **kw): return (a, b, kw)
lam = lambda x, y=1: (x, y)
class V:
    def __init__(self, x): self.x = x
for call in ["fn2(1, 2, 3, a=1)", "fn2(1, 2, a=1)", "fn2(1, 2, 3, z=1)", "lam(1, 2, 3, z=1)", "lam(1, 2, 3, x=1)",
             "V(1, 2, z=3)", "V(1, 2, x=3)", "fn(1, 2, 3, b=4)", "fn(1, d=1, a=2)", "fn3(1, 2, a=3)", "fn2(a=1, b=2)",
             "fn2(1, b=2, b=3)" if False else "fn2(1, 2, 3)", "lam()", "fn()", "fn(1)", "V(**{'c': 3}, c=1)", "fn(1, **{'d': 3}, d=1)"]:
    try: print(call, eval(call))
    except TypeError as e: print(call, e)
def f1(a=1): pass
def f3(a, b=1, *, k, m=2): pass
for call in ["fn2(3, 2, -1, **{'c': 3})", "fn2(1, 2, 3)", "f1(1, 2)", "f3(1, 2, 3, k=1, m=2)", "f3(1, 2, 3, k=1)", "f3(1, 2, 3)"]:
    try: print(call, eval(call))
    except TypeError as e: print(call, e)
