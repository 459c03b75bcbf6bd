# contextvars: ContextVar get/set/reset, tokens, contexts and Context.run, the errors, and asyncio's
# per-task contexts (each task and callback runs in the context it was scheduled with).
import contextvars, asyncio
v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), v.get(7), w.get(9))
try:
    w.get()
except LookupError as e:
    print("LookupError", repr(e).startswith("LookupError(<ContextVar name='w' at 0x"))
tok = v.set(5); print(v.get(), tok.var is v, tok.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
v.reset(tok); print(v.get())
try:
    v.reset(tok)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='v' default=1 at 0x"), str(e).endswith("has already been used once"))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
ctx = contextvars.copy_context()
print(type(ctx), w in ctx, ctx[w], len(ctx), list(ctx.keys()) == [w], ctx.get(v, "dflt"))
def inner(x):
    w.set(x)
    return w.get()
print(ctx.run(inner, 42), w.get(), ctx[w])
try:
    ctx.run(ctx.run, inner, 1)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context: <_contextvars.Context object at 0x"))
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
try:
    class X(contextvars.ContextVar): pass
except TypeError as e:
    print("TypeError", e)
print(list(contextvars.Context().items()), contextvars.ContextVar[int])
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
req = contextvars.ContextVar("req")
async def handler(n):
    req.set(n)
    await asyncio.sleep(0)
    return req.get()
async def main():
    req.set("main")
    r = await asyncio.gather(*(handler(i) for i in range(3)))
    print(r, req.get())
    t = asyncio.create_task(handler(9)); await t
    print(t.get_context()[req], req.get())
    loop = asyncio.get_running_loop()
    c = contextvars.Context()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(req.get("unset")), context=c)
    print(await fut)
asyncio.run(main())
print(type(v).__module__, type(ctx).__name__)
import threading
tv = contextvars.ContextVar("tv", default="unset")
tv.set("main")
seen = []
def worker(n):
    seen.append((n, tv.get()))
    tv.set(n)
    seen.append((n, tv.get()))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(map(repr, seen)), tv.get())
