# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
def f():
    text = "the quick brown fox jumps over the lazy dog and the cat " * 2000
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    n = sum(int(x) for x in "1 2 3 4 5 6 7 8 9 10".split() * 2000)
    return top[0], n
f()
