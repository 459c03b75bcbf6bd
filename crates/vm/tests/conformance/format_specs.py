# The format() mini-language for int, float, str and bool, and its errors.
def show(v, spec):
    try:
        print(repr(spec), "->", repr(format(v, spec)))
    except Exception as e:
        print(repr(spec), "->", type(e).__name__ + ":", e)

for spec in ["", "d", "5d", "<5d", "^5d", ">5d", "05d", "+d", "-d", " d", "=+6d", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
             "08b", "#010b", ",", "_", "_x", "_b", "10,", "c", "e", ".2e", "f", ".1f", "%", "g", "n", "s", ".3"]:
    show(1234, spec)
for spec in ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "+.3f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f",
             "010.2f", "=+10.2f", "#.0f", ".10g", "n", "d", "x", ".0e", "#g"]:
    show(12345.6789, spec)
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.5, 2.5, 1.5e300, float("inf"), float("-inf"), float("nan"), 1/3]:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, ".2f"), format(v, "10.4g"), str(v))
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.2", "=10", "d", "+"]:
    show("hello", spec)
for spec in ["", "d", "5", "s", ">6", "x", "f"]:
    show(True, spec)
show(None, "")
show(None, "s")
show([1, 2], "")
show([1, 2], "10")
show(-5, "x")
show(-5, "#b")
show(2**70, ",")
show(2**70, "x")
show(-2**70, "_d")
show(0, "#x")
show(255, "c")
show(-1, "c")
show(1.5, "c")
show(10, ".2")
show(10, ",d")
show(10, ",_")
print("{:{}{}}".format(5, "0", 3), "{:>{}}".format("r", 4), f"{12:#{'x'}}")
show(1, "abc")
show(1.5, "xx")
show("s", "1.2.3")
show(None, "abc")
show(1, ",_")
show(255, ",x")
show("s", "#")
show("s", ",")
show(1.0, "z.1f")
show(-0.0001, "z.2f")
show(-0.0001, ".2f")
show(5, "z")
show(0.5, "#.0e")
