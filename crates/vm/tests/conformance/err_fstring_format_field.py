# A formatting error in an f-string points at its replacement field (CPython 3.12's
# FORMAT_VALUE location), found by tools/difffuzz.
def _inner(x):
    return f'{x:q}'
def g(x):
    return f"a{x!r:>{5}} and {x:q} tail"
try:
    g(3)
except ValueError as e:
    print(e)
_inner(1)
