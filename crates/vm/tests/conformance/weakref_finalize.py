# weakref.finalize: once, when the object dies, when called, or at exit; detach, peek, alive.
import atexit
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(tag, *args, **kwargs):
    print("cleanup", tag, args, kwargs)
    return "result-" + tag


r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1", 1, 2, key="v")
print(f.alive, f.atexit, f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2:], repr(f).split(";")[1].split(" at")[0])
del r
print("after del:", f.alive, f(), f.peek(), f.detach(), repr(f).endswith("; dead>"))

r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "r2")
print("call directly:", f2(), f2.alive, f2())
del r2

r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "r3")
obj, func, args, kwargs = f3.detach()
print("detached:", obj is r3, func is cleanup, args, kwargs, f3.alive)
del r3, obj
print("nothing ran for r3")

# In a cycle: runs when the collector frees it.
r4 = Resource("r4")
r4.me = r4
weakref.finalize(r4, cleanup, "r4")
del r4
print("collecting")
gc.collect()

# Still alive at exit: runs then (after atexit callbacks registered later, LIFO).
survivor = Resource("survivor")
weakref.finalize(survivor, cleanup, "at-exit")
quiet = Resource("quiet")
fq = weakref.finalize(quiet, cleanup, "not at exit")
fq.atexit = False
print(fq.atexit)


def bye(who):
    print("atexit:", who)


atexit.register(bye, "first registered")
atexit.register(bye, "second registered")
atexit.register(bye, "unregistered")
atexit.unregister(bye)
atexit.register(bye, "last registered")
print("end of script")
