# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    t = 0
    for i in range(200000):
        a, b = i, i + 1
        p = (a, b)
        x, y = p
        t += x + y
    return t
f()
