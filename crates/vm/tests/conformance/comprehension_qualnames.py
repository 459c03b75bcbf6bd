# Qualnames of functions made inside comprehensions: CPython 3.12 inlines list/set/dict
# comprehensions (no part in the qualname); a generator expression adds '<genexpr>.' (no '<locals>').
def f():
    return [lambda: x for x in range(1)][0], {x: (lambda: x) for x in range(1)}[0], [[lambda: y for y in (1,)] for x in (1,)][0][0], list(lambda: x for x in (1,))[0]
print([g.__qualname__ for g in f()])
print([lambda: x for x in range(1)][0].__qualname__)
class C:
    a = [lambda: x for x in range(1)][0]
    b = [lambda: 1 for x in range(1)][0]
    c = [[lambda: y for y in (1,)] for x in (1,)][0][0]
print(C.a.__qualname__, C.b.__qualname__, C.c.__qualname__)
def g():
    class D:
        m = [(lambda: k) for k in 'ab']
    return D
print(g().m[0].__qualname__)
