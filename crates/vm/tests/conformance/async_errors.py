# Errors of the asynchronous protocols: async for / async with on the wrong objects, what
# __await__ may return, StopIteration inside a coroutine, async generator endings, and the
# compile errors for await / async outside async functions.
def run(c):
    try:
        while True: c.send(None)
    except StopIteration as e: return e.value
    except BaseException as e: print(type(e).__name__, e); return None
class NoAiter: pass
class BadAiter:
    def __aiter__(self): return 1
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 1
async def f1():
    async for x in NoAiter(): pass
async def f2():
    async for x in BadAiter(): pass
async def f3():
    async for x in BadAnext(): pass
class NoAenter: pass
class BadAenter:
    async def __aexit__(self, *a): pass
    def __aenter__(self): return 1
class BadAexit:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
class OnlyEnter:
    async def __aenter__(self): return 1
async def f4():
    async with NoAenter(): pass
async def f5():
    async with BadAenter(): pass
async def f6():
    async with BadAexit(): pass
async def f7():
    async with OnlyEnter(): pass
for f in (f1, f2, f3, f4, f5, f6, f7): run(f())
async def raiser():
    raise StopIteration
run(raiser())
async def ag():
    yield 1
    raise StopAsyncIteration
async def use():
    async for x in ag(): print("x", x)
run(use())
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
async def use2():
    g = agen()
    print(await g.__anext__())
    print(await g.asend(None))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("SAI")
    print([x async for x in agen()])
    print({x: 1 async for x in agen()})
    gg = (x * 2 async for x in agen())
    print(type(gg).__name__, [y async for y in gg])
run(use2())
a = agen()
print(type(a.asend(None)).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
c = a.__anext__()

print(repr(a.__anext__()).startswith("<async_generator_asend object at 0x"))
for src in ['await x', 'def f():\n    await x', 'def f():\n    async for x in y: pass',
            'def f():\n    async with y: pass', 'async def f():\n    yield from x',
            'async def f():\n    yield 1\n    return 2', 'def f():\n    return [x async for x in y]',
            'def f():\n    return [await x for x in y]', 'class C:\n    [await x for x in y]',
            'async def f():\n    lambda: await x', 'async def f():\n    await x = 1']:
    try:
        compile(src, 'snippet', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
compile('def f():\n    return (await x for x in y)', 's', 'exec')
print('async genexp in a plain function compiles')
