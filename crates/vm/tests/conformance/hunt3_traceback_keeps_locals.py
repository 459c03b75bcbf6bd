# A traceback keeps the locals of the frames the exception left (CPython keeps the frames):
# __del__ of an object a raising function or generator held runs when the exception dies.
import gc, sys, weakref
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def raiser(n):
    obj = T(n)
    raise ValueError(n)
saved = []
for i in range(2):
    try: raiser('kept%d' % i)
    except ValueError as e: saved.append(e)
print('saved', len(saved))
saved.clear(); print('cleared')
def cyc():
    obj = T('cycle')
    try:
        raise KeyError('c')
    except KeyError as e:
        err = e
        raise
try: cyc()
except KeyError as e:
    r = weakref.ref(e)
print('after cyc', r() is not None)
print(gc.collect() > 0, r())
x = T('refcount')
def use(o):
    local = o
    print(sys.getrefcount(o))
    raise RuntimeError
try: use(x)
except RuntimeError: print(sys.getrefcount(x))
print(sys.getrefcount(x))
def gen():
    g_local = T('gen-local')
    yield 1
    raise OSError('gen')
g = gen(); next(g)
try: next(g)
except OSError: print('gen raised')
print('after gen')
tb_holder = None
try: raiser('tb')
except ValueError as e: tb_holder = e.__traceback__
print('tb held')
del tb_holder; print('tb dropped')
