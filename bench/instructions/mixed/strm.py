# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    s = "the quick brown fox jumps over the lazy dog " * 10
    n = 0
    for i in range(5000):
        w = s.split()
        n += len(" ".join(w))
        n += len(s.replace("o", "0"))
        n += s.count("the")
        n += len(s.upper())
    return n
f()
