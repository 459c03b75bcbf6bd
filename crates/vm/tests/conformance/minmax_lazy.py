# min()/max() take their one iterable item by item: a comparison error stops it before
# later items are produced; argument errors come first (found by tools/difffuzz).
for expr in ["max(v * 2 for v in ('1_000', False, None, b'123'))", "min(iter([3, 1, 2]))", "max([])", "max([], default=5)", "max(1, 2, default=3)", "max(1, key=len, x=1)", "min(5)", "max()", "max('abc')", "min([1, 2], [0, 5])", "max(x for x in [])", "max([1, 'a'])", "min((1, 2), key=lambda v: -v)"]:
    try: print(expr, eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
