# f-strings: conversions, debugging '=', nested specs, quotes, braces, expressions.
x, y, name = 42, 3.14159, "Ann"
items = [1, 2, 3]
d = {"k": "v", "n": 5}
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{x=}", f"{y=:.2f}", f"{name=!s}", f"{x + 1 = }", f"{items[0]=}", f"{d['k']=}")
print(f"{x:>6}|{x:<6}|{x:^6}|{x:06}|{y:8.3f}|{y:e}|{x:#x}|{x:b}|{x:,}")
w, p = 10, 3
print(f"[{y:{w}.{p}f}]", f"[{name:{'*'}^{w}}]", f"[{x:{w}}]")
print(f"{'single'}", f'{"double"}', f"""{'triple'}""", f"{'a' 'b'}", f"{d['n'] * 2}")
print(f"{{literal}}", f"{{{x}}}", f"{{", f"}}", f"{x}{{}}{y:.1f}")
print(f"{items}", f"{d}", f"{(1, 2)}", f"{None}", f"{True}", f"{[i * i for i in items]}", f"{len(items)}")
print(f"{x if x > 0 else -x}", f"{'yes' if items else 'no'}", f"{(lambda a: a * 2)(x)}")
print(f"{name.upper()}", f"{name[::-1]}", f"{', '.join(map(str, items))}", f"{sum(items):03}")
print(f"{3.0:g}", f"{1e-10:g}", f"{100:%}", f"{0.25:.0%}", f"{-0.0}", f"{1_000_000:_}")
class P:
    def __format__(self, spec):
        return f"P({spec})"
    def __repr__(self):
        return "P-repr"
    def __str__(self):
        return "P-str"
print(f"{P()}", f"{P():xyz}", f"{P()!r}", f"{P()!s}", f"{P()=}", format(P(), "q"), "{:abc}".format(P()))
multi = f"""line1 {x}
line2 {y:.1f}"""
print(multi)
nested = f"{f'{x}'!r}"
print(nested, f"{'{'}", f"{'}'}")
def fmt(v, spec):
    return f"{v:{spec}}"
print(fmt(5, "03"), fmt("s", ">3"), fmt(2.5, ".0f"), fmt(3.5, ".0f"))
try:
    f"{x:z}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{name:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{P()!r:>10}"
except Exception as e:
    print(type(e).__name__, e)
print(f"{P()!r:>10}")
