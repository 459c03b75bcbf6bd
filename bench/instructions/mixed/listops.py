# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    l = []
    for i in range(200000):
        l.append(i)
    t = 0
    while l:
        t += l.pop()
    return [x * 2 for x in range(200000) if x % 2]
f()
