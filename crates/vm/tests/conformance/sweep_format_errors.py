# Format-spec errors and edge cases found in the sweep: width/precision overflow and missing
# precision messages, '#' with 'c', and the messages CPython gives for bad specs.
for spec in ["999999999999999999999", ".999999999999999999999", "10.", ".", "5.2", "1" * 19, "9223372036854775808", "9223372036854775807"]:
    for v in (1, 1.5, "s"):
        try:
            print(repr(spec), len(format(v, spec)))
        except (ValueError, MemoryError, OverflowError) as e:
            print(repr(spec), type(e).__name__, e)
tests = [
    lambda: f"{1:d}{'a':d}",
    lambda: f"{1.5:d}",
    lambda: f"{'s':x}",
    lambda: f"{[1]:>5}",
    lambda: f"{None:5}",
    lambda: f"{1:,x}",
    lambda: f"{1:,_}",
    lambda: f"{1:.2d}",
    lambda: f"{'x':=5}",
    lambda: f"{'x':+}",
    lambda: f"{1.5:c}",
    lambda: f"{1:z}",
    lambda: f"{1.5:zd}",
    lambda: f"{object():s}",
    lambda: f"{3:#c}",
    lambda: f"{'abc':#}",
    lambda: f"{'abc':,}",
    lambda: f"{2.5:,.2%}",
    lambda: f"{True:d} {True:>5} {True}",
    lambda: f"{10**20:e} {10**20:,.2f}",
    lambda: format(1.5, "Q"),
    lambda: format("s", "Q"),
    lambda: format([], "Q"),
    lambda: "{:Q}".format(1),
    lambda: "{0:{1}}".format(1, "Q"),
    lambda: "{:d}".format("x"),
    lambda: "{}".format(),
    lambda: "{0} {}".format(1, 2),
    lambda: "{a}".format(b=1),
    lambda: "{".format(1),
    lambda: "}".format(1),
    lambda: "{0!z}".format(1),
    lambda: "{0.nope}".format(1),
    lambda: "{0[5]}".format([1]),
    lambda: f"{1!r:>4}|{'a'!s:^5}|{'é'!a}",
    lambda: f"{3.0:n} {1234567:n} {0.00001:n}",
    lambda: f"{-0.0:z.1f} {-0.001:z.1f} {0.0:+z.1f}",
    lambda: f"{12.5:=+10.2f}|{-12:0=8}|{'x':0>4}|{5:x<3}",
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
