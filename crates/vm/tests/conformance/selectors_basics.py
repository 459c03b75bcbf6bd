# selectors over pipes: register/modify/unregister, select with timeouts, the mapping
# view, errors (the class behind DefaultSelector differs: pymem's is SelectSelector).
import os
import selectors

sel = selectors.DefaultSelector()
r, w = os.pipe()


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return "F()"


rf = F(r)
k = sel.register(rf, selectors.EVENT_READ, "reader")
print(k.fileobj is rf, k.fd == r, k.events, k.data, type(k).__name__)
kw = sel.register(w, selectors.EVENT_WRITE)
print(sorted(key.events for key, ev in sel.select(0)), [ev for key, ev in sel.select(0)])
os.write(w, b"x")
ready = sel.select(0.5)
print(sorted((str(key.data), ev) for key, ev in ready))
print(len(sel.get_map()), sel.get_key(rf).data, rf in sel.get_map(), 12345 in sel.get_map())
k2 = sel.modify(rf, selectors.EVENT_READ, "renamed")
print(k2.data, sel.get_key(rf).data)
k3 = sel.modify(rf, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
print(k3.events, sel.unregister(w).fd == w, len(sel.get_map()))
for t in ['sel.register(rf, selectors.EVENT_READ)', 'sel.register(r + 1000, 0)',
          'sel.register(r + 1000, 4)', 'sel.register("x", 1)', 'sel.register(-1, 1)',
          'sel.unregister(w)', 'sel.get_key(w)', 'sel.modify(w, 1)', 'sel.get_map()[w]']:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        # Descriptor numbers depend on what else is open.
        msg = str(e).replace("FD %d" % r, "FD R").replace("'%d is" % w, "'W is")
        print(t, '!!', type(e).__name__, msg)
os.read(r, 1)
print(sel.select(0.05))
with selectors.SelectSelector() as s2:
    s2.register(w, selectors.EVENT_WRITE, 7)
    print([(key.data, ev) for key, ev in s2.select()])
print(s2.get_map())
try:
    s2.get_key(w)
except RuntimeError as e:
    print("RuntimeError", e)
sel.close()
os.close(r)
os.close(w)
print(selectors.EVENT_READ, selectors.EVENT_WRITE, issubclass(selectors.SelectSelector, selectors.BaseSelector))
