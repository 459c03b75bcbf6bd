# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    l = list(range(100000))
    t = 0
    for _ in range(3):
        for i, x in enumerate(l):
            t += x
        for a, b in zip(l, l):
            t += a
    return t
f()
