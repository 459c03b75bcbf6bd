# contextlib's asynchronous managers (asynccontextmanager, aclosing, nullcontext under
# async with) and the aiter/anext builtins, under asyncio.run.
import asyncio, contextlib
@contextlib.asynccontextmanager
async def res(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)
async def agen():
    yield 1
    yield 2
async def main():
    async with res("a") as r:
        print("using", r)
    try:
        async with res("b"):
            raise KeyError("x")
    except KeyError as e:
        print("propagated", e)
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            print("v", v)
            break
    async with contextlib.nullcontext(5) as n:
        print("null", n)
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("SAI")
    try:
        aiter(1)
    except TypeError as e:
        print(e)
    try:
        anext(1)
    except TypeError as e:
        print(e)
asyncio.run(main())
