# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    words = ["alpha", "beta", "gamma", "delta"] * 5000
    out = []
    for w in words:
        if w.startswith("a") or w.endswith("a"):
            out.append(w.upper())
        s = f"{w}:{len(w)}"
        out.append(s)
    return len(",".join(out))
f()
