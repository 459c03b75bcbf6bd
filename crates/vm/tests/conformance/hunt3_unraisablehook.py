# sys.unraisablehook and its UnraisableHookArgs: __del__, weakref, generator-close and gc
# callback exceptions go through a user's hook; a failing hook is reported by the default one.
import sys, gc, weakref
print(sys.unraisablehook, sys.__unraisablehook__ is sys.unraisablehook)
seen = []
def hook(u):
    seen.append(u)
    print('hook:', type(u).__name__, len(u), u.exc_type.__name__, u.exc_value, type(u.exc_traceback).__name__, u.err_msg, type(u.object).__name__)
sys.unraisablehook = hook
class C:
    def __del__(self):
        raise ValueError('from del')
C()
Args = type(seen[0]); print(Args, Args.__module__, seen[0].object.__qualname__, seen[0][1] is seen[0].exc_value)
class T: pass
t = T()
def cb(r): raise KeyError('cb')
r = weakref.ref(t, cb)
del t
print(seen[-1].object is cb)
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError('in finally')
g = gen(); next(g); del g
print(repr(seen[-1].object)[:25])
def gccb(phase, info):
    if phase == 'stop': raise OSError('gc cb')
gc.callbacks.append(gccb); gc.collect(); gc.callbacks.remove(gccb)
class Bad:
    def __call__(self, u):
        raise LookupError('hook failed')
    def __repr__(self):
        return '<bad hook>'
sys.unraisablehook = Bad()
C()
sys.unraisablehook = sys.__unraisablehook__
class Callback:
    def __call__(self, r):
        raise ValueError('default report')
    def __repr__(self):
        return '<callback>'
t = T()
r = weakref.ref(t, Callback())
del t
sys.unraisablehook(Args((ValueError, ValueError('manual'), None, 'Custom message', None)))
sys.unraisablehook(Args((ValueError, ValueError('manual2'), None, None, 42)))
try: Args((1, 2))
except TypeError as e: print(e)
print(repr(Args((1, 2, 3, 4, 5))))
print('done')
