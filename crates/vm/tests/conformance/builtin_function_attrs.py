# __module__, __qualname__ and __self__ of built-in functions and methods: a module's
# functions name their module (so pickle finds them), bound methods their receiver's type.
import math, time, pickle, inspect, json, _thread, signal, sys, zlib, binascii, itertools, collections, os
print(math.sqrt.__module__, time.time.__module__, signal.alarm.__module__, zlib.crc32.__module__, binascii.hexlify.__module__)
print(len.__module__, print.__module__, len.__self__, [].append.__module__, [].append.__qualname__, {}.get.__qualname__)
print(inspect.getmodule(math.sqrt).__name__, inspect.getmodule(time.sleep).__name__)
print(pickle.dumps(math.floor, 0))
print(math.sqrt.__qualname__, len.__qualname__, [].append.__self__, sys.getsizeof.__module__, sys.getsizeof.__self__)
print(math.sqrt.__self__ is math, pickle.loads(pickle.dumps(math.sqrt)) is math.sqrt, pickle.loads(pickle.dumps(len)) is len)
