# Start-up leaves freed dicts and lists in their free lists, so a script's first few dicts
# and lists reuse blocks, which gc.get_count() does not count (neither an empty **kwargs
# dict made by a call).
import gc
gc.disable()
g = gc.get_count


def f(x=0, **kw):
    return x


a = g()[0]; d = {}; b = g()[0]; print("first dict", b - a)
a = g()[0]; l = []; b = g()[0]; print("first list", b - a)
a = g()[0]; f(x=1); b = g()[0]; print("empty **kw", b - a)
