# Small-int arithmetic fast paths (+ - * // % & | ^, in-place too) at and past the i64 edges.
vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**63, 2**63 - 1, 10**20]
for x in vals:
    for y in vals:
        r = []
        for op in ("+", "-", "*", "//", "%", "&", "|", "^"):
            try:
                r.append(eval(f"x {op} y"))
            except ZeroDivisionError as e:
                r.append(str(e))
        a = x; a += y; b = x; b -= y; c = x; c *= y
        d = x
        try:
            d //= y; d %= 7
        except ZeroDivisionError as e:
            d = str(e)
        print(x, y, r, a, b, c, d)
def loop():
    t = 0
    for i in range(-20, 20):
        t += i % 3 + i // 4 + (i & 5) - (i ^ 3) + (i | 8)
    return t
print(loop())
