# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    d = {i: i * 2 for i in range(100000)}
    t = 0
    for k, v in d.items():
        t += k + v
    for k in d.keys():
        t += d[k]
    return t
f()
