# Assigning and deleting attributes that built-in objects define themselves: CPython's
# message depends on what the type has under the name (computed attribute, read-only
# member, method, nothing).
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt("int.real set", lambda: setattr(1, "real", 2))
attempt("int.real del", lambda: delattr(1, "real"))
attempt("int.numerator", lambda: setattr(1, "numerator", 2))
attempt("float.imag", lambda: setattr(1.5, "imag", 2))
attempt("complex.imag", lambda: setattr(1j, "imag", 2))
attempt("range.start", lambda: setattr(range(3), "start", 2))
attempt("slice.stop", lambda: setattr(slice(3), "stop", 2))
attempt("list.append", lambda: setattr([], "append", 2))
attempt("list.append del", lambda: delattr([], "append"))
attempt("int.bit_length", lambda: setattr(1, "bit_length", 2))
attempt("str.__len__", lambda: setattr("a", "__len__", 2))
attempt("int.foo", lambda: setattr(1, "foo", 2))
attempt("int.foo del", lambda: delattr(1, "foo"))
attempt("property.fget", lambda: setattr(property(), "fget", 2))

def g(a=1, *, b=2):
    "doc"
for name, value in [("__name__", 1), ("__qualname__", None), ("__defaults__", [1]),
                    ("__kwdefaults__", 1), ("__closure__", None), ("__globals__", {}),
                    ("__builtins__", {}), ("__dict__", 1), ("__code__", 1)]:
    attempt("set " + name, lambda: setattr(g, name, value))
for name in ["__name__", "__qualname__", "__closure__", "__dict__", "__code__", "nope"]:
    attempt("del " + name, lambda: delattr(g, name))
g.__name__ = "renamed"
g.__defaults__ = (5,)
g.__kwdefaults__ = {"b": 6}
print(g.__name__, g.__defaults__, g.__kwdefaults__)
del g.__defaults__, g.__kwdefaults__, g.__doc__
print(g.__defaults__, g.__kwdefaults__, g.__doc__)
g.__dict__ = {"tag": 1}
print(g.tag)
try:
    g()
except TypeError as e:
    print("no defaults left:", e)

class C:
    def m(self):
        pass
attempt("method.__func__", lambda: setattr(C().m, "__func__", 1))
attempt("method.__self__", lambda: setattr(C().m, "__self__", 1))
attempt("method.__doc__", lambda: setattr(C().m, "__doc__", 1))
attempt("method.x", lambda: setattr(C().m, "x", 1))

# An instance's __dict__ can be replaced (the dict is then shared) or deleted.
class Q:
    pass
q = Q()
q.a = 1
d = {"b": 2}
q.__dict__ = d
d["x"] = 5
q.y = 6
print(q.__dict__ is d, getattr(q, "a", "gone"), q.b, q.x, sorted(d))
attempt("instance __dict__ = 1", lambda: setattr(q, "__dict__", 1))
del q.__dict__
print(q.__dict__, hasattr(q, "b"))
q.z = 1
print(q.__dict__)

class S:
    __slots__ = ("s", "__dict__")
o = S()
o.s = 1
o.t = 2
o.__dict__ = {"u": 3}
print(o.s, o.u, getattr(o, "t", "gone"), o.__dict__)

# open() takes its eight parameters by position or keyword.
import os
path = "attr_assign_builtin.tmp"
with open(path, "w", -1, "utf-8", "strict", "\r\n") as f:
    f.write("a\nb\n")
print(open(path, "rb").read(), open(file=path, newline="").read().encode())
print(open(path.encode()).read().encode())
attempt("open()", lambda: open())
attempt("open(1.5)", lambda: open(1.5))
attempt("open(None)", lambda: open(None))
attempt("open(foo=)", lambda: open(path, foo=1))
attempt("open(file= twice)", lambda: open(path, "r", file=path))
attempt("open 9 args", lambda: open(path, "r", -1, None, None, None, True, None, 1))
os.remove(path)
