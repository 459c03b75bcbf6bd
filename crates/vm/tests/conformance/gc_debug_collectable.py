# gc.DEBUG_COLLECTABLE names each object a collection frees ("gc: collectable <type addr>")
# on sys.stderr, after finalizers ran and before "gc: done" (with DEBUG_STATS); resurrected
# objects are not named; DEBUG_LEAK keeps them in gc.garbage too. Addresses are checked
# against the ids the objects had, then hidden.
import gc
import io
import re
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self


class Pair:
    pass


saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        saved.append(self)


def run(flags, make):
    gc.collect()
    ids = make()
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    gc.set_debug(flags)
    try:
        n = gc.collect()
    finally:
        gc.set_debug(0)
        sys.stderr = old
    lines = err.getvalue().splitlines()
    shown = []
    for line in lines:
        m = re.fullmatch(r"gc: collectable <(\w+) (0x[0-9a-f]+)>", line)
        if m:
            shown.append((m.group(1), int(m.group(2), 16) in ids))
        elif line.startswith("gc: done"):
            shown.append(re.sub(r"[0-9.]+s elapsed", "Ns elapsed", line))
        elif line.startswith("gc: collecting"):
            shown.append(line)
    print("collected", n)
    for s in sorted(shown, key=str):
        print("  ", s)


def nodes():
    a, b = Node("a"), Node("b")
    return {id(a), id(b), id(a.__dict__) if hasattr(a, "__dict__") else 0}


def pair():
    p, q = Pair(), Pair()
    p.other, q.other = q, p
    d = {"p": p}
    p.d = d
    return {id(p), id(q), id(d)}


def lst():
    x = []
    x.append(x)
    return {id(x)}


run(gc.DEBUG_COLLECTABLE, nodes)
run(gc.DEBUG_COLLECTABLE, pair)
run(gc.DEBUG_COLLECTABLE | gc.DEBUG_STATS, lst)
run(gc.DEBUG_STATS, lst)
run(gc.DEBUG_COLLECTABLE, lambda: {id(Phoenix())})
print("resurrected", len(saved))
saved.clear()
gc.collect()
run(gc.DEBUG_LEAK, lst)
print("garbage", [type(g).__name__ for g in gc.garbage])
gc.garbage.clear()
