# queue: producer/consumer pipelines with worker threads started before the items come,
# task_done/join, bounded queues that make producers wait, the orders of LifoQueue and
# PriorityQueue, SimpleQueue, and the Empty/Full exceptions.
import queue
import threading
import time

# Workers first, waiting on an empty queue; then the items; join() waits for task_done().
tasks = queue.Queue()
results = queue.Queue()


def worker(n):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            return
        results.put((item, item * item))
        tasks.task_done()


workers = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(3)]
for w in workers:
    w.start()
print('waiting workers', tasks.qsize(), tasks.empty())
for i in range(10):
    tasks.put(i)
tasks.join()
print('unfinished after join', tasks.unfinished_tasks)
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print('workers done', [w.is_alive() for w in workers])

# A bounded queue: the producer waits for room; everything arrives in order.
box = queue.Queue(maxsize=2)
received = []


def producer():
    for i in range(6):
        box.put(i)
    box.put('stop')


def consumer():
    while True:
        item = box.get()
        if item == 'stop':
            break
        received.append(item)
        time.sleep(0.001)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print('bounded', received, box.maxsize, box.qsize())

# Exceptions and timeouts.
q = queue.Queue(1)
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e), type(e).__module__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    q.get(block=False, timeout=-1)
except queue.Empty:
    print('non-blocking ignores the timeout')
q.put('a')
print(q.full(), q.qsize())
try:
    q.put_nowait('b')
except queue.Full as e:
    print('Full', repr(e), type(e).__module__)
try:
    q.put('b', timeout=0.01)
except queue.Full:
    print('Full after timeout')
for bad in (lambda: q.put('b', timeout=-1), lambda: q.get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(q.get(), q.empty())
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)

# A consumer waiting with a timeout is served by a later put.
late = queue.Queue()
got = []
t = threading.Thread(target=lambda: got.append(late.get(timeout=5)))
t.start()
late.put('late item')
t.join()
print(got)

# Orders.
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5]:
    lifo.put(x)
    prio.put((x, str(x)))
print('lifo', [lifo.get() for _ in range(5)])
print('priority', [prio.get()[1] for _ in range(5)])
print(isinstance(lifo, queue.Queue), isinstance(prio, queue.Queue))


# Subclasses change the storage through _init/_qsize/_put/_get.
class EveryOther(queue.Queue):
    def _put(self, item):
        self.queue.append(item)
        self.queue.append(item)


eo = EveryOther()
eo.put('twice')
print(eo.qsize(), eo.get(), eo.get(), eo.unfinished_tasks)

# SimpleQueue.
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError', e)
collected = []


def drain():
    for _ in range(3):
        collected.append(sq.get())


t = threading.Thread(target=drain)
t.start()
for x in 'abc':
    sq.put(x)
t.join()
print(collected)

# The queue's own locks and conditions, the names, generic aliases.
print(type(tasks.mutex).__name__, type(tasks.not_empty).__name__)
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.__all__)
print(queue.Queue[int], queue.SimpleQueue[str], queue.Queue(-1).full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
