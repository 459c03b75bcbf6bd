# eval() and exec(): module and function namespaces, explicit dicts, errors.
x = 10
print(eval("x + 1"), eval("  [i * x for i in range(3)]"), eval(b"2 ** 5"))
exec("y = x * 2\nz = y + 1")
print(y, z)
def f(a):
    b = a * 3
    return eval("a + b"), eval("x")
print(f(2))
def g():
    exec("w = 42")
    return "w" in locals(), locals().get("w")
print(g())
ns = {"k": 5}
print(eval("k * 2", ns), eval("k + q", {"k": 1}, {"q": 2}))
exec("def h(n):\n    return n + 100\nr = h(1)", ns)
print(ns["r"], ns["h"](2), "__builtins__" in ns, sorted(k for k in ns if not k.startswith("__")))
for src, args in [("1 +", ()), ("undefined_zz", ()), ("1/0", ()), (5, ()), ("x", ([],)), ("import", ())]:
    try:
        print(eval(src, *args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    exec("for i in range(3):\n    pass\nelse\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename)
print(eval("(lambda q: q * 2)(21)"), exec("pass"), eval(repr([1, "a", None])))
