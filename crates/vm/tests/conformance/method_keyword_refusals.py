# sorted() passes its keywords to list.sort, which counts them before it checks their names.
def t(f):
    try: print(repr(f()))
    except BaseException as e: print(type(e).__name__ + ":", e)
for e in ['sorted([1], key=len, reverse=False, x=1)', 'sorted([1], x=1)', 'sorted([2, 1], reverse=True, key=None)',
          '[].sort(x=1)', '[].sort(1)', '"a".find(1,2,3,4)', '"a".find()', '[].index()', 'b"".count(1,2,3,4)']:
    t(lambda: eval(e))
