# async syntax in its places: async methods (static, class), await in f-strings and
# comprehensions of every kind, async genexps, several async with items, break/continue/else
# through async for and async with, types.coroutine, inspect and collections.abc predicates.
import asyncio
class A:
    def __init__(self): self.v = 3
    async def get(self): return self.v
    @staticmethod
    async def s(x): return x * 2
    @classmethod
    async def c(cls): return cls.__name__
    async def __aenter__(self): return self
    async def __aexit__(self, *a): return False
class B:
    async def __aenter__(self): print("B in"); return "b"
    async def __aexit__(self, *a): print("B out", a[0]); return False
async def ag():
    yield 1
    return
async def main():
    a = A()
    print(await a.get(), await A.s(4), await A.c())
    print(f"{await a.get()}!")
    async with A() as x, B() as y:
        print(type(x).__name__, y)
    try:
        async with B(), B():
            raise IndexError
    except IndexError:
        print("idx")
    print([x async for x in ag()], [await A.s(i) for i in range(3)])
    print({i: await A.s(i) for i in range(2)}, {await A.s(i) for i in range(2)})
    g = (await A.s(i) for i in range(3))
    print(type(g).__name__, [v async for v in g])
    nested = [[j async for j in ag()] for i in range(2)]
    print(nested)
    r = await asyncio.gather(*[A.s(i) for i in range(3)])
    print(r, await (lambda: A.s(5))())
    for i in range(3):
        async for v in ag():
            if i == 1:
                break
        else:
            continue
        print("broke at", i)
    async def inner():
        return await asyncio.sleep(0, "slept")
    print(await inner())
    while True:
        async with B():
            break
    print("end")
asyncio.run(main())
import inspect, types
async def cf(): pass
async def agf(): yield
print(inspect.iscoroutinefunction(cf), inspect.isasyncgenfunction(agf), inspect.iscoroutinefunction(agf))
c = cf(); print(inspect.iscoroutine(c), inspect.isawaitable(c), isinstance(c, types.CoroutineType)); c.close()
import collections.abc as cabc
c = cf(); print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable), isinstance(agf(), cabc.AsyncGenerator)); c.close()
print(cf.__code__.co_flags & 0x80, agf.__code__.co_flags & 0x200)
@types.coroutine
def gencoro():
    yield
    return 7
async def usegen():
    return await gencoro()
print(asyncio.run(usegen()))
