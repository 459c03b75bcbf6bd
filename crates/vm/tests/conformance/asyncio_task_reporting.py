# asyncio's reports: Task reprs (pending at its line, finished with the result or exception)
# and 'Task exception was never retrieved' when a failed task is dropped.
import asyncio
async def fails():
    raise ValueError("x")
async def ok():
    await asyncio.sleep(0)
    return 5
async def main():
    t = asyncio.create_task(fails())
    t2 = asyncio.create_task(ok())
    print(repr(t2))
    await asyncio.sleep(0.01)
    print(repr(t))
    print(repr(t2))
    del t
    print("dropped")
asyncio.run(main())
