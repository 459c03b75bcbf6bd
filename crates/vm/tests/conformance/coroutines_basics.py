# Coroutines (async def / await): the coroutine object's type, attributes, methods and
# messages, awaiting through __await__, throw/close delegation and the never-awaited warning.
import types
async def f(): return 1
c = f()
print(type(c), type(c).__name__, repr(c).startswith("<coroutine object f at 0x"))
print(c.cr_running, c.cr_frame is not None, c.cr_await, c.__name__, c.__qualname__)
try:
    iter(c)
except TypeError as e: print(e)
try:
    next(c)
except TypeError as e: print(e)
try:
    c.send(1)
except TypeError as e: print(e)
try:
    c.send(None)
except StopIteration as e: print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e: print(e)
async def g():
    await 3
try:
    g().send(None)
except TypeError as e: print(e)
class A:
    def __await__(self): return 5
async def h(): await A()
try: h().send(None)
except TypeError as e: print(e)
class B:
    def __await__(self): return f()
async def h2(): await B()
try: h2().send(None)
except TypeError as e: print(e)
print(type(f).__name__, f.__code__.co_flags & 0x80)
async def ag():
    yield 1
a = ag()
print(type(a), repr(a).startswith("<async_generator object ag at 0x"), [n for n in dir(a) if not n.startswith("__")])
import sys
print(sys.getsizeof(c), sys.getsizeof(a))
print("end")
print([n for n in dir(c) if not n.startswith("__")])
f()
print("after unawaited")
