# s += t on a str only this local holds grows it in place (CPython's
# BINARY_OP_INPLACE_ADD_UNICODE); every other holder must keep seeing the old value.
def f():
    s = "ab"
    t = s
    s += "c"
    print(s, t)
    u = "x" * 3
    keep = [u]
    u += "y"
    print(u, keep)
    k = "k" * 2
    k += "1"
    d = {k: 1}
    print(d["kk1"], hash(k) == hash("kk1"), k == "kk1")
    k += "2"
    print(d, k, len(k))
    s = ""
    for i in range(1000):
        s += str(i % 10)
    print(len(s), s[:12], s.count("9"), hash(s) == hash(str(s)))
    a = "p" * 2
    b = a
    a += "q"
    print(a, b)
    w = "é" * 2
    w += "ü"
    print(w, len(w), w[2], w.upper())
    n = "n" * 2
    try:
        n += 5
    except TypeError as e:
        print("TypeError", e)
    print(n)
    g = "g" * 2
    g += g
    print(g)


f()
x = "m" * 2
y = x
x += "z"
print(x, y)
