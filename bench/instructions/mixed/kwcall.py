# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def g(a, b=1, *, c=2):
    return a + b + c
def f():
    t = 0
    for i in range(200000):
        t += g(i, c=3)
        t += g(a=i)
    return t
f()
