# global / nonlocal, closures capturing loop variables, default argument evaluation time,
# class-body scopes, comprehension scopes, UnboundLocalError.
def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def default_time(x=[]):
    x.append(1)
    return len(x)
print(default_time(), default_time(), default_time([]))
y = 10
def uses_global():
    return y
y = 20
print(uses_global())
def unbound():
    print(z)
    z = 1
show(unbound)
def unbound_aug():
    w += 1
w = 5
show(unbound_aug)
def deleted():
    v = 1
    del v
    return v
show(deleted)
def free_unbound():
    def inner():
        return q
    r = inner()
    q = 1
    return r
show(free_unbound)
class C:
    a = 1
    b = a + 1
    c = [a * k for k in range(3)] if False else None
    def m(self):
        return a if False else C.a
print(C.b, C().m())
class D:
    val = 5
    def get(self):
        try:
            return val
        except NameError as e:
            return str(e)
print(D().get())
x = "global x"
def shadow():
    x = "local x"
    def inner():
        return x
    return inner()
print(shadow(), x)
def nested_nonlocal():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = 2
        inner()
    mid()
    return a
print(nested_nonlocal())
def global_in_nested():
    def inner():
        global gnew
        gnew = "created"
    inner()
global_in_nested()
print(gnew)
print([k for k in range(3)], "k" in globals())
gen_scope = [(lambda: m)() for m in range(2)]
print(gen_scope)
def closure_cells():
    a = 1
    def f():
        return a
    a = 2
    return f
print(closure_cells()())
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(10))
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(5))
def kwonly(a, *, b=2, c):
    return a, b, c
print(kwonly(1, c=3))
show(kwonly, 1, 2, 3)
show(kwonly, 1)
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
show(lambda: posonly(a=1, b=2, c=3))
def varargs(*args, **kwargs):
    return args, sorted(kwargs.items())
print(varargs(), varargs(1, 2, x=3))
show(lambda: varargs(**{"a": 1}, a=2))
def defaults(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw
print(defaults(1), defaults(1, 5, 6, 7, c=8, d=9), defaults.__defaults__, defaults.__kwdefaults__)
show(defaults)
show(lambda: defaults(1, a=2))
show(lambda: defaults(1, 2, 3, c=4, c2=5, **{"c": 6}))
