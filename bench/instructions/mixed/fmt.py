# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    out = []
    for i in range(100000):
        out.append("%d-%s" % (i, "a"))
        out.append(str(i))
        out.append(f"{i:5d}")
    return len(out)
f()
