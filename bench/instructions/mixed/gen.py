# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def g(n):
    for i in range(n):
        yield i * 2
def f():
    return sum(g(200000)) + sum(x for x in range(200000))
f()
