# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    s = ""
    for i in range(50000): s += "x"
    return s
f()
