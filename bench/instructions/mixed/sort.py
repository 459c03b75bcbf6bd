# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
l = [(i * 7919) % 10007 for i in range(100000)]
l.sort()
l2 = sorted(l, key=lambda x: -x)
