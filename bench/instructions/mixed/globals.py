# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
N = 0
def f():
    global N
    for i in range(200000):
        N = N + 1
f()
