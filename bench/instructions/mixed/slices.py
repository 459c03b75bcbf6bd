# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    l = list(range(1000))
    t = 0
    for i in range(2000):
        a = l[10:20]
        b = l[::-1]
        t += len(a) + b[0] + (5 in a) + l.index(500)
        s = "abcdefghij" * 3
        t += len(s[2:8]) + s.find("j")
    return t
f()
