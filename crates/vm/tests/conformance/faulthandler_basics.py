# faulthandler: enable/disable state, dump_traceback of the calling thread into a
# descriptor (read back through a pipe), argument errors.
import faulthandler
import io
import os

print(faulthandler.is_enabled())
r, w = os.pipe()
faulthandler.enable(file=w)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(),
      faulthandler.disable())


def f():
    faulthandler.dump_traceback(file=w, all_threads=False)


def g():
    f()


g()
os.close(w)
print(os.read(r, 10000).decode())
os.close(r)
for t in ['faulthandler.enable(file=5.0)', 'faulthandler.dump_traceback_later(-1)',
          'faulthandler.cancel_dump_traceback_later()',
          'faulthandler.enable(file=io.StringIO())', 'faulthandler.unregister(10)']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
print(sorted(n for n in dir(faulthandler) if not n.startswith('_')))
