# Generator protocol in depth: send, throw, close, yield from with return values,
# StopIteration.value, generator expressions' scoping, state errors.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except BaseException as e:
        print(type(e).__name__ + ":", e)

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    finally:
        print("echo finally", received)
    return received

g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
show(g.send, 1)
show(next, g)

g2 = echo()
show(g2.send, "too early")
print(next(g2))

def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))
show(c.throw, KeyError("not caught"))
show(next, c)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
cl = closer()
next(cl)
print(cl.close(), cl.close())
show(next, cl)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
show(s.close)

def inner():
    x = yield "inner-1"
    print("inner got", x)
    yield "inner-2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("yield from returned", r)
    r2 = yield from [10, 20]
    print("list yield from", r2)
    return "outer-done"
o = outer()
print(next(o), o.send("X"), next(o), next(o))
try:
    next(o)
except StopIteration as e:
    print("outer value", e.value)

def delegating_throw():
    try:
        yield from catcher()
    finally:
        print("delegator finally")
d = delegating_throw()
print(next(d), d.throw(ValueError("via delegator")))
d.close()

def gen_return_value():
    return 42
    yield
print(list(gen_return_value()))
try:
    next(gen_return_value())
except StopIteration as e:
    print("StopIteration value", e.value, e.args)

def raises_stop():
    yield 1
    raise StopIteration("inside")
show(list, raises_stop())

def running():
    yield gr.send(None)
gr = running()
show(next, gr)

x = 10
gen = (x * i for i in range(3))
x = 100
print(list(gen))
ys = [lambda: i for i in range(3)]
print([f() for f in ys])
print([i for i in range(3)], "i" in dir())
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
print(sum(i * i for i in range(5)), max((len(w), w) for w in ["a", "ccc", "bb"]))
class Scope:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(Scope.doubled)
it = iter(range(3))
print(list(zip(it, it)), list(it))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
cd = countdown(3)
print(type(cd).__name__, iter(cd) is cd, list(cd), list(cd))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_finally():
    try:
        yield 1
    finally:
        print("cleanup on collect")
w = with_finally()
next(w)
del w
print("after del")
