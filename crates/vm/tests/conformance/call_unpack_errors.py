# Errors of * and ** in calls and displays: CPython's messages name the called function.
def fn(*a, **k): pass
def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: fn(*5))
show(lambda: fn(1, *5))
show(lambda: [*5])
show(lambda: fn(**5))
show(lambda: fn(1, **5))
show(lambda: fn(**{}, **5))
show(lambda: fn(**{'a': 1}, **{'a': 2}))
show(lambda: fn(1, **{1: 2}))
show(lambda: print(*5))
show(lambda: print(**{1: 2}))
show(lambda: {**5})
show(lambda: (*5,))
show(lambda: {*5})
show(lambda: fn(*None))
show(lambda: fn(a=1, **{'a': 2}))
class C:
    def m(self): pass
show(lambda: C().m(*1))
show(lambda: C.m(**1))
