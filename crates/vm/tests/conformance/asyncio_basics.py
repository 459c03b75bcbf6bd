# asyncio: run, gather (with exceptions), Queue workers, wait_for, cancellation, Event, Lock,
# timeout(), wait(), as_completed, TaskGroup with except*, futures and call_later, async
# generators under the loop.
import asyncio, time

async def worker(name, q, out):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        await asyncio.sleep(0.001 * item)
        out.append((name, item))
        q.task_done()

async def fails(x):
    await asyncio.sleep(0.002)
    raise ValueError(f"bad {x}")

async def slow():
    await asyncio.sleep(10)

async def main():
    print(asyncio.get_running_loop().is_running())
    r = await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0.005, 'b'))
    print("gather", r)
    r = await asyncio.gather(fails(1), asyncio.sleep(0, 'ok'), return_exceptions=True)
    print("gather exc", [type(x).__name__ if isinstance(x, BaseException) else x for x in r])
    try:
        await asyncio.gather(fails(2), asyncio.sleep(0.01))
    except ValueError as e:
        print("gather raised", e)
    q = asyncio.Queue()
    out = []
    tasks = [asyncio.create_task(worker(f"w{i}", q, out)) for i in range(3)]
    for i in range(9):
        q.put_nowait(i % 3)
    await q.join()
    for _ in tasks:
        q.put_nowait(None)
    names = await asyncio.gather(*tasks)
    print("workers", names, len(out), sorted(i for _, i in out))
    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        print("wait_for timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.001, 'in time'), 1))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "event seen"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0.001)
    ev.set()
    print(await wt)
    lock = asyncio.Lock()
    order = []
    async def critical(i):
        async with lock:
            order.append(('in', i))
            await asyncio.sleep(0.001)
            order.append(('out', i))
    await asyncio.gather(*(critical(i) for i in range(3)))
    print("lock", order)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, 1)), asyncio.create_task(asyncio.sleep(0.05, 2))], return_when=asyncio.FIRST_COMPLETED)
    print("wait", len(done), len(pending))
    for p in pending: p.cancel()
    res = []
    for c in asyncio.as_completed([asyncio.sleep(0.003, 'x'), asyncio.sleep(0.001, 'y')]):
        res.append(await c)
    print("as_completed", res)
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(asyncio.sleep(0.001, 1))
            t2 = tg.create_task(fails(3))
    except* ValueError as eg:
        print("taskgroup", [str(e) for e in eg.exceptions])
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.001, 'A'))
        b = tg.create_task(asyncio.sleep(0.002, 'B'))
    print("tg results", a.result(), b.result())
    print(asyncio.current_task().get_name(), type(asyncio.current_task()).__name__)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, fut.set_result, 99)
    print("future", await fut, fut)
    return "main done"

print(asyncio.run(main()))
try:
    asyncio.run(asyncio.sleep)
except ValueError as e:
    print(str(e).split(" at 0x")[0])
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def use():
    return [x async for x in agen()]
print(asyncio.run(use()))
print(asyncio.iscoroutinefunction(use), asyncio.iscoroutine(use()))
