# The argument-count and keyword errors of every public method of str, bytes, bytearray,
# list, tuple, dict, set and frozenset, called with 0..5 arguments and with an unknown
# keyword (CPython 3.12's messages per calling convention).


class W:
    def __repr__(self):
        return "W()"


w = W()
samples = {
    "str": "abc",
    "bytes": b"abc",
    "bytearray": bytearray(b"abc"),
    "list": [3, 1, 2],
    "tuple": (1, 2),
    "dict": {"a": 1},
    "set": {1, 2},
    "frozenset": frozenset({1}),
}


def outcome(f, *args, **kw):
    try:
        f(*args, **kw)
        return "ok"
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for tname, sample in samples.items():
    for name in sorted(n for n in dir(sample) if not n.startswith("_")):
        results = []
        for n in (0, 1, 2, 3, 5):
            copy = sample.copy() if hasattr(sample, "copy") else sample
            results.append(f"{n}: {outcome(getattr(copy, name), *([w] * n))}")
        copy = sample.copy() if hasattr(sample, "copy") else sample
        results.append(f"kw: {outcome(getattr(copy, name), badkw=1)}")
        print(f"{tname}.{name}")
        for r in results:
            print("   ", r)
