# Coroutines and async generators on the heap: getsizeof, refcounts, a cycle through a
# suspended coroutine's frame collected by gc, and finalization closing a suspended one.
import gc, sys

class Box:
    pass

async def hold(b):
    b.me = b
    await Sleep()

class Sleep:
    def __await__(self):
        yield "tick"

async def empty():
    pass

async def agen():
    try:
        yield 1
    finally:
        print("agen finalized")

c = empty()
async def simple_gen():
    yield 1


print(sys.getsizeof(c), sys.getsizeof(simple_gen()))
print(sys.getrefcount(c))
c.close()
gc.collect()
b = Box()
co = hold(b)
print(co.send(None))
b.co = co
del b, co
print("collected", gc.collect() > 0)

async def suspended():
    try:
        await Sleep()
    finally:
        print("suspended coroutine closed")

s = suspended()
s.send(None)
del s
g = agen()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
del g
gc.collect()
print("end")
