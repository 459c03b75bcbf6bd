# Sizes chosen by the script become MemoryError/OverflowError/ValueError, never a crash.
tests = [
    lambda: "ab".center(2**40),
    lambda: "ab".ljust(2**40),
    lambda: "ab".rjust(2**40, "x"),
    lambda: "ab".zfill(2**40),
    lambda: "a\tb".expandtabs(2**40),
    lambda: format(1, "1000000000000d"),
    lambda: format("s", "1000000000000"),
    lambda: format(1.5, "1000000000000.2f"),
    lambda: format(1.5, ".1000000000000f"),
    lambda: "%1000000000000d" % 1,
    lambda: (5).to_bytes(2**40, "big"),
    lambda: bytearray(2**40),
    lambda: b"ab" * 2**40,
    lambda: bytearray(b"ab") * 2**40,
    lambda: "x" * 2**40,
    lambda: "ab".replace("", "x" * 100000) * 100000,
    lambda: [0] * 2**40,
    lambda: bytes(range(2**40)),
    lambda: "{:1000000000000}".format(1),
    lambda: f"{1:>{10**12}}",


]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", len(r) if hasattr(r, "__len__") else r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(i, type(e).__name__, e)
