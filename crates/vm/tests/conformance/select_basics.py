# select.select over pipes: readiness for reading and writing, objects with fileno(),
# timeouts, a closed write end, and the argument errors.
import os
import select
import time

print(select.PIPE_BUF, select.error is OSError)
for t in ['select.select()', 'select.select([], [], [], -1)', 'select.select([], [], [], "x")',
          'select.select(["x"], [], [], 0)', 'select.select([9999], [], [], 0)',
          'select.select(1, [], [], 0)', 'select.select([-1], [], [], 0)',
          'select.select([], [], [], 0)', 'select.select([], [], [], 0, 1)',
          'select.select([], [], [], float("nan"))']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

r, w = os.pipe()


class F:
    def fileno(self):
        return r


f = F()
rr, ww, xx = select.select([r, f], [w], [], 0)
print(rr, ww == [w], xx)
os.write(w, b'x')
rr, ww, xx = select.select([r, f], [w], [r], 0.1)
print(rr[0] == r, rr[1] is f, ww == [w], xx)
print(os.read(r, 1))
t0 = time.monotonic()
print(select.select([r], [], [], 0.05), time.monotonic() - t0 >= 0.04)
os.close(w)
print(select.select([r], [], [], 1)[0] == [r], os.read(r, 1))
os.close(r)
