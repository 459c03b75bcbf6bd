# defaults, keywords, *args/**kwargs, keyword-only, lambdas, recursion, errors
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, y=[]):
    y.append(x)
    return y
print(g(1), g(2))
sq = lambda v: v * v
print(sq(7), (lambda *a: sum(a))(1, 2, 3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(90))
for call in [lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: fact(1, 2), lambda: g(1, 2, 3), lambda: f(1, c=2, zz=3) and g(q=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def doc():
    "A docstring."
    return doc.__doc__
print(doc(), doc.__name__, fact.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def noret():
    pass
print(noret())
