# Pins weakref.finalize at exit (newest first, ones made while exiting included, atexit=False
# skipped) and WeakMethod's edges.
import sys
import weakref


class Obj:
    def method(self):
        return 'm'


keep = [Obj() for _ in range(5)]


def say(*args, **kwargs):
    print('finalizer', args, sorted(kwargs.items()))
    return 'said'


def spawn():
    print('spawning during exit')
    weakref.finalize(keep[4], say, 'spawned')



f0 = weakref.finalize(keep[0], say, 'zero', k=1)
f1 = weakref.finalize(keep[1], spawn)
f2 = weakref.finalize(keep[2], say, 'skipped')
f2.atexit = False
f3 = weakref.finalize(keep[3], say, 'three')
d3 = f3.detach()
print(d3[1] is say, d3[2:], f3.detach(), f3.alive, f3.atexit, f3(), f3.peek())
f3.atexit = True
print(f3.atexit)
f4 = weakref.finalize(Obj(), say, 'dies at once')
print(f4.alive, f4.atexit, f4.peek(), repr(f4).endswith('; dead>'))
print(f0.atexit, f2.atexit, f0.alive, repr(f0).split(';')[1].split(' at ')[0])
print(f0.peek()[2:], f0.__call__ is not None)
try:
    weakref.finalize(5, say)
except TypeError as e:
    print('TypeError', e)

o = Obj()
wm = weakref.WeakMethod(o.method, lambda r: print('wm callback', r is wm))
wm2 = weakref.WeakMethod(o.method)
print(wm() == o.method, wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm == 5, wm != 5)
for bad in (say, 5, Obj.method, print):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)
del o
print(wm(), wm2(), wm == wm2, wm != wm2, wm == wm, wm != wm)


class Holder:
    pass


h = Holder()
h.f = lambda: 'f'
o2 = Obj()
wm3 = weakref.WeakMethod(o2.method, lambda r: print('wm3 callback once'))
del Obj.method
import gc
gc.collect()
print(wm3(), wm3 == wm3)
del o2
gc.collect()
print('end of script')
