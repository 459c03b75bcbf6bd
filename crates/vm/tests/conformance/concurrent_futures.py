# concurrent.futures over threads: map, submit, as_completed, wait, callbacks, cancellation,
# shutdown, a failing initializer, and the errors of misuse.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, Future
import time, threading

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    fs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(fs)))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print('raised', type(f.exception()).__name__, f.done(), f.running(), f.cancelled())
    print(repr(f).split(' at ')[0], repr(f).split('state=')[1])
    g = ex.submit(time.sleep, 0.2)
    done, not_done = wait([g, fs[0]], return_when=FIRST_COMPLETED)
    print(len(done) >= 1, fs[0] in done)
    done, not_done = wait([g])
    print(len(done), len(not_done), g.result())
    results = []
    h = ex.submit(square, 7)
    h.add_done_callback(lambda fut: results.append(fut.result()))
    h.result(); time.sleep(0.05)
    print(results)
f = Future()
print(repr(f).split('state=')[1], f.cancel(), f.cancelled(), f.done())
try:
    f.result()
except cf.CancelledError as e:
    print('CancelledError', type(e).__module__)
f2 = Future()
f2.set_result(5)
try:
    f2.set_result(6)
except cf.InvalidStateError as e:
    print('InvalidStateError')
try:
    Future().result(timeout=0.01)
except TimeoutError:
    print('TimeoutError', cf.TimeoutError is TimeoutError)
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
lock = threading.Lock()
count = [0]
def bump(n):
    for _ in range(n):
        with lock:
            count[0] += 1
    return threading.current_thread().name.startswith('ThreadPoolExecutor-')
with ThreadPoolExecutor(3) as ex:
    print(all(ex.map(bump, [1000] * 6)), count[0])
with ThreadPoolExecutor(1, thread_name_prefix='w') as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with cf.ProcessPoolExecutor(2) as ex:
    print(list(ex.map(square, [1, 2, 3])))
ex = ThreadPoolExecutor(2)
fs = [ex.submit(time.sleep, 0.05) for _ in range(6)]
ex.shutdown(wait=True, cancel_futures=True)
print(all(f.done() for f in fs))
import logging
logging.getLogger('concurrent.futures').disabled = True  # the initializer's traceback
def boom():
    raise KeyError('k')
ex = ThreadPoolExecutor(1, initializer=boom)
try:
    ex.submit(square, 2).result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
print(cf.ALL_COMPLETED, cf.Future[int])
# A failing callback is logged (logging is off here) and the next one still runs.
seen = []
f = Future()
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: seen.append(fut.result()))
f.set_result('r')
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: seen.append('late'))
print(seen)
late = ThreadPoolExecutor(1)
late.submit(print, 'ran before exit')
