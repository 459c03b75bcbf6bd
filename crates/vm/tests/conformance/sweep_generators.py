# Generator protocol details found in the sweep: throw/close/send edge cases and the
# gi_running / gi_suspended / gi_frame attributes.
def worker():
    print("worker start")
    results = []
    try:
        while True:
            try:
                job = yield len(results)
            except ValueError as e:
                print("bad job:", e)
                continue
            if job is None:
                break
            results.append(job * 2)
    finally:
        print("worker cleanup", results)
    return sum(results)
w = worker()
print(next(w))
print(w.send(5))
print(w.throw(ValueError("negative")))
print(w.send(7))
try:
    w.send(None)
except StopIteration as e:
    print("total", e.value)
print(w.gi_running if hasattr(w, "gi_running") else "", getattr(w, "gi_frame", "x") is None)
def g():
    yield 1
gen = g()
print(list(gen), list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")
def throw_uncaught():
    yield 1
t = throw_uncaught()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(t)
except StopIteration:
    print("closed after throw")
def close_ignored():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = close_ignored()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(e)
def subgen():
    x = yield "sub1"
    print("sub got", x)
    return "subret"
def outer():
    r = yield from subgen()
    print("outer got", r)
    yield "done"
o = outer()
print(next(o), o.send("hello"))
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take_while_lt(it, n):
    for x in it:
        if x >= n:
            return
        yield x
print(list(take_while_lt(fibs(), 100)))
evens = (x for x in range(10) if x % 2 == 0)
squares = (x * x for x in evens)
print(sum(squares))
def unstarted():
    yield 1
u = unstarted()
try:
    u.send(1)
except TypeError as e:
    print(e)
print(u.close(), list(u))
gen2 = (i for i in range(3))
print(gen2.__next__(), next(iter(gen2)), iter(gen2) is gen2)
def g():
    x = yield 1
    yield 2
gen = g()
print(gen.gi_running, gen.gi_suspended, gen.gi_frame.f_lineno, gen.gi_frame.f_code.co_name)
next(gen)
print(gen.gi_running, gen.gi_suspended, gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_lineno)
list(gen)
print(gen.gi_frame, gen.gi_suspended, gen.gi_running)
def watcher():
    yield me.gi_running
me = watcher()
print(next(me))
