# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    k = 3
    add = lambda x: x + k
    t = 0
    for i in range(200000):
        t = add(t)
    return t
f()
