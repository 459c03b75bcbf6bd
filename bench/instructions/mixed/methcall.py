# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
class C:
    def __init__(self): self.n = 0
    def inc(self, k): self.n += k
def f():
    c = C()
    for i in range(200000):
        c.inc(1)
    return c.n
f()
