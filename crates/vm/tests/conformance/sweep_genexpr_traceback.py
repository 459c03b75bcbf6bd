# Tracebacks through generator expressions mark the whole expression, with the call's
# parentheses when it is the sole argument (also over several lines).
def gen():
    yield 1
    raise ValueError("v")
def f():
    return list(x for x in gen())
def g():
    return [y for y in (x * 2 for x in gen())]
def h():
    return sorted((x for x in gen()), key=lambda v: v)
for fn in (f, g, h):
    try:
        fn()
    except ValueError:
        import traceback
        traceback.print_exc()
total = max(
    x for x in gen()
)
