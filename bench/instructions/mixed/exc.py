# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    n = 0
    for i in range(100000):
        try:
            if i % 3 == 0:
                raise ValueError(i)
            n += 1
        except ValueError:
            n -= 1
    return n
f()
