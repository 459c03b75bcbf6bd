# Coroutines driven by a small hand-written event loop: Futures with a generator __await__,
# tasks stepping coroutines with send(), throw() into a coroutine awaiting another, close(),
# coroutine_wrapper, async with / async for (break, continue, else, return inside), and async
# generators with asend/athrow/aclose.
import types
# A tiny event loop driving coroutines through Future-like awaitables.
class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done = True
        self.result = v
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
    def create_task(self, coro):
        t = Task(coro, self)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready:
            t = self.ready.pop(0)
            t.step()

class Task(Future):
    def __init__(self, coro, loop):
        super().__init__()
        self.coro = coro
        self.loop = loop
        self.exc = None
    def step(self, value=None):
        try:
            fut = self.coro.send(value)
        except StopIteration as e:
            self.set_result(e.value)
            print("task done", e.value)
            return
        except Exception as e:
            print("task failed", type(e).__name__, e)
            return
        if isinstance(fut, Future):
            if fut.done:
                self.loop.ready.append(self)
            else:
                fut.callbacks.append(self)
                self.loop.ready.append(Waker(fut, self))

class Waker:
    def __init__(self, fut, task):
        self.fut, self.task = fut, task
    def step(self):
        if not self.fut.done:
            self.fut.set_result("woken")
        self.task.step(None)

async def sub(n):
    f = Future()
    r = await f
    print("sub", n, "got", r)
    return n * 10

async def main():
    a = await sub(1)
    b = await sub(2)
    try:
        await bad()
    except ValueError as e:
        print("caught", e)
    return a + b

async def bad():
    raise ValueError("boom")

loop = Loop()
loop.create_task(main())
loop.run()

# throw into a coroutine suspended in an await of another coroutine
async def inner():
    try:
        await Future()
    except KeyError as e:
        print("inner got", repr(e))
        return "handled"
async def outer():
    r = await inner()
    print("outer", r)
    return r
c = outer()
print(type(c.send(None)).__name__)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("stop", e.value)

# close
async def closer():
    try:
        await Future()
    finally:
        print("closing")
c = closer()
c.send(None)
c.close()
print(c.cr_frame, c.cr_running, c.cr_await)
c2 = closer()
c2.send(None)
print(type(c2.cr_await).__name__, c2.cr_suspended)
c2.close()

# __await__ wrapper
async def val():
    return 42
w = val().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)

# async with / async for
class ACM:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def uses():
    async with ACM() as m:
        print("body", type(m).__name__)
        raise RuntimeError("suppressed")
    total = 0
    async for i in Counter(4):
        if i == 3:
            continue
        total += i
    else:
        print("else ran")
    async for i in Counter(10):
        if i == 2:
            break
    print("total", total, "i", i)
    for _ in range(2):
        async with ACM():
            return "from with"
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e:
        return e.value
print(run(uses()))

# async generators with athrow/aclose/asend
async def ticker(n):
    i = 0
    try:
        while i < n:
            got = yield i
            if got is not None:
                i = got
            i += 1
    except ValueError:
        yield "recovered"
    finally:
        print("ticker finally")
async def drive():
    g = ticker(10)
    print(await g.asend(None))
    print(await g.asend(5))
    print(await g.athrow(ValueError))
    try:
        await g.athrow(ValueError)
    except ValueError:
        print("propagated")
    await g.aclose()
    print([x async for x in ticker(3)])
    print([x async for x in ticker(5) if x % 2])
    g2 = ticker(3)
    print(await g2.__anext__())
    await g2.aclose()
    print(g2.ag_running, g2.ag_frame)
print(run(drive()))
print(sum.__name__)
