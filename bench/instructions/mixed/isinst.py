# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
class A: pass
class B(A): pass
def f():
    b = B(); n = 0
    for i in range(200000):
        if isinstance(b, A): n += 1
        if len([]) == 0: n += 1
    return n
f()
