# PEP 585 generics of the standard library classes CPython makes subscriptable (and some it does not).
import functools, types, weakref, contextlib, itertools, collections, collections.abc, dataclasses, os, io
for name, c in [("partial", functools.partial), ("cached_property", functools.cached_property), ("mappingproxy", types.MappingProxyType), ("ref", weakref.ref), ("WeakSet", weakref.WeakSet), ("WeakKeyDictionary", weakref.WeakKeyDictionary), ("WeakValueDictionary", weakref.WeakValueDictionary), ("AbstractContextManager", contextlib.AbstractContextManager), ("chain", itertools.chain), ("deque", collections.deque), ("UserString", collections.UserString), ("Field", dataclasses.Field), ("slice", slice), ("memo", property)]:
    try:
        print(name, c[int])
    except Exception as e:
        print(name, type(e).__name__, e)
