# Frozen modules standing in for CPython's C code (operator, functools' reduce/partial/
# lru_cache/cmp_to_key, heapq, bisect, itertools, collections' deque/OrderedDict/
# defaultdict) add no frames to tracebacks or to __traceback__ chains, as C has none.
import sys
import traceback
import functools
import operator
import heapq
import bisect
import itertools
from collections import deque, OrderedDict, defaultdict, namedtuple


def depth(e):
    n = 0
    tb = e.__traceback__
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


def show(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e} (frames {depth(e)})")
        traceback.print_exc(file=sys.stdout)


def div(a, b):
    return a / b


@functools.lru_cache(maxsize=None)
def cached_div(a, b):
    return a / b


show("operator.truediv", lambda: operator.truediv(1, 0))
show("operator.getitem", lambda: operator.getitem([1], 5))
show("itemgetter", lambda: operator.itemgetter("k")({}))
show("reduce", lambda: functools.reduce(div, [1, 0]))
show("partial", lambda: functools.partial(div, 1)(0))
show("lru_cache", lambda: cached_div(1, 0))
show("lru_cache unhashable", lambda: cached_div([], 1))
show("cmp_to_key", lambda: sorted([1, 2], key=functools.cmp_to_key(div)))
show("heappush", lambda: heapq.heappush([1j], 2j))
show("bisect", lambda: bisect.bisect_left([1, "a"], 0.5))
show("itertools.starmap", lambda: list(itertools.starmap(pow, [1])))
show("accumulate", lambda: list(itertools.accumulate([1, 0], div)))
show("deque.remove", lambda: deque([1]).remove(3))
show("OrderedDict.move_to_end", lambda: OrderedDict().move_to_end("k"))
show("defaultdict factory", lambda: defaultdict(lambda: 1 / 0)["k"])
show("namedtuple arity", lambda: namedtuple("P", "x y")(1, 2, 3))

# Python code called from the stand-ins keeps its frames.
def bad_key(x):
    return x.missing

show("key function", lambda: functools.reduce(lambda a, b: bad_key(b), [1, 2]))

ops = {"/": operator.truediv}
ops["/"](1, 0)
