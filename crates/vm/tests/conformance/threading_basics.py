# Threads: targets, arguments, names, identities, joining, daemon flags, subclasses,
# timers, enumerate/active_count, thread-local data and the _thread module underneath.
import re
import sys
import threading
import time
import _thread


def masked(text):
    # Thread identifiers and addresses change from run to run.
    return re.sub(r'0x[0-9a-f]+', '0x...', re.sub(r'\b\d{6,}\b', 'ID', text))


results = []


def worker(n, *, scale=1):
    results.append((n * scale, threading.current_thread().name))


t = threading.Thread(target=worker, args=(3,), kwargs={'scale': 10})
print(masked(repr(t)))
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join()
print(results)
print(masked(repr(t)))
print(t.is_alive(), type(t.ident), type(t.native_id), t.ident != threading.get_ident())

# Default names count up across threads; a name given is used as is.
named = threading.Thread(target=worker, args=(1,), name='custom')
print(named.name)
anon = threading.Thread()
print(anon.name)
anon.start()
anon.join()


def no_name():
    pass


no_name.__name__ = 'renamed'
print(threading.Thread(target=no_name).name)
print(threading.Thread(target=len).name)
named.name = 42
print(repr(named.name))

# Many threads, joined in order; the results do not depend on their interleaving.
results.clear()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(n for n, _ in results))
print(sorted(name for _, name in results))

# The main thread, current_thread, identities.
main = threading.main_thread()
print(masked(repr(main)), main is threading.current_thread(), main.name, main.daemon)
print(main.ident == threading.get_ident() == _thread.get_ident())
print(isinstance(threading.get_native_id(), int))

seen = {}


def report():
    me = threading.current_thread()
    seen['name'] = me.name
    seen['is_main'] = me is threading.main_thread()
    seen['ident'] = me.ident == threading.get_ident()
    seen['alive'] = me.is_alive()
    seen['count'] = threading.active_count()
    seen['listed'] = me in threading.enumerate()
    seen['daemon'] = me.daemon


t = threading.Thread(target=report, name='reporter')
t.start()
t.join()
print(sorted(seen.items()))
print(threading.active_count(), [th.name for th in threading.enumerate()])

# Daemon flags: inherited from the creating thread, settable before start().
inner = {}


def spawn_inner():
    th = threading.Thread(target=lambda: None)
    inner['daemon'] = th.daemon
    th.start()
    th.join()


d = threading.Thread(target=spawn_inner, daemon=True)
print(d.daemon)
d.start()
d.join()
print(inner)
d2 = threading.Thread(target=lambda: None)
d2.daemon = True
print(d2.daemon, masked(repr(d2)))


# A subclass overriding run().
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name='counter-%d' % n)
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


c = Counter(10)
c.start()
c.join()
print(c.total, c.name, c.is_alive())

# Return values do not exist; exceptions-free threads leave no output.
box = []
t = threading.Thread(target=lambda: box.append(threading.current_thread().name))
t.start()
t.join(timeout=5)
print(box, t.is_alive())

# join() with a timeout on a thread that is still waiting.
gate = threading.Event()
waiter = threading.Thread(target=gate.wait, name='waiter')
waiter.start()
waiter.join(0.01)
print(waiter.is_alive(), masked(repr(waiter)))
gate.set()
waiter.join()
print(waiter.is_alive())

# time.sleep lets other threads run.
order = []


def sleeper():
    time.sleep(0.05)
    order.append('sleeper')


s = threading.Thread(target=sleeper)
s.start()
order.append('main')
s.join()
print(order)

# Timers: called after the interval, or never when cancelled.
fired = []
tm = threading.Timer(0.01, fired.append, args=['timer'])
print(masked(repr(tm)))
tm.start()
tm.join()
cancelled = threading.Timer(10, fired.append, args=['never'])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, tm.finished.is_set(), cancelled.finished.is_set())

# Thread-local data.
data = threading.local()
data.value = 'main'


def use_local(v):
    print('before', hasattr(data, 'value'))
    data.value = v
    print('after', data.value, sorted(vars(data)))


t = threading.Thread(target=use_local, args=('worker',))
t.start()
t.join()
print(data.value, data.__dict__)


class Defaults(threading.local):
    initialized = 0

    def __init__(self, colour):
        Defaults.initialized += 1
        self.colour = colour

    def describe(self):
        return '%s/%d' % (self.colour, Defaults.initialized)


prefs = Defaults('red')
t = threading.Thread(target=lambda: print('thread', prefs.describe()))
t.start()
t.join()
prefs.colour = 'blue'
print('main', prefs.describe(), type(data).__name__, type(data).__module__)

# The _thread layer: start_new_thread, locks used as completion signals, _count().
done = _thread.allocate_lock()
done.acquire()
out = []


def low_level(a, b, c=None):
    out.append((a, b, c, _thread.get_ident() != main.ident))
    done.release()


ident = _thread.start_new_thread(low_level, (1, 2), {'c': 3})
done.acquire()
print(out, type(ident))
print(_thread._count() >= 0, _thread.stack_size(), _thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
print(threading.Lock is _thread.allocate_lock, threading.local is _thread._local)
print(threading.ThreadError is RuntimeError, threading.ExceptHookArgs)

# A dummy thread stands for one started by _thread.
dummy = []
done.acquire(False)


def look():
    th = threading.current_thread()
    dummy.append((type(th).__name__, th.name.startswith('Dummy-'), th.daemon, th.is_alive()))
    done.release()


_thread.start_new_thread(look, ())
done.acquire()
print(dummy)

# The switch interval.
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

# interrupt_main: KeyboardInterrupt in the main thread.
t = threading.Thread(target=_thread.interrupt_main)
try:
    t.start()
    t.join()
    for _ in range(1000):
        time.sleep(0.001)
    print('not interrupted')
except KeyboardInterrupt as e:
    print('interrupted', repr(e))
print('end')
