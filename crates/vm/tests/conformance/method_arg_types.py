# The argument-type errors (and results) of the public methods of str, bytes, bytearray,
# list, tuple and dict for common wrong and right argument values: CPython 3.12's messages,
# including "not None" for None where its argument parsers say so.
samples = {
    "str": "abc",
    "bytes": b"abc",
    "bytearray": bytearray(b"abc"),
    "list": [3, 1, 2],
    "tuple": (1, 2),
    "dict": {"a": 1},
}
argsets = [
    (1,), ("s",), (None,), ([],), (1.5,), (1, "s"), ("s", 1), (None, None), ("s", "s"),
    (1, 1), ("s", 1, 1), ("s", "x", "y"),
]
for tname, sample in samples.items():
    for name in sorted(n for n in dir(sample) if not n.startswith("_")):
        for args in argsets:
            copy = sample.copy() if hasattr(sample, "copy") else sample
            try:
                r = getattr(copy, name)(*args)
                shown = repr(r)
                if hasattr(r, "__next__") or "at 0x" in shown:
                    shown = type(r).__name__
                out = "ok " + shown
            except Exception as e:
                out = f"{type(e).__name__}: {e}"
            print(f"{tname}.{name}{args!r}: {out}")
