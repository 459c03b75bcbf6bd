# Errors of the threading, _thread and queue APIs, with CPython's messages; what happens
# to an exception a thread does not catch (threading.excepthook, its default report, an
# exception in the hook itself, SystemExit); and an uncaught error in the main thread
# after threads ran.
import io
import sys
import threading
import warnings
import _thread


def attempt(label, f):
    try:
        f()
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s: no error' % label)


t = threading.Thread(target=lambda: None)
attempt('join before start', t.join)
t.start()
attempt('start twice', t.start)
t.join()
attempt('daemon of a started thread', lambda: setattr(t, 'daemon', True))
attempt('group', lambda: threading.Thread(group=1))
current = []
t = threading.Thread(target=lambda: attempt('join current', threading.current_thread().join))
t.start()
t.join()
attempt('join main from main', threading.main_thread().join)


class NoInit(threading.Thread):
    def __init__(self):
        pass


attempt('start without __init__', NoInit().start)
attempt('join without __init__', NoInit().join)

lock = threading.Lock()
attempt('release unlocked', lock.release)
attempt('__exit__ unlocked', lambda: lock.__exit__(None, None, None))
attempt('timeout without blocking', lambda: lock.acquire(False, 1))
attempt('negative timeout', lambda: lock.acquire(timeout=-2))
attempt('timeout type', lambda: lock.acquire(True, 'x'))
attempt('timeout too large', lambda: lock.acquire(True, 1e30))
attempt('too many arguments', lambda: lock.acquire(True, 1, 2))
attempt('unknown keyword', lambda: lock.acquire(wait=True))
attempt('release with an argument', lambda: lock.release(1))
attempt('create LockType', _thread.LockType)

r = threading.RLock()
attempt('release un-acquired rlock', r.release)
r.acquire()
t = threading.Thread(target=lambda: attempt('release rlock of another thread', r.release))
t.start()
t.join()
r.release()
attempt('release_save un-acquired', r._release_save)
attempt('acquire_restore type', lambda: r._acquire_restore(5))

cond = threading.Condition()
attempt('wait un-acquired', cond.wait)
attempt('notify un-acquired', cond.notify)
attempt('semaphore value', lambda: threading.Semaphore(-1))
sem = threading.Semaphore()
attempt('semaphore timeout without blocking', lambda: sem.acquire(False, 1))
attempt('semaphore release 0', lambda: sem.release(0))
attempt('bounded release', threading.BoundedSemaphore().release)
attempt('local arguments', lambda: threading.local(1))
loc = threading.local()
attempt('local __dict__', lambda: setattr(loc, '__dict__', {}))
attempt('local missing delete', lambda: delattr(loc, 'nothing'))
attempt('hook args length', lambda: threading.ExceptHookArgs([1, 2, 3]))
attempt('start_new_thread callable', lambda: _thread.start_new_thread(1, ()))
attempt('start_new_thread args', lambda: _thread.start_new_thread(print, [1]))
attempt('start_new_thread kwargs', lambda: _thread.start_new_thread(print, (), 1))
attempt('start_new_thread count', lambda: _thread.start_new_thread(print))
attempt('stack_size negative', lambda: _thread.stack_size(-1))
attempt('stack_size small', lambda: _thread.stack_size(4096))
attempt('switch interval', lambda: sys.setswitchinterval(0))
attempt('switch interval type', lambda: sys.setswitchinterval('x'))


# ---- exceptions in threads ----
def boom(kind):
    raise kind('from %s' % threading.current_thread().name)


# A custom hook sees the exception, its type, traceback and the thread.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=boom, args=(ValueError,), name='custom-hook')
t.start()
t.join()
print(seen, t.is_alive())
print(type(threading.ExceptHookArgs([1, 2, 3, 4])).__name__,
      threading.ExceptHookArgs([1, 2, 3, 4]).thread)

# The default hook writes to sys.stderr; SystemExit is silent.
threading.excepthook = threading.__excepthook__
captured = io.StringIO()
sys.stderr = captured
try:
    t = threading.Thread(target=boom, args=(KeyError,), name='default-hook')
    t.start()
    t.join()
    t = threading.Thread(target=boom, args=(SystemExit,))
    t.start()
    t.join()
finally:
    sys.stderr = sys.__stderr__
lines = captured.getvalue().splitlines()
# Keep the script's own frames (threading's file differs between implementations).
kept = []
skip = False
for line in lines:
    if line.startswith('  File ') and 'threading_errors.py' not in line:
        skip = True
        continue
    if skip and line.startswith('    '):
        continue
    skip = False
    kept.append(line)
print('\n'.join(kept))

# An exception in the hook itself is reported through sys.excepthook.
def bad_hook(args):
    raise RuntimeError('hook failed')


def report_hook(kind, value, tb):
    print('sys.excepthook got', kind.__name__, value, value.__suppress_context__)


threading.excepthook = bad_hook
sys.excepthook = report_hook
captured = io.StringIO()
sys.stderr = captured
try:
    t = threading.Thread(target=boom, args=(OSError,))
    t.start()
    t.join()
finally:
    sys.stderr = sys.__stderr__
print(repr(captured.getvalue()))
threading.excepthook = threading.__excepthook__
sys.excepthook = sys.__excepthook__

# A thread started with _thread reports through sys.unraisablehook.
reported = _thread.allocate_lock()
reported.acquire()


def unraisable(u):
    print('unraisable:', u.err_msg, u.object.__name__, u.exc_type.__name__, u.exc_value)
    reported.release()


sys.unraisablehook = unraisable


def low_level():
    raise ZeroDivisionError('low level')


_thread.start_new_thread(low_level, ())
reported.acquire()
sys.unraisablehook = sys.__unraisablehook__

# Deprecated spellings warn.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    th = threading.Thread(target=lambda: None, name='old')
    th.isDaemon()
    th.setDaemon(False)
    th.getName()
    th.setName('older')
    threading.activeCount()
    threading.currentThread()
    threading.Event().isSet()
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    print(w.category.__name__, w.message)

# An uncaught error in the main thread still ends the program with a traceback.
threading.Lock().release()
