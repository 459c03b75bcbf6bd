# Synchronisation between threads: locks, reentrant locks, conditions, semaphores,
# events, barriers, thread-local data, with the orders they guarantee.
import re
import threading
import time


def masked(text):
    return re.sub(r'0x[0-9a-f]+', '0x...', re.sub(r'\b\d{6,}\b', 'ID', text))


def run_all(*threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# ---- Lock ----
lock = threading.Lock()
print(masked(repr(lock)), lock.locked())
print(lock.acquire(), lock.locked(), masked(repr(lock)))
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
with lock:
    print('inside with', lock.locked())
print('after with', lock.locked())
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock())

# A counter incremented by many threads under a lock (with switches in between).
counter = {'n': 0}


def add(times):
    for _ in range(times):
        with lock:
            v = counter['n']
            time.sleep(0)
            counter['n'] = v + 1


run_all(*[threading.Thread(target=add, args=(50,)) for _ in range(4)])
print('counter', counter['n'])

# A lock held by another thread: a non-blocking acquire fails until it is released.
held = threading.Event()
go = threading.Event()


def holder():
    with lock:
        held.set()
        go.wait()


h = threading.Thread(target=holder)
h.start()
held.wait()
print('held elsewhere', lock.acquire(False), lock.acquire(timeout=0.02))
go.set()
h.join()
print('free again', lock.acquire(False))
lock.release()

# ---- RLock ----
r = threading.RLock()
print(masked(repr(r)))
with r:
    with r:
        print(masked(repr(r)), r._is_owned())
print(masked(repr(r)), r._is_owned())
r.acquire()
other = []
t = threading.Thread(target=lambda: other.append((r.acquire(False), r._is_owned())))
t.start()
t.join()
print('other thread', other)
r.release()
py_r = threading._PyRLock()
with py_r:
    with py_r:
        print('py rlock', py_r._is_owned(), py_r._recursion_count())
print('py rlock', py_r._is_owned())

# ---- Condition ----
cond = threading.Condition()
print(masked(repr(cond)))
items = []
log = []


def consumer(name):
    with cond:
        cond.wait_for(lambda: items)
        log.append((name, items.pop(0)))


consumers = [threading.Thread(target=consumer, args=('c%d' % i,)) for i in range(3)]
for c in consumers:
    c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for c in consumers:
    c.join()
print(sorted(x for _, x in log), len(log))

with cond:
    print('timed out wait', cond.wait(0.01), cond.wait_for(lambda: False, 0.01))

# notify_all wakes every waiter; notify(n) wakes n.
flag = {'go': False}
woken = []


def waiter(i):
    with cond:
        while not flag['go']:
            cond.wait()
        woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with cond:
    flag['go'] = True
    cond.notify_all()
for w in ws:
    w.join()
print('woken', sorted(woken))

# A condition over a plain Lock.
plain = threading.Condition(threading.Lock())
box = []


def put_later():
    with plain:
        box.append('x')
        plain.notify()


with plain:
    t = threading.Thread(target=put_later)
    t.start()
    print('plain', plain.wait_for(lambda: box, 5), masked(repr(plain)))
t.join()

# ---- Semaphore / BoundedSemaphore ----
sem = threading.Semaphore(2)
print(masked(repr(sem)))
inside = {'now': 0, 'max': 0}
guard = threading.Lock()


def limited():
    with sem:
        with guard:
            inside['now'] += 1
            inside['max'] = max(inside['max'], inside['now'])
        time.sleep(0.01)
        with guard:
            inside['now'] -= 1


run_all(*[threading.Thread(target=limited) for _ in range(6)])
print('at most two inside:', inside['max'] <= 2, inside['now'])
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
print(masked(repr(sem)))
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
print(masked(repr(b)))

# A semaphore as a signal from another thread.
signal = threading.Semaphore(0)
t = threading.Thread(target=signal.release)
t.start()
print('signalled', signal.acquire(timeout=5))
t.join()

# ---- Event ----
ev = threading.Event()
print(masked(repr(ev)), ev.is_set(), ev.wait(0.01))
seen = []


def wait_event(i):
    seen.append((i, ev.wait()))


ws = [threading.Thread(target=wait_event, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(seen), masked(repr(ev)), ev.wait(0))
ev.clear()
print(ev.is_set())

# ---- Barrier ----
actions = []
barrier = threading.Barrier(3, action=lambda: actions.append('tripped'))
print(masked(repr(barrier)), barrier.parties, barrier.n_waiting, barrier.broken)
indices = []


def arrive():
    indices.append(barrier.wait())


run_all(*[threading.Thread(target=arrive) for _ in range(3)])
print(sorted(indices), actions)
# The barrier can be used again.
indices.clear()
run_all(*[threading.Thread(target=arrive) for _ in range(3)])
print(sorted(indices), actions)

# A timeout breaks it for everybody.
lonely = threading.Barrier(2)
try:
    lonely.wait(0.01)
except threading.BrokenBarrierError as e:
    print('broken', type(e).__name__, lonely.broken, masked(repr(lonely)))
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print('still broken')
lonely.reset()
print('reset', lonely.broken, masked(repr(lonely)))

# abort() wakes the waiting threads with BrokenBarrierError.
ab = threading.Barrier(3)
errors = []


def wait_abort():
    try:
        ab.wait()
    except threading.BrokenBarrierError:
        errors.append('broken')


ws = [threading.Thread(target=wait_abort) for _ in range(2)]
for w in ws:
    w.start()
while ab.n_waiting < 2:
    time.sleep(0.001)
ab.abort()
for w in ws:
    w.join()
print(errors, ab.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# ---- local ----
loc = threading.local()
loc.x = 'main'
got = {}


def per_thread(name):
    loc.x = name
    time.sleep(0)
    got[name] = loc.x


run_all(*[threading.Thread(target=per_thread, args=('t%d' % i,)) for i in range(3)])
print(sorted(got.items()), loc.x)
try:
    loc.missing
except AttributeError as e:
    print('AttributeError:', e)
del loc.x
print(hasattr(loc, 'x'), loc.__dict__)
